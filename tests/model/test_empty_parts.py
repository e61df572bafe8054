"""A part that is on but empty: not printed, not counted in print, a problem (issue 12, item 6)."""

from __future__ import annotations

import datetime as dt

import pytest

from ametieditor.model.checks import check_document, check_for_signing
from ametieditor.model.document import Block, Duty, IntroList, Requirement
from ametieditor.model.numbering import Section, is_printed, numbering, section_is_empty
from tests.support.factories import full_document

TODAY = dt.date(2026, 11, 23)
ADDITIONAL = "Täiendavad kompetentsid, isikuomadused ja teadmised"


def _emptied(change) -> object:
    doc = full_document()
    change(doc)
    return doc


@pytest.mark.parametrize(("section", "change", "empty"), [
    (Section.PURPOSE, lambda d: setattr(d, "purpose", []), True),
    (Section.PURPOSE, lambda d: setattr(d, "purpose", [Block.p("  "), Block.li("")]), True),
    (Section.PURPOSE, lambda d: setattr(d, "purpose", [Block.li("x")]), False),
    (Section.DUTIES, lambda d: setattr(d.duties, "items", [Duty(), Duty([Block.p(" ")])]), True),
    (Section.DUTIES, lambda d: setattr(d.duties, "items", [Duty([], [Block.p("tulemus")])]),
     False),
    (Section.RIGHTS, lambda d: setattr(d, "rights", IntroList("Ametnikul on õigus:")), True),
    (Section.RIGHTS, lambda d: setattr(d, "rights", IntroList("")), True),
    # an intro that says something on its own is content
    (Section.RIGHTS, lambda d: setattr(d, "rights", IntroList("Õigused seaduse järgi.")), False),
    (Section.RESPONSIBILITIES, lambda d: setattr(d.responsibilities, "content", []), True),
    (Section.WORK_TOOLS, lambda d: setattr(d, "work_tools", [Block.p("")]), True),
    (Section.AMENDMENT, lambda d: setattr(d, "amendment", []), True),
    (Section.REQUIREMENTS, lambda d: (
        setattr(d.requirements, "items", [Requirement("Haridus"), Requirement("Töökogemus")]),
        setattr(d.requirements.competencies, "groups", []),
        setattr(d.requirements.additional, "items", []),
        setattr(d.requirements, "note", [])), True),
    (Section.REQUIREMENTS, lambda d: setattr(d.requirements, "items", [Requirement("Haridus")]),
     False),  # the competencies are still there
])
def test_what_counts_as_empty(section: Section, change, empty: bool) -> None:
    doc = _emptied(change)
    assert section_is_empty(doc, section) is empty
    assert is_printed(doc, section) is not empty


def test_switched_off_or_general_is_never_empty() -> None:
    doc = full_document()
    doc.work_tools = None
    assert not section_is_empty(doc, Section.WORK_TOOLS)
    assert not is_printed(doc, Section.WORK_TOOLS)
    doc.general.title = doc.general.unit = ""
    assert is_printed(doc, Section.GENERAL)


def test_print_numbers_skip_an_empty_part_and_editor_numbers_keep_it() -> None:
    doc = full_document()
    doc.work_tools = []  # 6. TÖÖVAHENDID is on but empty
    numbers = numbering(doc)
    assert numbers.section(Section.WORK_TOOLS) == 6  # where it stands in the editor
    assert numbers.section(Section.REQUIREMENTS) == 7
    assert numbers.printed_section(Section.WORK_TOOLS) is None
    assert numbers.printed_section(Section.REQUIREMENTS) == 6  # no gap in print
    assert numbers.printed_section(Section.AMENDMENT) == 7
    assert list(numbers.printed_sections.values()) == list(range(1, 8))
    doc.purpose = []
    numbers = numbering(doc)
    assert numbers.duty(0) == "3.1" and numbers.printed_duty(0) == "2.1"


def test_empty_part_is_a_problem_with_its_real_number_and_name() -> None:
    doc = full_document()
    doc.requirements.additional.items = []
    doc.rights.content = []
    problems = [problem.format("f") for problem in check_document(doc, TODAY)]
    assert f"f: 7. {ADDITIONAL}: osa on tühi" in problems
    assert "f: 4. Õigused: osa on tühi" in problems
    [additional] = [p for p in check_document(doc, TODAY) if ADDITIONAL in p.part]
    assert additional.location == ("requirements", "additional")
    # without work tools the requirements are section 6, as in the example
    doc.work_tools = None
    assert f"f: 6. {ADDITIONAL}: osa on tühi" in [
        problem.format("f") for problem in check_for_signing(doc, TODAY)]


def test_every_empty_part_once_and_nothing_for_full_parts() -> None:
    assert not [p for p in check_document(full_document(), TODAY) if "tühi" in p.message]
    doc = full_document()
    doc.purpose, doc.work_tools, doc.amendment = [], [], []
    doc.responsibilities.content = []
    doc.duties.items = [Duty()]
    doc.requirements.competencies.groups = []
    doc.requirements.note = [Block.p(" ")]
    empty = [p.part for p in check_document(doc, TODAY) if p.message == "osa on tühi"]
    assert empty == ["2. Eesmärk", "3. TEENISTUSKOHUSTUSED", "5. Vastutus", "6. Töövahendid",
                     "7. Tööks vajalikud kompetentsid", "7. Märkus", "8. Muutmine"]


def test_an_empty_requirements_part_is_one_problem_not_three() -> None:
    doc = full_document()
    doc.requirements.items = [Requirement("Haridus")]
    doc.requirements.competencies.groups = []
    doc.requirements.additional.items = []
    doc.requirements.note = None
    empty = [p.part for p in check_document(doc, TODAY) if p.message == "osa on tühi"]
    assert empty == ["7. Nõuded"]
