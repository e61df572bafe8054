"""The import report panel: what was found, guessed and left over; clicking jumps there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ametieditor.formats.import_report import ImportReport, PartFound
from ametieditor.gui.import_report import ImportReportPanel, locate_text
from ametieditor.model.document import Block, Duties, Duty, JobDescription
from tests.support.import_reports import sample_report


@pytest.fixture
def panel(qtbot) -> ImportReportPanel:
    widget = ImportReportPanel()
    qtbot.addWidget(widget)
    report, document, name = sample_report()
    widget.set_report(report, document, name)
    widget.resize(460, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _item(panel: ImportReportPanel, startswith: str):
    matches = [item for item in panel.items() if item.text(0).startswith(startswith)]
    assert matches, [item.text(0) for item in panel.items()]
    return matches[0]


def _click(qtbot, panel: ImportReportPanel, item) -> tuple:
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    with qtbot.waitSignal(panel.location_activated) as signal:
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return signal.args[0]


def test_lists_parts_guesses_notes_and_missing(panel: ImportReportPanel) -> None:
    assert panel.heading.text() == ("Imporditud failist peaspetsialist_2024.pdf (PDF). "
                                    "Vaadake üle oletused ja paigutamata tekst.")
    top = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert top == ["Leitud osad (8)", "Oletused (2)", "Paigutamata tekst (2)", "Ei leitud (1)"]
    texts = [item.text(0) for item in panel.items()]
    assert "3. TEENISTUSKOHUSTUSED — 9 põhiülesannet, rida 22" in texts
    assert "2. AMETIKOHA EESMÄRK — 1 lõik, rida 17" in texts
    assert "1. ÜLDOSA — 5 välja, rida 6" in texts
    assert "„Lk 2 (3)“ (rida 61; 3. TEENISTUSKOHUSTUSED?)" in texts
    assert "rida 34: rida jätkab eelmist lauset ja liideti sellega" in texts
    assert "Ametijuhendi muutmine" in texts
    duties = _item(panel, "3. TEENISTUSKOHUSTUSED")
    assert duties.childCount() == 9
    assert duties.child(3).text(0).startswith("3.4 Lapsevanemate, kohalike")


def test_clicking_a_duty_emits_its_task_location(panel: ImportReportPanel, qtbot) -> None:
    duty = _item(panel, "3.4 ")
    assert _click(qtbot, panel, duty) == ("duties", "items", 3, "task")
    assert _click(qtbot, panel, _item(panel, "4. ÕIGUSED")) == ("rights",)


def test_clicking_a_note_emits_its_place_in_the_document(panel: ImportReportPanel,
                                                          qtbot) -> None:
    assert _click(qtbot, panel, _item(panel, "„Dokumendi koostas")) == ("import_notes", 1)


def test_clicking_a_guess_goes_where_the_text_ended_up(panel: ImportReportPanel,
                                                       qtbot) -> None:
    location = _click(qtbot, panel, _item(panel, "rida 34:"))
    assert location == ("duties", "items", 0, "task", 2)
    assert "ümarlaudade kokkukutsumine" in panel.document.duties.items[0].task[2].text


def test_group_headers_emit_nothing(panel: ImportReportPanel, qtbot) -> None:
    header = panel.tree.topLevelItem(0)
    rect = panel.tree.visualItemRect(header)
    with qtbot.assertNotEmitted(panel.location_activated):
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())


def test_clean_report_and_no_report(qtbot) -> None:
    widget = ImportReportPanel()
    qtbot.addWidget(widget)
    assert widget.heading.text() == "Avatud fail ei ole imporditud; aruannet ei ole."
    assert widget.tree.topLevelItemCount() == 0
    doc = JobDescription(duties=Duties(items=[Duty([Block.p("Üks")], [Block.p("Tulemus")])]))
    widget.set_report(ImportReport("txt", parts=[PartFound("duties", "", 1)]), doc)
    assert widget.heading.text() == ("Imporditud TXT-failist. Kõik tekst leidis koha, oletusi "
                                     "ei tehtud.")
    assert [item.text(0) for item in widget.items()][:3] == [
        "Leitud osad (1)", "Teenistuskohustused — 1 põhiülesanne", "2.1 Üks"]  # no purpose: 2.


def test_locate_text_finds_fields_and_blocks() -> None:
    _report, doc, _name = sample_report()
    assert locate_text(doc, "Laste  heaolu osakond") == ("general", "unit")
    assert locate_text(doc, "kasutada kõiki ameti esindusi") == ("rights", "content", 1)
    assert locate_text(doc, "tekst, mida pole") is None
    assert locate_text(doc, "   ") is None
