"""The commands: set a value, replace rich text, list operations, optional parts."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ametieditor.commands.paths import ModelPath, get_at, set_at
from ametieditor.commands.session import EditSession

#: ``QUndoCommand.id()`` of commands that merge: typing in one field is one command.
SET_VALUE_ID = 1001


def _label(text: str, default: str) -> str:
    """The text shown in the undo history: the caller's, else the default."""
    return text or default


class SetValue(QUndoCommand):
    """Set one field (text, date, a whole rich-text list …) at ``path``.

    Consecutive edits of the same path merge into one command, so typing a
    word and pressing Undo removes the whole typing run in that field, not one
    letter. ``merge=False`` makes a command that stands on its own.
    """

    def __init__(self, session: EditSession, path: ModelPath, value: Any, text: str = "",
                 merge: bool = True) -> None:
        super().__init__(_label(text, QCoreApplication.translate("commands", "Muuda")))
        self.session = session
        self.path = tuple(path)
        self.old = copy.deepcopy(get_at(session.document, self.path))
        self.new = copy.deepcopy(value)
        self.merge = merge

    def redo(self) -> None:
        set_at(self.session.document, self.path, copy.deepcopy(self.new))
        self.session.notify(self.path)

    def undo(self) -> None:
        set_at(self.session.document, self.path, copy.deepcopy(self.old))
        self.session.notify(self.path)

    def id(self) -> int:
        return SET_VALUE_ID if self.merge else -1

    def can_absorb(self, other: QUndoCommand) -> bool:
        """Whether ``other`` continues this edit (same field, both merging)."""
        return (isinstance(other, SetValue) and self.merge and other.merge
                and other.path == self.path)

    def absorb(self, other: SetValue) -> None:
        """Take over ``other``'s new value and apply it (the merge of two edits).

        This is ``mergeWith`` done in Python: PySide6 6.12 loses a reference
        to ``None`` on every call of a Python ``mergeWith`` override, which
        after enough keystrokes crashes the interpreter, so
        :meth:`EditSession.push` merges through here instead.
        """
        self.new = copy.deepcopy(other.new)
        self.redo()


class ReplaceRichText(SetValue):
    """Replace the blocks of one rich-text part; merges like :class:`SetValue`."""


class InsertItem(QUndoCommand):
    """Insert ``item`` into the list at ``list_path`` before ``index``."""

    def __init__(self, session: EditSession, list_path: ModelPath, index: int, item: Any,
                 text: str = "") -> None:
        super().__init__(_label(text, QCoreApplication.translate("commands", "Lisa")))
        self.session = session
        self.list_path = tuple(list_path)
        self.index = index
        self.item = copy.deepcopy(item)

    def redo(self) -> None:
        get_at(self.session.document, self.list_path).insert(self.index,
                                                             copy.deepcopy(self.item))
        self.session.notify(self.list_path)

    def undo(self) -> None:
        del get_at(self.session.document, self.list_path)[self.index]
        self.session.notify(self.list_path)


class DuplicateItem(InsertItem):
    """Put a copy of the item at ``index`` right after it."""

    def __init__(self, session: EditSession, list_path: ModelPath, index: int,
                 text: str = "") -> None:
        item = get_at(session.document, tuple(list_path))[index]
        label = _label(text, QCoreApplication.translate("commands", "Tee koopia"))
        super().__init__(session, list_path, index + 1, item, label)


class RemoveItem(QUndoCommand):
    """Remove the item at ``index`` of the list at ``list_path``."""

    def __init__(self, session: EditSession, list_path: ModelPath, index: int,
                 text: str = "") -> None:
        super().__init__(_label(text, QCoreApplication.translate("commands", "Kustuta")))
        self.session = session
        self.list_path = tuple(list_path)
        self.index = index
        self.item = copy.deepcopy(get_at(session.document, self.list_path)[index])

    def redo(self) -> None:
        del get_at(self.session.document, self.list_path)[self.index]
        self.session.notify(self.list_path)

    def undo(self) -> None:
        get_at(self.session.document, self.list_path).insert(self.index,
                                                             copy.deepcopy(self.item))
        self.session.notify(self.list_path)


class MoveItem(QUndoCommand):
    """Move the item at ``source`` so that it ends up at index ``target``."""

    def __init__(self, session: EditSession, list_path: ModelPath, source: int, target: int,
                 text: str = "") -> None:
        super().__init__(_label(text, QCoreApplication.translate("commands", "Liiguta")))
        self.session = session
        self.list_path = tuple(list_path)
        self.source = source
        self.target = target

    def _move(self, source: int, target: int) -> None:
        items = get_at(self.session.document, self.list_path)
        items.insert(target, items.pop(source))
        self.session.notify_moved(self.list_path, target)

    def redo(self) -> None:
        self._move(self.source, self.target)

    def undo(self) -> None:
        self._move(self.target, self.source)


class SetPart(QUndoCommand):
    """Switch an optional part on (``value`` an object) or off (``value`` ``None``).

    The part switched off is parked in the session, so switching it on again
    brings back what was written instead of an empty part.
    """

    def __init__(self, session: EditSession, path: ModelPath, value: Any,
                 text: str = "") -> None:
        super().__init__(_label(text, QCoreApplication.translate("commands", "Lülita osa")))
        self.session = session
        self.path = tuple(path)
        self.old = get_at(session.document, self.path)
        if value is not None and self.path in session.parked:
            value = session.parked[self.path]
        self.new = value

    def _set(self, value: Any, other: Any) -> None:
        if value is None and other is not None:
            self.session.parked[self.path] = other
        set_at(self.session.document, self.path, value)
        self.session.notify(self.path)

    def redo(self) -> None:
        self._set(self.new, self.old)

    def undo(self) -> None:
        self._set(self.old, self.new)
