from ametieditor.model.document import Block, Duties, Duty, JobDescription
from ametieditor.model.numbering import (
    Section,
    numbered_heading,
    numbering,
)
from tests.support.factories import full_document


def test_full_document_numbers_sections_one_to_eight() -> None:
    numbers = numbering(full_document())
    assert [numbers.section(section) for section in Section] == [1, 2, 3, 4, 5, 6, 7, 8]


def test_absent_work_tools_shifts_later_sections_down() -> None:
    doc = full_document()
    doc.work_tools = None
    numbers = numbering(doc)
    assert numbers.section(Section.WORK_TOOLS) is None
    assert numbers.section(Section.RESPONSIBILITIES) == 5
    assert numbers.section(Section.REQUIREMENTS) == 6
    assert numbers.section(Section.AMENDMENT) == 7
    assert numbered_heading(doc, Section.REQUIREMENTS) == "6. AMETIKOHALE ESITATAVAD NÕUDED"


def test_duty_numbers_follow_the_duties_section() -> None:
    doc = JobDescription(duties=Duties(heading="TÖÖÜLESANDED",
                                       items=[Duty([Block.p("a")], [Block.p("b")])] * 3))
    numbers = numbering(doc)
    assert numbers.section(Section.DUTIES) == 2  # no purpose: duties come second
    assert [numbers.duty(i) for i in range(3)] == ["2.1", "2.2", "2.3"]
    assert numbered_heading(doc, Section.DUTIES) == "2. TÖÖÜLESANDED"


def test_general_field_numbers() -> None:
    numbers = numbering(full_document())
    assert numbers.general_field("title") == "1.1"
    assert numbers.general_field("substitutes") == "1.5"
    assert numbers.general_field("employee_group") == "1.6"


def test_absent_section_has_no_heading() -> None:
    doc = JobDescription()
    assert numbered_heading(doc, Section.AMENDMENT) == ""
    assert numbered_heading(doc, Section.GENERAL) == "1. ÜLDOSA"
