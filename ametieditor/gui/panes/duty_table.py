"""The duty table's item model: number, task and results of every duty, drag to reorder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ametieditor.commands.signals import emit
from ametieditor.model.document import JobDescription, RichText
from ametieditor.model.numbering import numbering

ROW_MIME_TYPE = "application/x-ametieditor-duty-row"
Index = QModelIndex | QPersistentModelIndex


def summary(blocks: RichText) -> str:
    """Rich text as shown in a table cell: bullets as "• " lines."""
    return "\n".join(("• " if block.is_bullet else "") + block.text for block in blocks)


class DutyTableModel(QAbstractTableModel):
    """Read-only view of the duties; edits happen in the editors below the table.

    A drop does not move anything itself: it calls ``on_move(source, target)``,
    which pushes an undoable command; the table then follows the model.
    """

    NUMBER, TASK, RESULTS = range(3)

    def __init__(self, document: Callable[[], JobDescription],
                 on_move: Callable[[int, int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._on_move = on_move
        self.headers = [self.tr("Nr"), self.tr("Põhiülesanne"), self.tr("Oodatavad tulemused")]

    def _items(self) -> list:
        duties = self._document().duties
        return duties.items if duties is not None else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        duty = self._items()[index.row()]
        if index.column() == self.NUMBER:
            return numbering(self._document()).duty(index.row())
        return summary(duty.task if index.column() == self.TASK else duty.results)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        data.setData(ROW_MIME_TYPE, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: Index) -> bool:
        return data.hasFormat(ROW_MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: Index) -> bool:
        """Dropping before ``row`` (or onto ``parent``'s row) moves the dragged duty there.

        Returns False so the view does not remove the source row itself: the
        move is already done by the command.
        """
        if not data.hasFormat(ROW_MIME_TYPE):
            return False
        source = int(bytes(data.data(ROW_MIME_TYPE).data()).decode() or -1)
        count = len(self._items())
        if not 0 <= source < count:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else count
        target = row - 1 if row > source else row
        target = max(0, min(target, count - 1))
        if target != source:
            self._on_move(source, target)
        return False

    # -- refreshing after commands ----------------------------------------------

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def row_changed(self, row: int) -> None:
        emit(self.dataChanged, self.index(row, 0), self.index(row, 2))
