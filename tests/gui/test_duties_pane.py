"""The duty table: numbers, drag to reorder, row operations, 50 rows, visible undo.

The drag test moves a real mouse under Xvfb (tests/gui/x11_drag.py): offscreen Qt,
where the other tests run, has no drag and drop at all.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt

from ametieditor.model.document import Block
from tests.gui.helpers import choose_part, click, type_text
from tests.gui.x11_drag import run_scenario
from tests.support.factories import full_document

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(window, qtbot, duty_count: int):
    window.session.replace_document(full_document(duty_count))
    choose_part(qtbot, window, "duties")
    return window.panes["duties"]


def _click_row(qtbot, pane, row: int) -> None:
    """Click the task cell of ``row`` in the duty table."""
    table = pane.ui.table
    rect = table.visualRect(pane.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft()
                     + QPoint(5, 5))


def _first_tasks(window) -> list[str]:
    return [duty.task[0].text.split()[1] for duty in window.session.document.duties.items]


def _task_numbers(step: dict) -> list[str]:
    return [task.split()[1] for task in step["tasks"]]


def test_dragging_a_row_with_the_mouse_moves_it_renumbers_and_undoes_in_one_step() -> None:
    steps = run_scenario("duties")  # press, move, release with the X pointer; Ctrl+Z keys
    assert _task_numbers(steps["start"]) == ["1", "2", "3", "4"]

    # Duty 1 dragged onto the upper edge of duty 4: it lands before it.
    moved = steps["first_to_before_last"]
    assert moved["during_drag"]["indicator"][-1:] == [["AboveItem", 3]]  # the line shown at release
    assert moved["during_drag"]["dropped_on_row"] == 3
    assert _task_numbers(moved) == ["2", "3", "1", "4"]  # in the document
    assert moved["numbers"] == ["3.1", "3.2", "3.3", "3.4"]  # numbers recomputed in the table
    assert moved["task_cells"][2].startswith("Ülesanne 1 korraldamine")
    # The selection and the editors below follow the dragged duty to its new place.
    assert moved["current_row"] == 2 and moved["selected_rows"] == [2]
    assert moved["task_label"] == "Põhi&ülesanne 3.3"
    assert moved["task_editor"].startswith("Ülesanne 1 korraldamine")
    assert moved["undo_steps"] == 1 and moved["undo_text"] == "Liiguta rida"

    # Duty 4 dragged to the top edge of the first row.
    top = steps["last_to_top"]
    assert top["during_drag"]["indicator"][-1:] == [["AboveItem", 0]]
    assert _task_numbers(top) == ["4", "2", "3", "1"]
    assert top["current_row"] == 0 and top["task_label"] == "Põhi&ülesanne 3.1"
    assert top["undo_steps"] == 2

    # One Ctrl+Z takes back exactly one drag.
    assert _task_numbers(steps["undo_once"]) == ["2", "3", "1", "4"]
    assert steps["undo_once"]["undo_steps"] == 1
    assert steps["undo_once"]["task_cells"][0].startswith("Ülesanne 2 korraldamine")
    assert _task_numbers(steps["undo_twice"]) == ["1", "2", "3", "4"]
    assert steps["undo_twice"]["numbers"] == ["3.1", "3.2", "3.3", "3.4"]
    # The selection goes back with the duty whose move was undone.
    assert steps["undo_once"]["current_row"] == 3
    assert steps["undo_once"]["task_editor"].startswith("Ülesanne 4")
    assert steps["undo_twice"]["current_row"] == 0
    assert steps["undo_twice"]["task_editor"].startswith("Ülesanne 1 korraldamine")


def test_undoing_a_move_selects_the_duty_where_it_returns(qtbot, window) -> None:
    pane = _open(window, qtbot, 3)
    table = pane.ui.table
    _click_row(qtbot, pane, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down, CTRL_SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_Down, CTRL_SHIFT)
    assert _first_tasks(window) == ["2", "3", "1"]
    assert pane.current_row() == 2
    pane.select_row(0)  # the user looks at another duty, then undoes
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _first_tasks(window) == ["2", "1", "3"]
    assert pane.current_row() == 1  # the moved duty, where it went back to
    assert pane.ui.taskEdit.toPlainText().startswith("Ülesanne 1 korraldamine")
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo
    assert _first_tasks(window) == ["2", "3", "1"]
    assert pane.current_row() == 2


def test_a_drop_lands_where_the_view_says(qtbot, window) -> None:
    """The rows the view hands to dropMimeData: between rows, onto a row, after the last."""
    pane = _open(window, qtbot, 4)
    model = pane.model
    data = model.mimeData([model.index(0, 1)])
    # Drop the first row before the fourth (the view calls dropMimeData on release).
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex()) is False
    assert _first_tasks(window) == ["2", "3", "1", "4"]
    assert [model.data(model.index(r, 0)) for r in range(4)] == ["3.1", "3.2", "3.3", "3.4"]
    assert "Ülesanne 1" in model.data(model.index(2, 1))
    # Dropping onto a row puts the dragged one in its place.
    data = model.mimeData([model.index(3, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 1))
    assert _first_tasks(window) == ["4", "2", "3", "1"]
    # Dropping on the empty space below the rows moves the row to the end.
    data = model.mimeData([model.index(0, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert _first_tasks(window) == ["2", "3", "1", "4"]
    assert pane.current_row() == 3
    for _step in range(3):
        window.menu_bar.undo_action.trigger()
    assert _first_tasks(window) == ["1", "2", "3", "4"]


def test_the_table_accepts_drags_of_its_rows(qtbot, window) -> None:
    pane = _open(window, qtbot, 3)
    table = pane.ui.table
    assert table.dragEnabled() and table.acceptDrops()
    assert pane.model.flags(pane.model.index(0, 1)) & Qt.ItemFlag.ItemIsDragEnabled
    assert pane.model.canDropMimeData(pane.model.mimeData([pane.model.index(1, 1)]),
                                      Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_row_operations_with_shortcuts_and_buttons(qtbot, window) -> None:
    pane = _open(window, qtbot, 3)
    table = pane.ui.table
    _click_row(qtbot, pane, 1)
    assert pane.current_row() == 1
    assert pane.ui.taskLabel.text() == "Põhi&ülesanne 3.2"
    qtbot.keyClick(table, Qt.Key.Key_Down, CTRL_SHIFT)
    assert _first_tasks(window) == ["1", "3", "2"]
    assert pane.current_row() == 2
    qtbot.keyClick(table, Qt.Key.Key_Return, CTRL_SHIFT)  # insert above
    assert len(window.session.document.duties.items) == 4
    assert window.session.document.duties.items[2].task == []
    type_text(qtbot, pane.ui.taskEdit, "Uus")
    assert window.session.document.duties.items[2].task == [Block.p("Uus")]
    click(qtbot, pane.ui.upButton)
    assert [duty.task[0].text for duty in window.session.document.duties.items][:2] == [
        "Ülesanne 1 korraldamine, sh:", "Uus"]
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_D, CTRL_SHIFT)  # duplicate
    assert len(window.session.document.duties.items) == 5
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_Delete, CTRL_SHIFT)  # delete
    assert len(window.session.document.duties.items) == 4


def test_undo_restores_the_text_in_the_cell_editor(qtbot, window) -> None:
    pane = _open(window, qtbot, 3)
    pane.select_row(2)
    click(qtbot, pane.ui.resultsEdit)
    qtbot.keyClick(pane.ui.resultsEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, pane.ui.resultsEdit, " Lisatud.")
    pane.select_row(0)
    window.menu_bar.undo_action.trigger()
    assert pane.current_row() == 2
    assert pane.ui.resultsEdit.blocks() == full_document(3).duties.items[2].results
    window.menu_bar.redo_action.trigger()
    assert pane.ui.resultsEdit.toPlainText().endswith("Lisatud.")


def test_fifty_rows_are_shown_and_edited(qtbot, window) -> None:
    pane = _open(window, qtbot, 50)
    assert pane.model.rowCount() == 50
    assert pane.model.data(pane.model.index(49, 0)) == "3.50"
    assert len(pane.findChildren(type(pane.ui.taskEdit))) == 2  # not one editor per cell
    pane.select_row(49)
    click(qtbot, pane.ui.taskEdit)
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, pane.ui.taskEdit, "x")
    assert window.session.document.duties.items[49].task[-1].text.endswith("x")
    assert pane.model.data(pane.model.index(49, 1)).endswith("x")
    assert window.preview.pending


def test_switching_duties_off_renumbers_later_parts(qtbot, window) -> None:
    pane = _open(window, qtbot, 2)
    pane.ui.enabledCheck.click()
    assert window.session.document.duties is None
    assert window.navigator.item(3).text() == "3. Õigused"
    assert not pane.ui.table.isEnabled()
    window.menu_bar.undo_action.trigger()
    assert len(window.session.document.duties.items) == 2
    assert window.navigator.item(3).text() == "4. Õigused"
