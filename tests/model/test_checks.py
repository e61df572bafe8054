from ametieditor.i18n import ENGLISH, set_language
from ametieditor.model.checks import check_document, parse_iso_date
from ametieditor.model.document import Approval, Block, Duty
from tests.support.factories import full_document


def lines(doc) -> list[str]:
    return [problem.format("f") for problem in check_document(doc)]


def test_complete_document_has_no_problems() -> None:
    assert check_document(full_document()) == []


def test_empty_required_general_fields() -> None:
    doc = full_document()
    doc.general.title = "  "
    doc.general.manager = ""
    problems = check_document(doc)
    assert [p.location for p in problems] == [("general", "title"), ("general", "manager")]
    assert lines(doc)[0] == "f: 1.1 Ametinimetus: väli on täitmata"


def test_duty_without_task_or_results() -> None:
    doc = full_document()
    doc.duties.items.append(Duty(task=[Block.p("")], results=[]))
    found = lines(doc)
    assert "f: 3.4 ülesanne: ülesanne on kirjutamata" in found
    assert "f: 3.4 tulemused: oodatavad tulemused on kirjutamata" in found


def test_date_that_is_not_a_real_date() -> None:
    doc = full_document()
    doc.approval = Approval("x", "2023-02-30", "1")
    assert lines(doc) == ["f: Kinnitamine: kuupäev „2023-02-30” ei ole päris kuupäev"]
    doc.approval.date = "11.06.2023"
    assert len(lines(doc)) == 1
    doc.approval.date = "2024-02-29"
    assert lines(doc) == []
    assert parse_iso_date("2023-13-01") is None


def test_empty_list_items_everywhere() -> None:
    doc = full_document()
    doc.rights.content.append(Block.li(" "))
    doc.requirements.competencies.groups[0].content.append(Block.li(""))
    doc.duties.items[1].results.append(Block.li(""))
    found = check_document(doc)
    assert [p.location for p in found] == [
        ("duties", "items", 1, "results", 2),
        ("rights", "content", 1),
        ("requirements", "competencies", "groups", 0, "content", 1),
    ]


def test_duplicate_duties_are_reported_once_against_the_first() -> None:
    doc = full_document()
    doc.duties.items.append(Duty([Block.p("Ülesanne 1  korraldamine, SH:"), Block.li("üks;"),
                                  Block.li("kaks.")], [Block.p("x")]))
    assert lines(doc) == ["f: 3.4 ülesanne: sama ülesanne on juba punktis 3.1"]


def test_messages_in_english() -> None:
    set_language(ENGLISH)
    doc = full_document()
    doc.general.unit = ""
    assert lines(doc) == ["f: 1.2 Struktuuriüksus: field is empty"]


def test_section_numbers_in_parts_follow_presence() -> None:
    doc = full_document()
    doc.work_tools = None
    doc.requirements.items[0].label = ""
    assert lines(doc) == ["f: 6. nimetu nõue: nõude nimetus on täitmata"]
