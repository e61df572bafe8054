"""The main window: navigator | pane of the selected part | live preview, docks below.

Other features plug in with :meth:`MainWindow.add_dock` and the menus in
:attr:`MainWindow.menus` (keys ``file``, ``edit``, ``view``, ``settings``, ``help``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from ametieditor.commands import EditSession
from ametieditor.commands.paths import ModelPath
from ametieditor.gui.check_panel import CheckPanel
from ametieditor.gui.files import DocumentFiles, find_soffice
from ametieditor.gui.navigator import Navigator, Part
from ametieditor.gui.panes.base import Pane
from ametieditor.gui.preview import Preview
from ametieditor.i18n import current_language, resolve_language
from ametieditor.model.checks import Location
from ametieditor.model.numbering import numbered_heading
from ametieditor.model.parts import PANE_PARTS, PARTS
from ametieditor.model.parts import part as part_spec


class _Panes(dict):
    """Panes by key, each made by ``make(key)`` the first time it is asked for."""

    def __init__(self, make: Callable[[str], Pane]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> Pane:
        pane = self._make(key)
        self[key] = pane
        return pane


#: Where a check problem's location leads: the first step of the path -> pane key.
LOCATION_PANES = {spec.key: spec.pane_key for spec in PARTS}


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, right after ``window`` was first painted.

    The paint of the window and its children and the flush to the screen happen in one
    go; a zero-delay timer started at the window's first paint event runs after them.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


class MainWindow(QMainWindow):
    def __init__(self, session: EditSession | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session or EditSession(parent=self)
        self.files = DocumentFiles(self.session, self)
        self.settings = QSettings()
        self.menus: dict[str, QMenu] = {}
        #: Called as ``hook(key, pane)`` for every pane when it is made (panes are lazy).
        self.pane_hooks: list[Callable[[str, Pane], None]] = []
        self.setAcceptDrops(True)
        self._build_panes()
        self._build_layout()
        self._build_actions()
        # Locks and autosave must see the first file opened, so they come at once; the
        # other features come just after the first paint (see install_features).
        importlib.import_module("ametieditor.gui.safety").install(self)
        #: True once install_features has run.
        self.features_ready = False
        self._after_start: list[Callable[[], None]] = []
        _AfterFirstPaint(self, self.install_features)
        self.session.changed.connect(self._on_changed)
        self.session.document_replaced.connect(self._on_replaced)
        self.session.undo_stack.cleanChanged.connect(self.update_title)
        self.files.path_changed.connect(self.update_title)
        self._on_replaced()
        self._restore_settings()

    def install_features(self) -> None:
        """Add the features beyond the panes: import report, revisions, wording, spelling…

        Runs by itself just after the window's first paint, so that the window with its
        document appears without waiting for their modules (issue 5's start-up budget);
        call it earlier when a feature is needed before that (a foreign file opened from
        the command line goes through the import report). Runs once.
        """
        if self.features_ready:
            return
        self.features_ready = True
        app = QApplication.instance()
        if app is not None:  # (before the first paint, every event would pass through it)
            app.installEventFilter(self)  # see eventFilter: Ctrl+Z for the whole window
        importlib.import_module("ametieditor.gui.revisions").install(self)
        importlib.import_module("ametieditor.gui.features").install_features(self)
        callbacks, self._after_start = self._after_start, []
        for callback in callbacks:
            callback()

    def when_started(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the features are in: now, or just after the first paint."""
        if self.features_ready:
            callback()
        else:
            self._after_start.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z / Ctrl+Y go to the document's undo stack, never a field's own undo.

        A line edit would otherwise undo its own text behind the model's back.
        """
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo))
                and isinstance(watched, QWidget) and watched.window() is self):
            event.ignore()
            return True
        return False

    # -- building ------------------------------------------------------------------------

    def _build_panes(self) -> None:
        self.parts = [Part(spec.key, spec.section, spec.display_pane_name())
                      for spec in PANE_PARTS]
        #: The panes made so far; ``self.panes[key]`` makes one on first use, so the
        #: window appears without building the eight panes the user has not opened yet.
        self.panes = _Panes(self._make_pane)

    def _make_pane(self, key: str) -> Pane:
        # The model's part table names each part's pane (module in ametieditor.gui.panes,
        # class); the module is imported when the pane is first made, which keeps the
        # start-up short.
        spec = part_spec(key)
        assert spec.pane is not None
        module_name, class_name = spec.pane
        module = importlib.import_module(f"ametieditor.gui.panes.{module_name}")
        pane_class = getattr(module, class_name)
        pane = (pane_class(self.session, spec) if getattr(pane_class, "per_part", False)
                else pane_class(self.session))
        pane.setObjectName(f"{key}Pane")
        self.stack.addWidget(pane)
        part = next(part for part in self.parts if part.key == key)
        pane.set_heading(self._heading(part))
        for hook in self.pane_hooks:
            hook(key, pane)
        self._place_in_tab_order(pane)
        return pane

    def _place_in_tab_order(self, pane: Pane) -> None:
        """Tab goes navigator → the pane's fields → preview, also for a pane made later.

        A widget joins the end of the window's focus chain when it is made, so a pane
        made on first use would otherwise come after the preview and the docks. (The
        first pane is made between the navigator and the preview: already in place.)
        """
        if not hasattr(self, "preview"):
            return
        fields: list[QWidget] = []
        widget = pane.nextInFocusChain()
        while widget is not pane and widget is not None and len(fields) < 1000:
            if pane.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                fields.append(widget)
            widget = widget.nextInFocusChain()
        previous: QWidget = self.navigator
        for field in [*fields, self.preview, self.check_panel]:
            QWidget.setTabOrder(previous, field)
            previous = field

    def _build_layout(self) -> None:
        self.navigator = Navigator(self.parts)
        self.navigator.setObjectName("navigator")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.panes["general"])
        self.preview = Preview(self.session)
        self.preview.setObjectName("preview")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([200, 680, 420])
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.setCentralWidget(self.splitter)
        self.navigator.part_selected.connect(self.show_part)
        self.navigator.setCurrentRow(0)

        self.check_panel = CheckPanel(self.session)
        self.check_panel.setObjectName("checkPanel")
        self.check_panel.location_activated.connect(self.focus_location)
        self.check_dock = self.add_dock("checkDock", self.tr("Kontroll"), self.check_panel,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.check_panel.count_changed.connect(self._show_problem_count)
        self.undo_view = QUndoView(self.session.undo_stack)
        self.undo_view.setEmptyLabel(self.tr("<algne>"))
        self.undo_view.setAccessibleName(self.tr("Muudatuste ajalugu"))
        self.undo_dock = self.add_dock("undoDock", self.tr("Muudatuste ajalugu"), self.undo_view,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.undo_dock.hide()

    def add_dock(self, name: str, title: str, widget: QWidget,
                 area: Qt.DockWidgetArea) -> QDockWidget:
        """Add a dock with a toggle in the View menu (for features added later)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        if getattr(self, "_state_restored", False):
            self.restoreDockWidget(dock)  # a dock added after restoreState
        if "view" in self.menus:
            self.menus["view"].addAction(dock.toggleViewAction())
        return dock

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        bar = self.menuBar()
        file_menu = self.menus["file"] = bar.addMenu(self.tr("&Fail"))
        new_menu = self.new_menu = file_menu.addMenu(self.tr("&Uus"))
        self.new_official_action = self._action(
            self.tr("&Ametniku ametijuhend"), lambda: self.files.new_document("ametnik"),
            key.New, "newOfficial")
        self.new_employee_action = self._action(
            self.tr("&Töötaja ametijuhend"), lambda: self.files.new_document("tootaja"),
            None, "newEmployee")
        new_menu.addActions([self.new_official_action, self.new_employee_action])
        self.open_action = self._action(self.tr("&Ava…"), self.files.open_dialog, key.Open,
                                        "open")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("V&iimati avatud"))
        self.files.recent_changed.connect(self._fill_recent)
        self._fill_recent()
        file_menu.addSeparator()
        self.save_action = self._action(self.tr("&Salvesta"), self.files.save, key.Save, "save")
        self.save_as_action = self._action(self.tr("Salvesta &kui…"), self.files.save_as,
                                           key.SaveAs, "saveAs")
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        self.export_docx_action = self._action(
            self.tr("Ekspordi &DOCX…"), lambda: self.files.export(".docx"), "Ctrl+E",
            "exportDocx")
        self.export_pdf_action = self._action(
            self.tr("Ekspordi &PDF…"), lambda: self.files.export(".pdf"), None, "exportPdf")
        # Whether LibreOffice is there is looked up when the menu opens, not at start.
        file_menu.aboutToShow.connect(self.update_export_pdf)
        file_menu.setToolTipsVisible(True)  # why an entry is disabled
        file_menu.addActions([self.export_docx_action, self.export_pdf_action])
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("Väl&ju"), self.close, key.Quit, "quit")
        file_menu.addAction(self.quit_action)

        edit_menu = self.menus["edit"] = bar.addMenu(self.tr("&Muuda"))
        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Võta tagasi"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = stack.createRedoAction(self, self.tr("&Tee uuesti"))
        # The platform's Redo keys plus Ctrl+Y and Ctrl+Shift+Z, each once: a key bound
        # twice to one action is ambiguous to Qt and does nothing (Ctrl+Y on Windows).
        redo_keys: list[QKeySequence] = []
        for sequence in [QKeySequence(key.Redo), QKeySequence("Ctrl+Y"),
                         QKeySequence("Ctrl+Shift+Z")]:
            if sequence not in redo_keys:
                redo_keys.append(sequence)
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.aboutToShow.connect(self._add_duty_actions)

        view_menu = self.menus["view"] = bar.addMenu(self.tr("&Vaade"))
        self.preview_action = self._action(self.tr("&Eelvaade"), self._toggle_preview, "F9",
                                           "togglePreview")
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        view_menu.addAction(self.preview_action)
        view_menu.addAction(self.check_dock.toggleViewAction())
        view_menu.addAction(self.undo_dock.toggleViewAction())

        settings_menu = self.menus["settings"] = bar.addMenu(self.tr("&Seaded"))
        language_menu = settings_menu.addMenu(self.tr("&Keel / Language"))
        group = QActionGroup(self)
        current = str(self.settings.value("language", "et"))
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("et", "Eesti"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked, code=code: self.choose_language(code))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menus["help"] = bar.addMenu(self.tr("&Abi"))
        help_menu.addAction(self._action(self.tr("&Teave"), self._about, None, "about"))

    def update_export_pdf(self) -> None:
        """Export PDF is enabled only when LibreOffice is found (it may come or go)."""
        found = find_soffice() is not None
        self.export_pdf_action.setEnabled(found)
        # The menu says why it is greyed out; the tooltip (shown in the menu) says more.
        self.export_pdf_action.setText(self.tr("Ekspordi &PDF…") if found else self.tr(
            "Ekspordi PDF… (vajab LibreOffice'i)"))
        self.export_pdf_action.setToolTip("" if found else self.tr(
            "PDF-i tegemiseks on vaja LibreOffice'i, seda ei leitud."))

    # -- reacting to the model ----------------------------------------------------------------

    def _on_changed(self, path: ModelPath) -> None:
        if len(path) <= 2 or path[:1] == ("general",):
            self._update_numbers()
        if path[:2] == ("general", "title"):
            self.update_title()

    def _on_replaced(self) -> None:
        self._update_numbers()
        self.update_title()
        self.check_panel.recheck()

    def _add_duty_actions(self) -> None:
        """The duty table's row actions in Muuda › Põhiülesanded (made when first shown).

        They act on the duty table, so they are enabled only while it is on screen:
        "Kustuta" chosen over the rights pane must not delete a row nobody sees.
        """
        edit_menu = self.menus["edit"]
        edit_menu.aboutToShow.disconnect(self._add_duty_actions)
        duty_pane = self.panes["duties"]
        edit_menu.addSeparator()
        self.duty_menu = edit_menu.addMenu(self.tr("&Põhiülesanded"))
        self.duty_menu.setObjectName("dutyMenu")
        for name in ("add", "insert_above", "duplicate", "remove", "up", "down"):
            self.duty_menu.addAction(
                duty_pane.actions_by_name[name])  # type: ignore[attr-defined]
        edit_menu.setToolTipsVisible(True)  # the reason when the submenu is disabled
        edit_menu.aboutToShow.connect(self.update_duty_menu)
        self.update_duty_menu()

    def update_duty_menu(self) -> None:
        """Muuda › Põhiülesanded is enabled only over the duty table of a present part."""
        menu = getattr(self, "duty_menu", None)
        if menu is None:
            return
        shown = "duties" in self.panes and self.current_pane() is self.panes["duties"]
        present = self.session.document.duties is not None
        menu.setEnabled(shown and present)
        menu.menuAction().setToolTip(
            "" if shown and present else
            self.tr("Ridu saab lisada ja muuta osas „Ülesanded ja tulemused”.") if not shown
            else self.tr("Osa „Ülesanded ja tulemused” on dokumendist välja lülitatud."))

    def _heading(self, part: Part) -> str:
        if part.section is None:
            return part.name
        return numbered_heading(self.session.document, part.section) or self.tr(
            "{name} (osa on dokumendist väljas)").format(name=part.name)

    def _update_numbers(self) -> None:
        self.navigator.update_numbers(self.session.document)
        for part in self.parts:
            if part.key in self.panes:
                self.panes[part.key].set_heading(self._heading(part))

    def update_title(self, *_unused: object) -> None:
        title = self.session.document.general.title.strip()
        parts = [self.files.display_name() + "[*]"]
        if title:
            parts.append(title)
        parts.append("Ametieditor")
        self.setWindowTitle(" – ".join(parts))
        self.setWindowModified(not self.session.undo_stack.isClean())

    def _show_problem_count(self, count: int) -> None:
        self.check_dock.setWindowTitle(self.tr("Kontroll ({count})").format(count=count))

    # -- navigation ----------------------------------------------------------------------------

    def show_part(self, key: str) -> None:
        self.stack.setCurrentWidget(self.panes[key])
        self.preview.show_part(key)
        if self.navigator.currentItem() is None or \
                self.parts[self.navigator.currentRow()].key != key:
            self.navigator.select_key(key)

    def current_pane(self) -> Pane:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def focus_location(self, location: Location) -> None:
        """Show the pane of ``location`` and put the cursor in its field."""
        key = LOCATION_PANES.get(str(location[0])) if location else None
        if key is None:
            return
        self.show_part(key)
        self.panes[key].focus_location(location)

    def _toggle_preview(self, visible: bool) -> None:
        self.preview.setVisible(visible)

    # -- files ----------------------------------------------------------------------------------

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.files.recent_files()
        for number, item in enumerate(recent, start=1):
            # "&1 …": a key for each; a "&" in a file name is shown, not taken as a key.
            prefix = f"&{number} " if number < 10 else ""
            action = self.recent_menu.addAction(prefix + item.replace("&", "&&"))
            action.setData(item)
            action.triggered.connect(lambda _checked=False, item=item:
                                     self.files.open_path(Path(item)))
        self.recent_menu.setEnabled(bool(recent))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile()
                                               for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                event.acceptProposedAction()
                self.files.open_path(Path(url.toLocalFile()))
                return

    # -- settings and closing ------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        self._shown_once = False
        self._state_restored = isinstance(state, QByteArray) and self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        preview_visible = str(self.settings.value("window/preview", "true")) == "true"
        self.preview_action.setChecked(preview_visible)
        self.preview.setVisible(preview_visible)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/preview",
                               "true" if self.preview_action.isChecked() else "false")
        self.settings.sync()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._state_restored:  # first start: a low check panel
                self.resizeDocks([self.check_dock], [7 * self.fontMetrics().height()],
                                 Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.close_document():
            event.ignore()
            return
        self.save_settings()
        event.accept()

    def choose_language(self, code: str) -> None:
        """Store the choice; the running window keeps its language (no half-switched UI).

        Choosing another language than the one in use offers to restart at once.
        """
        self.settings.setValue("language", code)
        if resolve_language(code) == current_language():
            return
        from ametieditor.gui.restart import ask_restart

        if ask_restart(self):
            self.restart()

    def restart(self) -> bool:
        """Close this window the normal way and start the editor anew with the same file.

        Cancel at the unsaved-changes question keeps the window. When the new
        process cannot start, the window comes back with its file.
        """
        from ametieditor.gui.restart import restart_command, start_editor

        if not self.close():
            return False
        path = self.files.path
        if start_editor(path):
            QApplication.quit()
            return True
        self.show()
        if path is not None:
            self.files.open_path(path, ask=False)
        program, arguments = restart_command(path)
        QMessageBox.critical(self, self.tr("Taaskäivitamine ebaõnnestus"), self.tr(
            "Ametieditori ei õnnestunud uuesti käivitada:\n{command}\n\n"
            "Keel vahetub, kui käivitad programmi ise uuesti.").format(
                command=" ".join([program, *arguments])))
        return False

    def _about(self) -> None:
        from ametieditor import __version__

        QMessageBox.about(self, self.tr("Ametieditor"), self.tr(
            "Ametieditor {version}\nAmetijuhendite koostamise ja muutmise tööriist.").format(
                version=__version__))
