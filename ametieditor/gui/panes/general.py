"""1. Üldosa (1.1–1.6) and the approval note (KINNITATUD)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from ametieditor.commands import EditSession
from ametieditor.commands.paths import ModelPath
from ametieditor.gui.generated.ui_general_pane import Ui_GeneralPane
from ametieditor.gui.panes.base import Pane
from ametieditor.model.checks import parse_iso_date
from ametieditor.model.document import Approval, EmployeeGroup
from ametieditor.model.parts import GENERAL_FIELDS
from ametieditor.model.texts import Location

_ISO = "yyyy-MM-dd"


class GeneralPane(Pane):
    root: ModelPath = ()  # general and approval: two roots, see _on_changed

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_GeneralPane()
        self.ui.setupUi(self)
        ui = self.ui
        # Each text field of the model's table has a line edit named after its XML
        # element in the form (general_pane.ui): substitutedBy -> substitutedByEdit.
        self.fields = {spec.attribute: getattr(ui, f"{spec.xml_name}Edit")
                       for spec in GENERAL_FIELDS if not spec.choices}
        for spec in GENERAL_FIELDS:
            if not spec.choices:
                self.connect_line(self.fields[spec.attribute], ("general", spec.attribute),
                                  self.tr("Muuda: %1").replace("%1", spec.display_label()))
        ui.employeeGroupCombo.addItem(self.tr("(märkimata)"), "")
        for group in EmployeeGroup:
            ui.employeeGroupCombo.addItem(group.value, group.value)
        ui.employeeGroupCombo.activated.connect(self._group_chosen)
        ui.approvalGroup.clicked.connect(
            lambda on: self.set_part(("approval",), on, Approval,
                                     self.tr("Kinnitusmärge sisse/välja")))
        self.connect_line(ui.approverEdit, ("approval", "approver"), self.tr("Muuda kinnitajat"))
        self.connect_line(ui.decreeEdit, ("approval", "decree"),
                          self.tr("Muuda käskkirja numbrit"))
        ui.dateEdit.setDate(QDate.currentDate())
        ui.dateEdit.dateChanged.connect(self._date_edited)
        ui.noDateCheck.clicked.connect(self._no_date_clicked)
        self.reload()

    def _on_changed(self, path: ModelPath) -> None:
        if path[:1] in (("general",), ("approval",)) or not path:
            super()._on_changed(path)

    def load(self) -> None:
        doc = self.document
        for name, widget in self.fields.items():
            self.show_text(widget, getattr(doc.general, name))
        combo = self.ui.employeeGroupCombo
        group = doc.general.employee_group
        index = combo.findData(group)
        if index < 0:  # a value from another program: show it, keep it
            combo.addItem(group, group)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        approval = doc.approval
        self.ui.approvalGroup.setChecked(approval is not None)
        approval = approval or Approval()
        self.show_text(self.ui.approverEdit, approval.approver)
        self.show_text(self.ui.decreeEdit, approval.decree)
        date = parse_iso_date(approval.date.strip())
        self.show_check(self.ui.noDateCheck, not approval.date.strip())
        self.ui.dateEdit.setEnabled(bool(approval.date.strip()))
        if date is not None:
            self.ui.dateEdit.setDate(QDate(date.year, date.month, date.day))

    def _group_chosen(self, index: int) -> None:
        self.set_value(("general", "employee_group"),
                       self.ui.employeeGroupCombo.itemData(index) or "",
                       self.tr("Muuda töötaja gruppi"))

    def _date_edited(self, date: QDate) -> None:
        if self.document.approval is not None and not self.ui.noDateCheck.isChecked():
            self.set_value(("approval", "date"), date.toString(_ISO),
                           self.tr("Muuda kinnitamise kuupäeva"))

    def _no_date_clicked(self, empty: bool) -> None:
        if self.document.approval is None:
            return
        value = "" if empty else self.ui.dateEdit.date().toString(_ISO)
        self.set_value(("approval", "date"), value, self.tr("Muuda kinnitamise kuupäeva"))

    def focus_location(self, location: Location) -> bool:
        if location[:1] == ("general",) and len(location) > 1:
            widget = self.fields.get(str(location[1]), self.ui.employeeGroupCombo)
        elif location[:1] == ("approval",):
            widget = {"approver": self.ui.approverEdit, "decree": self.ui.decreeEdit}.get(
                str(location[1]) if len(location) > 1 else "", self.ui.dateEdit)
        else:
            return False
        widget.setFocus()
        return True
