"""Whether a text lost its diacritics, for the underlines of one window.

A word that reads right but most likely lost its marks (``kooskolas`` for
*kooskõlas*) is underlined only in a paragraph or document that has lost its
marks as a whole (:func:`~ametieditor.spelling.diacritics.marks_lost`), as in
the CLI's report: in a document with marks ``erihoolekande`` is what it seems.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ametieditor.model.document import JobDescription
from ametieditor.model.texts import iter_texts
from ametieditor.spelling.diacritics import context_marks_lost, marks_lost


class TextMarks(QObject):
    """Whether one window's document has lost its diacritics (None: too short to tell)."""

    #: The answer changed: underlines may change everywhere.
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lost: bool | None = None

    def set_document(self, document: JobDescription) -> None:
        """Work the answer out now (on the GUI thread: ~5 ms for 50 duties)."""
        self.set_lost(marks_lost(piece.text for piece in iter_texts(document)))

    def set_lost(self, lost: bool | None) -> None:
        if lost != self.lost:
            self.lost = lost
            self.changed.emit()

    def lost_in(self, text: str) -> bool:
        """Whether ``text`` (a paragraph or field of the document) lost its marks:
        its own answer when it is long enough to tell, else the document's."""
        return context_marks_lost(marks_lost([text]), self.lost)


def lost_in(marks: TextMarks | None, text: str) -> bool:
    """As :meth:`TextMarks.lost_in`; with no document known, only the text itself tells."""
    return marks.lost_in(text) if marks is not None else context_marks_lost(marks_lost([text]))
