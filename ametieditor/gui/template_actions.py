"""Organisation templates in the window: Fail › Uus lists them, Fail › Salvesta mallina….

The bundled "Ametniku/Töötaja ametijuhend" entries and the user's own templates all
go through :meth:`DocumentFiles.new_document` → :func:`new_from_template`. Which parts
a saved template keeps is the rule of :func:`save_as_template` (see
docs/ORGANISATION_TEMPLATES.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ametieditor.formats.document_templates import (
    Template,
    delete_template,
    list_templates,
    save_as_template,
    template_path,
)
from ametieditor.gui.dialogs import run_text_dialog, show_error
from ametieditor.gui.files import TEMPLATES
from ametieditor.io.errors import FormatError
from ametieditor.resources import resource_path

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow


translate = QCoreApplication.translate


def _is_standard(template: Template) -> bool:
    """One of the two bundled templates that have their own entries in Fail › Uus."""
    return template.bundled and any(
        template.path == resource_path(relative) for relative in TEMPLATES.values()
    )


def own_templates() -> list[Template]:
    return [template for template in list_templates() if not template.bundled]


def ask_template_name(parent: QWidget | None, proposed: str) -> tuple[str, bool]:
    """The name for a new template (and OK), with what a template keeps, in a narrow box.

    A ``QInputDialog.getText`` would put the explanation on one line a screen wide and
    label its buttons in English.
    """
    dialog = QInputDialog(parent)
    dialog.setObjectName("templateName")
    dialog.setWindowTitle(translate("TemplateActions", "Salvesta mallina"))
    dialog.setLabelText(
        translate(
            "TemplateActions",
            "Malli nimi (mallis jäävad alles kinnitaja, struktuuriüksus, juht, õigused, "
            "vastutus, töövahendid, nõuded ja allkirjad; ametikoha nimetus, eesmärk ja "
            "ülesanded tühjendatakse):",
        )
    )
    dialog.setTextValue(proposed)
    dialog.setOkButtonText(translate("TemplateActions", "Salvesta"))
    dialog.setCancelButtonText(translate("TemplateActions", "Loobu"))
    return run_text_dialog(dialog)


class TemplateManager(QDialog):
    """The user's templates: delete (bundled ones cannot be deleted, so are not listed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateManager")
        self.setWindowTitle(translate("TemplateActions", "Minu mallid"))
        self.list = QListWidget(self)
        self.list.setObjectName("templates")
        self.delete_button = QPushButton(translate("TemplateActions", "Kustuta"), self)
        self.delete_button.setObjectName("delete")
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_current())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("TemplateActions", "Sulge")
        )
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("TemplateActions", "Oma mallid, millest saab teha uue ametijuhendi:"),
                self,
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._templates: list[Template] = []
        self.refresh()
        self.resize(420, 320)

    def refresh(self) -> None:
        self._templates = own_templates()
        self.list.clear()
        for template in self._templates:
            QListWidgetItem(template.name, self.list)
        if self._templates:
            self.list.setCurrentRow(0)
        else:
            item = QListWidgetItem(
                translate("TemplateActions", "(oma malle pole – Fail › Salvesta mallina…)"),
                self.list,
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.delete_button.setEnabled(bool(self._templates))

    def delete_current(self) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self._templates):
            return False
        template = self._templates[row]
        answer = QMessageBox.question(
            self,
            translate("TemplateActions", "Kustuta mall"),
            translate("TemplateActions", "Kas kustutada mall „{name}”?").format(name=template.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_template(template)
        except (FormatError, OSError) as error:
            show_error(self, translate("TemplateActions", "Malli ei saanud kustutada"), str(error))
            return False
        self.refresh()
        return True


class TemplateActions:
    """Fail › Uus › own templates, Fail › Salvesta mallina…, Fail › Uus › Halda malle…."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.menu = window.menu_bar.new_menu
        self._added: list[QAction] = []
        self.save_action = QAction(translate("TemplateActions", "Salvesta &mallina…"), window)
        self.save_action.setObjectName("saveAsTemplate")
        self.save_action.triggered.connect(lambda _checked=False: self.save_as_template())
        file_menu = window.menus["file"]
        file_menu.insertAction(window.menu_bar.export_docx_action, self.save_action)
        file_menu.insertSeparator(window.menu_bar.export_docx_action)
        self.manage_action = QAction(translate("TemplateActions", "&Halda malle…"), window)
        self.manage_action.setObjectName("manageTemplates")
        self.manage_action.triggered.connect(lambda _checked=False: self.manage())
        self.menu.aboutToShow.connect(self.fill_menu)
        self.fill_menu()

    def fill_menu(self) -> None:
        """Bundled templates beyond the standard two, then the user's, then the manager."""
        for action in self._added:
            self.menu.removeAction(action)
            if action is not self.manage_action:
                action.deleteLater()
        self._added = []
        templates = [t for t in list_templates() if not _is_standard(t)]
        separator = self.menu.addSeparator()
        self._added.append(separator)
        for template in templates:
            action = self.menu.addAction(template.name.replace("&", "&&"))
            action.setObjectName(f"template:{template.name}")
            action.setData(str(template.path))
            action.triggered.connect(
                lambda _checked=False, chosen=template: self.window.files.new_document(chosen)
            )
            self._added.append(action)
        self.menu.addAction(self.manage_action)
        self._added.append(self.manage_action)

    def template_actions(self) -> dict[str, QAction]:
        """Own and extra bundled templates in the menu, by name (after :meth:`fill_menu`)."""
        return {
            action.text().replace("&&", "&"): action
            for action in self._added
            if action.objectName().startswith("template:")
        }

    def save_as_template(self) -> bool:
        """Ask for a name and save the document as an own template."""
        window = self.window
        title = window.session.document.general.title.strip()
        name, ok = ask_template_name(window, title)
        name = name.strip()
        if not ok or not name:
            return False
        try:
            exists = template_path(name).exists()
        except FormatError as error:
            show_error(
                window, translate("TemplateActions", "Malli ei saanud salvestada"), str(error)
            )
            return False
        if (
            exists
            and QMessageBox.question(
                window,
                translate("TemplateActions", "Salvesta mallina"),
                translate("TemplateActions", "Mall „{name}” on juba olemas. Kas asendada?").format(
                    name=name
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        try:
            saved = save_as_template(window.session.document, name, replace=exists)
        except (FormatError, OSError) as error:
            show_error(
                window, translate("TemplateActions", "Malli ei saanud salvestada"), str(error)
            )
            return False
        self.fill_menu()
        window.statusBar().showMessage(
            translate(
                "TemplateActions", "Mall „{name}” salvestati; see on menüüs Fail › Uus."
            ).format(name=saved.name),
            5000,
        )
        return True

    def manage(self) -> None:
        dialog = TemplateManager(self.window)
        dialog.exec()
        dialog.deleteLater()
        self.fill_menu()


def install(window: MainWindow) -> TemplateActions:
    actions = TemplateActions(window)
    window.features.add(actions)
    return actions
