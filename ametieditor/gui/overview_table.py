"""The folder overview's table: its model, and the proxy that sorts and filters it.

The cells are :func:`~ametieditor.model.folder_overview.row_cells` under the
headers of :data:`~ametieditor.model.folder_overview.COLUMNS`, the same as the
CLI and the CSV file. Sorting compares values, not text: dates as dates (an
approval date written as no valid date sorts with the empty ones), revisions
and problem counts as numbers, text without case; empty cells go last in both
directions. The filter matches any cell, without case and diacritics
(``noukogu`` finds ``Nõukogu``), every word of it somewhere in the row.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCollatorSortKey,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from ametieditor.model.folder_overview import COLUMNS, OverviewRow, row_cells
from ametieditor.model.folding import fold_diacritics

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
SortKey = QCollatorSortKey | int | dt.date | None
#: Text sorts in the Estonian alphabet (… s š z ž t … w õ ä ö ü x y), not by code point.
#: Case aside, and numbers in names by value ("ametijuhend-9" before "ametijuhend-10").
_ESTONIAN_ORDER = QCollator(QLocale(QLocale.Language.Estonian, QLocale.Country.Estonia))
_ESTONIAN_ORDER.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
_ESTONIAN_ORDER.setNumericMode(True)

KEYS = [column.key for column in COLUMNS]
PROBLEM_COUNT = KEYS.index("problem_count")
REVIEW_DUE = KEYS.index("review_due")
NUMERIC = {KEYS.index(key) for key in ("approved", "revision", "review_due", "problem_count")}
#: Problems shown in one table cell, one after another.
CELL_SEPARATOR = " · "
#: The background of a row with problems (a pale amber, readable in light themes).
PROBLEM_BACKGROUND = QColor(255, 236, 204)
#: A review date that has passed.
OVERDUE = QColor(170, 0, 30)


def sort_key(row: OverviewRow, key: str) -> SortKey:
    """What the column ``key`` compares by; None for an empty cell."""
    value: Any
    if key == "problem_count":
        return len(row.problems)
    if key == "problems":
        value = " ".join(row.problems)
    elif key == "file":
        value = row.shown_path
    else:
        value = getattr(row, key)
    if isinstance(value, str):
        return _ESTONIAN_ORDER.sortKey(value) if value else None
    return value


class OverviewModel(QAbstractTableModel):
    """The rows of :func:`~ametieditor.model.folder_overview.overview_rows`, read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[OverviewRow] = []
        self._cells: list[list[str]] = []
        #: Every cell of a row, folded, for the filter.
        self.haystacks: list[str] = []
        #: Each column's sort keys in row order, worked out when first sorted by.
        self._keys: dict[int, list[SortKey]] = {}
        self.today = dt.date.today()
        #: The column and direction the rows are in (-1: as given).
        self.sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[OverviewRow], today: dt.date) -> None:
        """Show ``rows``; review dates before ``today`` are shown as overdue."""
        self.beginResetModel()
        self.rows, self.today = rows, today
        self._cells = [row_cells(row, CELL_SEPARATOR) for row in rows]
        self.haystacks = [fold_diacritics("\n".join(cells)) for cells in self._cells]
        self._keys = {}
        self._put_in_order()
        self.endResetModel()

    def key(self, row: int, column: int) -> SortKey:
        return self._column_keys(column)[row]

    def _column_keys(self, column: int) -> list[SortKey]:
        keys = self._keys.get(column)
        if keys is None:
            self._keys[column] = keys = [sort_key(row, KEYS[column]) for row in self.rows]
        return keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in the order of ``column``'s keys, empty cells last either way.

        The rows are sorted here, with Python's sort over the column's keys
        (worked out once per column and set of rows); the proxy only filters.
        (Sorting in the proxy asked Python's ``lessThan`` for every comparison:
        2–4 s a click at 10,000 rows, and again after every change of the
        filter.) Equal keys keep their order, and new rows (:meth:`set_rows`)
        come in the order last chosen.
        """
        if not 0 <= column < len(KEYS):
            return
        self.sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_indexes = self.persistentIndexList()
        position = self._put_in_order()
        self.changePersistentIndexList(old_indexes, [
            self.index(position[index.row()], index.column()) for index in old_indexes])
        self.layoutChanged.emit()

    def _put_in_order(self) -> dict[int, int]:
        """Reorder the rows by :attr:`sorted_by`; each old row number's new one."""
        column, order = self.sorted_by
        if column < 0:
            return {row: row for row in range(len(self.rows))}
        keys = self._column_keys(column)
        filled = [row for row in range(len(keys)) if keys[row] is not None]
        empty = [row for row in range(len(keys)) if keys[row] is None]
        filled.sort(key=keys.__getitem__)  # type: ignore[arg-type]  # (one type a column)
        if order == Qt.SortOrder.DescendingOrder:
            filled = _reversed_stably(filled, keys)
        new_order = filled + empty
        self.rows = [self.rows[row] for row in new_order]
        self._cells = [self._cells[row] for row in new_order]
        self.haystacks = [self.haystacks[row] for row in new_order]
        self._keys = {number: [keys[row] for row in new_order]
                      for number, keys in self._keys.items()}
        return {old: new for new, old in enumerate(new_order)}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row.source
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == REVIEW_DUE and role == Qt.ItemDataRole.ForegroundRole and self.overdue(row):
            return QBrush(OVERDUE)
        return self._marks(row, column, role) if row.problems else None

    def overdue(self, row: OverviewRow) -> bool:
        """Whether the row's review date has passed."""
        return row.review_due is not None and row.review_due < self.today

    @staticmethod
    def _tooltip(row: OverviewRow) -> str:
        if not row.problems:
            return row.source
        return "\n".join([row.source, "", *row.problems])

    @staticmethod
    def _marks(row: OverviewRow, column: int, role: int) -> Any:
        """How a row with problems stands out: a tinted row, a warning icon, a bold count."""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(Qt.GlobalColor.black))  # readable on the tint in dark themes
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and column == PROBLEM_COUNT:
            return _bold()
        return None


def _reversed_stably(rows: list[int], keys: list[SortKey]) -> list[int]:
    """``rows`` (sorted by ``keys``) from the largest key down, equal keys in their order."""
    groups: list[list[int]] = []
    for row in rows:
        if groups and not keys[groups[-1][0]] < keys[row]:  # type: ignore[operator]
            groups[-1].append(row)
        else:
            groups.append([row])
    return [row for group in reversed(groups) for row in group]


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class OverviewProxy(QSortFilterProxyModel):
    """Filters by folded words; sorting is passed on to :meth:`OverviewModel.sort`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def overview(self) -> OverviewModel:
        model = self.sourceModel()
        assert isinstance(model, OverviewModel)
        return model

    def set_filter_text(self, text: str) -> None:
        """Show the rows that have every word of ``text`` in some cell."""
        words = fold_diacritics(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        haystack = self.overview().haystacks[source_row]
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header click: the source model sorts (the proxy keeps its order)."""
        self.overview().sort(column, order)

    def rows_in_order(self) -> list[OverviewRow]:
        """The rows shown, in the order shown (what "Ekspordi CSV…" writes)."""
        model = self.overview()
        return [model.rows[self.mapToSource(self.index(row, 0)).row()]
                for row in range(self.rowCount())]
