"""Undoable edits of a job description: one QUndoCommand subclass per kind of edit.

Every change the GUI makes to the model goes through a command pushed on the
:class:`~ametieditor.commands.session.EditSession`'s undo stack. Commands
address the part they change with a path into the model (the same
:data:`~ametieditor.model.checks.Location` the checks report), and after each
redo and undo they tell the session which path changed, so the widgets showing
that part refresh themselves.
"""

from ametieditor.commands.edits import (
    DuplicateItem,
    InsertItem,
    MoveItem,
    RemoveItem,
    ReplaceRichText,
    SetPart,
    SetValue,
)
from ametieditor.commands.session import EditSession

__all__ = [
    "DuplicateItem",
    "EditSession",
    "InsertItem",
    "MoveItem",
    "RemoveItem",
    "ReplaceRichText",
    "SetPart",
    "SetValue",
]
