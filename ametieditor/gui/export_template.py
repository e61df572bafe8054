"""Seaded › DOCX-mall…: the organisation's DOCX template for exports and the preview.

An organisation's template carries its fonts, margins, logo, header and footer
(docs/TEMPLATES.md). The one chosen here is kept in
:mod:`ametieditor.storage.export_settings`, so the editor's DOCX and PDF
export, its paged preview and print, the LibreOffice view and
``ametieditor-cli convert`` all use the same one: what the preview shows is
what the signed file holds. A template that cannot be read is refused with
its name and the problem; one that can no longer be read (a moved shared
drive) makes the export fail with that message, while the preview shows the
program's own template and the status bar says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ametieditor.gui.dialogs import show_error
from ametieditor.storage import export_settings

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow

translate = QCoreApplication.translate

#: What the file dialog offers (Word's templates too: only their styles and page are used).
FILE_FILTER = "Word (*.docx *.dotx *.docm *.dotm)"


class _Announcer(QObject):
    """Tells every window that another template was chosen."""

    changed = Signal()


_announcer: _Announcer | None = None


def announcer() -> _Announcer:
    global _announcer
    if _announcer is None:
        _announcer = _Announcer(QApplication.instance())
    return _announcer


def template_problem(template: Path | None) -> str:
    """Why ``template`` cannot be used ("" when it can, or when it is the default)."""
    from ametieditor.formats.page_setup import page_setup_or_default

    return page_setup_or_default(template)[1]  # read as the export and the preview read it


def choose_template(parent: QWidget | None, path: Path | None) -> bool:
    """Use ``path`` (``None``: the program's own) from now on; False if refused or not saved."""
    problem = template_problem(path)
    if problem:
        show_error(parent, translate("ExportTemplate", "Malli ei saa kasutada"), problem)
        return False
    try:
        export_settings.set_export_template(path)
    except OSError as error:
        show_error(parent, translate("ExportTemplate", "Seadet ei saanud salvestada"),
                   f"{export_settings.settings_path()}: {error.strerror or error}")
        return False
    announcer().changed.emit()
    return True


class TemplateDialog(QDialog):
    """Shows the template in use; Vali mall… and Kasuta programmi malli change it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportTemplate")
        self.setWindowTitle(translate("ExportTemplate", "DOCX-mall"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "ExportTemplate",
            "Eksport (DOCX, PDF), eelvaade ja printimine kasutavad seda malli: selle "
            "kirjatüüpe, veeriseid, logo, päist ja jalust."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current = QLabel()
        self.current.setObjectName("currentTemplate")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.current)
        self.problem = QLabel()
        self.problem.setObjectName("templateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a01d1d")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("ExportTemplate", "Sulge"))
        self.choose_button = QPushButton(translate("ExportTemplate", "&Vali mall…"))
        self.default_button = QPushButton(translate("ExportTemplate",
                                                    "Kasuta &programmi malli"))
        for button in (self.choose_button, self.default_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_button.clicked.connect(self.choose)
        self.default_button.clicked.connect(lambda: self._use(None))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.show_current()

    def show_current(self) -> None:
        template = export_settings.export_template()
        if template is None:
            self.current.setText(translate("ExportTemplate",
                                           "Programmi oma mall (ametlik vormistus)."))
        else:
            self.current.setText(f"<b>{_escape(template.name)}</b><br>{_escape(str(template))}")
        problem = template_problem(template)
        self.problem.setText(translate(
            "ExportTemplate", "Malli ei saa lugeda: {problem}. Eksport ei õnnestu enne, kui "
            "mall on kättesaadav või valitakse teine.").format(problem=problem)
            if problem else "")
        self.problem.setVisible(bool(problem))
        self.default_button.setEnabled(template is not None)

    def choose(self) -> None:
        current = export_settings.export_template()
        name, _filter = QFileDialog.getOpenFileName(
            self, translate("ExportTemplate", "Vali DOCX-mall"),
            str(current.parent) if current is not None else "", FILE_FILTER)
        if name:
            self._use(Path(name))

    def _use(self, path: Path | None) -> None:
        choose_template(self, path)
        self.show_current()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ExportTemplate(QObject):
    """The feature of one window: the menu action, and the preview kept on the template."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(translate("ExportTemplate", "&DOCX-mall…"), window)
        self.action.setObjectName("exportTemplateAction")
        self.action.setToolTip(translate(
            "ExportTemplate", "Organisatsiooni DOCX-mall ekspordiks ja eelvaateks"))
        self.action.triggered.connect(self.show_dialog)
        window.menus["settings"].addAction(self.action)
        announcer().changed.connect(self._changed)
        self._say_problem()

    def show_dialog(self) -> None:
        TemplateDialog(self.window).exec()

    def _changed(self) -> None:
        self.window.preview.reload_template()
        self._say_problem()

    def _say_problem(self) -> None:
        """A chosen template that cannot be read is named in the status bar."""
        problem = template_problem(export_settings.export_template())
        if problem:
            self.window.statusBar().showMessage(translate(
                "ExportTemplate", "DOCX-malli ei saa lugeda ({problem}); eelvaade kasutab "
                "programmi malli").format(problem=problem))


def install(window: MainWindow) -> ExportTemplate:
    feature = ExportTemplate(window)
    window.features.add(feature)
    return feature
