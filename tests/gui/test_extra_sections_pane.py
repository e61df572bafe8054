"""Extra sections (9. LISAD …) through the window: add, rename, edit, move, remove, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ametieditor.model.document import Block, ExtraSection
from ametieditor.model.numbering import numbering
from tests.gui.helpers import choose_part, click, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _navigator_texts(window) -> list[str]:
    return [window.navigator.item(row).text() for row in range(window.navigator.count())]


def _list_texts(pane) -> list[str]:
    return [pane.ui.sectionList.item(row).text() for row in range(pane.ui.sectionList.count())]


def test_add_rename_edit_move_and_remove_extra_sections(qtbot, window) -> None:
    doc = lambda: window.session.document  # noqa: E731 (the session's document changes)
    stack = window.session.undo_stack
    assert "Lisaosad" in _navigator_texts(window)
    choose_part(qtbot, window, "extra_sections")
    pane = window.panes["extra_sections"]
    assert not pane.ui.headingEdit.isEnabled()  # nothing to edit yet

    click(qtbot, pane.ui.addButton)
    assert doc().extra_sections == [ExtraSection()]
    assert pane.ui.headingEdit.hasFocus()
    type_text(qtbot, pane.ui.headingEdit, "LISAD")
    click(qtbot, pane.ui.editor)
    type_text(qtbot, pane.ui.editor, "Lisa 1. Töökoha riskianalüüs")
    assert doc().extra_sections == [ExtraSection("LISAD",
                                                 [Block.p("Lisa 1. Töökoha riskianalüüs")])]
    # numbered after the last official section of a new document
    last = max(numbering(doc()).sections.values())
    assert _list_texts(pane) == [f"{last + 1}. LISAD"]

    click(qtbot, pane.ui.addButton)
    type_text(qtbot, pane.ui.headingEdit, "KOOSKÕLASTUSED")
    assert [s.heading for s in doc().extra_sections] == ["LISAD", "KOOSKÕLASTUSED"]
    click(qtbot, pane.ui.upButton)
    assert [s.heading for s in doc().extra_sections] == ["KOOSKÕLASTUSED", "LISAD"]
    assert _list_texts(pane) == [f"{last + 1}. KOOSKÕLASTUSED", f"{last + 2}. LISAD"]
    assert pane.ui.sectionList.currentRow() == 0  # the moved section stays selected

    count = stack.count()
    click(qtbot, pane.ui.removeButton)
    assert [s.heading for s in doc().extra_sections] == ["LISAD"]
    assert stack.count() == count + 1  # one step
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [s.heading for s in doc().extra_sections] == ["KOOSKÕLASTUSED", "LISAD"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the move
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the typed heading
    assert [s.heading for s in doc().extra_sections] == ["LISAD", ""]


def test_a_check_problem_in_an_extra_section_leads_to_its_heading(qtbot, window) -> None:
    from ametieditor.model.checks import check_document

    choose_part(qtbot, window, "extra_sections")
    pane = window.panes["extra_sections"]
    click(qtbot, pane.ui.addButton)
    click(qtbot, pane.ui.addButton)
    problem = next(p for p in check_document(window.session.document)
                   if p.location == ("extra_sections", 0, "heading"))
    assert "pealkiri" in problem.message
    choose_part(qtbot, window, "general")
    window.focus_location(problem.location)
    assert window.stack.currentWidget() is pane
    assert pane.ui.sectionList.currentRow() == 0 and pane.ui.headingEdit.hasFocus()
