"""The problems of the document, recomputed shortly after each change; click to jump."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ametieditor.clock import checking_date
from ametieditor.commands import EditSession
from ametieditor.commands.signals import emit
from ametieditor.model.checks import Problem, check_document

DEBOUNCE_MS = 400


class CheckPanel(QListWidget):
    """Lists :func:`check_document`'s problems; activating one emits its location."""

    location_activated = Signal(tuple)
    count_changed = Signal(int)

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Kontrolli tulemused"))
        self.setWordWrap(True)
        self.problems: list[Problem] = []
        #: Found elsewhere, in the background (spelling): listed after the document's own.
        self.extra_problems: list[Problem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recheck)
        session.changed.connect(self.schedule)
        session.document_replaced.connect(self.recheck)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def sizeHint(self) -> QSize:
        """A few lines high: the panes above need the room."""
        return QSize(400, 6 * self.fontMetrics().height())

    def schedule(self, *_changed: object) -> None:
        self._timer.start()

    def recheck(self) -> None:
        self._timer.stop()
        self.problems = check_document(self.session.document, checking_date())
        self._show()

    def set_extra_problems(self, problems: list[Problem]) -> None:
        """Show these after the document's problems until the next call."""
        self.extra_problems = list(problems)
        self._show()

    def _show(self) -> None:
        self.clear()
        shown = [*self.problems, *self.extra_problems]
        if not shown:
            item = QListWidgetItem(self.tr("Probleeme ei leitud."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        for problem in shown:
            item = QListWidgetItem(f"{problem.part}: {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.location)
            self.addItem(item)
        emit(self.count_changed, len(shown))

    def _activated(self, item: QListWidgetItem) -> None:
        location = item.data(Qt.ItemDataRole.UserRole)
        if location:
            emit(self.location_activated, tuple(location))
