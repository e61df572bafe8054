"""A change of the columns' widths measures the rows in view at once, the rest in batches.

Before, a width change (window, splitter, column) measured every row of the duty
table in one go: ~0.5 s at 1,000 duties without an answer from the window. The
tests count rows measured (``resizeRowToContents``) rather than time them
(benchmarks/bench_editor_resize.py times them): at once only about a screenful,
then every row once from the event loop, none twice, and after the batches every
row exactly as tall as Qt fits it. Whatever the user can reach meanwhile —
scrolling, ``scrollTo``, the keyboard, typing, a new row — already has its true
height.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView

from ametieditor.gui.panes.duty_rows import BATCH_ROWS
from ametieditor.gui.panes.duty_table import DutyTableModel
from ametieditor.model.document import Block
from tests.gui.helpers import choose_part, click, type_text
from tests.gui.test_duty_typing_scale import _fitted_height
from tests.support.factories import full_document

COUNT = 1000
TASK = DutyTableModel.TASK


def _open(qtbot, window, count: int = COUNT, width: int = 1500):
    """The duty table of a ``count``-duty document, every row measured, in a wide window."""
    document = full_document(count)
    for number, duty in enumerate(document.duties.items):  # rows of different heights
        duty.task = [*duty.task, *(Block.li(f"osa {n} " * 12) for n in range(number % 4))]
    window.resize(width, 800)
    window.session.replace_document(document)
    choose_part(qtbot, window, "duties")
    pane = window.panes["duties"]
    qtbot.waitUntil(lambda: not pane.rows.pending, timeout=20_000)
    return pane


@pytest.fixture
def fits(monkeypatch: pytest.MonkeyPatch):
    """``fits(table)``: the list of rows measured from then on, in order."""
    measured: list[int] = []

    def watch(table) -> list[int]:
        measure = type(table).resizeRowToContents
        monkeypatch.setattr(table, "resizeRowToContents",
                            lambda row: (measured.append(row), measure(table, row)))
        return measured

    return watch


def _narrower(qtbot, window, pane, width: int = 1000) -> None:
    """Make the window narrower and wait until the table's columns have their new widths."""
    table = pane.ui.table
    before = table.columnWidth(TASK)
    window.resize(width, 800)
    qtbot.waitUntil(lambda: table.columnWidth(TASK) != before)
    assert pane.rows.pending  # the rows wait for the widths to settle (50 ms)


def _rows_in_view(table) -> list[int]:
    view = table.viewport().rect()
    return [row for row in range(table.model().rowCount())
            if table.visualRect(table.model().index(row, TASK)).intersects(view)]


def _fitted(table, rows) -> list[int]:
    """The rows among ``rows`` whose height is not what Qt fits them to (none, if right)."""
    return [row for row in rows if table.rowHeight(row) != _fitted_height(table, row)]


def test_a_width_change_measures_a_screenful_at_once_and_the_rest_from_the_event_loop(
        qtbot, window, fits) -> None:
    pane = _open(qtbot, window)
    table = pane.ui.table
    pane.select_row(500)
    _narrower(qtbot, window, pane)
    measured = fits(table)
    pane.rows.measure_all()  # what the timer runs once the widths have settled
    in_view = _rows_in_view(table)
    assert 3 <= len(in_view) < 40
    assert set(in_view) <= set(measured)  # the rows the user sees, with half a view around
    assert len(measured) <= 2 * len(in_view) + 2  # … and nothing more: not 1,000 rows
    assert _fitted(table, in_view) == []
    at_once = list(measured)
    assert pane.rows.pending and pane.rows.waiting == COUNT - len(at_once)

    # The others from the event loop, a batch a turn: a marker timer firing once a turn
    # splits the rows measured into turns.
    measured.clear()
    marker = QTimer()
    marker.setInterval(0)
    marker.timeout.connect(lambda: measured.append(-1))
    marker.start()
    qtbot.waitUntil(lambda: not pane.rows.pending, timeout=20_000)
    marker.stop()
    rows = [row for row in measured if row >= 0]
    assert sorted(rows + at_once) == list(range(COUNT))  # every row once, none twice
    turns = " ".join("x" if row >= 0 else "|" for row in measured).split("|")
    assert max(turn.count("x") for turn in turns) <= BATCH_ROWS
    assert _fitted(table, range(COUNT)) == []  # every row as Qt fits it


def test_a_second_width_change_during_the_batches_starts_them_over(qtbot, window,
                                                                   fits) -> None:
    pane = _open(qtbot, window)
    table = pane.ui.table
    _narrower(qtbot, window, pane)
    pane.rows.measure_all()
    qtbot.waitUntil(lambda: pane.rows.waiting < COUNT - 3 * BATCH_ROWS)
    assert pane.rows.pending  # the batches have begun but are not done
    measured = fits(table)
    header = table.horizontalHeader()
    header.resizeSection(TASK, table.columnWidth(TASK) - 120)  # a column made narrower
    assert pane.rows.waiting == 0 and pane.rows.pending  # the old batches are dropped
    qtbot.waitUntil(lambda: not pane.rows.pending, timeout=20_000)
    assert sorted(measured) == list(range(COUNT))  # every row once at the new widths
    assert _fitted(table, range(COUNT)) == []


