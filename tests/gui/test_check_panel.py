"""The check panel lists problems live and jumps to the field concerned."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ametieditor.model.checks import check_document
from tests.gui.helpers import click, type_text


def _texts(panel) -> list[str]:
    return [panel.item(row).text() for row in range(panel.count())]


def test_problems_are_listed_and_follow_edits(qtbot, window) -> None:
    panel = window.check_panel
    expected = [f"{p.part}: {p.message}" for p in check_document(window.session.document)]
    assert _texts(panel) == expected
    assert "1.1 Ametinimetus: väli on täitmata" in _texts(panel)
    edit = window.panes["general"].ui.titleEdit
    click(qtbot, edit)
    type_text(qtbot, edit, "Jurist")
    qtbot.waitUntil(lambda: "1.1 Ametinimetus: väli on täitmata" not in _texts(panel))
    assert window.check_dock.windowTitle() == f"Kontroll ({len(panel.problems)})"


def test_clicking_a_problem_focuses_its_field(qtbot, window) -> None:
    panel = window.check_panel
    row = next(i for i, p in enumerate(panel.problems) if p.location[:2] == ("duties", "items"))
    rect = panel.visualItemRect(panel.item(row))
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.panes["duties"]
    assert window.panes["duties"].ui.taskEdit.hasFocus()


def test_enter_on_a_problem_focuses_a_requirement(qtbot, window) -> None:
    session = window.session
    session.document.requirements.items[1].label = ""
    session.document.requirements.items[1].content = []
    window.check_panel.recheck()
    panel = window.check_panel
    row = next(i for i, p in enumerate(panel.problems)
               if p.location == ("requirements", "items", 1, "label"))
    panel.setFocus()
    panel.setCurrentRow(row)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    pane = window.panes["requirements"]
    assert window.stack.currentWidget() is pane
    assert pane.ui.requirementsEditor.ui.itemsList.currentRow() == 1
    assert pane.ui.requirementsEditor.ui.nameCombo.hasFocus()


def test_a_bad_date_points_to_the_approval(qtbot, window) -> None:
    window.session.document.approval.date = "2023-02-30"
    window.check_panel.recheck()
    [problem] = [p for p in window.check_panel.problems if p.location == ("approval", "date")]
    window.show_part("purpose")
    window.focus_location(problem.location)
    assert window.panes["general"].ui.dateEdit.hasFocus() or \
        window.stack.currentWidget() is window.panes["general"]


def test_an_empty_part_is_a_problem_until_it_has_content(qtbot, window) -> None:
    """A new document's purpose is on but empty: listed, marked in the navigator, not printed."""
    panel = window.check_panel
    assert "2. Eesmärk: osa on tühi" in _texts(panel)
    row = [part.key for part in window.parts].index("purpose")
    assert window.navigator.item(row).text() == "2. Eesmärk (tühi)"
    preview = window.preview
    qtbot.waitUntil(lambda: "1. ÜLDOSA" in preview.toPlainText())
    assert "AMETIKOHA EESMÄRK" not in preview.toPlainText()
    # clicking the problem opens the part; typing fills it
    problem_row = _texts(panel).index("2. Eesmärk: osa on tühi")
    rect = panel.visualItemRect(panel.item(problem_row))
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.panes["purpose"]
    editor = window.panes["purpose"].ui.editor
    click(qtbot, editor)
    type_text(qtbot, editor, "Ametikoha eesmärk on tagada laste heaolu.")
    qtbot.waitUntil(lambda: "2. Eesmärk: osa on tühi" not in _texts(panel))
    assert window.navigator.item(row).text() == "2. Eesmärk"
    qtbot.waitUntil(lambda: "2. AMETIKOHA EESMÄRK" in preview.toPlainText())


def test_the_check_before_export_names_empty_parts(qtbot, window, dialogs, tmp_path) -> None:
    """Export › the signing check lists the empty parts; answering No writes nothing."""
    from PySide6.QtWidgets import QMessageBox

    dialogs.question_answer = QMessageBox.StandardButton.No
    dialogs.save_names = [str(tmp_path / "uus.docx")]
    window.menu_bar.export_docx_action.trigger()
    [question] = dialogs.texts("question")
    assert "• 2. Eesmärk: osa on tühi" in question
    assert "• 4. Õigused: osa on tühi" in question
    assert not (tmp_path / "uus.docx").exists()
