"""Typing in a duty cell costs the same in a 10- and a 1,000-duty document (issue 16).

No timings here (benchmarks/bench_editor_keystroke.py measures them): the tests
count what made a keystroke grow with the document before — the number column
signalled as changed, so the view measured every row again and the numbering
was computed once per row — and check that the numbers still follow every
structural change and that the edited row still fits its text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from ametieditor.gui.panes import duty_table
from ametieditor.gui.panes.duty_table import DutyTableModel
from ametieditor.model.document import Block
from tests.gui.helpers import choose_part, click, click_check, type_text
from tests.support.factories import full_document

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TYPED = "ja sõidab "  # an Estonian letter too (sent as a key event with text)


def _open(window, qtbot, duty_count: int):
    window.session.replace_document(full_document(duty_count))
    choose_part(qtbot, window, "duties")
    return window.panes["duties"]


def _type_in_task(qtbot, pane, row: int, text: str) -> None:
    pane.select_row(row)
    click(qtbot, pane.ui.taskEdit)
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, pane.ui.taskEdit, text)


def _click_row(qtbot, pane, row: int) -> None:
    """Click the task cell of ``row`` in the duty table (the row's keys then work)."""
    table = pane.ui.table
    rect = table.visualRect(pane.model.index(row, DutyTableModel.TASK))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.topLeft() + QPoint(5, 5))


