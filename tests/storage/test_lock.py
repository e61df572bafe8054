"""Lock files beside open documents: who holds them, stale locks, LibreOffice's format."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ametieditor.storage import lock
from ametieditor.storage.lock import (
    LockedError,
    LockOwner,
    LockState,
    acquire,
    format_owner,
    lock_path,
    lock_state,
    parse_owner,
    read_owner,
)
from tests.conftest import REPO

HOLDER = textwrap.dedent("""
    import sys, time
    from ametieditor.storage.lock import acquire
    held = acquire(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.readline()
""")


def test_lock_file_sits_beside_the_document_like_libreoffice(tmp_path: Path) -> None:
    document = tmp_path / "Ametijuhend 1.ametijuhend"
    assert lock_path(document) == tmp_path / ".~lock.Ametijuhend 1.ametijuhend#"


def test_acquire_writes_owner_and_release_removes(tmp_path: Path) -> None:
    document = tmp_path / "a.ametijuhend"
    held = acquire(document)
    assert held.active and lock_path(document).is_file()
    owner = read_owner(document)
    assert owner.pid == os.getpid()
    assert owner.host == platform.node()
    assert owner.since is not None and abs(datetime.now().astimezone() - owner.since).seconds < 5
    held.release()
    assert not lock_path(document).exists()
    assert read_owner(document) is None


def test_owner_round_trips_with_awkward_characters() -> None:
    owner = LockOwner(name="Mari, Maasikas; \\ Jr", user="mari", host="ARVUTI-X",
                      since=datetime(2026, 11, 23, 10, 15, 3).astimezone(), pid=4242)
    text = format_owner(owner)
    assert text.count(";") == 2 and text.endswith(";")  # escaped one, final one
    assert parse_owner(text) == owner


def test_reads_libreoffice_lock_files() -> None:
    owner = parse_owner(",mari,mari-laptop,23.11.2026 10:15,"
                        "file:///home/mari/.config/libreoffice/4;")
    assert (owner.user, owner.host, owner.pid) == ("mari", "mari-laptop", None)
    assert owner.since.strftime("%d.%m.%Y %H:%M") == "23.11.2026 10:15"
    assert owner.display_name == "mari"


def test_second_editor_is_told_who_has_it_and_stale_lock_is_taken_over(
        tmp_path: Path) -> None:
    document = tmp_path / "jagatud.ametijuhend"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(document)], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockedError, match=r"fail on avatud: .* alates") as caught:
            acquire(document)
        assert caught.value.state is LockState.HELD
        assert caught.value.owner.pid == holder.pid
    finally:
        holder.kill()  # a crash: the lock file stays behind
        holder.wait()
    assert read_owner(document).pid == holder.pid
    assert lock_state(read_owner(document)) is LockState.STALE
    taken = acquire(document)
    assert read_owner(document).pid == os.getpid()
    taken.release()


def test_other_computer_old_lock_asks_recent_lock_holds(tmp_path: Path) -> None:
    now = datetime(2026, 11, 23, 20, 0).astimezone()
    recent = LockOwner("Mari", "mari", "ARVUTI-X", now - timedelta(hours=1), 17)
    old = LockOwner("Mari", "mari", "ARVUTI-X", now - timedelta(hours=30), 17)
    assert lock_state(recent, now=now, host="minu-arvuti") is LockState.HELD
    assert lock_state(old, now=now, host="minu-arvuti") is LockState.MAYBE_STALE
    assert lock_state(old, now=now, host="minu-arvuti",
                      max_age=timedelta(hours=48)) is LockState.HELD

    document = tmp_path / "a.ametijuhend"
    lock_path(document).write_text(format_owner(old), encoding="utf-8")
    with pytest.raises(LockedError) as caught:
        acquire(document)
    assert caught.value.state is LockState.MAYBE_STALE
    assert "Mari (arvuti ARVUTI-X)" in str(caught.value)
    held = acquire(document, take_over=True)  # the user chose to open it anyway
    assert read_owner(document).pid == os.getpid()
    held.release()


def test_release_leaves_a_lock_someone_else_took_over(tmp_path: Path) -> None:
    document = tmp_path / "a.ametijuhend"
    held = acquire(document)
    other = LockOwner("Jaan", "jaan", "ARVUTI-Y", datetime.now().astimezone(), 5)
    lock_path(document).write_text(format_owner(other), encoding="utf-8")
    held.release()
    assert read_owner(document).user == "jaan"


def test_garbage_lock_file_still_means_locked(tmp_path: Path) -> None:
    document = tmp_path / "a.ametijuhend"
    lock_path(document).write_bytes(b"\xff\xfe")
    with pytest.raises(LockedError, match="tundmatu kasutaja"):
        acquire(document)


def test_folder_without_lock_permission_still_opens(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lock.os, "open", refuse)
    held = acquire(tmp_path / "a.ametijuhend")
    assert not held.active
    held.release()  # harmless


def test_pid_alive() -> None:
    assert lock.pid_alive(os.getpid())
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    assert not lock.pid_alive(int(finished.stdout))
