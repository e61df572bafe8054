"""Signatures: the approver's name and title, and who acknowledges the document."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ametieditor.commands import EditSession
from ametieditor.commands.paths import ModelPath
from ametieditor.gui.generated.ui_signatures_pane import Ui_SignaturesPane
from ametieditor.gui.panes.base import Pane
from ametieditor.model.document import Acknowledgement, ApproverSignature, Signatures
from ametieditor.model.texts import Location

ROOT: ModelPath = ("signatures",)


class SignaturesPane(Pane):
    root: ModelPath = ROOT

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_SignaturesPane()
        self.ui.setupUi(self)
        ui = self.ui
        self.bind_part(ui.enabledCheck, ROOT, Signatures, self.tr("Allkirjad sisse/välja"))
        ui.approverGroup.clicked.connect(
            lambda on: self.set_part((*ROOT, "approver"), on, ApproverSignature,
                                     self.tr("Kinnitaja allkiri sisse/välja")))
        ui.ackGroup.clicked.connect(
            lambda on: self.set_part((*ROOT, "acknowledgement"), on, Acknowledgement,
                                     self.tr("Tutvumine sisse/välja")))
        self.connect_line(ui.approverNameEdit, (*ROOT, "approver", "name"),
                          self.tr("Muuda kinnitaja nime"))
        self.connect_line(ui.approverTitleEdit, (*ROOT, "approver", "title"),
                          self.tr("Muuda kinnitaja ametinimetust"))
        self.connect_line(ui.ackHeadingEdit, (*ROOT, "acknowledgement", "heading"),
                          self.tr("Muuda pealkirja"))
        ui.signersEdit.textChanged.connect(self._signers_edited)
        self.reload()

    def load(self) -> None:
        signatures = self.document.signatures
        self.show_check(self.ui.enabledCheck, signatures is not None)
        self.ui.approverGroup.setEnabled(signatures is not None)
        self.ui.ackGroup.setEnabled(signatures is not None)
        signatures = signatures or Signatures()
        approver = signatures.approver
        ack = signatures.acknowledgement
        self.ui.approverGroup.setChecked(approver is not None)
        self.ui.ackGroup.setChecked(ack is not None)
        approver = approver or ApproverSignature()
        self.show_text(self.ui.approverNameEdit, approver.name)
        self.show_text(self.ui.approverTitleEdit, approver.title)
        self.show_text(self.ui.ackHeadingEdit, ack.heading if ack else "")
        signers = ack.signers if ack else []
        if self._signers() != signers:
            self.ui.signersEdit.setPlainText("\n".join(signers))

    def _signers(self) -> list[str]:
        text = self.ui.signersEdit.toPlainText()
        return text.split("\n") if text else []

    def _signers_edited(self) -> None:
        signatures = self.document.signatures
        if self.loading or signatures is None or signatures.acknowledgement is None:
            return
        self.set_value((*ROOT, "acknowledgement", "signers"), self._signers(),
                       self.tr("Muuda tutvujaid"))

    def focus_location(self, location: Location) -> bool:
        if location[:1] != ROOT:
            return False
        if location[1:2] == ("approver",):
            self.ui.approverNameEdit.setFocus()
        else:
            self.ui.signersEdit.setFocus()
            if len(location) > 3:
                block = self.ui.signersEdit.document().findBlockByNumber(int(location[3]))
                cursor = self.ui.signersEdit.textCursor()
                cursor.setPosition(block.position())
                self.ui.signersEdit.setTextCursor(cursor)
        return True
