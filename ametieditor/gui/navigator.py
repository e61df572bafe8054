"""The list of the document's parts on the left, numbered as the document will be."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ametieditor.commands.signals import emit
from ametieditor.model.document import JobDescription
from ametieditor.model.numbering import Section, is_present, numbering


@dataclass(frozen=True)
class Part:
    """One entry: the key of its pane, the numbered section (if any), its name."""

    key: str
    section: Section | None
    name: str


class Navigator(QListWidget):
    """Shows every part; switched-off parts are greyed and carry no number, empty ones say so."""

    part_selected = Signal(str)

    def __init__(self, parts: list[Part], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.setAccessibleName(self.tr("Dokumendi osad"))
        self.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        for part in parts:
            item = QListWidgetItem(part.name)
            item.setData(Qt.ItemDataRole.UserRole, part.key)
            self.addItem(item)
        self.currentRowChanged.connect(self._row_changed)
        self._fit_width()

    def _fit_width(self) -> None:
        """Never narrower than its longest entry: a dock beside it must not cut the names."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(row).text())
                      for row in range(self.count())), default=0)
        # item padding (4 px a side), the frame, and room for a vertical scroll bar (its
        # size hint, not QStyle.pixelMetric: making QStyle's Python enums costs ~20 ms at start)
        self.setMinimumWidth(widest + 8 + 2 * self.frameWidth()
                             + self.verticalScrollBar().sizeHint().width()
                             + metrics.averageCharWidth())

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.parts):
            emit(self.part_selected, self.parts[row].key)

    def select_key(self, key: str) -> None:
        for row, part in enumerate(self.parts):
            if part.key == key:
                self.setCurrentRow(row)

    def update_numbers(self, doc: JobDescription) -> None:
        numbers = numbering(doc)
        disabled = self.palette().color(QPalette.ColorGroup.Disabled,
                                         QPalette.ColorRole.Text)
        normal = self.palette().color(QPalette.ColorRole.Text)
        for row, part in enumerate(self.parts):
            item = self.item(row)
            if part.section is None:
                text, present = part.name, True
            elif numbers.printed(part.section):
                text, present = f"{numbers.section(part.section)}. {part.name}", True
            elif is_present(doc, part.section):  # on but empty: not printed (model/numbering)
                text, present = self.tr("{number}. {name} (tühi)").format(
                    number=numbers.section(part.section), name=part.name), True
            else:
                text, present = self.tr("{name} (väljas)").format(name=part.name), False
            if item.text() != text:
                item.setText(text)
            item.setForeground(normal if present else disabled)
        self._fit_width()
