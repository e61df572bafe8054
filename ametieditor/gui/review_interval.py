"""Seaded › Ülevaatuse intervall…: how many months after approval a job description is reviewed.

The interval lives in :mod:`ametieditor.storage.folder_settings` (``ametieditor-cli
list`` reads the same file); the folder overview's Ülevaatus column is the
approval date plus it, empty while no interval is set.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ametieditor.gui.dialogs import show_error
from ametieditor.i18n import plural
from ametieditor.model.folder_overview import MAX_REVIEW_MONTHS, MIN_REVIEW_MONTHS
from ametieditor.storage import folder_settings

translate = QCoreApplication.translate

#: The spin box value that means "no interval" (shown as "pole määratud").
NOT_SET = MIN_REVIEW_MONTHS - 1


class ReviewIntervalDialog(QDialog):
    """A spin box of months; its lowest value reads "pole määratud" and clears the setting."""

    def __init__(self, parent: QWidget | None, months: int | None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewIntervalDialog")
        self.setWindowTitle(translate("ReviewInterval", "Ülevaatuse intervall"))
        label = QLabel(translate(
            "ReviewInterval",
            "Mitu kuud pärast kinnitamist tuleb ametijuhend üle vaadata. Kausta ülevaate "
            "veerg „Ülevaatus” on kinnitamise kuupäev pluss see arv kuid; kui intervall "
            "pole määratud, jääb veerg tühjaks."))
        label.setWordWrap(True)
        self.spin = QSpinBox()
        self.spin.setObjectName("reviewMonths")
        self.spin.setRange(NOT_SET, MAX_REVIEW_MONTHS)
        self.spin.setSpecialValueText(translate("ReviewInterval", "pole määratud"))
        self.spin.valueChanged.connect(self._suffix)
        self.spin.setValue(months if months is not None else NOT_SET)
        self._suffix(self.spin.value())
        self.spin.setAccessibleName(translate("ReviewInterval", "Ülevaatuse intervall kuudes"))
        label.setBuddy(self.spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ReviewInterval", "OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ReviewInterval", "Loobu"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.spin)
        layout.addWidget(buttons)
        self.setMinimumWidth(64 * self.fontMetrics().averageCharWidth())

    def _suffix(self, value: int) -> None:
        self.spin.setSuffix(plural(value, translate("ReviewInterval", " kuu"),
                                   translate("ReviewInterval", " kuud")))

    def months(self) -> int | None:
        value = self.spin.value()
        return None if value == NOT_SET else value


def change_review_months(parent: QWidget | None, changed: Callable[[], None]) -> bool:
    """Ask for the interval and save it; ``changed`` is called when it was saved."""
    current = folder_settings.review_months()
    dialog = ReviewIntervalDialog(parent, current)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        months = dialog.months()
    finally:
        dialog.deleteLater()
    if months == current:
        return False
    try:
        folder_settings.set_review_months(months)
    except OSError as error:
        show_error(parent, translate("ReviewInterval", "Seadet ei saanud salvestada"),
                   f"{error.filename or ''}: {error.strerror or error}".lstrip(": "))
        return False
    changed()
    return True
