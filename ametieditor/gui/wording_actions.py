"""The wording library in the editor: pick an entry into the pane, add text to the library.

* Muuda › Vali tüüpsõnastusest… (F4) opens :class:`WordingPicker` filtered to the part
  being edited and inserts the chosen entry as ONE undoable command: into a rich-text
  part after the cursor line (replacing it when it is empty), or as a new item of a
  list of requirements, competency groups or additional competencies.
* Muuda › Lisa tüüpsõnastusse… (also in the editors' context menu) saves the selected
  lines, or the current line / list item, as an own entry.
* Seaded › Tüüpsõnastus… opens the library manager.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ametieditor.commands import InsertItem, SetValue
from ametieditor.commands.paths import ModelPath, get_at
from ametieditor.gui.widgets.rich_text import RichTextEdit
from ametieditor.model.document import Block, RichText
from ametieditor.wording.entry import (
    Category,
    Entry,
    entry_to_additional,
    entry_to_blocks,
    entry_to_group,
    entry_to_requirement,
)
from ametieditor.wording.listing import document_kind

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow
    from ametieditor.gui.panes.base import Pane

PICK_SHORTCUT = "F4"


translate = QCoreApplication.translate


@dataclass
class Target:
    """Where a picked entry goes and what "add to library" takes from."""

    category: Category | None
    #: A rich-text part: the editor and the model path of its blocks.
    editor: RichTextEdit | None = None
    path: ModelPath = ()
    #: A list of named items (requirements, groups): its path, current row, item maker.
    list_path: ModelPath = ()
    row: int = -1
    make_item: Callable[[Entry], Any] | None = None
    select: Callable[[int], None] | None = None
    #: Search text the picker starts with (a requirement's label).
    search: str = ""
    #: Typing in a named item's text: where its name is (filled from the entry when blank).
    name_path: ModelPath = ()


def _focused_in(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _named_target(
    editor: Any,
    category: Category,
    make_item: Callable[[Entry], Any],
    content_category: Category | None,
) -> Target:
    """A requirement/competency list: into the item's text when typing there, else a new item."""
    row = editor.ui.itemsList.currentRow()
    items = editor.items()
    if (
        content_category is not None
        and 0 <= row < len(items)
        and _focused_in(editor.ui.contentEdit)
    ):
        label = getattr(items[row], editor.name_attribute, "")
        return Target(
            content_category,
            editor.ui.contentEdit,
            (*editor.list_path, row, "content"),
            list_path=editor.list_path,
            row=row,
            make_item=make_item,
            select=editor.select,
            search=label,
            name_path=(*editor.list_path, row, editor.name_attribute),
        )
    return Target(
        category, list_path=editor.list_path, row=row, make_item=make_item, select=editor.select
    )


def target_of(pane: Pane) -> Target | None:
    """What the picker works on in ``pane`` (None: this part takes no standard wording)."""
    from ametieditor.gui.panes.duties import ITEMS, DutiesPane
    from ametieditor.gui.panes.intro_list import IntroListPane
    from ametieditor.gui.panes.requirements import RequirementsPane
    from ametieditor.gui.panes.rich_part import RichPartPane

    if isinstance(pane, IntroListPane):
        category = Category.RIGHT if pane.root == ("rights",) else Category.RESPONSIBILITY
        return Target(category, pane.ui.editor, (*pane.root, "content"))
    if isinstance(pane, RichPartPane):
        by_part: dict[ModelPath, Category] = {
            ("work_tools",): Category.WORK_TOOLS, ("amendment",): Category.AMENDMENT
        }
        return Target(by_part.get(pane.root), pane.ui.editor, pane.root)
    if isinstance(pane, DutiesPane):
        row = pane.current_row()
        cell = "results" if _focused_in(pane.ui.resultsEdit) else "task"
        editor = pane.ui.resultsEdit if cell == "results" else pane.ui.taskEdit
        return Target(None, editor, (*ITEMS, row, cell) if row >= 0 else ())
    if isinstance(pane, RequirementsPane):
        ui = pane.ui
        tab = ui.tabs.currentWidget()
        if tab is ui.competenciesTab:
            return _named_target(
                ui.competenciesEditor, Category.COMPETENCY, entry_to_group, Category.COMPETENCY
            )
        if tab is ui.additionalTab:
            return _named_target(
                ui.additionalEditor, Category.ADDITIONAL, entry_to_additional, Category.ADDITIONAL
            )
        if tab is ui.noteTab:
            return Target(None, ui.noteEdit, (*pane.root, "note"))
        return _named_target(
            ui.requirementsEditor, Category.REQUIREMENT, entry_to_requirement, Category.REQUIREMENT
        )
    return None


