"""Recovery snapshots: written atomically, listed after a crash, removed after a clean save."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

from ametieditor.paths import user_data_dir
from ametieditor.storage.recovery import RecoveryStore
from tests.conftest import REPO
from tests.support.factories import full_document

CRASHING_SESSION = textwrap.dedent("""
    import os, sys
    from datetime import datetime
    from ametieditor.storage.recovery import RecoveryStore
    from tests.support.factories import full_document
    store = RecoveryStore()
    doc = full_document()
    doc.general.title = "Kaotamata töö"
    store.snapshot("doc1", doc, sys.argv[1], datetime(2025, 6, 11, 9, 0).astimezone())
    untitled = full_document()
    untitled.general.title = "Uus salvestamata"
    store.snapshot("doc2", untitled)
    print("written", flush=True)
    sys.stdin.readline()
""")


def crash_a_session(original: Path) -> None:
    """Run an editor session that autosaves two documents, then kill it."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-c", CRASHING_SESSION, str(original)],
                               env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout.readline().strip() == "written"
    # While it runs, its snapshots are not offered to another session.
    assert RecoveryStore().recoverable() == []
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_snapshots_of_a_crashed_session_are_recoverable(tmp_path: Path) -> None:
    original = tmp_path / "peaspetsialist.ametijuhend"
    crash_a_session(original)
    store = RecoveryStore()
    entries = store.recoverable()
    assert [e.title for e in entries] == ["Kaotamata töö", "Uus salvestamata"]
    first, second = entries
    assert first.original_path == original.resolve()
    assert first.last_saved == datetime(2025, 6, 11, 9, 0).astimezone()
    assert abs((datetime.now().astimezone() - first.autosaved).total_seconds()) < 60
    assert second.original_path is None and second.last_saved is None
    assert store.load(first) == _titled("Kaotamata töö")
    assert first.snapshot.parent == user_data_dir() / "recovery"


def _titled(title: str):
    doc = full_document()
    doc.general.title = title
    return doc


def test_own_session_is_not_offered_and_clean_close_removes_it() -> None:
    store = RecoveryStore()
    store.snapshot("a", _titled("Üks"))
    store.snapshot("b", _titled("Kaks"))
    assert RecoveryStore().recoverable() == []  # same process: still running
    assert store.recoverable() == []
    assert len(store.entries()) == 2
    store.discard("a")  # saved cleanly
    assert [e.title for e in store.entries()] == ["Kaks"]
    store.close()
    assert store.entries() == []
    assert list(store.folder.iterdir()) == []


def test_snapshot_replaces_previous_one_of_the_same_document() -> None:
    store = RecoveryStore()
    store.snapshot("a", _titled("Esimene"))
    store.snapshot("a", _titled("Teine"))
    assert [e.title for e in store.entries()] == ["Teine"]
    assert store.load(store.entries()[0]).general.title == "Teine"


def test_adopt_moves_snapshot_into_the_new_session(tmp_path: Path) -> None:
    crash_a_session(tmp_path / "x.ametijuhend")
    store = RecoveryStore()
    entry = store.recoverable()[0]
    key, doc = store.adopt(entry)
    assert doc.general.title == "Kaotamata töö"
    assert not entry.snapshot.exists()
    mine = [e for e in store.entries() if e.session == store.session]
    assert [(e.key, e.title, e.original_path) for e in mine] == [
        (key, "Kaotamata töö", (tmp_path / "x.ametijuhend").resolve())]


def test_damaged_metadata_and_orphans_are_ignored() -> None:
    store = RecoveryStore()
    (store.folder / "zzz-broken.json").write_text("{not json", encoding="utf-8")
    (store.folder / "zzz-orphan.json").write_text(json.dumps(
        {"session": "zzz", "key": "orphan", "autosaved": "2026-01-01T00:00:00"}),
        encoding="utf-8")
    (store.folder / "evil.json").write_text(json.dumps(
        {"session": "../..", "key": "x", "autosaved": "2026-01-01T00:00:00"}),
        encoding="utf-8")
    assert store.entries() == []
