"""A list of named items with rich text (requirements, competencies): pick one, edit it.

The list on the left shows the names; add, remove, move up/down or drag to
reorder; the right side edits the selected item's name (an editable combo
offering the usual names) and its text. Every edit is a command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ametieditor.commands import EditSession, InsertItem, MoveItem, RemoveItem, SetValue
from ametieditor.commands.paths import ModelPath, get_at
from ametieditor.model.document import RichText


class NamedItemsEditor(QWidget):
    """Edits the list at :attr:`list_path`; items have a name attribute and ``content``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ametieditor.gui.generated.ui_named_items_form import Ui_NamedItemsForm

        self.ui = Ui_NamedItemsForm()
        self.ui.setupUi(self)
        self.session: EditSession | None = None
        self.list_path: ModelPath = ()
        self.name_attribute = "name"
        self.factory: Callable[[], Any] = lambda: None
        self.loading = False
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([160, 480])  # the text gets the room, the names a column
        self.ui.itemsList.currentRowChanged.connect(self._show_current)
        self.ui.itemsList.model().rowsMoved.connect(self._on_rows_dragged)
        self.ui.addButton.clicked.connect(self.add_item)
        self.ui.removeButton.clicked.connect(self.remove_item)
        self.ui.upButton.clicked.connect(lambda: self.move_item(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_item(1))
        line = self.ui.nameCombo.lineEdit()
        if line is not None:
            line.textEdited.connect(self._name_edited)
        self.ui.nameCombo.activated.connect(
            lambda _index: self._name_edited(self.ui.nameCombo.currentText()))
        self.ui.contentEdit.blocks_edited.connect(self._content_edited)

    def configure(self, session: EditSession, list_path: ModelPath, name_attribute: str,
                  factory: Callable[[], Any], names: tuple[str, ...] = ()) -> None:
        self.session = session
        self.list_path = list_path
        self.name_attribute = name_attribute
        self.factory = factory
        self.ui.nameCombo.addItems(list(names))
        part = self.accessibleName()
        if part:  # "Nõuded: loend", "Nõuded: nimetus" … tell the lists apart
            for widget, what in ((self.ui.itemsList, self.tr("loend")),
                                 (self.ui.nameCombo, self.tr("nimetus")),
                                 (self.ui.contentEdit, self.tr("tekst"))):
                widget.setAccessibleName(f"{part}: {what}")

    @property
    def edit_session(self) -> EditSession:
        """The session given to :meth:`configure`; using the editor before that is a bug."""
        if self.session is None:
            raise RuntimeError("NamedItemsEditor is used before configure()")
        return self.session

    # -- model -> widgets --------------------------------------------------------

    def items(self) -> list[Any]:
        try:
            value = get_at(self.edit_session.document, self.list_path)
        except (AttributeError, IndexError, TypeError):
            return []
        return value if isinstance(value, list) else []

    def load(self) -> None:
        self.loading = True
        try:
            items = self.items()
            view = self.ui.itemsList
            moved = self.edit_session.moved_to(self.list_path)  # the selection follows a move
            row = view.currentRow() if moved is None else moved
            names = [self._display_name(item) for item in items]
            if view.count() == len(names):
                for index, name in enumerate(names):
                    if view.item(index).text() != name:
                        view.item(index).setText(name)
                        view.item(index).setToolTip(name)
            else:
                view.clear()
                for name in names:
                    entry = QListWidgetItem(name)
                    entry.setToolTip(name)  # a long name is cut short in the list
                    entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsDragEnabled)
                    view.addItem(entry)
            if items:
                view.setCurrentRow(min(max(row, 0), len(items) - 1))
            self._show_current(view.currentRow())
        finally:
            self.loading = False

    def _display_name(self, item: Any) -> str:
        return getattr(item, self.name_attribute).strip() or self.tr("(nimetu)")

    def _show_current(self, row: int) -> None:
        items = self.items()
        has_item = 0 <= row < len(items)
        for widget in (self.ui.nameCombo, self.ui.contentEdit, self.ui.removeButton,
                       self.ui.upButton, self.ui.downButton):
            widget.setEnabled(has_item)
        was_loading, self.loading = self.loading, True
        try:
            if has_item:
                item = items[row]
                if self.ui.nameCombo.currentText() != getattr(item, self.name_attribute):
                    self.ui.nameCombo.setCurrentText(getattr(item, self.name_attribute))
                    line = self.ui.nameCombo.lineEdit()
                    if line is not None:  # a long name shows its start, not its end
                        line.setCursorPosition(0)
                self.ui.contentEdit.set_blocks(item.content)
            else:
                self.ui.nameCombo.setCurrentText("")
                self.ui.contentEdit.set_blocks([])
        finally:
            self.loading = was_loading

    def select(self, row: int) -> None:
        self.ui.itemsList.setCurrentRow(row)

    # -- widgets -> commands -------------------------------------------------------

    def _push(self, command: Any) -> None:
        self.edit_session.push(command)

    def _name_edited(self, text: str) -> None:
        row = self.ui.itemsList.currentRow()
        if self.loading or not 0 <= row < len(self.items()):
            return
        path = (*self.list_path, row, self.name_attribute)
        if get_at(self.edit_session.document, path) != text:
            self._push(SetValue(self.edit_session, path, text, self.tr("Muuda nimetust")))

    def _content_edited(self, blocks: RichText) -> None:
        row = self.ui.itemsList.currentRow()
        if self.loading or not 0 <= row < len(self.items()):
            return
        path = (*self.list_path, row, "content")
        if get_at(self.edit_session.document, path) != blocks:
            self._push(SetValue(self.edit_session, path, blocks, self.tr("Muuda teksti")))

    def add_item(self) -> None:
        row = self.ui.itemsList.currentRow()
        index = row + 1 if row >= 0 else len(self.items())
        self._push(InsertItem(self.edit_session, self.list_path, index, self.factory(),
                              self.tr("Lisa")))
        self.select(index)
        self.ui.nameCombo.setFocus()

    def remove_item(self) -> None:
        row = self.ui.itemsList.currentRow()
        if 0 <= row < len(self.items()):
            self._push(RemoveItem(self.edit_session, self.list_path, row, self.tr("Kustuta")))

    def move_item(self, delta: int) -> None:
        row = self.ui.itemsList.currentRow()
        target = row + delta
        if 0 <= row < len(self.items()) and 0 <= target < len(self.items()):
            self._push(MoveItem(self.edit_session, self.list_path, row, target, self.tr("Liiguta")))
            self.select(target)

    def _on_rows_dragged(self, _parent: Any, start: int, _end: int, _dest: Any,
                         row: int) -> None:
        """The list widget already moved its row; make the model follow as a command."""
        if self.loading:
            return
        target = row - 1 if row > start else row
        self._push(MoveItem(self.edit_session, self.list_path, start, target, self.tr("Liiguta")))
        self.select(target)

    def focus_location(self, rest: tuple) -> bool:
        """``rest`` is the location below the list: ``(index, "name"|"content", block?)``."""
        if not rest or not isinstance(rest[0], int):
            return False
        self.select(rest[0])
        if len(rest) > 1 and rest[1] == "content":
            self.ui.contentEdit.focus_block(rest[2] if len(rest) > 2 else 0)
        else:
            self.ui.nameCombo.setFocus()
        return True
