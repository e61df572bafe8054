import os
from pathlib import Path

import pytest

from ametieditor.storage.fingerprint import (
    Change,
    FileChangedError,
    check_unchanged,
    fingerprint,
)


def test_unchanged_file_passes_and_touch_alone_is_not_a_change(tmp_path: Path) -> None:
    path = tmp_path / "a.ametijuhend"
    path.write_bytes(b"one")
    seen = fingerprint(path)
    check_unchanged(path, seen)
    os.utime(path, ns=(seen.mtime_ns + 5_000_000_000,) * 2)  # a sync tool touched it
    check_unchanged(path, seen)


def test_changed_content_same_size_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.ametijuhend"
    path.write_bytes(b"one")
    seen = fingerprint(path)
    path.write_bytes(b"two")
    os.utime(path, ns=(seen.mtime_ns + 1_000_000_000,) * 2)
    with pytest.raises(FileChangedError, match="muudetud väljaspool") as caught:
        check_unchanged(path, seen)
    assert caught.value.change is Change.CHANGED


def test_changed_content_same_time_different_size(tmp_path: Path) -> None:
    path = tmp_path / "a.ametijuhend"
    path.write_bytes(b"one")
    seen = fingerprint(path)
    path.write_bytes(b"longer")
    os.utime(path, ns=(seen.mtime_ns, seen.mtime_ns))
    with pytest.raises(FileChangedError):
        check_unchanged(path, seen)


def test_deleted_file_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.ametijuhend"
    path.write_bytes(b"one")
    seen = fingerprint(path)
    path.unlink()
    with pytest.raises(FileChangedError, match="kustutatud") as caught:
        check_unchanged(path, seen)
    assert caught.value.change is Change.DELETED
    assert str(caught.value).startswith(str(path))


def test_new_document_has_nothing_to_compare(tmp_path: Path) -> None:
    assert fingerprint(tmp_path / "puudub.ametijuhend") is None
    check_unchanged(tmp_path / "puudub.ametijuhend", None)
