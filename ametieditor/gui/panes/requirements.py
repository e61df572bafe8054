"""7. Requirements: labelled rows, competency groups, additional competencies, note."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ametieditor.commands import EditSession
from ametieditor.commands.paths import ModelPath
from ametieditor.gui.generated.ui_requirements_pane import Ui_RequirementsPane
from ametieditor.gui.panes.base import Pane
from ametieditor.model.document import (
    COMMON_REQUIREMENT_LABELS,
    AdditionalCompetencies,
    AdditionalCompetency,
    Competencies,
    CompetencyGroup,
    Requirement,
    Requirements,
    RichText,
)
from ametieditor.model.texts import Location

USUAL_COMPETENCIES = ("Kliendikesksus", "Asjatundlikkus", "Koostöövõime", "Efektiivsus",
                      "Eestvedamine", "Analüüsi- ja üldistusvõime")
ROOT: ModelPath = ("requirements",)


class RequirementsPane(Pane):
    root: ModelPath = ROOT

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_RequirementsPane()
        self.ui.setupUi(self)
        ui = self.ui
        self.bind_part(ui.enabledCheck, ROOT, Requirements, self.tr("Osa sisse/välja"))
        ui.requirementsEditor.configure(session, (*ROOT, "items"), "label", Requirement,
                                        COMMON_REQUIREMENT_LABELS)
        ui.requirementsEditor.ui.nameLabel.setText(self.tr("&Nõue"))
        ui.competenciesEditor.configure(session, (*ROOT, "competencies", "groups"), "name",
                                        CompetencyGroup, USUAL_COMPETENCIES)
        ui.competenciesEditor.ui.nameLabel.setText(self.tr("&Kompetents"))
        ui.additionalEditor.configure(session, (*ROOT, "additional", "items"), "name",
                                      AdditionalCompetency)
        ui.additionalEditor.ui.nameLabel.setText(self.tr("&Kompetents"))
        self.bind_part(ui.competenciesCheck, (*ROOT, "competencies"), Competencies,
                       self.tr("Kompetentsid sisse/välja"))
        self.bind_part(ui.additionalCheck, (*ROOT, "additional"), AdditionalCompetencies,
                       self.tr("Täiendavad kompetentsid sisse/välja"))
        self.bind_part(ui.noteCheck, (*ROOT, "note"), list, self.tr("Märkus sisse/välja"))
        self.connect_line(ui.competenciesHeadingEdit, (*ROOT, "competencies", "heading"),
                          self.tr("Muuda pealkirja"))
        self.connect_line(ui.additionalHeadingEdit, (*ROOT, "additional", "heading"),
                          self.tr("Muuda pealkirja"))
        ui.noteEdit.blocks_edited.connect(self._note_edited)
        # The list editors take the height, not the hint and check box above them.
        ui.requirementsTabLayout.setStretch(1, 1)
        ui.competenciesTabLayout.setStretch(2, 1)
        ui.additionalTabLayout.setStretch(2, 1)
        ui.noteTabLayout.setStretch(1, 1)
        self.reload()

    def load(self) -> None:
        requirements = self.document.requirements
        present = requirements is not None
        self.show_check(self.ui.enabledCheck, present)
        self.ui.tabs.setEnabled(present)
        requirements = requirements or Requirements()
        competencies = requirements.competencies
        additional = requirements.additional
        self.show_check(self.ui.competenciesCheck, competencies is not None)
        self.show_check(self.ui.additionalCheck, additional is not None)
        self.show_check(self.ui.noteCheck, requirements.note is not None)
        self.ui.competenciesHeadingEdit.setEnabled(competencies is not None)
        self.ui.competenciesEditor.setEnabled(competencies is not None)
        self.ui.additionalHeadingEdit.setEnabled(additional is not None)
        self.ui.additionalEditor.setEnabled(additional is not None)
        self.ui.noteEdit.setEnabled(requirements.note is not None)
        self.show_text(self.ui.competenciesHeadingEdit,
                       competencies.heading if competencies else "")
        self.show_text(self.ui.additionalHeadingEdit, additional.heading if additional else "")
        self.ui.noteEdit.set_blocks(requirements.note or [])
        for editor in (self.ui.requirementsEditor, self.ui.competenciesEditor,
                       self.ui.additionalEditor):
            editor.load()

    def _note_edited(self, blocks: RichText) -> None:
        requirements = self.document.requirements
        if requirements is not None and requirements.note is not None:
            self.set_value((*ROOT, "note"), blocks, self.tr("Muuda märkust"))

    def focus_location(self, location: Location) -> bool:
        if location[:1] != ROOT or len(location) < 2:
            return location[:1] == ROOT
        ui = self.ui
        part = location[1]
        if part == "items":
            ui.tabs.setCurrentWidget(ui.requirementsTab)
            return ui.requirementsEditor.focus_location(location[2:])
        if part == "competencies":
            ui.tabs.setCurrentWidget(ui.competenciesTab)
            return ui.competenciesEditor.focus_location(location[3:])
        if part == "additional":
            ui.tabs.setCurrentWidget(ui.additionalTab)
            return ui.additionalEditor.focus_location(location[3:])
        if part == "note":
            ui.tabs.setCurrentWidget(ui.noteTab)
            ui.noteEdit.focus_block(int(location[2]) if len(location) > 2 else 0)
            return True
        return False
