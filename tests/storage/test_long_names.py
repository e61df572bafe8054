"""Saving and backing up a file whose name is near the 255-byte limit of file systems."""

from pathlib import Path

import pytest

from ametieditor.formats import registry
from ametieditor.io.atomic import MAX_NAME_BYTES, shorten_name, temporary_prefix
from ametieditor.storage.backup import list_backups, remove_stale_temporaries, save_with_backup
from tests.support.factories import full_document

EXTENSION = ".ametijuhend"


def long_name(stem_start: str, total_bytes: int = MAX_NAME_BYTES) -> str:
    """A name of exactly ``total_bytes`` bytes, Estonian letters (2 bytes each) included."""
    room = total_bytes - len(EXTENSION) - len(stem_start.encode())
    body = "õ" * (room // 2) + "a" * (room % 2)
    name = stem_start + body + EXTENSION
    assert len(name.encode()) == total_bytes
    return name


def titled(title: str):
    doc = full_document()
    doc.general.title = title
    return doc


@pytest.mark.parametrize("total", [MAX_NAME_BYTES, MAX_NAME_BYTES - 1, 200])
def test_saves_and_backups_work_for_a_name_near_255_bytes(tmp_path: Path, total: int) -> None:
    path = tmp_path / long_name("Peaspetsialist-", total)
    seen = None
    for number in range(1, 8):
        seen = save_with_backup(titled(f"Versioon {number}"), path, expected=seen).fingerprint
    backups = list_backups(path)
    assert [registry.load(b.path).document.general.title for b in backups] == [
        f"Versioon {n}" for n in (6, 5, 4, 3, 2)]
    for item in backups:
        assert len(item.path.name.encode()) <= MAX_NAME_BYTES
        assert item.path.suffix == EXTENSION
        assert item.path.name.startswith("Peaspetsialist-õõ")
    assert registry.load(path).document.general.title == "Versioon 7"


def test_two_long_names_that_differ_only_at_the_end_keep_separate_backups(
        tmp_path: Path) -> None:
    first = tmp_path / long_name("A-")
    second = tmp_path / (first.name[: -len(EXTENSION) - 1] + "b" + EXTENSION)
    assert first.name != second.name and len(second.name.encode()) == MAX_NAME_BYTES
    for path in (first, second):
        seen = save_with_backup(titled(f"{path.name[-14:]} 1"), path).fingerprint
        save_with_backup(titled(f"{path.name[-14:]} 2"), path, expected=seen)
    assert len(list_backups(first)) == 1 and len(list_backups(second)) == 1
    assert list_backups(first)[0].path != list_backups(second)[0].path
    assert registry.load(list_backups(second)[0].path).document.general.title.endswith(" 1")


def test_leftover_temporaries_of_a_long_name_are_found_and_removed(tmp_path: Path) -> None:
    path = tmp_path / long_name("B-")
    leftover = tmp_path / f"{temporary_prefix(path)}abcdefgh.tmp"
    leftover.write_bytes(b"half a save")
    assert len(leftover.name.encode()) <= MAX_NAME_BYTES
    assert remove_stale_temporaries(path, now=leftover.stat().st_mtime + 7200) == [leftover]


def test_shorten_name_never_cuts_inside_a_letter() -> None:
    assert shorten_name("aõõ", 4) == "aõ"
    assert shorten_name("aõõ", 5) == "aõõ"