def test_typing_and_adding_a_row_during_the_batches_fit_the_edited_row(qtbot, window,
                                                                      fits) -> None:
    pane = _open(qtbot, window)
    table = pane.ui.table
    row = 600
    pane.select_row(row)
    table.verticalScrollBar().setValue(0)  # the user scrolled away from the row
    _narrower(qtbot, window, pane)
    pane.rows.measure_all()
    assert not pane.rows.measured(row)  # out of view: waiting for its batch
    click(qtbot, pane.ui.taskEdit)
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    heights = set()
    for char in " ja veel üks pikk lause, mis murdub":
        type_text(qtbot, pane.ui.taskEdit, char)
        assert table.rowHeight(row) == _fitted_height(table, row)
        heights.add(table.rowHeight(row))
    assert len(heights) >= 2  # the typing wrapped onto another line: the row grew
    assert pane.rows.pending  # (the batches were still going)

    measured = fits(table)
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # a new row
    # measured, with the rows around it that it is scrolled to, not all the others
    assert pane.current_row() == row + 1 and row + 1 in measured and len(measured) < 30
    assert _current_in_full_view(table)
    assert pane.rows.pending
    type_text(qtbot, pane.ui.taskEdit, "Uus ülesanne " * 8)
    assert table.rowHeight(row + 1) == _fitted_height(table, row + 1)
    qtbot.waitUntil(lambda: not pane.rows.pending, timeout=20_000)
    assert _fitted(table, range(COUNT + 1)) == []


def _current_in_full_view(table) -> bool:
    """The current row shown whole, and a click on it lands on it (as a drop would)."""
    current = table.currentIndex()
    rect = table.visualRect(current)
    return (table.viewport().rect().contains(rect)
            and table.indexAt(rect.center()).row() == current.row()
            and table.rowHeight(current.row()) == _fitted_height(table, current.row()))


def test_scrolling_scroll_to_and_the_keyboard_find_true_heights_during_the_batches(
        qtbot, window) -> None:
    pane = _open(qtbot, window, width=2500)
    table = pane.ui.table
    pane.select_row(600)
    table.verticalScrollBar().setValue(0)  # the user scrolled away from the current row
    _narrower(qtbot, window, pane, width=900)  # the rows grow by half: text wraps sooner
    pane.rows.measure_all()
    assert pane.rows.waiting > COUNT - 100 and not pane.rows.measured(600)

    pane.select_row(600)  # back to it (a check finding, the find bar): no new current row
    assert _current_in_full_view(table)

    table.verticalScrollBar().setValue(700)  # the scroll bar dragged, the wheel turned
    assert _fitted(table, _rows_in_view(table)) == []  # measured before they are painted

    pane.select_row(900)  # a check finding, an undo, the find bar
    assert _current_in_full_view(table)
    assert _fitted(table, _rows_in_view(table)) == []

    table.setFocus()
    ctrl, plain = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
    keys = [(Qt.Key.Key_Down, plain)] * 12 + [(Qt.Key.Key_PageDown, plain)] * 3 + [
        (Qt.Key.Key_PageUp, plain)] * 5 + [(Qt.Key.Key_End, ctrl), (Qt.Key.Key_Up, plain),
                                           (Qt.Key.Key_Home, ctrl), (Qt.Key.Key_End, ctrl)]
    for key, modifier in keys:
        qtbot.keyClick(table, key, modifier)
        assert _current_in_full_view(table), (key, table.currentIndex().row())
        assert _fitted(table, _rows_in_view(table)) == []
    assert table.currentIndex().row() == COUNT - 1
    assert pane.rows.pending  # all this while the batches were still going


def test_scrolling_by_pixel_the_top_row_stays_put_while_rows_above_it_are_measured(
        qtbot, window) -> None:
    """Qt scrolls by pixel on macOS: rows above the view growing would push the text
    the user reads down the screen."""
    pane = _open(qtbot, window)
    table = pane.ui.table
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.scrollTo(pane.model.index(500, TASK), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.wait(1)
    top = table.rowAt(0)
    assert 495 <= top <= 500
    _narrower(qtbot, window, pane, width=900)
    offset = table.rowViewportPosition(top)
    pane.rows.measure_all()
    qtbot.waitUntil(lambda: not pane.rows.pending, timeout=20_000)
    assert table.rowAt(0) == top and table.rowViewportPosition(top) == offset
    assert _fitted(table, range(COUNT)) == []
