"""The small modal dialogs: errors, the unsaved-changes question, file choosers.

Every call goes through a static QMessageBox / QFileDialog method, so tests
can replace them with monkeypatch.
"""

from __future__ import annotations

import sys
import traceback
from enum import Enum
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def run_text_dialog(dialog: QInputDialog) -> tuple[str, bool]:
    """Show a prepared text question, its long label wrapped; (text, accepted)."""
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    dialog.setMinimumWidth(48 * dialog.fontMetrics().averageCharWidth())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text, accepted


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """An error the user must see: names the file and the problem, never a traceback."""
    QMessageBox.critical(parent, title, message)


def show_warning(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def ask_unsaved(parent: QWidget | None, name: str) -> Answer:
    """Save / Discard / Cancel for a document with unsaved changes.

    Built by hand rather than with ``QMessageBox.warning`` so that the buttons
    speak the interface language: Qt ships no Estonian translation of its own.
    """
    standard = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("dialogs", "Salvestamata muudatused"),
                      QCoreApplication.translate(
                          "dialogs",
                          "Dokumendis „{name}” on salvestamata muudatusi. Kas salvestada need?",
                      ).format(name=name),
                      standard.Save | standard.Discard | standard.Cancel, parent)
    box.setDefaultButton(standard.Save)
    for button, text in ((standard.Save, QCoreApplication.translate("dialogs", "&Salvesta")),
                         (standard.Discard,
                          QCoreApplication.translate("dialogs", "&Ära salvesta")),
                         (standard.Cancel, QCoreApplication.translate("dialogs", "&Loobu"))):
        box.button(button).setText(text)
    answer = box.exec()
    if answer == standard.Save:
        return Answer.SAVE
    if answer == standard.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


def install_excepthook() -> None:
    """Show unexpected errors in a dialog instead of letting the editor die.

    The traceback goes to stderr for a bug report; the user sees one line.
    """
    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        traceback.print_exception(kind, error, trace, file=sys.stderr)
        if QApplication.instance() is None:
            return
        parent = QApplication.activeWindow()
        QMessageBox.critical(
            parent, QCoreApplication.translate("dialogs", "Ootamatu viga"),
            QCoreApplication.translate(
                "dialogs", "Tekkis ootamatu viga: {error}\n\nTöö jätkub; salvesta dokument "
                "igaks juhuks uue nimega.").format(error=f"{kind.__name__}: {error}"))

    sys.excepthook = hook
