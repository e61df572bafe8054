"""save_with_backup: earlier versions kept in the per-user backup folder, pruned to N."""

from pathlib import Path

import pytest

from ametieditor.formats import registry, xml_format
from ametieditor.io.errors import FormatError
from ametieditor.paths import user_data_dir
from ametieditor.storage import backup
from ametieditor.storage.backup import (
    BackupError,
    list_backups,
    restore_backup,
    save_with_backup,
)
from ametieditor.storage.fingerprint import FileChangedError, fingerprint
from tests.support.factories import full_document


def titled(title: str):
    doc = full_document()
    doc.general.title = title
    return doc


def title_of(path: Path) -> str:
    return registry.load(path).document.general.title


def test_first_save_makes_no_backup_and_returns_fingerprint(tmp_path: Path) -> None:
    path = tmp_path / "uus.ametijuhend"
    result = save_with_backup(titled("Versioon 1"), path)
    assert title_of(path) == "Versioon 1"
    assert result.fingerprint == fingerprint(path)
    assert result.backup is None and result.warnings == []
    assert list_backups(path) == []
    again = save_with_backup(titled("Versioon 2"), path, expected=result.fingerprint)
    assert again.backup == list_backups(path)[0].path
    assert title_of(again.backup) == "Versioon 1"


def test_each_save_keeps_the_previous_version_and_prunes_to_keep(tmp_path: Path) -> None:
    path = tmp_path / "peaspetsialist.ametijuhend"
    seen = None
    for number in range(1, 9):
        seen = save_with_backup(titled(f"Versioon {number}"), path, expected=seen).fingerprint
    backups = list_backups(path)
    assert len(backups) == backup.DEFAULT_KEEP == 5
    # newest first: the versions 7, 6, 5, 4, 3 that saves 8, 7, 6, 5, 4 replaced
    assert [title_of(b.path) for b in backups] == [f"Versioon {n}" for n in (7, 6, 5, 4, 3)]
    assert title_of(path) == "Versioon 8"
    folder = backups[0].path.parent
    assert folder == user_data_dir() / "backups"
    assert all(b.path.name.startswith("peaspetsialist_") and b.path.suffix == ".ametijuhend"
               for b in backups)


def test_keep_is_configurable_and_zero_means_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.ametijuhend"
    for number in range(4):
        save_with_backup(titled(f"V{number}"), path, keep=2)
    assert [title_of(b.path) for b in list_backups(path)] == ["V2", "V1"]
    save_with_backup(titled("V4"), path, keep=0)
    assert len(list_backups(path)) == 2


def test_same_name_in_two_folders_keeps_separate_histories(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "x.ametijuhend", tmp_path / "b" / "x.ametijuhend"
    for path in (first, second):
        path.parent.mkdir()
        save_with_backup(titled(f"{path.parent.name} 1"), path)
        save_with_backup(titled(f"{path.parent.name} 2"), path)
    assert [title_of(b.path) for b in list_backups(first)] == ["a 1"]
    assert [title_of(b.path) for b in list_backups(second)] == ["b 1"]


def test_restore_backup_puts_the_old_version_back(tmp_path: Path) -> None:
    path = tmp_path / "a.ametijuhend"
    save_with_backup(titled("Vana"), path)
    save_with_backup(titled("Uus"), path)
    restore_backup(list_backups(path)[0].path, path)
    assert title_of(path) == "Vana"


def test_changed_on_disk_refuses_to_save_and_keeps_the_other_edit(tmp_path: Path) -> None:
    path = tmp_path / "a.ametijuhend"
    seen = save_with_backup(titled("Minu"), path).fingerprint
    xml_format.write(titled("Kolleegi muudatus"), path)
    with pytest.raises(FileChangedError):
        save_with_backup(titled("Minu teine"), path, expected=seen)
    assert title_of(path) == "Kolleegi muudatus"
    assert list_backups(path) == []


def test_backup_failure_leaves_the_file_untouched(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.ametijuhend"
    save_with_backup(titled("Vana"), path)
    before = path.read_bytes()

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "atomic_write", no_space)
    with pytest.raises(BackupError, match=r"varukoopiat.*kettal ei ole piisavalt ruumi"):
        save_with_backup(titled("Uus"), path)
    assert path.read_bytes() == before


def test_unknown_output_type_touches_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.xyz"
    path.write_bytes(b"keep")
    with pytest.raises(FormatError, match="tundmatu failitüüp"):
        save_with_backup(titled("x"), path)
    assert path.read_bytes() == b"keep"


def test_stale_temporaries_of_killed_saves_are_removed(tmp_path: Path) -> None:
    import os
    import time

    path = tmp_path / "a.ametijuhend"
    save_with_backup(titled("V1"), path)
    old = tmp_path / ".a.ametijuhend.k3j4.tmp"
    fresh = tmp_path / ".a.ametijuhend.x9y8.tmp"
    other = tmp_path / ".b.ametijuhend.k3j4.tmp"
    for leftover in (old, fresh, other):
        leftover.write_bytes(b"<ametiju")
    two_hours_ago = time.time() - 7200
    for leftover in (old, other):
        os.utime(leftover, (two_hours_ago, two_hours_ago))
    save_with_backup(titled("V2"), path)
    assert not old.exists()
    assert fresh.exists() and other.exists()  # maybe a save in progress; another file
