"""Next year's revision and comparing with last year's, in the main window.

File › "Uus redaktsioon" (next year's revision: Save then asks for a new file,
the old file stays as it was), "Võrdle…" and "Võrdle eelmise redaktsiooniga"
(side-by-side comparison; a click on a change goes to the field in the window).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ametieditor.commands import SetValue
from ametieditor.commands.signals import emit
from ametieditor.formats import registry
from ametieditor.gui.dialogs import show_error
from ametieditor.io.errors import FormatError
from ametieditor.model.document import JobDescription
from ametieditor.model.revision import new_revision

if TYPE_CHECKING:
    from ametieditor.gui.compare_view import CompareDialog
    from ametieditor.gui.main_window import MainWindow


class Revisions(QObject):
    """Next year's revision and comparing, in one main window (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.files = window.files
        #: The document a new revision was made from in this session, and its name.
        self.previous: tuple[JobDescription, str] | None = None
        self.compare_dialog: CompareDialog | None = None
        self._build_actions()
        self.session.document_replaced.connect(self._replaced)

    def _build_actions(self) -> None:
        window = self.window
        self.new_revision_action = window.make_action(
            self.tr("Uus &redaktsioon"), self.make_new_revision, None, "newRevision")
        self.new_revision_action.setToolTip(self.tr(
            "Järgmise aasta redaktsioon: uus id, redaktsiooni number +1, kinnitamise kuupäev "
            "ja käskkiri tühjaks; vana fail jääb muutmata"))
        self.compare_action = window.make_action(self.tr("&Võrdle…"), self.compare_with_file,
                                             None, "compareWithFile")
        self.compare_previous_action = window.make_action(
            self.tr("Võrdle &eelmise redaktsiooniga"), self.compare_with_previous, None,
            "compareWithPrevious")
        self.compare_previous_action.setEnabled(False)
        menu = window.menus["file"]
        actions = menu.actions()
        recent = actions.index(window.menu_bar.recent_menu.menuAction())
        before = actions[recent + 1] if recent + 1 < len(actions) else None
        separator = QAction(window)
        separator.setSeparator(True)
        # Qt appends when ``before`` is None; the stubs leave that out.
        menu.insertActions(before, [separator, self.new_revision_action,  # type: ignore[arg-type]
                                    self.compare_action, self.compare_previous_action])

    def _replaced(self) -> None:
        """Another document: the previous revision no longer applies."""
        self.previous = None
        self.compare_previous_action.setEnabled(False)

    # -- revisions and comparing -----------------------------------------------------------

    def make_new_revision(self) -> None:
        """Next year's revision of the open document, as one undoable step.

        The file it came from is not touched: the document loses its file name,
        so Save asks for a new one (offering "<old name> (redaktsioon N)").
        """
        session = self.session
        base = session.document.clone()
        revision = new_revision(base, dt.datetime.now())
        assert revision.meta is not None
        stack = session.undo_stack
        stack.beginMacro(self.tr("Uus redaktsioon"))
        stack.push(SetValue(session, ("meta",), revision.meta, merge=False))
        if session.document.approval is not None:
            for name in ("date", "decree"):
                if getattr(session.document.approval, name):
                    stack.push(SetValue(session, ("approval", name), "", merge=False))
        stack.endMacro()
        old_name = self.files.display_name()
        stem = self.files.path.stem if self.files.path is not None else (
            session.document.general.title.strip() or self.tr("ametijuhend"))
        self.previous = (base, old_name)
        self.compare_previous_action.setEnabled(True)
        self.files.path = None
        self.files.native = True
        self.files.untitled_name = self.tr("{name} (redaktsioon {number})").format(
            name=stem, number=revision.meta.revision)
        emit(self.files.path_changed)
        self.window.statusBar().showMessage(self.tr(
            "Tehti redaktsioon {number}. Salvestage see uue failina; {old} jääb muutmata.").format(
            number=revision.meta.revision, old=old_name), 15000)

    def compare_with_file(self) -> CompareDialog | None:
        """Compare another file (old) with the open document (new)."""
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Võrdle failiga"), self.files._folder(),
            self.files.open_filter())
        if not name:
            return None
        path = Path(name)
        try:
            old = registry.load(path).document
        except FormatError as error:
            show_error(self.window, self.tr("Faili ei saanud avada"), str(error))
            return None
        except OSError as error:
            show_error(self.window, self.tr("Faili ei saanud avada"),
                       f"{path}: {error.strerror or error}")
            return None
        return self.show_compare(old, path.name)

    def compare_with_previous(self) -> CompareDialog | None:
        if self.previous is None:
            return None
        return self.show_compare(*self.previous)

    def show_compare(self, old: JobDescription, old_name: str) -> CompareDialog:
        from ametieditor.gui.compare_view import CompareDialog

        if self.compare_dialog is not None:
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        dialog = CompareDialog(old, self.session.document.clone(), old_name,
                               self.files.display_name(), self.window)
        dialog.setObjectName("compareDialog")
        dialog.view.location_activated.connect(self._compare_location)
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    def _compare_location(self, location: tuple) -> None:
        """A change clicked in the comparison: go there if it is in the open document."""
        dialog = self.compare_dialog
        if dialog is None:
            return
        view = dialog.view
        changes = view.comparison.changes
        entry = changes[view.current_change] if 0 <= view.current_change < len(changes) \
            else None
        if entry is None or entry.new_location is None or \
                tuple(entry.new_location) != tuple(location):
            self.window.statusBar().showMessage(self.tr(
                "See osa on ainult varasemas dokumendis."), 8000)
            return
        self.window.focus_location(tuple(location))
        self.window.activateWindow()


def install(window: MainWindow) -> Revisions:
    """Add File › new revision and compare to ``window``."""
    return window.features.add(Revisions(window))