def _value(window: MainWindow, path: ModelPath) -> Any:
    try:
        return get_at(window.session.document, path)
    except (AttributeError, IndexError, TypeError):
        return None


def insert_entry(window: MainWindow, target: Target, entry: Entry) -> bool:
    """Put ``entry`` where ``target`` says, as one undoable command; False if it cannot go."""
    return insert_entries(window, target, [entry])


def insert_entries(window: MainWindow, target: Target, entries: list[Entry]) -> bool:
    """Put ``entries`` where ``target`` says, as ONE undo step; False if they cannot go.

    * a list of named items: each entry becomes a new item after the current row;
    * the text of a named item: the first entry's text goes in after the cursor
      line, and its name too when the item has none (a competency group picked
      into an empty group); further entries become new items after it;
    * a rich-text part: the entries' texts, one after the other, after the cursor line.
    """
    if not entries:
        return False
    session = window.session
    names = ", ".join(entry.name for entry in entries)
    text = translate("WordingActions", "Lisa tüüpsõnastusest: {name}").format(name=names)
    if target.editor is None:
        return _insert_items(window, target, entries, text)
    blocks = _value(window, target.path) if target.path else None
    if not isinstance(blocks, list):
        return False
    first = entries if target.make_item is None else entries[:1]
    with session.macro(text):
        last = _insert_text(window, target, blocks, first, text)
        if target.name_path and target.make_item is not None:
            _fill_blank_name(window, target, entries[0], text)
            if len(entries) > 1:
                _insert_items(window, target, entries[1:], text)
    if len(entries) == len(first):
        _put_cursor_after(target.editor, last)
    return True


def _insert_items(window: MainWindow, target: Target, entries: list[Entry], text: str) -> bool:
    """New items made from ``entries`` after ``target.row`` (one macro when several)."""
    items = _value(window, target.list_path)
    if target.make_item is None or not isinstance(items, list):
        return False
    session = window.session
    start = target.row + 1 if 0 <= target.row < len(items) else len(items)
    with session.macro(text):
        for offset, entry in enumerate(entries):
            session.push(InsertItem(session, target.list_path, start + offset,
                                    target.make_item(entry), text))
    if target.select is not None:
        target.select(start + len(entries) - 1)
    return True


def _insert_text(window: MainWindow, target: Target, blocks: RichText, entries: list[Entry],
                 text: str) -> int:
    """The entries' blocks after the cursor line (replacing it when empty); the last line."""
    assert target.editor is not None
    line = target.editor.textCursor().blockNumber() if blocks else 0
    line = min(line, max(len(blocks) - 1, 0))
    new_blocks = [block for entry in entries for block in entry_to_blocks(entry)]
    updated: RichText = list(blocks)
    if not blocks or not blocks[line].text.strip():
        updated[line : line + 1] = new_blocks
        last = line + len(new_blocks) - 1
    else:
        updated[line + 1 : line + 1] = new_blocks
        last = line + len(new_blocks)
    session = window.session
    session.push(SetValue(session, target.path, updated, text, merge=False))
    return last


def _fill_blank_name(window: MainWindow, target: Target, entry: Entry, text: str) -> None:
    """The entry's name (a requirement's label) for an item that has none yet."""
    assert target.make_item is not None
    current = _value(window, target.name_path)
    if isinstance(current, str) and not current.strip():
        name = getattr(target.make_item(entry), str(target.name_path[-1]), "")
        if name:
            session = window.session
            session.push(SetValue(session, target.name_path, name, text, merge=False))


def _put_cursor_after(editor: RichTextEdit, last: int) -> None:
    block = editor.document().findBlockByNumber(last)
    if block.isValid():
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        editor.setTextCursor(cursor)
    editor.setFocus(Qt.FocusReason.OtherFocusReason)


