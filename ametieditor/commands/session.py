"""The document being edited, its undo stack, and the signal that something changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ametieditor.commands.paths import ModelPath
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

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def notify(self, path: ModelPath) -> None:
        self.changed.emit(path)

    def replace_document(self, document: JobDescription) -> None:
        """Start editing another document: a fresh history, clean state."""
        self.document = document
        self.parked.clear()
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.document_replaced.emit()
