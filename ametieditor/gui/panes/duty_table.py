"""The duty table's item model: number, task and results of every duty, drag to reorder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

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
from ametieditor.model.numbering import Numbering, numbering

ROW_MIME_TYPE = "application/x-ametieditor-duty-row"
Index = QModelIndex | QPersistentModelIndex
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_TOP_LEFT = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
_TEXT_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole))


def summary(blocks: RichText) -> str:
    """Rich text as shown in a table cell: bullets as "• " lines."""
    return "\n".join(("• " if block.is_bullet else "") + block.text for block in blocks)


class DutyTableModel(QAbstractTableModel):
    """Read-only view of the duties; edits happen in the editors below the table.

    A drop does not move anything itself: it calls ``on_move(source, target)``,
    which pushes an undoable command; the table then follows the model.

    Typing must not cost more in a longer document (issue 16). The numbers are
    computed once per structural change (:meth:`reset`, :meth:`renumber`) and
    kept, and a text edit signals only the cell whose text changed
    (:meth:`text_changed`): a change in the number column, which is as wide as
    its contents, would make the view measure every row again.
    """

    NUMBER, TASK, RESULTS = range(3)
    # The column of each text field of a duty.
    COLUMNS: ClassVar[dict[str, int]] = {"task": TASK, "results": RESULTS}

    def __init__(self, document: Callable[[], JobDescription],
                 on_move: Callable[[int, int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._on_move = on_move
        self.headers = [self.tr("Nr"), self.tr("Põhiülesanne"), self.tr("Oodatavad tulemused")]
        # The numbers and the document they were computed for (see :meth:`number`).
        self._numbers: tuple[JobDescription, Numbering] | None = None

    def _items(self) -> list:
        duties = self._document().duties
        return duties.items if duties is not None else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # (the view asks for ~8 roles per cell: plain ints keep the answer quick)
        if role == _ALIGNMENT_ROLE:
            return _TOP_LEFT
        if role not in _TEXT_ROLES or not index.isValid():
            return None
        duty = self._items()[index.row()]
        if index.column() == self.NUMBER:
            return self.number(index.row())
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

    def numbers(self) -> Numbering:
        """The document's numbers, computed once and kept until :meth:`renumber`.

        A duty's number is its section's number and its place ("3.1"): adding,
        removing or moving duties changes places, not the section's number,
        which changes only when a part is switched on or off (or another
        document is opened).
        """
        document = self._document()
        if self._numbers is None or self._numbers[0] is not document:
            self._numbers = (document, numbering(document))
        return self._numbers[1]

    def number(self, row: int) -> str:
        """The number of the duty at ``row`` in the editor ("3.1")."""
        return self.numbers().duty(row)

    def reset(self) -> None:
        """Rows added, removed or moved, or another document: every row anew."""
        self.beginResetModel()
        self.endResetModel()

    def renumber(self) -> bool:
        """After a change that may move the section's number (a part switched on or off).

        Whether the duties' numbers moved; then their column is signalled.
        """
        old = self._numbers
        self._numbers = None
        count = self.rowCount()
        if old is None or old[0] is not self._document() or not count:
            return False
        if self.number(0) == old[1].duty(0):
            return False
        emit(self.dataChanged, self.index(0, self.NUMBER), self.index(count - 1, self.NUMBER))
        return True

    def text_changed(self, row: int, field: str | None = None) -> None:
        """The text of ``field`` ("task", "results"; None: both) of the duty at ``row`` changed.

        Only those cells are signalled, never the number column: see the class docstring.
        """
        columns = [self.COLUMNS[field]] if field in self.COLUMNS else list(self.COLUMNS.values())
        emit(self.dataChanged, self.index(row, min(columns)), self.index(row, max(columns)))
