"""Extra sections after the official ones (9. LISAD …): add, remove, rename, edit."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ametieditor.commands import EditSession, InsertItem, MoveItem, RemoveItem
from ametieditor.commands.paths import ModelPath
from ametieditor.gui.generated.ui_extra_sections_pane import Ui_ExtraSectionsPane
from ametieditor.gui.panes.base import Pane
from ametieditor.model.document import ExtraSection, RichText
from ametieditor.model.numbering import numbering
from ametieditor.model.texts import Location

ROOT: ModelPath = ("extra_sections",)


class ExtraSectionsPane(Pane):
    """The list of extra sections; the selected one's heading and text are edited below.

    Every change is a command on the document's undo stack: adding, removing
    and moving a section one step each, typing in the heading or the text one
    merged step per field.
    """

    root = ROOT

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_ExtraSectionsPane()
        self.ui.setupUi(self)
        ui = self.ui
        ui.sectionList.currentRowChanged.connect(self._row_changed)
        ui.addButton.clicked.connect(self.add_section)
        ui.removeButton.clicked.connect(self.remove_section)
        ui.upButton.clicked.connect(lambda: self.move_section(-1))
        ui.downButton.clicked.connect(lambda: self.move_section(1))
        ui.headingEdit.textEdited.connect(self._heading_edited)
        ui.editor.blocks_edited.connect(self._edited)
        ui.bulletButton.clicked.connect(ui.editor.toggle_bullet)
        self.reload()

    # -- showing -----------------------------------------------------------------

    @property
    def sections(self) -> list[ExtraSection]:
        sections: list[ExtraSection] = self.document.extra_sections
        return sections

    def current_index(self) -> int | None:
        row = self.ui.sectionList.currentRow()
        return row if 0 <= row < len(self.sections) else None

    def load(self) -> None:
        ui = self.ui
        numbers = numbering(self.document)
        untitled = self.tr("(pealkirjata)")
        names = [f"{numbers.extra(index)}. {section.heading.strip() or untitled}"
                 for index, section in enumerate(self.sections)]
        row = self.current_index()
        moved = self.session.moved_to(ROOT)
        row = moved if moved is not None else row
        if [ui.sectionList.item(i).text() for i in range(ui.sectionList.count())] != names:
            ui.sectionList.blockSignals(True)
            ui.sectionList.clear()
            ui.sectionList.addItems(names)
            ui.sectionList.blockSignals(False)
        if names:
            row = min(row if row is not None else 0, len(names) - 1)
            if ui.sectionList.currentRow() != row:
                ui.sectionList.blockSignals(True)
                ui.sectionList.setCurrentRow(row)
                ui.sectionList.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        ui = self.ui
        index = self.current_index()
        for widget in (ui.headingEdit, ui.editor, ui.bulletButton, ui.removeButton):
            widget.setEnabled(index is not None)
        ui.upButton.setEnabled(index is not None and index > 0)
        ui.downButton.setEnabled(index is not None and index < len(self.sections) - 1)
        section = self.sections[index] if index is not None else ExtraSection()
        self.show_text(ui.headingEdit, section.heading)
        ui.editor.set_blocks(section.content)

    def _row_changed(self, _row: int) -> None:
        self.loading = True
        try:
            self._show_current()
        finally:
            self.loading = False

    # -- editing -----------------------------------------------------------------

    def add_section(self) -> None:
        """A new, empty section at the end; the cursor goes to its heading."""
        index = len(self.sections)
        self.session.push(InsertItem(self.session, ROOT, index, ExtraSection(),
                                     self.tr("Lisa lisaosa")))
        self.ui.sectionList.setCurrentRow(index)
        self.ui.headingEdit.setFocus()

    def remove_section(self) -> None:
        index = self.current_index()
        if index is not None:
            self.session.push(RemoveItem(self.session, ROOT, index,
                                         self.tr("Eemalda lisaosa")))

    def move_section(self, delta: int) -> None:
        index = self.current_index()
        if index is None or not 0 <= index + delta < len(self.sections):
            return
        self.session.push(MoveItem(self.session, ROOT, index, index + delta,
                                   self.tr("Liiguta lisaosa")))

    def _heading_edited(self, text: str) -> None:
        index = self.current_index()
        if index is not None:
            self.set_value((*ROOT, index, "heading"), text,
                           self.tr("Muuda lisaosa pealkirja"))

    def _edited(self, blocks: RichText) -> None:
        index = self.current_index()
        if index is not None:
            self.set_value((*ROOT, index, "content"), blocks, self.tr("Muuda lisaosa teksti"))

    def focus_location(self, location: Location) -> bool:
        if location[:1] != ROOT or len(location) < 2 or not isinstance(location[1], int):
            return False
        self.ui.sectionList.setCurrentRow(location[1])
        if len(location) > 2 and location[2] == "heading":
            self.ui.headingEdit.setFocus()
        else:
            self.ui.editor.focus_block(int(location[3]) if len(location) > 3 else 0)
        return True