def _numbers(pane) -> list[str]:
    model = pane.model
    return [model.data(model.index(row, DutyTableModel.NUMBER))
            for row in range(model.rowCount())]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the table computes the numbering and is asked for a number cell."""
    counts = {"numbering": 0, "number_cells": 0, "cells": 0}
    numbering, data = duty_table.numbering, DutyTableModel.data

    def counting_numbering(doc):
        counts["numbering"] += 1
        return numbering(doc)

    def counting_data(self, index, role=Qt.ItemDataRole.DisplayRole):
        counts["cells"] += 1
        if index.column() == DutyTableModel.NUMBER:
            counts["number_cells"] += 1
        return data(self, index, role)

    monkeypatch.setattr(duty_table, "numbering", counting_numbering)
    monkeypatch.setattr(DutyTableModel, "data", counting_data)
    return counts


def test_a_keystroke_does_the_same_work_with_10_and_1000_duties(qtbot, window,
                                                                 counted) -> None:
    per_size = {}
    for duty_count in (10, 1000):
        pane = _open(window, qtbot, duty_count)
        middle = duty_count // 2
        _type_in_task(qtbot, pane, middle, "x")  # the first edit, then count the next ones
        qtbot.wait(10)  # (the table's first paint and layout after opening)
        qtbot.waitUntil(lambda rows=pane.rows: not rows.pending)  # (rows measured after opening)
        counted.update(numbering=0, number_cells=0)
        type_text(qtbot, pane.ui.taskEdit, TYPED)
        qtbot.wait(10)  # let the view repaint what the keystrokes changed
        per_size[duty_count] = dict(counted)
        task = window.session.document.duties.items[middle].task
        assert task[-1].text.endswith("x" + TYPED)  # the typing did reach the model
    # The numbering is not computed again for a keystroke at all …
    assert per_size[10]["numbering"] == per_size[1000]["numbering"] == 0
    # … and the view asks for a few number cells (the edited row's, to fit its height),
    # not for every row: before, 1,000 duties meant ~8,000 such calls per keystroke.
    assert per_size[1000]["number_cells"] <= 2 * per_size[10]["number_cells"]
    assert per_size[1000]["number_cells"] < 30 * len(TYPED)


def test_a_text_edit_signals_only_the_cell_it_changed(qtbot, window) -> None:
    pane = _open(window, qtbot, 30)
    signalled: list[tuple[int, int, int, int]] = []
    pane.model.dataChanged.connect(
        lambda top_left, bottom_right, *_roles: signalled.append(
            (top_left.row(), top_left.column(), bottom_right.row(), bottom_right.column())))
    _type_in_task(qtbot, pane, 12, TYPED)
    assert signalled and set(signalled) == {(12, DutyTableModel.TASK, 12, DutyTableModel.TASK)}
    signalled.clear()
    click(qtbot, pane.ui.resultsEdit)
    type_text(qtbot, pane.ui.resultsEdit, "õigel ajal")
    assert signalled and set(signalled) == {
        (12, DutyTableModel.RESULTS, 12, DutyTableModel.RESULTS)}
    signalled.clear()
    qtbot.keyClick(pane.ui.resultsEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    original = full_document(30).duties.items[12].results
    assert window.session.document.duties.items[12].results == original
    assert pane.ui.resultsEdit.blocks() == original  # the editor shows the undone text
    assert signalled and all(column > DutyTableModel.NUMBER
                             for _row, column, _end_row, _end_column in signalled)


def test_numbers_follow_insert_move_delete_undo_and_redo(qtbot, window, counted) -> None:
    pane = _open(window, qtbot, 9)
    table = pane.ui.table
    assert _numbers(pane) == [f"3.{n}" for n in range(1, 10)]
    narrow = table.columnWidth(DutyTableModel.NUMBER)
    _click_row(qtbot, pane, 1)
    counted.update(numbering=0)
    qtbot.keyClick(table, Qt.Key.Key_Return, CTRL_SHIFT)  # a new duty above the second
    assert _numbers(pane) == [f"3.{n}" for n in range(1, 11)]
    assert counted["numbering"] == 1  # once for the change, whatever the number of rows
    assert pane.ui.taskLabel.text() == "Põhi&ülesanne 3.2"
    assert table.columnWidth(DutyTableModel.NUMBER) > narrow  # room for "3.10" …
    assert table.columnWidth(DutyTableModel.NUMBER) == table.sizeHintForColumn(
        DutyTableModel.NUMBER)  # … and exactly what Qt measures for the column
    type_text(qtbot, pane.ui.taskEdit, "Uus ülesanne")
    qtbot.keyClick(table, Qt.Key.Key_Down, CTRL_SHIFT)  # moved down: now 3.3
    assert pane.current_row() == 2 and pane.ui.taskLabel.text() == "Põhi&ülesanne 3.3"
    assert pane.model.data(pane.model.index(2, DutyTableModel.TASK)) == "Uus ülesanne"
    qtbot.keyClick(table, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert _numbers(pane) == [f"3.{n}" for n in range(1, 10)]
    assert "Uus ülesanne" not in [pane.model.data(pane.model.index(row, 1))
                                  for row in range(9)]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo delete
    assert _numbers(pane)[-1] == "3.10"
    assert pane.model.data(pane.model.index(2, DutyTableModel.TASK)) == "Uus ülesanne"
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo it
    assert _numbers(pane)[-1] == "3.9"


def test_numbers_follow_a_part_switched_off_before_the_duties(qtbot, window) -> None:
    pane = _open(window, qtbot, 3)
    pane.select_row(1)
    choose_part(qtbot, window, "purpose")
    click_check(qtbot, window.panes["purpose"].ui.enabledCheck)  # purpose (2.) off
    assert window.session.document.purpose is None
    choose_part(qtbot, window, "duties")
    assert _numbers(pane) == ["2.1", "2.2", "2.3"]
    assert pane.ui.taskLabel.text() == "Põhi&ülesanne 2.2"
    window.menu_bar.undo_action.trigger()
    assert _numbers(pane) == ["3.1", "3.2", "3.3"]
    assert pane.ui.resultsLabel.text() == "&Oodatavad tulemused 3.2"


def test_the_edited_row_grows_and_shrinks_with_its_wrapped_text(qtbot, window) -> None:
    row = 100
    document = full_document(200)
    duty = document.duties.items[row]
    duty.task, duty.results = [Block.p("Lühike ülesanne")], [Block.p("Tulemus")]  # one line
    window.resize(1200, 800)
    window.session.replace_document(document)
    choose_part(qtbot, window, "duties")
    pane = window.panes["duties"]
    table = pane.ui.table
    pane.select_row(row)
    qtbot.wait(200)  # the rows are fitted again once the columns have their widths
    before = table.rowHeight(row)
    line = table.fontMetrics().lineSpacing()
    _type_in_task(qtbot, pane, row, " pikk lause, mis ei mahu ühele reale" * 3)
    taller = table.rowHeight(row)
    assert taller > before + line  # wrapped onto two more lines: the row grew
    assert table.rowHeight(row + 1) == table.rowHeight(row - 1)  # the others did not
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_Return)
    type_text(qtbot, pane.ui.taskEdit, "ja veel üks rida")
    assert table.rowHeight(row) >= taller + line
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table.rowHeight(row) == before  # back to the original text and height



def test_adding_moving_and_removing_rows_measures_only_the_new_row(qtbot, window,
                                                                   counted) -> None:
    """Rows keep their heights through a change; before, every row was laid out again
    (0.6–1.2 s for each added row at 1,000 duties)."""
    asked = {}
    for duty_count in (10, 1000):
        document = full_document(duty_count)
        tall = document.duties.items[2]
        tall.task = [*tall.task, *(Block.li(f"rida {n}") for n in range(4))]
        window.session.replace_document(document)
        choose_part(qtbot, window, "duties")
        pane = window.panes["duties"]
        table = pane.ui.table
        qtbot.wait(100)  # the rows are fitted again once the columns have their widths
        heights = [table.rowHeight(row) for row in range(4)]
        assert heights[2] > heights[1]
        _click_row(qtbot, pane, 1)
        counted.update(cells=0)
        qtbot.keyClick(table, Qt.Key.Key_Return, CTRL_SHIFT)  # a new duty above the second
        asked[duty_count] = counted["cells"]
        assert [table.rowHeight(row) for row in (0, 2, 3, 4)] == heights
        assert table.rowHeight(1) == max(  # the new one, measured (as resizeRowToContents)
            table.sizeHintForRow(1), table.verticalHeader().sectionSizeHint(1))
        qtbot.keyClick(table, Qt.Key.Key_Delete, CTRL_SHIFT)
        assert [table.rowHeight(row) for row in range(4)] == heights
        _click_row(qtbot, pane, 2)
        qtbot.keyClick(table, Qt.Key.Key_Up, CTRL_SHIFT)  # the tall one moves up
        assert [table.rowHeight(row) for row in range(4)] == [
            heights[0], heights[2], heights[1], heights[3]]
        qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert [table.rowHeight(row) for row in range(4)] == heights
    assert asked[1000] <= 2 * asked[10]


def _fitted_height(table, row: int) -> int:
    """What resizeRowToContents would make the row (Qt's own measurement)."""
    header = table.verticalHeader()
    return min(max(table.sizeHintForRow(row), header.sectionSizeHint(row)),
               header.maximumSectionSize())


def test_a_keystroke_that_wraps_or_unwraps_a_line_refits_the_row(qtbot, window) -> None:
    """Rows are measured only when the edited cell's height changes; after every single
    keystroke, typed or deleted, the row is still exactly as tall as Qt would fit it."""
    row = 3
    document = full_document(8)
    duty = document.duties.items[row]
    duty.task, duty.results = [Block.p("Lühike")], [Block.p("Tulemus")]
    window.resize(1000, 700)
    window.session.replace_document(document)
    choose_part(qtbot, window, "duties")
    pane = window.panes["duties"]
    table = pane.ui.table
    qtbot.wait(100)  # the rows are fitted again once the columns have their widths
    _type_in_task(qtbot, pane, row, "")
    heights = set()
    for char in " üks sõna veel ja teine, kolmas" * 4:
        type_text(qtbot, pane.ui.taskEdit, char)
        assert table.rowHeight(row) == _fitted_height(table, row)
        heights.add(table.rowHeight(row))
    for _ in range(60):
        qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_Backspace)
        assert table.rowHeight(row) == _fitted_height(table, row)
        heights.add(table.rowHeight(row))
    assert len(heights) >= 3  # the text wrapped onto a second and a third line and back
    # A narrower column: the same text wraps sooner, and the next keystroke says so.
    table.horizontalHeader().resizeSection(DutyTableModel.RESULTS, 600)
    qtbot.wait(100)
    type_text(qtbot, pane.ui.taskEdit, "x")
    assert table.rowHeight(row) == _fitted_height(table, row)


