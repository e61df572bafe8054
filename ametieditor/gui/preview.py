"""Live preview: the document rendered to HTML, refreshed shortly after each change."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser, QWidget

from ametieditor.commands import EditSession
from ametieditor.formats.html_render import render_html

DEBOUNCE_MS = 300
#: The preview is never narrower than this many average characters.
MINIMUM_CHARACTERS = 40


class Preview(QTextBrowser):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Eelvaade"))
        self.setOpenLinks(False)
        # Wide enough for a few words a line: the docks that open beside it (import
        # report, unplaced text) would otherwise squeeze it to a letter a line.
        self.setMinimumWidth(MINIMUM_CHARACTERS * self.fontMetrics().averageCharWidth())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(self.schedule)
        session.document_replaced.connect(self.schedule)

    def schedule(self, *_changed: object) -> None:
        """Refresh soon; typing restarts the wait, so a keystroke costs nothing here."""
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> None:
        self._timer.stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(render_html(self.session.document))
        bar.setValue(position)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.refresh()
