"""Whether a text lost its diacritics, for the underlines of one window.

A word that reads right but most likely lost its marks (``kooskolas`` for
*kooskõlas*) is underlined only in a paragraph or document that has lost its
marks as a whole (:func:`~ametieditor.spelling.diacritics.marks_lost`), as in
the CLI's report: in a document with marks ``erihoolekande`` is what it seems.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ametieditor.model.document import JobDescription
from ametieditor.spelling.diacritics import context_marks_lost, marks_lost
from ametieditor.spelling.report import document_marks_lost


class TextMarks(QObject):
    """Whether one window's document has lost its diacritics (None: too short to tell)."""

    #: The answer changed: underlines may change everywhere.
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lost: bool | None = None

    def set_document(self, document: JobDescription) -> None:
        """Work the answer out now (on the GUI thread: ~5 ms for 50 duties)."""
        self.set_lost(document_marks_lost(document))

    def set_lost(self, lost: bool | None) -> None:
        if lost != self.lost:
            self.lost = lost
            self.changed.emit()


def lost_in(marks: TextMarks | None, text: str) -> bool:
    """Whether ``text`` (a paragraph or field of the document) lost its marks: its own
    answer when it is long enough to tell, else the document's (none known: assumed)."""
    return context_marks_lost(marks_lost([text]), marks.lost if marks is not None else None)