def test_a_keystroke_within_a_line_does_not_measure_the_row(qtbot, window,
                                                             monkeypatch) -> None:
    pane = _open(window, qtbot, 20)
    qtbot.wait(100)
    table = pane.ui.table
    fits = []
    fit = table.resizeRowToContents
    monkeypatch.setattr(table, "resizeRowToContents", lambda row: (fits.append(row), fit(row)))
    _type_in_task(qtbot, pane, 5, "ab")  # the first keystroke in a row measures it
    fits.clear()
    type_text(qtbot, pane.ui.taskEdit, "cd")  # two more letters on the same line
    assert fits == []
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_Return)  # a new line: the row grows
    assert fits == [5]


def test_a_cell_is_measured_exactly_as_the_view_measures_its_row(qtbot, window) -> None:
    """The row-fit skip trusts _cell_height to change exactly when the row's height would.

    Over many column widths and text lengths (so that wrap points fall on every pixel),
    a task cell that is the row's tallest measures one grid line less than the row.
    """
    row = 1
    document = full_document(3)
    duty = document.duties.items[row]
    duty.results = [Block.p("x")]
    window.session.replace_document(document)
    choose_part(qtbot, window, "duties")
    pane = window.panes["duties"]
    table = pane.ui.table
    grid = 1 if table.showGrid() else 0
    words = "tööülesannete jaotus, lii mmm WWW iii kõik õigusaktid ja Žürii otsused "
    compared = 0
    for width in range(900, 960, 3):
        window.resize(width, 700)
        qtbot.wait(1)
        for length in range(30, len(words) * 2, 7):
            duty.task = [Block.p((words * 2)[:length])]
            pane.model.text_changed(row, "task")
            cell = pane.rows.cell_height(row, DutyTableModel.TASK)
            others = [pane.rows.cell_height(row, column)
                      for column in (DutyTableModel.NUMBER, DutyTableModel.RESULTS)]
            if cell >= max(others):
                assert cell + grid == table.sizeHintForRow(row), (width, length)
                compared += 1
    assert compared > 300
