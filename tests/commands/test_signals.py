"""Many edits must not wear out Python's True/False (PySide6 6.12 emit() bug)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ametieditor.commands import EditSession, SetValue
from ametieditor.commands.signals import emit


class _Source(QObject):
    fired = Signal(object)


def test_emit_keeps_the_reference_counts_of_true_and_false() -> None:
    source = _Source()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(2000):  # without the fix, CPython 3.11 aborts after some hundreds
        emit(source.fired, 1)
    source.fired.connect(lambda _value: None)
    for _ in range(2000):
        emit(source.fired, 1)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert all(new >= old for new, old in zip(after, before, strict=True))


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_thousands_of_edits_in_a_session() -> None:
    """Typing merges commands; a Python mergeWith would lose a None reference each time."""
    session = EditSession()
    seen = []
    session.changed.connect(seen.append)
    session.push(SetValue(session, ("general", "unit"), "u"))
    before = _counts()
    for count in range(3000):
        session.push(SetValue(session, ("general", "title"), "x" * (count + 1)))
    after = _counts()
    assert len(seen) == 3001
    assert session.document.general.title == "x" * 3000
    assert session.undo_stack.count() == 2
    assert all(new >= old - 20 for new, old in zip(after, before, strict=True)), (before, after)
