"""The main window: navigator | pane of the selected part | live preview, docks below.

Other features plug in with :meth:`MainWindow.add_dock` and the menus in
:attr:`MainWindow.menus` (keys ``file``, ``edit``, ``view``, ``settings``, ``help``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
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
    QVBoxLayout,
    QWidget,
)

from ametieditor.commands import EditSession
from ametieditor.commands.paths import ModelPath
from ametieditor.gui.check_panel import CheckPanel
from ametieditor.gui.docks import DOCK_AREA, LAYOUT_VERSION, DockKeeper, check_news, place
from ametieditor.gui.feature_set import FeatureSet
from ametieditor.gui.files import DocumentFiles
from ametieditor.gui.info_bar import InfoBar
from ametieditor.gui.menu_bar import MenuBar, make_action
from ametieditor.gui.navigator import Navigator, Part
from ametieditor.gui.panes.base import Pane
from ametieditor.gui.preview import Preview
from ametieditor.i18n import current_language, resolve_language
from ametieditor.model.numbering import numbered_heading
from ametieditor.model.parts import PANE_PARTS, PARTS
from ametieditor.model.parts import part as part_spec
from ametieditor.model.texts import Location

if TYPE_CHECKING:
    from ametieditor.gui.containers import Containers
    from ametieditor.gui.find_replace import FindReplace
    from ametieditor.gui.folder_check import FolderCheck
    from ametieditor.gui.help import Help
    from ametieditor.gui.import_docks import ImportDocks
    from ametieditor.gui.revisions import Revisions
    from ametieditor.gui.safety import Safety
    from ametieditor.gui.spelling_support import SpellingSupport
    from ametieditor.gui.template_actions import TemplateActions
    from ametieditor.gui.wording_actions import WordingActions


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
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


def _plain_typing(event: QKeyEvent) -> bool:
    """A printable character without Ctrl, Alt or Meta: never a window key, always the field's.

    Every keystroke passes the window's event filter several times (once per widget
    from the focused field up); this answers the common case before any key
    sequence is compared.
    """
    text = event.text()
    return (bool(text) and text.isprintable()
            and not event.modifiers() & _COMMAND_MODIFIERS)


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
        #: The features the window owns (see ametieditor.gui.feature_set).
        self.features = FeatureSet()
        self._pane_hooks: list[Callable[[str, Pane], None]] = []
        #: The menus by key: file, edit, view, settings, help (once the menu bar is made).
        self.menus: Mapping[str, QMenu] = MappingProxyType({})
        self.setAcceptDrops(True)
        self._build_panes()
        self._build_layout()
        self.menu_bar = MenuBar(self)
        self.menus = MappingProxyType(self.menu_bar.menus)
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
        for feature in ("containers", "import_docks", "revisions"):
            importlib.import_module(f"ametieditor.gui.{feature}").install(self)
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
        """The window's keys win over a text field's own, wherever the focus is.

        Ctrl+Z / Ctrl+Y go to the document's undo stack, never a field's own
        undo (a line edit would otherwise undo its text behind the model's
        back). A menu key such as Ctrl+E (export) works while typing although
        a field under X11's key scheme would take Ctrl+E as "end of line".
        """
        if (isinstance(event, QKeyEvent) and event.type() == _SHORTCUT_OVERRIDE
                and not _plain_typing(event)
                and isinstance(watched, QWidget) and watched.window() is self
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo)
                     or self._is_window_key(event))):
            event.ignore()
            return True
        return False

    def _is_window_key(self, event: QKeyEvent) -> bool:
        """Whether ``event`` is the key of an enabled action of the whole window."""
        modifiers = event.modifiers() & _COMMAND_MODIFIERS
        if modifiers == Qt.KeyboardModifier.NoModifier \
                and not Qt.Key.Key_F1.value <= event.key() <= Qt.Key.Key_F35.value:
            return False  # plain typing, arrows, Delete: always the field's
        pressed = QKeySequence(event.keyCombination())
        window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
        return any(action.isEnabled() and action.shortcutContext() in window_wide
                   and pressed in action.shortcuts()
                   for action in self.findChildren(QAction))

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
        for hook in self._pane_hooks:
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
        self.info_bar = InfoBar()
        central = QWidget()
        central.setObjectName("centralArea")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.info_bar)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.files.notice.connect(self.info_bar.show_message)
        self.navigator.part_selected.connect(self.show_part)
        self.navigator.setCurrentRow(0)

        #: Where docks open and when (see ametieditor.gui.docks).
        self.docks = DockKeeper(self)
        self.check_panel = CheckPanel(self.session)
        self.check_panel.setObjectName("checkPanel")
        self.check_panel.location_activated.connect(self.focus_location)
        self.check_dock = self.add_dock("checkDock", self.tr("Kontroll"), self.check_panel)
        self.check_panel.count_changed.connect(self._show_problem_count)
        self.undo_view = QUndoView(self.session.undo_stack)
        self.undo_view.setEmptyLabel(self.tr("<algne>"))
        self.undo_view.setAccessibleName(self.tr("Muudatuste ajalugu"))
        self.undo_dock = self.add_dock("undoDock", self.tr("Muudatuste ajalugu"), self.undo_view)
        self.undo_dock.hide()

    # -- the public API features use ------------------------------------------------------

    def make_action(self, text: str, slot: Callable[..., object],
                    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                    name: str = "") -> QAction:
        """An action of this window (text, slot, shortcut, object name)."""
        return make_action(self, text, slot, shortcut, name)

    def add_action(self, menu: str, action: QAction, before: QAction | None = None) -> QAction:
        """Put ``action`` in the menu ``menu`` (at the end, or before ``before``)."""
        if before is None:
            self.menus[menu].addAction(action)
        else:
            self.menus[menu].insertAction(before, action)
        return action

    def on_pane_made(self, hook: Callable[[str, Pane], None]) -> None:
        """Call ``hook(key, pane)`` for every pane made so far and every pane made later."""
        self._pane_hooks.append(hook)
        for key, pane in list(self.panes.items()):
            hook(key, pane)

    @property
    def safety(self) -> Safety:
        from ametieditor.gui.safety import Safety

        return self.features.get(Safety)

    @property
    def revisions(self) -> Revisions:
        from ametieditor.gui.revisions import Revisions

        return self.features.get(Revisions)

    @property
    def containers(self) -> Containers:
        from ametieditor.gui.containers import Containers

        return self.features.get(Containers)

    @property
    def import_docks(self) -> ImportDocks:
        from ametieditor.gui.import_docks import ImportDocks

        return self.features.get(ImportDocks)

    @property
    def spelling(self) -> SpellingSupport:
        from ametieditor.gui.spelling_support import SpellingSupport

        return self.features.get(SpellingSupport)

    @property
    def wording_actions(self) -> WordingActions:
        from ametieditor.gui.wording_actions import WordingActions

        return self.features.get(WordingActions)

    @property
    def template_actions(self) -> TemplateActions:
        from ametieditor.gui.template_actions import TemplateActions

        return self.features.get(TemplateActions)

    @property
    def folder_check(self) -> FolderCheck:
        from ametieditor.gui.folder_check import FolderCheck

        return self.features.get(FolderCheck)

    @property
    def find_replace(self) -> FindReplace:
        from ametieditor.gui.find_replace import FindReplace

        return self.features.get(FindReplace)

    @property
    def help(self) -> Help:
        from ametieditor.gui.help import Help

        return self.features.get(Help)

    def add_dock(self, name: str, title: str, widget: QWidget,
                 area: Qt.DockWidgetArea = DOCK_AREA, hidden: bool = False) -> QDockWidget:
        """Add a dock with a toggle in the View menu (for features added later).

        Docks open below the work, tabbed with the checks (see ametieditor.gui.docks);
        only a bar across the top (``TopDockWidgetArea``) goes elsewhere. A ``hidden``
        dock starts closed unless the layout saved last time has it open.
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        # A dock made after restoreState (features come after the first paint) takes its
        # place from the saved layout; else it opens where the editor puts docks.
        restored = getattr(self, "_state_restored", False) and self.restoreDockWidget(dock)
        if not restored:
            if area == Qt.DockWidgetArea.TopDockWidgetArea:
                self.addDockWidget(area, dock)
            else:
                place(self, dock)
            if hidden:
                dock.hide()
        self.docks.track(dock)
        if "view" in self.menus:
            self.menus["view"].addAction(dock.toggleViewAction())
        return dock

    # -- reacting to the model ----------------------------------------------------------------

    def _on_changed(self, path: ModelPath) -> None:
        if len(path) <= 2 or path[:1] == ("general",):
            self._update_numbers()
        if path[:2] == ("general", "title"):
            self.update_title()

    def _on_replaced(self) -> None:
        self.info_bar.hide()  # its news was about the document before
        self._update_numbers()
        self.update_title()
        self.check_panel.recheck()

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
        """The count in the dock's title; the dock opens for new problems, closes at none."""
        self.check_dock.setWindowTitle(self.tr("Kontroll ({count})").format(count=count))
        self.docks.show_news(self.check_dock, check_news(self.check_panel.problems, count),
                             raise_=False)

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
        self._state_restored = isinstance(state, QByteArray) and self.restoreState(
            state, LAYOUT_VERSION)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        preview_visible = str(self.settings.value("window/preview", "true")) == "true"
        self.menu_bar.preview_action.setChecked(preview_visible)
        self.preview.setVisible(preview_visible)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState(LAYOUT_VERSION))
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/preview",
                               "true" if self.menu_bar.preview_action.isChecked() else "false")
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
