"""How a foreign file was read, in two docks of the main window.

* "Impordi aruanne": how a text, PDF or hand-made DOCX file was read, each
  line a link to the field (shown after opening such a file);
* "Paigutamata tekst": the import notes kept with the document until the user
  moves each into a part ("Lisa osasse…") or deletes it, undoably.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ametieditor.commands.paths import ModelPath
from ametieditor.formats import registry
from ametieditor.formats.import_report import ImportReport
from ametieditor.gui.import_notes import NotesPanel
from ametieditor.gui.import_report import ImportReportPanel

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow


class ImportDocks(QObject):
    """The import report and unplaced-text docks of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.report: ImportReport | None = None
        self.report_source = ""
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
        for dock in (self.report_dock, self.notes_dock):
            dock.hide()
        # The checks list unplaced text too; the window's panes do not know notes.
        window.check_panel.location_activated.connect(self._check_location)
        window.files.opened.connect(self._opened)
        self.session.document_replaced.connect(self._replaced)
        self.session.changed.connect(self._changed)
        self._replaced()  # installed after the window's first file was opened

    def _opened(self, path: Path, result: registry.LoadResult) -> None:
        if result.report is None:
            return
        from ametieditor.gui.containers import Containers

        containers = self.window.features.find(Containers)
        member = containers.member if containers is not None else None
        self.report = result.report
        self.report_source = path.name if member is None else f"{path.name} › {member[1]}"
        self._show_report()
        self._show_notes()
        self.window.docks.show_news(self.report_dock, self._report_news())

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
        """Another document: the old report no longer applies."""
        self.report = None
        self.report_source = ""
        self.report_panel.set_report(None)
        self.report_dock.hide()
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



def install(window: MainWindow) -> ImportDocks:
    """Add the import report and unplaced-text docks to ``window``."""
    return window.features.add(ImportDocks(window))
