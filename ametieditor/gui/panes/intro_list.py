"""4 rights and 5 responsibility: an intro line and a list of items."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ametieditor.commands import EditSession
from ametieditor.gui.generated.ui_intro_list_pane import Ui_IntroListPane
from ametieditor.gui.panes.base import Pane
from ametieditor.model.document import IntroList, RichText
from ametieditor.model.parts import PartSpec
from ametieditor.model.texts import Location


class IntroListPane(Pane):
    """Edits an intro line and a list (rights, responsibility); the part can be switched off."""

    # Made once per part that names it in the model's part table.
    per_part = True

    def __init__(self, session: EditSession, spec: PartSpec,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        attribute = spec.key
        self.root = (attribute,)
        self.ui = Ui_IntroListPane()
        self.ui.setupUi(self)
        ui = self.ui
        ui.introCombo.addItems(list(spec.intro_choices))
        self.bind_part(ui.enabledCheck, self.root, IntroList, self.tr("Osa sisse/välja"))
        self.connect_combo(ui.introCombo, (attribute, "intro"), self.tr("Muuda sissejuhatust"))
        ui.editor.setPlaceholderText(
            self.tr("Üks punkt rea kohta. Tüüpsõnastus: F4"))
        ui.editor.blocks_edited.connect(self._edited)
        ui.addButton.clicked.connect(ui.editor.add_bullet)
        ui.removeButton.clicked.connect(ui.editor.remove_line)
        ui.upButton.clicked.connect(lambda: ui.editor.move_line(-1))
        ui.downButton.clicked.connect(lambda: ui.editor.move_line(1))
        ui.bulletButton.clicked.connect(ui.editor.toggle_bullet)
        self.reload()

    def load(self) -> None:
        part = self.value(self.root)
        present = part is not None
        self.show_check(self.ui.enabledCheck, present)
        for widget in (self.ui.introCombo, self.ui.editor, self.ui.addButton,
                       self.ui.removeButton, self.ui.upButton, self.ui.downButton,
                       self.ui.bulletButton):
            widget.setEnabled(present)
        part = part or IntroList()
        self.show_combo_text(self.ui.introCombo, part.intro)
        self.ui.editor.set_blocks(part.content)

    def _edited(self, blocks: RichText) -> None:
        if self.value(self.root) is not None:
            self.set_value((*self.root, "content"), blocks, self.tr("Muuda punkte"))

    def focus_location(self, location: Location) -> bool:
        if location[:1] != self.root:
            return False
        if len(location) > 1 and location[1] == "intro":
            self.ui.introCombo.setFocus()
        else:
            self.ui.editor.focus_block(int(location[2]) if len(location) > 2 else 0)
        return True
