"""An editor for rich text: one line per block, bullet items shown as bullets.

The model's rich text is a list of paragraphs and bullet items
(:class:`~ametieditor.model.document.Block`). Here each block is one line
(a block of the QTextDocument); a bullet item is a line inside a bullet list.
Mapping to and fro is lossless: the kind lives in the list membership, the
text is the line as typed (so a paragraph may start with "-" and stays a
paragraph).

Keyboard: Ctrl+Shift+L turns the current line(s) into bullets and back;
typing "- ", "* " or "• " at the start of a line makes it a bullet;
Backspace at the start of a bullet makes it a paragraph again;
Alt+Up / Alt+Down move the current line.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextBlock, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QWidget

from ametieditor.commands.signals import emit
from ametieditor.model.document import Block, BlockKind, RichText

BULLET_STARTERS = ("-", "*", "•", "▪")


class RichTextEdit(QTextEdit):
    """Edits one rich-text part; emits ``blocks_edited`` after every user edit."""

    blocks_edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self._loading = False
        self.toggle_bullet_action = QAction(self.tr("Loetelupunkt sisse/välja"), self)
        self.toggle_bullet_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.toggle_bullet_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.toggle_bullet_action.triggered.connect(self.toggle_bullet)
        self.addAction(self.toggle_bullet_action)
        self.textChanged.connect(self._on_text_changed)

    # -- model <-> editor -------------------------------------------------

    def set_blocks(self, blocks: RichText) -> None:
        """Show ``blocks`` (no signal); keeps the cursor line when it can."""
        if blocks == self.blocks():
            return
        line = self.textCursor().blockNumber()
        column = self.textCursor().positionInBlock()
        self._loading = True
        try:
            self._fill(blocks)
        finally:
            self._loading = False
        self._place_cursor(line, column)

    def _fill(self, blocks: RichText) -> None:
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for index, block in enumerate(blocks):
            if index:
                cursor.insertBlock()
            self._set_kind(cursor, block.kind)
            cursor.insertText(block.text)
        cursor.endEditBlock()
        document.clearUndoRedoStacks()

    def blocks(self) -> RichText:
        """The editor's content as model blocks."""
        result: RichText = []
        block = self.document().begin()
        while block.isValid():
            kind = BlockKind.BULLET if block.textList() is not None else BlockKind.PARAGRAPH
            result.append(Block(kind, block.text()))
            block = block.next()
        if len(result) == 1 and result[0] == Block.p(""):
            return []
        return result

    def _on_text_changed(self) -> None:
        if not self._loading:
            emit(self.blocks_edited, self.blocks())

    # -- bullets ------------------------------------------------------------

    @staticmethod
    def _set_kind(cursor: QTextCursor, kind: BlockKind) -> None:
        block = cursor.block()
        current = block.textList()
        if kind is BlockKind.BULLET:
            if current is not None:
                return
            previous = block.previous()
            if previous.isValid() and previous.textList() is not None:
                previous.textList().add(block)
            else:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc)
                list_format.setIndent(1)
                cursor.createList(list_format)
        elif current is not None:
            current.remove(block)
            block_format = cursor.blockFormat()
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)

    def toggle_bullet(self) -> None:
        """Turn the selected lines into bullets, or back into paragraphs."""
        cursor = self.textCursor()
        first = self.document().findBlock(cursor.selectionStart())
        last = self.document().findBlock(cursor.selectionEnd())
        make_bullets = first.textList() is None
        edit = QTextCursor(self.document())
        edit.beginEditBlock()
        block = first
        while block.isValid():
            edit.setPosition(block.position())
            self._set_kind(edit, BlockKind.BULLET if make_bullets else BlockKind.PARAGRAPH)
            if block == last:
                break
            block = block.next()
        edit.endEditBlock()

    def set_current_kind(self, kind: BlockKind) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        self._set_kind(cursor, kind)
        cursor.endEditBlock()

    # -- moving lines ---------------------------------------------------------

    def move_line(self, delta: int) -> None:
        """Move the current line up (-1) or down (+1)."""
        blocks = self.blocks()
        line = self.textCursor().blockNumber()
        column = self.textCursor().positionInBlock()
        target = line + delta
        if not blocks or not 0 <= target < len(blocks):
            return
        blocks.insert(target, blocks.pop(line))
        self._replace_all(blocks)
        self._place_cursor(target, column)

    def remove_line(self) -> None:
        blocks = self.blocks()
        line = self.textCursor().blockNumber()
        if not blocks:
            return
        del blocks[line]
        self._replace_all(blocks)
        self._place_cursor(min(line, max(len(blocks) - 1, 0)), 0)

    def add_bullet(self) -> None:
        """Append a new bullet line after the current one and put the cursor there."""
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.setTextCursor(cursor)
        if self.blocks():
            cursor.insertBlock()
        self.setTextCursor(cursor)
        self.set_current_kind(BlockKind.BULLET)
        self.setFocus()

    def _replace_all(self, blocks: RichText) -> None:
        self._loading = True
        try:
            self._fill(blocks)
        finally:
            self._loading = False
        emit(self.blocks_edited, self.blocks())

    def _place_cursor(self, line: int, column: int) -> None:
        block = self.document().findBlockByNumber(max(line, 0))
        if not block.isValid():
            block = self.document().lastBlock()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(column, max(block.length() - 1, 0)))
        self.setTextCursor(cursor)

    def focus_block(self, index: int) -> None:
        """Put the cursor at the start of block ``index`` and focus the editor."""
        self._place_cursor(index, 0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureCursorVisible()

    # -- keyboard -------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers()
        if modifiers == Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_line(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        cursor = self.textCursor()
        block: QTextBlock = cursor.block()
        if (event.key() == Qt.Key.Key_Backspace and not cursor.hasSelection()
                and cursor.atBlockStart() and block.textList() is not None):
            self.set_current_kind(BlockKind.PARAGRAPH)
            return
        if (event.text() == " " and block.textList() is None and not cursor.hasSelection()
                and block.text()[: cursor.positionInBlock()] in BULLET_STARTERS):
            cursor.beginEditBlock()
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self._set_kind(cursor, BlockKind.BULLET)
            cursor.endEditBlock()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste plain text only: fonts and colours have no place in the model."""
        if source.hasText():
            self.textCursor().insertText(source.text())
