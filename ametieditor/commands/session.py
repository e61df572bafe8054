"""The document being edited, its undo stack, and the signal that something changed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ametieditor.commands.paths import ModelPath
from ametieditor.commands.signals import emit
from ametieditor.model.document import JobDescription


class EditSession(QObject):
    """Holds the one document of a window and the stack of its edits.

    ``changed`` is emitted with the path of the part that changed after every
    redo and undo; ``document_replaced`` when a whole new document is loaded.
    Widgets never change the model directly: they push commands here.
    """

    changed = Signal(object)  # ModelPath
    document_replaced = Signal()

    def __init__(self, document: JobDescription | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document if document is not None else JobDescription()
        self.undo_stack = QUndoStack(self)
        #: Optional parts switched off, kept so switching them on again restores the text.
        self.parked: dict[ModelPath, Any] = {}
        #: Where the item of the last move (done, undone or redone) is now: the list's
        #: path and the index. A view of that list selects it (see :meth:`moved_to`).
        self._moved: tuple[ModelPath, int] | None = None

    def push(self, command: QUndoCommand) -> None:
        """Do ``command`` and put it on the stack, merging typing into one command.

        A :class:`~ametieditor.commands.edits.SetValue` on the same field as the
        last command merges into it, unless the document was saved in between
        or there is something to redo (as QUndoStack merges with ``mergeWith``).
        When the merged value is back to where it started (typing ``abcd`` and
        deleting it), the command leaves the stack: no empty step to undo or
        redo, and the stack is back at its clean state when it started there.
        A command that would change nothing is not pushed at all.
        """
        stack = self.undo_stack
        index = stack.index()
        top: Any = stack.command(index - 1) if index > 0 else None  # a SetValue, duck-typed
        can_absorb = getattr(top, "can_absorb", None)
        if (can_absorb is not None and index == stack.count() and index != stack.cleanIndex()
                and can_absorb(command)):
            top.absorb(command)
            if top.new == top.old:
                # Already back at the old value: an obsolete command is dropped by
                # undo() without its undo() being called.
                top.setObsolete(True)
                stack.undo()
            return
        if hasattr(command, "new") and hasattr(command, "old") and command.new == command.old:
            return
        stack.push(command)

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Commands pushed inside are ONE undo step named ``text``; none: no step at all."""
        stack = self.undo_stack
        start = stack.index()
        stack.beginMacro(text)
        try:
            yield
        finally:
            stack.endMacro()
            made = stack.command(start)
            if made is not None and made.childCount() == 0 and stack.index() == start + 1:
                made.setObsolete(True)  # an empty macro: dropped, as in push()
                stack.undo()

    def notify(self, path: ModelPath) -> None:
        emit(self.changed, path)

    def notify_moved(self, list_path: ModelPath, index: int) -> None:
        """An item of ``list_path`` moved to ``index``: views follow it, then refresh."""
        self._moved = (tuple(list_path), index)
        try:
            self.notify(list_path)
        finally:
            self._moved = None

    def moved_to(self, list_path: ModelPath) -> int | None:
        """During a move's notification: the index of the moved item of ``list_path``."""
        if self._moved is not None and self._moved[0] == tuple(list_path):
            return self._moved[1]
        return None

    def replace_document(self, document: JobDescription) -> None:
        """Start editing another document: a fresh history, clean state."""
        self.document = document
        self.parked.clear()
        self.undo_stack.clear()
        self.undo_stack.setClean()
        emit(self.document_replaced)