def selected_blocks(editor: RichTextEdit) -> RichText:
    """The selected part of each selected line, or the cursor's whole line."""
    cursor = editor.textCursor()
    document = editor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    first, last = document.findBlock(start), document.findBlock(end)
    blocks: RichText = []
    block = first
    while block.isValid():
        text = block.text()
        if cursor.hasSelection():
            begin = max(start - block.position(), 0)
            text = text[begin : end - block.position()] if block == last else text[begin:]
        maker = Block.li if block.textList() is not None else Block.p
        if text.strip():
            blocks.append(maker(text.strip()))
        if block == last:
            break
        block = block.next()
    return blocks


class WordingActions:
    """The window's wording-library actions (one object per window)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.pick_action = QAction(translate("WordingActions", "Vali tüüp&sõnastusest…"), window)
        self.pick_action.setObjectName("pickWording")
        self.pick_action.setShortcut(QKeySequence(PICK_SHORTCUT))
        self.pick_action.triggered.connect(lambda _checked=False: self.pick())
        self.add_action = QAction(translate("WordingActions", "L&isa tüüpsõnastusse…"), window)
        self.add_action.setObjectName("addWording")
        self.add_action.triggered.connect(lambda _checked=False: self.add_to_library())
        self.manage_action = QAction(translate("WordingActions", "&Tüüpsõnastus…"), window)
        self.manage_action.setObjectName("manageWording")
        self.manage_action.triggered.connect(lambda _checked=False: self.manage())
        edit_menu = window.menus["edit"]
        edit_menu.addSeparator()
        edit_menu.addActions([self.pick_action, self.add_action])
        window.menus["settings"].addAction(self.manage_action)

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)

    def pick(self) -> bool:
        """Choose an entry for the current part and insert it (one undo step)."""
        from ametieditor.gui.wording_picker import WordingPicker

        target = target_of(self.window.current_pane())
        if target is None:
            self._say(translate("WordingActions", "Selles osas tüüpsõnastust ei kasutata."))
            return False
        kind = document_kind(self.window.session.document)
        dialog = WordingPicker(None, target.category, self.window, kind)
        if target.search:
            dialog.browser.search.setText(target.search)
            dialog.browser.search.selectAll()
        dialog.exec()
        entries = dialog.chosen_entries()
        dialog.deleteLater()
        if not entries:
            return False
        if not insert_entries(self.window, target, entries):
            self._say(
                translate(
                    "WordingActions",
                    "Tüüpsõnastust ei saanud lisada: see osa on välja lülitatud "
                    "või rida on valimata.",
                )
            )
            return False
        return True

    def add_to_library(self) -> Entry | None:
        """Save the selected text (or the current line / list item) as an own entry."""
        from ametieditor.gui.wording_picker import AddToLibraryDialog

        target = target_of(self.window.current_pane())
        if target is None:
            self._say(translate("WordingActions", "Selles osas tüüpsõnastust ei kasutata."))
            return None
        name = ""
        label = ""
        if target.editor is None:
            items = _value(self.window, target.list_path)
            if not isinstance(items, list) or not 0 <= target.row < len(items):
                self._say(translate("WordingActions", "Vali kõigepealt loendist rida."))
                return None
            item = items[target.row]
            blocks = list(item.content)
            name = getattr(item, "name", "")
            label = getattr(item, "label", "")
        else:
            assert target.editor is not None
            blocks = selected_blocks(target.editor)
        if not blocks:
            self._say(
                translate("WordingActions", "Vali kõigepealt tekst, mida tüüpsõnastusse lisada.")
            )
            return None
        dialog = AddToLibraryDialog(None, blocks, target.category, self.window, name=name or "")
        if label:
            dialog.label.setText(label)
            dialog.name.setText(label)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if saved is not None:
            self._say(
                translate("WordingActions", "„{name}” lisati tüüpsõnastusse.").format(
                    name=saved.name
                )
            )
        return saved

    def manage(self) -> None:
        from ametieditor.gui.wording_picker import LibraryManagerDialog

        dialog = LibraryManagerDialog(None, self.window)
        dialog.exec()
        dialog.deleteLater()

    def extend_menu(self, menu: QMenu) -> None:
        """The context menu of a text field: the two wording actions after the standard ones."""
        menu.addSeparator()
        menu.addAction(self.pick_action)
        menu.addAction(self.add_action)


def install(window: MainWindow) -> WordingActions:
    actions = WordingActions(window)
    window.features.add(actions)

    def extend(editor: QWidget, menu: QMenu) -> None:
        if isinstance(editor, RichTextEdit):
            actions.extend_menu(menu)

    window.spelling.menu_extenders.append(extend)
    return actions
