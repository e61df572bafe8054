"""The signed-container bar: one line saying who signed and whether it holds, details on demand.

Shown above the panes when the document came from an ``.asice``/``.bdoc``
container. The signatures are verified offline
(:func:`ametieditor.formats.asice_verify.verify_container`) in a worker thread,
so a large container never stalls the window; until the result arrives the
line says that the signatures are being checked. The details (opened file,
files not opened, each signature's checks and what was not checked) open under
the line with "Üksikasjad"; nothing is repeated in a pop-up.
"""

from __future__ import annotations

import contextlib
import html
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ametieditor.formats import asice_verify
from ametieditor.io.errors import FormatError

STYLES = {
    "pending": "background: #eef2f7; color: #1f2a37; border: 1px solid #b8c4d6;",
    "ok": "background: #e6f4ea; color: #0d3d1b; border: 1px solid #8cc69d;",
    "bad": "background: #fde7e7; color: #5c0b0b; border: 1px solid #e09a9a;",
}


def _indented(line: str) -> str:
    """A report line as rich text, its indentation kept."""
    text = line.lstrip(" ")
    indent = "&nbsp;" * (len(line) - len(text) - 2)
    return indent + html.escape(text[:1].upper() + text[1:])


class _Relay(QObject):
    """Carries the worker thread's result to the GUI thread (a queued signal)."""

    done = Signal(int, object)


class _ElidedLabel(QLabel):
    """One line that ends in "…" when the window is narrow (the tooltip has it all)."""

    def __init__(self) -> None:
        super().__init__()
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                                   max(self.width(), 40)))


class SignatureBar(QFrame):
    """One line about the container's signatures, with a details toggle and a close button."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureBar")
        self.summary = _ElidedLabel()
        self.summary.setObjectName("signatureSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QToolButton()
        self.details_button.setObjectName("signatureDetailsButton")
        self.details_button.setText(self.tr("Üksikasjad"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.close_button = QToolButton()
        self.close_button.setObjectName("signatureCloseButton")
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Sulge allkirjade riba"))
        self.close_button.clicked.connect(self.closed)
        self.details = QLabel()
        self.details.setObjectName("signatureDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.summary, 1)
        line.addWidget(self.details_button)
        line.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.details)
        self._relay = _Relay(self)
        self._relay.done.connect(self._verified)
        self._generation = 0
        self._header: list[str] = []
        self.verification: asice_verify.Verification | None = None

    # -- showing --------------------------------------------------------------------------

    def show_container(self, container: Path, member: str, notes: list[str]) -> None:
        """Show ``container`` (``member`` opened from it) and start verifying it."""
        self._generation += 1
        self.verification = None
        opened = self.tr("Konteiner {container}, avatud fail {member}.").format(
            container=container.name, member=member)
        self._header = [html.escape(opened)] + [html.escape(note[:1].upper() + note[1:])
                                                for note in notes]
        self._set_state("pending", self.tr("Allkirjastatud konteiner {name} — allkirju "
                                           "kontrollitakse…").format(name=container.name),
                        [self.tr("Allkirju kontrollitakse.")])
        generation = self._generation
        threading.Thread(target=self._verify, args=(container, generation), daemon=True,
                         name="ametieditor-verify").start()

    def _verify(self, container: Path, generation: int) -> None:
        """In the worker thread: verify, and hand the outcome to the GUI thread."""
        try:
            outcome: object = asice_verify.verify_container(container)
        except FormatError as error:
            outcome = error
        except Exception as error:  # shown in the bar, never lost in a thread
            outcome = FormatError(container, f"{type(error).__name__}: {error}")
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self._relay.done.emit(generation, outcome)

    def _verified(self, generation: int, outcome: object) -> None:
        if generation != self._generation:
            return  # another container was opened meanwhile
        if isinstance(outcome, FormatError):
            self._set_state("bad", self.tr("Allkirju ei saanud kontrollida: {problem}").format(
                problem=outcome.problem), [])
            return
        assert isinstance(outcome, asice_verify.Verification)
        self.verification = outcome
        self._set_state("ok" if outcome.ok else "bad", self._summary_line(outcome),
                        [_indented(line) for line in asice_verify.report_lines(outcome)[1:]])

    def _summary_line(self, verification: asice_verify.Verification) -> str:
        if not verification.signatures:
            return self.tr("Konteineris ei ole ühtegi loetavat allkirja.")
        line = self.tr("Allkirjastatud: {signatures}").format(signatures="; ".join(
            check.summary() for check in verification.signatures))
        if verification.problems:
            line += " — " + "; ".join(verification.problems)
        return line

    def _set_state(self, state: str, summary: str, details: list[str]) -> None:
        self.setStyleSheet(f"QFrame#signatureBar {{ {STYLES[state]} }}")
        self.summary.set_full_text(summary)
        self.details.setText("<br>".join(self._header + details))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Peida üksikasjad") if shown
                                    else self.tr("Üksikasjad"))

    # -- for tests and the window -----------------------------------------------------------

    def summary_text(self) -> str:
        return self.summary.full_text

    def details_text(self) -> str:
        return self.details.text()
