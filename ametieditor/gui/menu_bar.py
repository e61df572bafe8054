"""The main window's menus and their standard actions.

Fail, Muuda, Vaade, Seaded and Abi, with the actions the window itself
provides. Features add theirs through :meth:`MainWindow.add_action` under the
menu keys ``file``, ``edit``, ``view``, ``settings`` and ``help``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from ametieditor.gui.files import find_soffice

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow

_KEY = QKeySequence.StandardKey


def make_action(parent: QObject, text: str, slot: Callable[..., object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                name: str = "") -> QAction:
    """An action with its text, slot, shortcut and object name (for tests and settings)."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if name:
        action.setObjectName(name)
    action.triggered.connect(slot)
    return action


class MenuBar(QObject):
    """Builds the window's menu bar; holds the menus by key and the standard actions."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menus: dict[str, QMenu] = {}
        self.duty_menu: QMenu | None = None
        bar = window.menuBar()
        self._build_file_menu(bar.addMenu(self.tr("&Fail")))
        self._build_edit_menu(bar.addMenu(self.tr("&Muuda")))
        self._build_view_menu(bar.addMenu(self.tr("&Vaade")))
        self._build_settings_menu(bar.addMenu(self.tr("&Seaded")))
        help_menu = self.menus["help"] = bar.addMenu(self.tr("&Abi"))
        help_menu.addAction(make_action(self, self.tr("&Teave"), self._about, None, "about"))

    # -- the menus -----------------------------------------------------------------------

    def _build_file_menu(self, file_menu: QMenu) -> None:
        files = self.window.files
        self.menus["file"] = file_menu
        self.new_menu = file_menu.addMenu(self.tr("&Uus"))
        self.new_official_action = make_action(
            self, self.tr("&Ametniku ametijuhend"), lambda: files.new_document("ametnik"),
            _KEY.New, "newOfficial")
        self.new_employee_action = make_action(
            self, self.tr("&Töötaja ametijuhend"), lambda: files.new_document("tootaja"),
            None, "newEmployee")
        self.new_menu.addActions([self.new_official_action, self.new_employee_action])
        self.open_action = make_action(self, self.tr("&Ava…"), files.open_dialog, _KEY.Open,
                                       "open")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("V&iimati avatud"))
        files.recent_changed.connect(self.fill_recent)
        self.fill_recent()
        file_menu.addSeparator()
        self.save_action = make_action(self, self.tr("&Salvesta"), files.save, _KEY.Save,
                                       "save")
        self.save_as_action = make_action(self, self.tr("Salvesta &kui…"), files.save_as,
                                          _KEY.SaveAs, "saveAs")
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        self.export_docx_action = make_action(
            self, self.tr("Ekspordi &DOCX…"), lambda: files.export(".docx"), "Ctrl+E",
            "exportDocx")
        self.export_pdf_action = make_action(
            self, self.tr("Ekspordi &PDF…"), lambda: files.export(".pdf"), None, "exportPdf")
        # Whether LibreOffice is there is looked up when the menu opens, not at start.
        file_menu.aboutToShow.connect(self.update_export_pdf)
        file_menu.setToolTipsVisible(True)  # why an entry is disabled
        file_menu.addActions([self.export_docx_action, self.export_pdf_action])
        file_menu.addSeparator()
        self.quit_action = make_action(self, self.tr("Väl&ju"), self.window.close, _KEY.Quit,
                                       "quit")
        file_menu.addAction(self.quit_action)

    def _build_edit_menu(self, edit_menu: QMenu) -> None:
        self.menus["edit"] = edit_menu
        stack = self.window.session.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Võta tagasi"))
        self.undo_action.setShortcut(QKeySequence(_KEY.Undo))
        self.redo_action = stack.createRedoAction(self, self.tr("&Tee uuesti"))
        # The platform's Redo keys plus Ctrl+Y and Ctrl+Shift+Z, each once: a key bound
        # twice to one action is ambiguous to Qt and does nothing (Ctrl+Y on Windows).
        redo_keys: list[QKeySequence] = []
        for sequence in [QKeySequence(_KEY.Redo), QKeySequence("Ctrl+Y"),
                         QKeySequence("Ctrl+Shift+Z")]:
            if sequence not in redo_keys:
                redo_keys.append(sequence)
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.aboutToShow.connect(self._add_duty_actions)

    def _build_view_menu(self, view_menu: QMenu) -> None:
        window = self.window
        self.menus["view"] = view_menu
        self.preview_action = make_action(self, self.tr("&Eelvaade"),
                                          lambda visible: window.preview.setVisible(visible),
                                          "F9", "togglePreview")
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        view_menu.addAction(self.preview_action)
        view_menu.addAction(window.check_dock.toggleViewAction())
        view_menu.addAction(window.undo_dock.toggleViewAction())

    def _build_settings_menu(self, settings_menu: QMenu) -> None:
        self.menus["settings"] = settings_menu
        language_menu = settings_menu.addMenu(self.tr("&Keel / Language"))
        group = QActionGroup(self)
        current = str(self.window.settings.value("language", "et"))
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("et", "Eesti"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(
                lambda _checked, code=code: self.window.choose_language(code))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

    # -- reacting ------------------------------------------------------------------------

    def update_export_pdf(self) -> None:
        """Export PDF is enabled only when LibreOffice is found (it may come or go)."""
        found = find_soffice() is not None
        self.export_pdf_action.setEnabled(found)
        # The menu says why it is greyed out; the tooltip (shown in the menu) says more.
        self.export_pdf_action.setText(self.tr("Ekspordi &PDF…") if found else self.tr(
            "Ekspordi PDF… (vajab LibreOffice'i)"))
        self.export_pdf_action.setToolTip("" if found else self.tr(
            "PDF-i tegemiseks on vaja LibreOffice'i, seda ei leitud."))

    def fill_recent(self) -> None:
        files = self.window.files
        self.recent_menu.clear()
        recent = files.recent_files()
        for number, item in enumerate(recent, start=1):
            # "&1 …": a key for each; a "&" in a file name is shown, not taken as a key.
            prefix = f"&{number} " if number < 10 else ""
            action = self.recent_menu.addAction(prefix + item.replace("&", "&&"))
            action.setData(item)
            action.triggered.connect(lambda _checked=False, item=item:
                                     files.open_path(Path(item)))
        self.recent_menu.setEnabled(bool(recent))

    def _add_duty_actions(self) -> None:
        """The duty table's row actions in Muuda › Põhiülesanded (made when first shown).

        They act on the duty table, so they are enabled only while it is on screen:
        "Kustuta" chosen over the rights pane must not delete a row nobody sees.
        """
        edit_menu = self.menus["edit"]
        edit_menu.aboutToShow.disconnect(self._add_duty_actions)
        duty_pane = self.window.panes["duties"]
        edit_menu.addSeparator()
        self.duty_menu = edit_menu.addMenu(self.tr("&Põhiülesanded"))
        self.duty_menu.setObjectName("dutyMenu")
        for name in ("add", "insert_above", "duplicate", "remove", "up", "down"):
            self.duty_menu.addAction(duty_pane.actions_by_name[name])
        edit_menu.setToolTipsVisible(True)  # the reason when the submenu is disabled
        edit_menu.aboutToShow.connect(self.update_duty_menu)
        self.update_duty_menu()

    def update_duty_menu(self) -> None:
        """Muuda › Põhiülesanded is enabled only over the duty table of a present part."""
        menu = self.duty_menu
        if menu is None:
            return
        window = self.window
        shown = "duties" in window.panes and window.current_pane() is window.panes["duties"]
        present = window.session.document.duties is not None
        menu.setEnabled(shown and present)
        menu.menuAction().setToolTip(
            "" if shown and present else
            self.tr("Ridu saab lisada ja muuta osas „Ülesanded ja tulemused”.") if not shown
            else self.tr("Osa „Ülesanded ja tulemused” on dokumendist välja lülitatud."))

    def _about(self) -> None:
        from ametieditor import __version__

        QMessageBox.about(self.window, self.tr("Ametieditor"), self.tr(
            "Ametieditor {version}\nAmetijuhendite koostamise ja muutmise tööriist.").format(
                version=__version__))
