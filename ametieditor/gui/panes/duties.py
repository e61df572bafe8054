"""3. The duty and result table: rows of a task and its expected results.

The table above shows every row (number, task, results) and takes drags to
reorder; the two editors below edit the selected row. Only two editors exist
however many rows there are, so 50 duties stay as quick as 5.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from ametieditor.commands import DuplicateItem, EditSession, InsertItem, MoveItem, RemoveItem
from ametieditor.commands.paths import ModelPath
from ametieditor.gui.generated.ui_duties_pane import Ui_DutiesPane
from ametieditor.gui.panes.base import Pane
from ametieditor.gui.panes.duty_rows import RowHeights
from ametieditor.gui.panes.duty_table import DutyTableModel
from ametieditor.model.document import DUTIES_HEADING_VARIANTS, Duties, Duty, RichText
from ametieditor.model.texts import Location

ITEMS: ModelPath = ("duties", "items")


class DutiesPane(Pane):
    root: ModelPath = ("duties",)

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_DutiesPane()
        self.ui.setupUi(self)
        ui = self.ui
        ui.headingCombo.addItems(list(DUTIES_HEADING_VARIANTS))
        self.bind_part(ui.enabledCheck, self.root, Duties, self.tr("Osa sisse/välja"))
        self.connect_combo(ui.headingCombo, ("duties", "heading"), self.tr("Muuda pealkirja"))
        self.model = DutyTableModel(lambda: self.document, self.move_row_to, self)
        self._set_up_table()
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.taskEdit.setPlaceholderText(
            self.tr("Põhiülesanne (loetelu ette „sh:”)"))
        ui.resultsEdit.setPlaceholderText(
            self.tr("Oodatavad tulemused (lause või loetelu)"))
        ui.taskEdit.blocks_edited.connect(lambda blocks: self._cell_edited("task", blocks))
        ui.resultsEdit.blocks_edited.connect(lambda blocks: self._cell_edited("results", blocks))
        self.actions_by_name: dict[str, QAction] = {}
        self._make_row_actions()
        self.reload()

    def _set_up_table(self) -> None:
        """The duty table: drag to reorder, no editing in place, rows as tall as needed."""
        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().hide()
        # Long rows stay readable in the editors below; the table shows their start.
        table.verticalHeader().setMaximumSectionSize(8 * table.fontMetrics().lineSpacing())
        header = table.horizontalHeader()
        # As wide as the widest number, set by _fit_number_column: Qt's ResizeToContents
        # would lay out the number of every row after each change (80 ms at 1,000 duties).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Each row as tall as its text; after a change of widths, the rows in view first.
        self.rows = RowHeights(table, self._items, self)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.selectionModel().currentRowChanged.connect(self._show_selected)

    def _make_row_actions(self) -> None:
        """Row actions, each on its button and with its own keys."""
        ui = self.ui
        # The actions also stand in Muuda › Põhiülesanded, where a button's short text
        # ("Üles") would not say enough: they have their own, with a key each.
        for name, text, button, shortcuts, slot in (
            ("add", self.tr("Lisa rida &allapoole"), ui.addButton,
             ("Ctrl+Return", "Ctrl+Enter"), self.add_below),
            ("insert_above", self.tr("Lisa rida &ülespoole"), ui.insertAboveButton,
             ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"), self.add_above),
            ("duplicate", self.tr("Tee reast &koopia"), ui.duplicateButton, ("Ctrl+Shift+D",),
             self.duplicate_row),
            ("remove", self.tr("Kustuta &rida"), ui.removeButton, ("Ctrl+Shift+Delete",),
             self.remove_row),
            ("up", self.tr("&Tõsta rida üles"), ui.upButton, ("Ctrl+Shift+Up",),
             lambda: self.move_row(-1)),
            ("down", self.tr("Tõsta rida a&lla"), ui.downButton, ("Ctrl+Shift+Down",),
             lambda: self.move_row(1)),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.clicked.connect(slot)
            self.actions_by_name[name] = action

    # -- model -> widgets ---------------------------------------------------------

    def load(self) -> None:
        duties = self.document.duties
        present = duties is not None
        self.show_check(self.ui.enabledCheck, present)
        for widget in (self.ui.headingCombo, self.ui.table, self.ui.detail, self.ui.addButton,
                       self.ui.insertAboveButton):
            widget.setEnabled(present)
        self.show_combo_text(self.ui.headingCombo, duties.heading if duties else "")
        moved = self.session.moved_to(ITEMS)  # the selection follows a moved duty
        row = self.current_row() if moved is None else moved
        self.model.reset()
        self._fit_number_column()
        self.rows.after_change()
        count = self.model.rowCount()
        if count:
            self.select_row(min(max(row, 0), count - 1))
        self._show_selected()

    def set_heading(self, text: str) -> None:
        """The window calls this after every change that can move numbers (a part on/off).

        The table keeps its numbers between such changes (see DutyTableModel.numbers).
        """
        super().set_heading(text)
        if self.model.renumber():
            self._fit_number_column()
            self._show_labels(self.current_row())

    def on_model_changed(self, path: ModelPath) -> None:
        # A keystroke in a cell changes ("duties", "items", n, "task"): refresh that cell
        # and the row's height, nothing that grows with the number of duties.
        if len(path) >= 4 and path[:2] == ITEMS and isinstance(path[2], int):
            row, field = path[2], str(path[3])
            if row < self.model.rowCount():
                self.model.text_changed(row, field)
                self.rows.fit_row(row, DutyTableModel.COLUMNS.get(field))
                if row != self.current_row():  # an undo in another row: show that row
                    self.select_row(row)
                    self._show_selected()
                else:
                    self._show_cell(row, field)
                return
        self.load()

    # -- the table ---------------------------------------------------------------------

    def _items(self) -> list[Duty]:
        duties = self.document.duties
        return duties.items if duties is not None else []

    def _fit_number_column(self) -> None:
        """The number column as wide as its widest number and its header ("Nr").

        The numbers only grow in length down the table ("3.9", "3.10"), so the
        last rows hold the widest (the last ten: digits may differ in width).
        """
        table, count = self.ui.table, self.model.rowCount()
        widest = max((table.sizeHintForIndex(self.model.index(row, DutyTableModel.NUMBER))
                      .width() for row in range(max(0, count - 10), count)), default=0)
        grid = 1 if table.showGrid() else 0  # (as QTableView.sizeHintForColumn counts it)
        header = table.horizontalHeader()
        header.resizeSection(DutyTableModel.NUMBER, max(
            widest + grid, header.sectionSizeHint(DutyTableModel.NUMBER)))

    def current_row(self) -> int:
        index = self.ui.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 1)
        self.ui.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.rows.measure_near(row)  # (while rows wait to be measured: see RowHeights)
        self.ui.table.scrollTo(index)

    def _show_selected(self, *_unused: object) -> None:
        row = self.current_row()
        duties = self.document.duties
        has_row = duties is not None and 0 <= row < len(duties.items)
        for widget in (self.ui.taskEdit, self.ui.resultsEdit, self.ui.duplicateButton,
                       self.ui.removeButton, self.ui.upButton, self.ui.downButton):
            widget.setEnabled(has_row)
        self._show_labels(row if has_row else -1)
        was_loading, self.loading = self.loading, True
        try:
            duty = duties.items[row] if has_row else Duty()
            self.ui.taskEdit.set_blocks(duty.task)
            self.ui.resultsEdit.set_blocks(duty.results)
        finally:
            self.loading = was_loading

    def _show_cell(self, row: int, field: str) -> None:
        """The selected duty's ``field`` changed (typed, undone): its editor shows it.

        (The typing editor already does; set_blocks then changes nothing.)
        """
        editor = {"task": self.ui.taskEdit, "results": self.ui.resultsEdit}.get(field)
        if editor is None:
            self._show_selected()
            return
        was_loading, self.loading = self.loading, True
        try:
            editor.set_blocks(getattr(self.document.duties.items[row], field))
        finally:
            self.loading = was_loading

    def _show_labels(self, row: int) -> None:
        """The editors' labels with the duty's number ("Põhiülesanne 3.2"); none: no row."""
        number = self.model.number(row) if 0 <= row < self.model.rowCount() else ""
        self.ui.taskLabel.setText(self.tr("Põhi&ülesanne {number}").format(number=number))
        self.ui.resultsLabel.setText(
            self.tr("&Oodatavad tulemused {number}").format(number=number))

    # -- widgets -> commands ---------------------------------------------------------

    def _cell_edited(self, cell: str, blocks: RichText) -> None:
        row = self.current_row()
        duties = self.document.duties
        if duties is None or not 0 <= row < len(duties.items):
            return
        text = self.tr("Muuda ülesannet") if cell == "task" else self.tr("Muuda tulemusi")
        self.set_value((*ITEMS, row, cell), blocks, text)

    def _insert(self, index: int) -> None:
        if self.document.duties is None:
            return
        self.session.push(InsertItem(self.session, ITEMS, index, Duty(), self.tr("Lisa rida")))
        self.select_row(index)
        self.ui.taskEdit.setFocus()

    def add_below(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self._insert(row + 1 if 0 <= row < count else count)

    def add_above(self) -> None:
        self._insert(max(self.current_row(), 0))

    def duplicate_row(self) -> None:
        row = self.current_row()
        if 0 <= row < self.model.rowCount():
            self.session.push(DuplicateItem(self.session, ITEMS, row, self.tr("Tee reast koopia")))
            self.select_row(row + 1)

    def remove_row(self) -> None:
        row = self.current_row()
        if 0 <= row < self.model.rowCount():
            self.session.push(RemoveItem(self.session, ITEMS, row, self.tr("Kustuta rida")))

    def move_row(self, delta: int) -> None:
        self.move_row_to(self.current_row(), self.current_row() + delta)

    def move_row_to(self, source: int, target: int) -> None:
        count = self.model.rowCount()
        if 0 <= source < count and 0 <= target < count and source != target:
            self.session.push(MoveItem(self.session, ITEMS, source, target,
                                       self.tr("Liiguta rida")))
            self.select_row(target)

    def focus_location(self, location: Location) -> bool:
        if location[:2] != ITEMS or len(location) < 3:
            return location[:1] == self.root and self._focus_table()
        self.select_row(int(location[2]))
        editor = self.ui.resultsEdit if location[3:4] == ("results",) else self.ui.taskEdit
        editor.focus_block(int(location[4]) if len(location) > 4 else 0)
        return True

    def _focus_table(self) -> bool:
        self.ui.table.setFocus()
        return True
