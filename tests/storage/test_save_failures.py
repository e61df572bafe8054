"""Each way a save can fail gives a clear message and leaves the old file whole.

The tests run as root in CI, and root ignores permission bits, so a folder
without write access, a full disk and a file held open by Word are simulated
by making the operating-system calls fail the way they do for a normal user
(monkeypatched ``tempfile.mkstemp``, ``os.fsync`` and ``os.replace``). The
read-only file is real: the editor checks the file's mode bits itself, so it
works for root too.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest

from ametieditor.formats import registry
from ametieditor.i18n import ENGLISH, set_language
from ametieditor.io import atomic
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error
from ametieditor.storage.backup import save_with_backup
from tests.support.factories import full_document


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "kaust" / "ametijuhend.ametijuhend"
    path.parent.mkdir()
    doc = full_document()
    doc.general.title = "Vana versioon"
    save_with_backup(doc, path)
    return path


def new_version():
    doc = full_document()
    doc.general.title = "Uus versioon"
    return doc


def assert_old_and_clean(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert registry.load(path).document.general.title == "Vana versioon"
    assert [p.name for p in path.parent.iterdir()] == [path.name], "temporary file left behind"


def test_read_only_file(saved: Path) -> None:
    before = saved.read_bytes()
    saved.chmod(stat.S_IRUSR | stat.S_IRGRP)
    with pytest.raises(FormatError, match="fail on kirjutuskaitstud; salvestage teise nimega"):
        save_with_backup(new_version(), saved)
    assert_old_and_clean(saved, before)


def test_folder_without_write_access(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if Path(dir) == saved.parent:
            raise PermissionError(errno.EACCES, "Permission denied", str(dir))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
    with pytest.raises(FormatError, match="puudub õigus sellesse kausta kirjutada"):
        save_with_backup(new_version(), saved)
    assert_old_and_clean(saved, before)


def test_full_disk(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()
    real_mkstemp, real_fsync = tempfile.mkstemp, os.fsync
    in_target_folder: set[int] = set()

    def mkstemp(*args, dir=None, **kwargs):
        descriptor, name = real_mkstemp(*args, dir=dir, **kwargs)
        if Path(dir) == saved.parent:
            in_target_folder.add(descriptor)
        return descriptor, name

    def fsync(descriptor: int) -> None:
        if descriptor in in_target_folder:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(descriptor)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(atomic.os, "fsync", fsync)
    with pytest.raises(FormatError, match="kettal ei ole piisavalt ruumi") as caught:
        save_with_backup(new_version(), saved)
    assert in_target_folder, "the simulated disk never filled up"
    assert str(caught.value).startswith(str(saved))
    assert_old_and_clean(saved, before)


def test_file_held_open_by_word_on_windows(saved: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()
    real = os.replace

    def replace(source, target):
        if Path(target) == saved:
            error = PermissionError(errno.EACCES, "The process cannot access the file "
                                    "because it is being used by another process", str(target))
            error.winerror = 32
            raise error
        real(source, target)

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(FormatError, match="avatud teises programmis \\(näiteks Wordis\\)"):
        save_with_backup(new_version(), saved)
    assert_old_and_clean(saved, before)


@pytest.mark.parametrize(("error", "estonian", "english"), [
    (OSError(errno.EROFS, "x"), "andmekandja on kirjutuskaitstud", "the drive is read-only"),
    (OSError(errno.ENAMETOOLONG, "x"), "liiga pikk", "too long"),
    (FileNotFoundError(errno.ENOENT, "x"), "ei ole olemas", "does not exist"),
    (OSError(errno.EIO, "Input/output error"), "ebaõnnestus: Input/output error",
     "failed: Input/output error"),
])
def test_messages_in_both_languages(error: OSError, estonian: str, english: str) -> None:
    assert estonian in describe_os_error(error)
    set_language(ENGLISH)
    assert english in describe_os_error(error)


def test_lock_violation_33_is_also_another_program() -> None:
    error = PermissionError(errno.EACCES, "locked")
    error.winerror = 33
    assert "teises programmis" in describe_os_error(error)
