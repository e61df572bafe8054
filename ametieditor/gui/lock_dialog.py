"""The file is open elsewhere: say who has it and offer to open it read-only.

The main window calls :func:`ametieditor.storage.lock.acquire` when it opens a
file; on :class:`~ametieditor.storage.lock.LockedError` it asks with
:func:`ask_about_lock` and then opens the file read-only (Save As stays
possible), takes the lock over, or does not open it.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ametieditor.gui.recovery_dialog import format_time
from ametieditor.storage.lock import LockedError, LockOwner, LockState


class LockChoice(Enum):
    READ_ONLY = "read-only"
    TAKE_OVER = "take-over"
    CANCEL = "cancel"


class LockDialog(QDialog):
    def __init__(self, path: Path, owner: LockOwner, state: LockState,
                 parent: QWidget | None = None, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Fail on kasutusel"))
        self.choice = LockChoice.CANCEL

        name = owner.display_name
        host = owner.host or "?"
        since = format_time(owner.since, now) or "?"
        self.message = QLabel(self.tr("Fail on avatud: {name} (arvuti {host}) alates {since}")
                              .format(name=name, host=host, since=since))
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        file_label = QLabel(str(path))
        file_label.setWordWrap(True)
        if state is LockState.MAYBE_STALE:
            advice = self.tr(
                "Lukk on vana: võib-olla suleti programm teises arvutis ootamatult. Kui "
                "olete kindel, et keegi faili ei muuda, võite selle ikkagi avada.")
        else:
            advice = self.tr(
                "Saate faili avada kirjutuskaitstuna ja muudatused teise nimega salvestada.")
        self.advice = QLabel(advice)
        self.advice.setObjectName("lockAdvice")
        self.advice.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.read_only_button = QPushButton(self.tr("Ava kirjutuskaitstuna"))
        self.read_only_button.setObjectName("readOnlyButton")
        self.read_only_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Loobu"))
        self.cancel_button.setObjectName("cancelButton")
        buttons.addButton(self.read_only_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.read_only_button.clicked.connect(lambda: self._finish(LockChoice.READ_ONLY))
        self.cancel_button.clicked.connect(lambda: self._finish(LockChoice.CANCEL))
        self.take_over_button: QPushButton | None = None
        if state is LockState.MAYBE_STALE:
            self.take_over_button = QPushButton(self.tr("Ava ikkagi"))
            self.take_over_button.setObjectName("takeOverButton")
            buttons.addButton(self.take_over_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.take_over_button.clicked.connect(lambda: self._finish(LockChoice.TAKE_OVER))

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(file_label)
        layout.addWidget(self.advice)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _finish(self, choice: LockChoice) -> None:
        self.choice = choice
        if choice is LockChoice.CANCEL:
            self.reject()
        else:
            self.accept()


def ask_about_lock(error: LockedError, parent: QWidget | None = None) -> LockChoice:
    dialog = LockDialog(error.path, error.owner, error.state, parent)
    dialog.exec()
    return dialog.choice
