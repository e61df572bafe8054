"""A slim bar above the work area for news that needs no answer (no dialog).

One line of text and a close button, like the bars office programs show for a
file in an older format. It stays until closed or until another document is
opened or made.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class InfoBar(QFrame):
    """``show_message(text)`` shows the bar; the × button (or Esc on it) hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self.setStyleSheet("QFrame#infoBar { background: #e8f1fb; border: 1px solid #b6cde8; "
                           "border-radius: 3px; } QFrame#infoBar QLabel { color: #1d3650; }")
        self.label = QLabel()
        self.label.setObjectName("infoBarText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(False)
        self.close_button = QToolButton()
        self.close_button.setObjectName("infoBarClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Sulge teade"))
        self.close_button.setAccessibleName(self.tr("Sulge teade"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` (one line; the whole text is also the tooltip if it is cut)."""
        self.label.setText(text)
        self.label.setToolTip(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
