"""How the picker lists entries: kinds, the document's own kind first, twins told apart."""

from pathlib import Path

from ametieditor.model.document import Block, IntroList, JobDescription
from ametieditor.wording.entry import Category, Entry
from ametieditor.wording.library import WordingLibrary
from ametieditor.wording.listing import document_kind, for_kind_first, list_labels


def _entry(name: str, text: str, tags: tuple[str, ...], bundled: bool = True) -> Entry:
    return Entry(Category.ADDITIONAL, name, [Block.p(text)], tags, bundled=bundled)


def test_no_two_rows_of_the_bundled_library_read_alike(tmp_path: Path) -> None:
    library = WordingLibrary(tmp_path)
    for category in (*Category, None):
        for kind in ("ametnik", "töötaja", None):
            labels = list_labels(for_kind_first(library.search("", category), kind))
            assert len(set(labels)) == len(labels), (category, kind)


def test_twins_show_where_their_texts_part() -> None:
    short = _entry("Korrektsus", "Täidab ülesandeid täpselt.", ("ametnik",))
    long = _entry("Korrektsus", "Täidab ülesandeid täpselt. Märkab ka teiste vigu ja "
                  "juhib neile tähelepanu.", ("ametnik",))
    other = _entry("Loovus", "Genereerib ideid.", ("ametnik", "töötaja"), bundled=False)
    assert list_labels([short, long, other]) == [
        "Korrektsus  [ametnik]  — lühem tekst",
        "Korrektsus  [ametnik]  — …Märkab ka teiste vigu…",
        "Loovus  [ametnik, töötaja]  (minu)",
    ]


def test_the_documents_kind_first_the_other_kind_last() -> None:
    both = _entry("A", "a", ("ametnik", "töötaja"))
    official = _entry("B", "b", ("ametnik",))
    employee = _entry("C", "c", ("töötaja",))
    manager = _entry("D", "d", ("juht",))
    entries = [employee, manager, official, both]
    assert for_kind_first(entries, "ametnik") == [official, both, manager, employee]
    assert for_kind_first(entries, "töötaja") == [employee, both, manager, official]
    assert for_kind_first(entries, None) == entries


def test_the_kind_comes_from_the_group_or_the_rights_intro() -> None:
    doc = JobDescription()
    assert document_kind(doc) is None
    doc.rights = IntroList(intro="Ametnikul on õigus:")
    assert document_kind(doc) == "ametnik"
    doc.general.employee_group = "Töötaja"
    assert document_kind(doc) == "töötaja"
