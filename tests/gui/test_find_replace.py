"""Find and replace through the real window: Ctrl+F/H, F3, replace one and all, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ametieditor.model.search import find_all
from tests.conftest import DATA
from tests.gui.helpers import click, click_check, type_text

SAMPLE = DATA / "001_peaspetsialist_lastemaja.ametijuhend"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(window):
    assert window.files.open_path(SAMPLE)
    return window.find_replace.panel


def test_ctrl_h_replace_all_and_one_ctrl_z_restores_everything(qtbot, window) -> None:
    panel = _open(window)
    before = window.session.document.clone()
    count = len(find_all(before, "lastemaja"))
    assert count > 10  # title, manager, substitutes, duties, requirements …
    window.focus_location(("general", "unit"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, CTRL)
    assert window.find_replace.dock.isVisible()
    assert panel.find_edit.hasFocus()
    type_text(qtbot, panel.find_edit, "lastemaja")
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "perekodu")
    assert panel.replace_edit.text() == "perekodu"
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{count} vastet")
    parts = {panel.results.item(row).text().split(" — ")[0]
             for row in range(panel.results.count())}
    assert {"1.1 Ametinimetus", "3.1 ülesanne", "1.3 Vahetu juht"} <= parts
    click(qtbot, panel.replace_all_button)
    document = window.session.document
    assert find_all(document, "lastemaja") == []
    assert "perekodu" in document.general.title
    assert panel.count_label.text() == f"Asendati {count} vastet."
    assert window.session.undo_stack.count() == 1
    assert window.isWindowModified()
    # The pane on screen shows the new text at once.
    assert "perekodu" in window.panes["general"].ui.titleEdit.text()
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_Z, CTRL)
    assert window.session.document == before
    assert "lastemaja" in window.panes["general"].ui.titleEdit.text()
    assert not window.isWindowModified()


def test_f3_and_shift_f3_go_through_the_matches_with_the_text_selected(qtbot, window) -> None:
    panel = _open(window)
    qtbot.keyClick(window.navigator, Qt.Key.Key_F, CTRL)
    type_text(qtbot, panel.find_edit, "osakond")
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_F3)
    # 1.2 Struktuuriüksus: the general pane, the unit field with "osakond" selected.
    assert window.current_pane() is window.panes["general"]
    unit = window.panes["general"].ui.unitEdit
    assert unit.selectedText().casefold() == "osakond"
    assert panel.find_edit.hasFocus()  # typing the search on stays possible
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_F3)
    assert window.current_pane() is window.panes["duties"]
    editor = QApplication.focusWidget()
    assert editor is panel.find_edit
    task = window.panes["duties"].ui.taskEdit
    assert task.textCursor().selectedText().casefold() == "osakond"
    assert task.extraSelections()  # highlighted in the pane
    assert panel.results.currentItem().text().startswith("3.7 ülesanne — ")
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_F3, SHIFT)
    assert window.current_pane() is window.panes["general"]
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_F3, SHIFT)  # wraps round to the last
    assert window.current_pane() is window.panes["duties"]
    # F3 also works with the keyboard in a field of the document.
    task.setFocus()
    qtbot.keyClick(task, Qt.Key.Key_F3)
    assert window.current_pane() is window.panes["general"]
    assert QApplication.focusWidget() is unit
    # The marks go when they no longer mean anything: another search, the dock closed.
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_F3, SHIFT)
    assert task.extraSelections()
    type_text(qtbot, panel.find_edit, "x")
    assert task.extraSelections() == []
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_F3, SHIFT)  # from 3.7 back to 1.2 …
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_F3, SHIFT)  # … and round to 3.7
    assert task.extraSelections()
    window.find_replace.dock.close()
    assert task.extraSelections() == []


def test_diacritic_insensitive_finds_oigus_for_oigus(qtbot, window) -> None:
    panel = _open(window)
    qtbot.keyClick(window.navigator, Qt.Key.Key_F, CTRL)
    type_text(qtbot, panel.find_edit, "oigus")
    qtbot.waitUntil(lambda: panel.count_label.text() == "Ei leitud.")
    click_check(qtbot, panel.diacritics_check)
    assert panel.count_label.text() == "4 vastet"
    assert panel.results.item(0).text().startswith("4. Õigused — ")
    assert "õigus" in panel.results.item(0).text()
    click(qtbot, panel.next_button)
    assert window.current_pane() is window.panes["rights"]
    click_check(qtbot, panel.case_check)  # case told apart: "Õigus" would not count
    assert panel.count_label.text() == "4 vastet"


def test_replace_one_goes_on_to_the_next_and_is_its_own_undo_step(qtbot, window) -> None:
    panel = _open(window)
    qtbot.keyClick(window.navigator, Qt.Key.Key_H, CTRL)
    type_text(qtbot, panel.find_edit, "osakond")
    panel.replace_edit.setText("osakonda")  # the replacement contains the search
    click(qtbot, panel.next_button)
    click(qtbot, panel.replace_button)
    document = window.session.document
    assert document.general.unit.endswith("osakonda")
    assert window.session.undo_stack.count() == 1
    assert panel.current == 1  # on to 3.7, not the text just replaced
    assert panel.results.currentItem().text().startswith("3.7 ülesanne")
    click(qtbot, panel.replace_button)
    assert window.session.undo_stack.count() == 2
    # 3.7 said "osakondadega": now "osakondaadega"; Undo takes back that one only.
    assert [m.part for m in find_all(document, "osakondaa")] == ["3.7 ülesanne"]
    window.menu_bar.undo_action.trigger()
    assert find_all(document, "osakondaa") == []
    assert document.general.unit.endswith("osakonda")


def test_the_search_follows_edits_and_a_new_document(qtbot, window) -> None:
    panel = _open(window)
    qtbot.keyClick(window.navigator, Qt.Key.Key_F, CTRL)
    type_text(qtbot, panel.find_edit, "osakond")
    qtbot.waitUntil(lambda: panel.count_label.text() == "2 vastet")
    unit = window.panes["general"].ui.unitEdit
    assert isinstance(unit, QLineEdit)
    unit.setFocus()
    unit.end(False)
    type_text(qtbot, unit, " ja osakond")
    qtbot.waitUntil(lambda: panel.count_label.text() == "3 vastet")
    window.session.undo_stack.setClean()  # (no question about saving)
    window.files.new_document("ametnik")
    assert not find_all(window.session.document, "osakond")
    qtbot.waitUntil(lambda: panel.count_label.text() == "Ei leitud.")
    assert not panel.replace_all_button.isEnabled()
    assert panel.results.count() == 0
