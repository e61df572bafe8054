"""A part that is rich text only: 2 purpose, 6 work tools, 8 amendment."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ametieditor.commands import EditSession
from ametieditor.gui.generated.ui_rich_part_pane import Ui_RichPartPane
from ametieditor.gui.panes.base import Pane
from ametieditor.model.document import RichText
from ametieditor.model.parts import PartSpec
from ametieditor.model.texts import Location


class RichPartPane(Pane):
    """Edits the rich-text list at ``doc.<part key>``; the part can be switched off."""

    # Made once per part that names it in the model's part table.
    per_part = True

    def __init__(self, session: EditSession, spec: PartSpec,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        attribute = spec.key
        self.root = (attribute,)
        self.ui = Ui_RichPartPane()
        self.ui.setupUi(self)
        self.edit_text = self.tr("Muuda: %1").replace("%1", spec.display_name())
        self.bind_part(self.ui.enabledCheck, self.root, list, self.tr("Osa sisse/välja"))
        # What to write, shown while the part is empty (a new document).
        self.ui.editor.setPlaceholderText({
            "purpose": self.tr("Milleks ametikoht on olemas: „Ametikoha eesmärk on …”"),
            "work_tools": self.tr("Nt „Töövahenditeks on sülearvuti ja telefon.” "
                                  "Tüüpsõnastus: F4"),
            "amendment": self.tr("Kuidas ja millal juhendit muudetakse. Tüüpsõnastus: F4"),
        }.get(attribute, ""))
        self.ui.editor.blocks_edited.connect(self._edited)
        self.ui.bulletButton.clicked.connect(self.ui.editor.toggle_bullet)
        self.reload()

    def load(self) -> None:
        blocks = self.value(self.root)
        self.show_check(self.ui.enabledCheck, blocks is not None)
        self.ui.editor.setEnabled(blocks is not None)
        self.ui.bulletButton.setEnabled(blocks is not None)
        self.ui.editor.set_blocks(blocks or [])

    def _edited(self, blocks: RichText) -> None:
        if self.value(self.root) is not None:
            self.set_value(self.root, blocks, self.edit_text)

    def focus_location(self, location: Location) -> bool:
        if location[:1] != self.root:
            return False
        self.ui.editor.focus_block(int(location[1]) if len(location) > 1 else 0)
        return True
