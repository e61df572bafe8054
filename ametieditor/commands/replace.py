"""Replacing found text: one field or many, as ONE step on the undo stack.

The new texts come from :func:`ametieditor.model.search.replaced_texts`, keyed by
the locations :func:`~ametieditor.model.texts.iter_texts` gives: a string field
(``("general", "unit")``) or one block of rich text (``("purpose", 2)``). A block
is replaced as part of its whole rich-text list, the way the panes edit rich text,
so every pane refreshes as after typing.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication

from ametieditor.commands.edits import SetValue
from ametieditor.commands.paths import ModelPath, get_at
from ametieditor.commands.session import EditSession
from ametieditor.model.document import Block
from ametieditor.model.texts import Location


def _field_values(session: EditSession, new_texts: dict[Location, str]
                  ) -> dict[ModelPath, object]:
    """The new value of each field: a string, or a rich-text list with blocks changed."""
    values: dict[ModelPath, object] = {}
    for location, text in new_texts.items():
        current = get_at(session.document, location)
        if isinstance(current, Block):
            field = tuple(location[:-1])
            if field not in values:
                values[field] = copy.deepcopy(get_at(session.document, field))
            blocks = values[field]
            assert isinstance(blocks, list)
            blocks[int(location[-1])] = Block(current.kind, text)
        else:
            values[tuple(location)] = text
    return values


def replace_texts(session: EditSession, new_texts: dict[Location, str], label: str = "") -> int:
    """Set every field of ``new_texts``, all in one undoable step; returns fields changed."""
    values = {path: value for path, value in _field_values(session, new_texts).items()
              if get_at(session.document, path) != value}
    if not values:
        return 0
    stack = session.undo_stack
    stack.beginMacro(label or QCoreApplication.translate("replace", "Asenda"))
    try:
        for path, value in values.items():
            stack.push(SetValue(session, path, value, merge=False))
    finally:
        stack.endMacro()
    return len(values)
