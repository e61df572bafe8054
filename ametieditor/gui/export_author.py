"""The author name of exports: asked once at the first export, changed in Seaded.

The name lives in :mod:`ametieditor.storage.export_settings` (the CLI reads the
same file); the computer's login name is never used, so a document exported
by two people gives the same bytes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from ametieditor.gui.dialogs import run_text_dialog, show_error
from ametieditor.storage import export_settings

translate = QCoreApplication.translate


def ask_author(parent: QWidget | None, current: str = "") -> str | None:
    """The name the user types (may be empty), or ``None`` when the dialog is cancelled."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("exportAuthor")
    dialog.setWindowTitle(translate("ExportAuthor", "Autori nimi"))
    dialog.setLabelText(translate(
        "ExportAuthor",
        "Nimi, mis kirjutatakse eksporditud dokumentide omadustesse autoriks, näiteks teie "
        "nimi või „Personaliosakond”. Võib jätta tühjaks. Arvuti kasutajanime ei kasutata. "
        "Muuta saab menüüs Seaded › Autori nimi…"))
    dialog.setTextValue(current)
    dialog.setOkButtonText(translate("ExportAuthor", "OK"))
    dialog.setCancelButtonText(translate("ExportAuthor", "Loobu"))
    name, accepted = run_text_dialog(dialog)
    return name if accepted else None


def author_for_export(parent: QWidget | None) -> str:
    """The author of the next export; asks the first time and remembers the answer.

    A cancelled question counts as an empty name: it is asked once, never again.
    """
    known = export_settings.export_author()
    if known is not None:
        return known
    name = ask_author(parent) or ""
    _remember(parent, name)
    return export_settings.clean_author(name)


def change_author(parent: QWidget | None) -> None:
    """Seaded › Autori nimi…: show and change the remembered name."""
    name = ask_author(parent, export_settings.export_author() or "")
    if name is not None:
        _remember(parent, name)


def _remember(parent: QWidget | None, name: str) -> None:
    try:
        export_settings.set_export_author(name)
    except OSError as error:
        show_error(parent, translate("ExportAuthor", "Seadet ei saanud salvestada"),
                   f"{export_settings.settings_path()}: {error.strerror or error}")


def install(window: QWidget, settings_menu: QMenu) -> None:
    """Seaded › Autori nimi… in ``settings_menu`` of ``window``."""
    action = QAction(translate("ExportAuthor", "&Autori nimi…"), window)
    action.setObjectName("exportAuthorName")
    action.setToolTip(translate("ExportAuthor",
                                "Nimi, mis kirjutatakse eksporditud dokumentidesse autoriks"))
    action.triggered.connect(lambda _checked=False: change_author(window))
    settings_menu.addAction(action)
