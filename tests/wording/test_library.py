from pathlib import Path

import pytest

from ametieditor.io.errors import FormatError
from ametieditor.model.document import Block, BlockKind
from ametieditor.wording.entry import (
    Category,
    Entry,
    entry_to_additional,
    entry_to_blocks,
    entry_to_group,
    entry_to_requirement,
    fold,
)
from ametieditor.wording.library import ReadOnlyEntryError, WordingLibrary


@pytest.fixture
def library(tmp_path: Path) -> WordingLibrary:
    return WordingLibrary(tmp_path / "user")


def own(text: str = "teha vahetule juhile ettepanekuid koolituste kohta;",
        category: Category = Category.RIGHT, name: str = "Koolitusettepanekud") -> Entry:
    return Entry(category, name, [Block.li(text)], ("ametnik",))


def test_bundled_library_has_every_category_and_the_sample_wording(
        library: WordingLibrary) -> None:
    assert library.problems == []
    assert {e.category for e in library.entries()} == set(Category)
    names = [e.name for e in library.entries(Category.COMPETENCY)]
    assert {"Kliendikesksus", "Koostöövõime", "Asjatundlikkus", "Efektiivsus",
            "Eestvedamine"} <= set(names)
    group = next(e for e in library.entries(Category.COMPETENCY) if e.name == "Kliendikesksus")
    assert len(group.blocks) == 3 and all(b.is_bullet for b in group.blocks)
    assert all(e.bundled for e in library.entries())
    labels = {e.label for e in library.entries(Category.REQUIREMENT)}
    assert {"Haridus", "Töökogemus", "Keeleoskus"} <= labels


def test_fold_removes_estonian_diacritics() -> None:
    assert fold("Õigus ÄÖÜ šŽ") == "oigus aou sz"


@pytest.mark.parametrize("query", ["õigus", "oigus", "OIGUS"])
def test_search_ignores_diacritics_and_case(library: WordingLibrary, query: str) -> None:
    found = library.search(query)
    assert found and found[0].name == "Teadmised: Õigusaktide tundmine"


def test_search_ranks_a_name_match_first_and_filters_by_category(
        library: WordingLibrary) -> None:
    assert library.search("korrekts")[0].name == "Korrektsus"
    assert library.search("kliendikesk", Category.COMPETENCY)[0].name == "Kliendikesksus"
    rights = library.search("tooulesannete", Category.RIGHT)
    assert rights and all(e.category is Category.RIGHT for e in rights)
    assert all("tööülesannete" in e.text for e in rights)
    assert library.search("saada teavet zzz") == []


def test_blank_search_lists_the_category_in_library_order(library: WordingLibrary) -> None:
    assert library.search("", Category.RIGHT) == library.entries(Category.RIGHT)


def test_own_entries_survive_a_restart_and_can_be_edited_and_deleted(tmp_path: Path) -> None:
    library = WordingLibrary(tmp_path / "user")
    added = library.add(own())
    assert added.id.startswith("u-") and not added.bundled

    restarted = WordingLibrary(tmp_path / "user")
    assert [e.text for e in restarted.own_entries()] == [own().text]
    assert restarted.search("koolitusettepanek")[0].id == added.id

    changed = restarted.get(added.id).copy(name="Ettepanekud koolitusteks")
    restarted.update(changed)
    assert WordingLibrary(tmp_path / "user").get(added.id).name == "Ettepanekud koolitusteks"

    restarted.delete(added.id)
    assert WordingLibrary(tmp_path / "user").own_entries() == []


def test_bundled_entries_are_read_only_but_can_be_copied(library: WordingLibrary) -> None:
    bundled = library.entries(Category.ADDITIONAL)[0]
    with pytest.raises(ReadOnlyEntryError):
        library.update(bundled.copy(name="Muudetud"))
    with pytest.raises(ReadOnlyEntryError):
        library.delete(bundled.id)
    copy = library.copy_to_own(bundled.id)
    library.update(copy.copy(name="Minu korrektsus"))
    assert library.get(copy.id).name == "Minu korrektsus"
    assert library.get(bundled.id).name == bundled.name


def test_user_file_lives_in_the_user_data_folder(isolated_environment: Path) -> None:
    library = WordingLibrary()
    library.add(own())
    assert library.user_file.is_relative_to(isolated_environment)
    assert library.user_file.parent.name == "wording"


def test_export_import_round_trip_detects_duplicates(tmp_path: Path) -> None:
    alice = WordingLibrary(tmp_path / "alice")
    first = alice.add(own())
    alice.add(own("Hoiab end kursis valdkonna arengutega.", Category.ADDITIONAL, "Arengud"))
    shared = tmp_path / "jagatud.xml"
    alice.export(shared)

    bob = WordingLibrary(tmp_path / "bob")
    bob.add(own("  Teha vahetule juhile ettepanekuid koolituste kohta. ", name="Bobi oma"))
    result = bob.import_file(shared)
    assert [e.name for e in result.added] == ["Arengud"]
    assert [e.id for e in result.duplicates] == [first.id]
    assert [e.name for e in WordingLibrary(tmp_path / "bob").own_entries()] == [
        "Bobi oma", "Arengud"]

    again = bob.import_file(shared)
    assert again.added == [] and len(again.duplicates) == 2


def test_importing_bundled_wording_is_a_duplicate(library: WordingLibrary,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "std.xml"
    library.export(path, library.entries(Category.COMPETENCY))
    result = library.import_file(path)
    assert result.added == []
    assert len(result.duplicates) == len(library.entries(Category.COMPETENCY))


def test_unreadable_import_raises_format_error_and_changes_nothing(
        library: WordingLibrary, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<wording xmlns='urn:ametieditor:wording:1' version='1'><entry/></wording>")
    with pytest.raises(FormatError) as caught:
        library.import_file(bad)
    assert str(caught.value).startswith(f"{bad}: sõnastikufail ei vasta skeemile")
    assert library.own_entries() == []
    assert not library.user_file.exists()


def test_unreadable_own_file_is_kept_aside_not_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "user"
    folder.mkdir()
    (folder / "minu-sonastik.xml").write_text("<katki", encoding="utf-8")
    library = WordingLibrary(folder)
    assert library.problems and "minu-sonastik.xml" in library.problems[0]
    assert library.entries()  # bundled wording is still there
    library.add(own())
    assert (folder / "minu-sonastik.vigane.xml").read_text(encoding="utf-8") == "<katki"
    assert len(WordingLibrary(folder).own_entries()) == 1


def test_conversions_to_document_parts(library: WordingLibrary) -> None:
    group = next(e for e in library.entries(Category.COMPETENCY) if e.name == "Koostöövõime")
    converted = entry_to_group(group)
    assert converted.name == "Koostöövõime" and converted.content == group.blocks
    assert converted.content is not group.blocks
    item = library.search("pingetaluvus", Category.ADDITIONAL)[0]
    assert entry_to_additional(item).content[0].kind is BlockKind.PARAGRAPH
    requirement = library.search("magistrikraad", Category.REQUIREMENT)[0]
    assert entry_to_requirement(requirement).label == "Haridus"
    right = library.entries(Category.RIGHT)[0]
    blocks = entry_to_blocks(right)
    assert blocks == right.blocks and blocks[0].is_bullet
    blocks[0].text = "muudetud"
    assert right.blocks[0].text != "muudetud"
