"""Last year's files in the window: import report, unplaced text, containers, revisions, compare.

:func:`install` adds to the main window

* the "Impordi aruanne" dock: how a foreign file was read, each line a link
  to the field (shown after opening a text, PDF or hand-made DOCX file);
* the "Paigutamata tekst" dock: the import notes kept with the document until
  the user moves each into a part ("Lisa osasse…") or deletes it, undoably;
* the signed container bar (:mod:`ametieditor.gui.signature_bar`): one line
  on who signed the container the document came from and whether the
  signatures hold, verified offline, details on demand; with several signed
  documents in a container the user chooses which to open;
* File › "Uus redaktsioon" (next year's revision: Save then asks for a new
  file, the old file stays as it was), "Võrdle…" and "Võrdle eelmise
  redaktsiooniga" (side-by-side comparison; a click on a change goes to the
  field in the window).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ametieditor.commands import SetValue
from ametieditor.commands.notes import NoteTarget, delete_note, note_targets, place_note
from ametieditor.commands.paths import ModelPath
from ametieditor.commands.session import EditSession
from ametieditor.commands.signals import emit
from ametieditor.formats import asice, registry
from ametieditor.formats.import_report import ImportReport
from ametieditor.gui.dialogs import show_error
from ametieditor.gui.import_report import ImportReportPanel
from ametieditor.gui.signature_bar import SignatureBar
from ametieditor.io.errors import FormatError
from ametieditor.model.document import JobDescription
from ametieditor.model.revision import new_revision

if TYPE_CHECKING:
    from ametieditor.gui.compare_view import CompareDialog
    from ametieditor.gui.main_window import MainWindow

NOTE_ROLE = Qt.ItemDataRole.UserRole


class MoveNoteDialog(QDialog):
    """"Lisa osasse": which part the unplaced text goes to, as paragraphs or bullets."""

    def __init__(self, text: str, targets: list[NoteTarget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveNoteDialog")
        self.setWindowTitle(self.tr("Lisa osasse"))
        self.targets = targets
        preview = QLabel(self.tr("Tekst: „{text}”").format(
            text=text if len(text) <= 200 else text[:199] + "…"))
        preview.setWordWrap(True)
        self.target_list = QListWidget()
        self.target_list.setObjectName("noteTargets")
        self.target_list.setAccessibleName(self.tr("Osa, kuhu tekst lisatakse"))
        for target in targets:
            self.target_list.addItem(target.label)
        self.target_list.setCurrentRow(0)
        self.paragraph_button = QRadioButton(self.tr("lõiguna"))
        self.paragraph_button.setObjectName("asParagraph")
        self.bullet_button = QRadioButton(self.tr("loetelu punktina"))
        self.bullet_button.setObjectName("asBullet")
        self.paragraph_button.setChecked(True)
        kind = QHBoxLayout()
        kind.addWidget(QLabel(self.tr("Lisa:")))
        kind.addWidget(self.paragraph_button)
        kind.addWidget(self.bullet_button)
        kind.addStretch(1)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Lisa"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Loobu"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.target_list.itemDoubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(preview)
        layout.addWidget(QLabel(self.tr("Kuhu tekst lisada?")))
        layout.addWidget(self.target_list, 1)
        layout.addLayout(kind)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def choice(self) -> tuple[NoteTarget, bool] | None:
        row = self.target_list.currentRow()
        if not 0 <= row < len(self.targets):
            return None
        return self.targets[row], self.bullet_button.isChecked()


class NotesPanel(QWidget):
    """The import notes of the document, until each is moved into a part or deleted."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: Where the last moved note went (for the window to put the cursor there).
        self.on_placed = None
        self.heading = QLabel()
        self.heading.setObjectName("notesHeading")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setAccessibleName(self.tr("Paigutamata tekst"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.move_button = QPushButton(self.tr("Lisa osasse…"))
        self.move_button.setObjectName("moveNote")
        self.move_button.setToolTip(self.tr("Lisa tekst valitud osasse ja eemalda siit"))
        self.move_button.clicked.connect(self.move_current)
        self.delete_button = QPushButton(self.tr("Kustuta"))
        self.delete_button.setObjectName("deleteNote")
        self.delete_button.setToolTip(self.tr("Kustuta see tekst (Delete)"))
        self.delete_button.clicked.connect(self.delete_current)
        delete = QAction(self)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        session.document_replaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        notes = self.session.document.import_notes
        row = self.list.currentRow()
        self.list.clear()
        for index, note in enumerate(notes):
            text = note.text + (f"\n({note.source})" if note.source else "")
            item = QListWidgetItem(text)
            item.setData(NOTE_ROLE, index)
            item.setToolTip(note.text)
            self.list.addItem(item)
        if notes:
            self.heading.setText(self.tr(
                "Seda teksti ei osatud dokumendis paigutada ({count}). Lisage see sobivasse "
                "osasse või kustutage.").format(count=len(notes)))
            self.list.setCurrentRow(min(max(row, 0), len(notes) - 1))
        else:
            self.heading.setText(self.tr("Paigutamata teksti ei ole."))
        self._update_buttons()

    def select(self, index: int) -> None:
        if 0 <= index < self.list.count():
            self.list.setCurrentRow(index)
            self.list.scrollToItem(self.list.item(index))
        self.list.setFocus()

    def move_current(self) -> ModelPath | None:
        """Ask where the selected note goes and move it there (one undoable step)."""
        index = self.list.currentRow()
        notes = self.session.document.import_notes
        if not 0 <= index < len(notes):
            return None
        dialog = MoveNoteDialog(notes[index].text, note_targets(self.session.document), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
        finally:
            dialog.deleteLater()
        if choice is None:
            return None
        target, bullet = choice
        placed = place_note(self.session, index, target, bullet)
        if self.on_placed is not None:
            self.on_placed(placed)
        return placed

    def delete_current(self) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.session.document.import_notes):
            delete_note(self.session, index)

    def _on_changed(self, path: ModelPath) -> None:
        if path[:1] == ("import_notes",) or not path:
            self.refresh()

    def _update_buttons(self, *_unused: object) -> None:
        selected = 0 <= self.list.currentRow() < self.list.count()
        self.move_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)


class Revisions(QObject):
    """The wiring of issue 6 into one main window (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.files = window.files
        self.report: ImportReport | None = None
        self.report_source = ""
        #: The document a new revision was made from in this session, and its name.
        self.previous: tuple[JobDescription, str] | None = None
        #: The container member opened last (set by :meth:`load`).
        self._member: tuple[Path, str] | None = None
        # What the container said about that opening (shown in the bar, not a pop-up).
        self._container_notes: list[str] = []
        self.compare_dialog: CompareDialog | None = None
        self._build_docks()
        self._build_actions()
        # The checks list unplaced text too; the window's panes do not know notes.
        window.check_panel.location_activated.connect(self._check_location)
        self.files.reader = self.load
        self.files.opened.connect(self._opened)
        self.session.document_replaced.connect(self._replaced)
        self.session.changed.connect(self._changed)
        self._replaced()  # installed after the window's first file was opened

    # -- building -----------------------------------------------------------------------

    def _build_docks(self) -> None:
        window = self.window
        area = Qt.DockWidgetArea
        self.report_panel = ImportReportPanel()
        self.report_panel.setObjectName("importReportPanel")
        self.report_panel.location_activated.connect(self.go_to)
        self.report_dock = window.add_dock("importReportDock", self.tr("Impordi aruanne"),
                                           self.report_panel)
        self.notes_panel = NotesPanel(self.session)
        self.notes_panel.setObjectName("notesPanel")
        self.notes_panel.on_placed = window.focus_location
        self.notes_dock = window.add_dock("importNotesDock", self.tr("Paigutamata tekst"),
                                          self.notes_panel)
        self.signature_bar = SignatureBar()
        self.signature_dock = window.add_dock("signatureDock", self.tr("Konteineri allkirjad"),
                                              self.signature_bar, area.TopDockWidgetArea)
        self.signature_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.signature_dock.setTitleBarWidget(QWidget())  # one line: the bar has its own ✕
        self.signature_bar.closed.connect(self.signature_dock.hide)
        for dock in (self.report_dock, self.notes_dock, self.signature_dock):
            dock.hide()

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
        menu.insertActions(before, [separator, self.new_revision_action, self.compare_action,
                                    self.compare_previous_action])

    # -- opening ------------------------------------------------------------------------

    def load(self, path: Path) -> registry.LoadResult | None:
        """Read ``path``; for a container with several documents, ask which one (None: cancel)."""
        self._member = None
        if path.suffix.lower() not in asice.EXTENSIONS:
            return registry.load(path)
        names = asice.read_container(path).openable  # only files a signature covers
        name = None  # the only one, or open_member says why there is none
        if len(names) > 1:
            name = self.ask_document(path, names)
            if name is None:
                return None
        opened = asice.open_member(path, name)
        result = opened.result
        result.signatures = list(opened.container.signatures)
        self._member = (path, opened.member)
        self._container_notes = opened.notes
        return result

    def ask_document(self, path: Path, names: list[str]) -> str | None:
        """The container member to open, chosen by the user (None when cancelled)."""
        suffix = {name: Path(name).suffix.lower() for name in names}
        readable = set(registry.readable_extensions())
        preferred = next((name for kind in asice.PREFERRED_EXTENSIONS for name in names
                          if suffix[name] == kind), None) or \
            next((name for name in names if suffix[name] in readable), names[0])
        dialog = QInputDialog(self.window)
        dialog.setObjectName("containerChoice")
        dialog.setWindowTitle(self.tr("Vali avatav fail"))
        dialog.setLabelText(self.tr(
            "Konteineris {name} on mitu faili. Millist neist avada?").format(name=path.name))
        dialog.setComboBoxItems(names)
        dialog.setTextValue(preferred)
        dialog.setOkButtonText(self.tr("Ava"))
        dialog.setCancelButtonText(self.tr("Loobu"))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            chosen = dialog.textValue()
        finally:
            dialog.deleteLater()
        return chosen if chosen in names else None

    def _opened(self, path: Path, result: registry.LoadResult) -> None:
        if result.report is not None:
            self.report = result.report
            self.report_source = path.name if self._member is None else \
                f"{path.name} › {self._member[1]}"
            self._show_report()
            self._show_notes()
            self.window.docks.show_news(self.report_dock, self._report_news())
        if self._member is not None:
            self.signature_bar.show_container(path, self._member[1], self._container_notes)
            self.signature_dock.show()

    def _report_news(self) -> set[object]:
        """What the report shows: an import (a dock the user closed stays closed for a
        clean one), and each guess and unplaced text (new ones open it again)."""
        assert self.report is not None
        return {"import", *(("guess", guess.message) for guess in self.report.guesses),
                *(("note", note.text) for note in self.report.notes)}

    def _show_notes(self) -> None:
        """The unplaced-text dock: its count in the title, open for new notes, shut at none."""
        notes = self.session.document.import_notes
        title = self.tr("Paigutamata tekst")
        self.notes_dock.setWindowTitle(f"{title} ({len(notes)})" if notes else title)
        self.window.docks.show_news(self.notes_dock, {note.text for note in notes},
                                    raise_=False)

    def _replaced(self) -> None:
        """Another document: the old report, container and previous revision no longer apply."""
        self.report = None
        self.report_source = ""
        self.previous = None
        self.compare_previous_action.setEnabled(False)
        self.report_panel.set_report(None)
        self.report_dock.hide()
        self.signature_dock.hide()
        self._show_notes()

    def _changed(self, path: ModelPath) -> None:
        if path[:1] == ("import_notes",) or not path:
            self._show_notes()
            if self.report is not None:
                self._show_report()

    def _show_report(self) -> None:
        """The report with the notes still unplaced (they go as the user moves them)."""
        assert self.report is not None
        current = dataclasses.replace(self.report,
                                      notes=list(self.session.document.import_notes))
        self.report_panel.set_report(current, self.session.document, self.report_source)

    def go_to(self, location: tuple) -> None:
        """A line of the report: the field in its pane, or the note in the notes dock."""
        if location[:1] == ("import_notes",):
            self.notes_dock.show()
            self.notes_dock.raise_()
            self.notes_panel.select(int(location[1]) if len(location) > 1 else 0)
            return
        self.window.focus_location(location)

    def _check_location(self, location: tuple) -> None:
        if location[:1] == ("import_notes",):
            self.go_to(location)

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
    """Add the docks and File menu actions of issue 6 to ``window``."""
    return window.features.add(Revisions(window))
