"""The duty table's row heights: every row as tall as its text, measured when it matters.

Measuring a row lays out its three cells (~0.5 ms a row), so measuring every
row at once grows with the document: 0.5 s at 1,000 duties, during which the
window does not answer. :class:`RowHeights` measures at once only what the user
can see and the rest from the event loop, a few rows a turn:

* After the columns change width (window, splitter or column resized; 50 ms
  after the last change) every row needs measuring again. The rows in view,
  with half a view above and below, are measured at once; the others in
  batches of :data:`BATCH_ROWS` rows from a zero-timer, rows below the view
  first. A further width change stops the batches and starts over.
* Until its batch comes, a row keeps the height it had (a good guess: only
  the wrapping changed), also through rows added, removed or moved.
* Rows coming into view (scrolling, a drag's auto-scroll, the keyboard) are
  measured before they are painted: the scroll bar's change measures them.
  A row the pane scrolls to, or that becomes current, is measured with a
  view's height of rows around it before (or, for the view's own scrolling,
  again after) :meth:`QTableView.scrollTo`, so that it counts true heights.
* An edited row is measured at once (:meth:`fit_row`), batches or not.

Rows are measured as ``resizeRowToContents`` measures them (it does the
measuring), so once the batches are done every row has Qt's own height.
Heights are remembered per duty: after rows were added, removed or moved a
duty whose text has not changed gets its height back and only new duties need
measuring (the commands insert copies, so a new or restored duty is a new
object; moved duties are the same objects).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QObject, QRect, QTimer
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QTableView

from ametieditor.model.document import Duty

BATCH_ROWS = 16  # rows measured in one turn of the event loop (~8 ms)
WIDTH_PAUSE_MS = 50  # the columns' widths settle (a drag of the window edge pauses)


class RowHeights(QObject):
    """Fits the rows of the duty table to their text (see the module docstring)."""

    def __init__(self, table: QTableView, items: Callable[[], list[Duty]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self._items = items
        # Each duty's row height measured at the present column widths, by the duty.
        self._heights: dict[int, tuple[Duty, int]] = {}
        # Heights from before the last width change, kept while a row waits for its batch.
        self._guesses: dict[int, tuple[Duty, int]] = {}
        # The height of each edited text cell as last measured (see fit_row).
        self._cell_heights: dict[tuple[int, int], int] = {}
        # Rows still to measure, the next one last; rows measured meanwhile are skipped.
        self._queue: list[int] = []
        self._busy = False  # measuring (keeps the scroll bar's signal from re-entering)
        self._fitted = 0  # rows fitted so far (see _keeping_top)
        self._last_measured: list[int] = []  # by the last _measure_around
        self._widths = QTimer(self)
        self._widths.setSingleShot(True)
        self._widths.setInterval(WIDTH_PAUSE_MS)
        self._widths.timeout.connect(self.measure_all)
        self._batch = QTimer(self)
        self._batch.setInterval(0)
        self._batch.timeout.connect(self._measure_batch)
        table.horizontalHeader().sectionResized.connect(self._columns_resized)
        table.verticalScrollBar().valueChanged.connect(self.measure_in_view)
        table.selectionModel().currentRowChanged.connect(self._current_moved)

    @property
    def pending(self) -> bool:
        """Whether rows are still waiting to be measured at the present widths."""
        return bool(self._queue) or self._widths.isActive()

    @property
    def waiting(self) -> int:
        """How many rows wait for a batch (some may have been measured meanwhile)."""
        return len(self._queue)

    def measured(self, row: int) -> bool:
        """Whether ``row`` has been measured at the present column widths."""
        duty = self._items()[row]
        entry = self._heights.get(id(duty))
        return entry is not None and entry[0] is duty

    # -- one row -----------------------------------------------------------------------

    def fit_row(self, row: int, column: int | None = None) -> None:
        """The row as tall as its text (after an edit of it), remembered for its duty.

        After an edit of one text cell (``column``) the row is measured again
        only when that cell's own height changed: most keystrokes do not wrap
        onto another line, and measuring the row lays out all its cells (half
        of a keystroke's time in a long row). The cell is measured the way the
        view measures it, so it changes height exactly when the row would.
        """
        table = self.table
        if column is not None:
            height = min(self.cell_height(row, column),
                         table.verticalHeader().maximumSectionSize())
            known = self._cell_heights.get((row, column))
            self._cell_heights[(row, column)] = height
            # (a change of widths or rows forgets the cells: a row waiting for its
            # batch is measured at its first keystroke)
            if known != height:
                table.resizeRowToContents(row)
        else:
            table.resizeRowToContents(row)
        self._fitted += 1
        duty = self._items()[row]
        self._heights[id(duty)] = (duty, table.rowHeight(row))

    def cell_height(self, row: int, column: int) -> int:
        """The height the view asks for a cell when it fits its row.

        The same question as QTableView's own (``heightHintForIndex`` with word
        wrap): the item delegate's size hint in the column's width, less the
        grid line.
        """
        table = self.table
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        width = table.columnWidth(column) - (1 if table.showGrid() else 0)
        option.rect = QRect(table.columnViewportPosition(column),
                            table.rowViewportPosition(row), width,
                            max(table.rowHeight(row), 1))
        index = table.model().index(row, column)
        return table.itemDelegateForIndex(index).sizeHint(option, index).height()

    # -- all rows ----------------------------------------------------------------------

    def after_change(self) -> None:
        """Row heights after rows were added, removed or moved (the table was reset).

        Measuring every row took 0.6 s for every added row at 1,000 duties. A
        duty measured at the present widths gets its height back; one waiting
        for its batch gets the height it had; the others wait to be measured
        (those in view at once).
        """
        table = self.table
        self._cell_heights = {}  # rows may have moved
        known, self._heights = self._heights, {}
        guesses, self._guesses = self._guesses, {}
        waiting: list[int] = []
        for row, duty in enumerate(self._items()):
            entry = known.get(id(duty))
            if entry is not None and entry[0] is duty:
                table.setRowHeight(row, entry[1])
                self._heights[id(duty)] = entry
                continue
            guess = guesses.get(id(duty))
            if guess is not None and guess[0] is duty:
                table.setRowHeight(row, guess[1])
                self._guesses[id(duty)] = guess
            waiting.append(row)
        self._plan(waiting)

    def measure_all(self) -> None:
        """The columns changed width: every row to measure again, those in view at once."""
        table = self.table
        self._widths.stop()  # (when called directly: the widths are measured for now)
        self._cell_heights = {}
        items = self._items()
        self._guesses = {id(duty): (duty, table.rowHeight(row))
                         for row, duty in enumerate(items)}
        self._heights = {}
        self._plan(list(range(len(items))))

    def _columns_resized(self) -> None:
        """A column changed width: the batches measured at the old widths; start over."""
        self._cell_heights = {}
        self._queue = []
        self._batch.stop()
        self._widths.start()

    def _plan(self, waiting: list[int]) -> None:
        """Measure ``waiting`` rows in view now, the others in batches, below the view first."""
        top = max(self.table.rowAt(0), 0)
        above = [row for row in waiting if row < top]
        below = [row for row in waiting if row >= top]
        self._queue = above + below[::-1]  # popped from the end: below, then upwards
        if self.measure_in_view():
            done = set(self._last_measured)
            self._queue = [row for row in self._queue if row not in done]
        if self._queue:
            self._batch.start()
        else:
            self._batch.stop()
            self._guesses = {}

    # -- what the user sees first --------------------------------------------------------

    def measure_in_view(self, *_unused: object) -> int:
        """Measure the waiting rows in view and half a view above and below; how many."""
        table = self.table
        if not self._queue or self._busy or table.model().rowCount() == 0:
            return 0
        height = table.viewport().height()
        top = max(table.rowAt(0), 0)
        return self._measure_around(top, height + height // 2, height // 2)

    def measure_near(self, row: int) -> int:
        """Measure the waiting rows within a view's height of ``row`` (before scrolling to it)."""
        if not self._queue or self._busy or not 0 <= row < self.table.model().rowCount():
            return 0
        height = self.table.viewport().height()
        return self._measure_around(row, height, height)

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A new current row (keyboard, click, :meth:`select_row`).

        The view has already scrolled to it, counting the heights rows had:
        while rows wait, those near it are measured and it scrolls again (a
        row already in full view does not move).
        """
        if current.isValid() and self._queue:
            self.measure_near(current.row())
            self.table.scrollTo(current)

    @contextmanager
    def _keeping_top(self) -> Iterator[None]:
        """Measuring rows: afterwards the view's geometry counts their new heights, and the
        row at the top of the view has stayed in place.

        Qt brings the view's offset and scroll range up to date one turn of the
        event loop after rows change height; until then the view places rows
        where they were, and ``scrollTo`` is held by the old range. Scrolling by
        item (Qt's default on Linux and Windows) keeps the top row by itself
        (the scroll bar counts rows); scrolling by pixel (macOS) would move the
        text under the user's eyes.
        """
        table = self.table
        self._busy = True
        by_pixel = table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel
        top = table.rowAt(0) if by_pixel else -1
        offset = table.rowViewportPosition(top) if top >= 0 else 0
        fitted = self._fitted
        try:
            yield
            if self._fitted != fitted:
                table.updateGeometries()
            if 0 <= top < _row_count(table):
                shift = table.rowViewportPosition(top) - offset
                if shift:
                    bar = table.verticalScrollBar()
                    bar.setValue(bar.value() + shift)
        finally:
            self._busy = False

    def _measure_around(self, row: int, down: int, up: int) -> int:
        """Measure the waiting rows from ``row`` down over ``down`` pixels and above it over
        ``up`` pixels; the row at the top of the view stays where it is."""
        measured: list[int] = []
        with self._keeping_top():
            self._measure_run(row, down, 1, measured)
            self._measure_run(row - 1, up, -1, measured)
        self._last_measured = measured
        return len(measured)

    def _measure_run(self, row: int, pixels: int, step: int, measured: list[int]) -> None:
        table, count = self.table, _row_count(self.table)
        covered = 0
        while 0 <= row < count and covered < pixels:
            if not self.measured(row):
                self.fit_row(row)
                measured.append(row)
            covered += table.rowHeight(row)
            row += step

    def _measure_batch(self) -> None:
        """One turn of the event loop: the rows in view if any wait, then BATCH_ROWS more."""
        self.measure_in_view()
        count = _row_count(self.table)
        done = 0
        with self._keeping_top():
            while self._queue and done < BATCH_ROWS:
                row = self._queue.pop()
                if row < count and not self.measured(row):
                    self.fit_row(row)
                    done += 1
        if not self._queue:
            self._batch.stop()
            self._guesses = {}


def _row_count(table: QTableView) -> int:
    return table.model().rowCount()
