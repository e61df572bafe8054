"""Fail › Kausta ülevaade…: one row per job description of a folder, in a window of its own.

The folder is read off the GUI thread by
:class:`~ametieditor.gui.folder_reading.FolderJob` (the same reading and
comparison as Fail › Kontrolli kausta…), then the rows of
:func:`~ametieditor.model.folder_overview.overview_rows` (the same as
``ametieditor-cli list DIR``) fill a sortable, filterable table
(:mod:`ametieditor.gui.overview_table`). Double-click or Enter opens a file in
the editor; "Ekspordi CSV…" writes the rows shown, in the order shown;
"Värskenda" reads the folder again (only changed files, thanks to the cache).
Files that could not be read are listed under the table, each with its reason.
Seaded › Ülevaatuse intervall… changes the Ülevaatus column without reading again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ametieditor.gui.dialogs import show_error
from ametieditor.gui.folder_reading import FolderJob
from ametieditor.gui.overview_table import KEYS, PROBLEM_COUNT, OverviewModel, OverviewProxy
from ametieditor.i18n import plural

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow
    from ametieditor.storage.folder_scan import FolderReading

translate = QCoreApplication.translate

#: The columns that give up width when the window is narrow (the others are dates and numbers).
TEXT = {KEYS.index(key) for key in ("file", "title", "unit", "manager")}
MIN_TEXT_CHARS, MAX_TEXT_CHARS = 18, 40


def _relative(path: Path, folder: Path) -> str:
    """``path`` as the table shows files: from the folder read, when it is in it."""
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return str(path)


class OverviewWindow(QWidget):
    """The overview of one folder (a window of its own, owned by the main window)."""

    def __init__(self, owner: FolderOverview) -> None:
        super().__init__(owner.window, Qt.WindowType.Window)
        self.owner = owner
        self.setObjectName("folderOverviewWindow")
        self.reading: FolderReading | None = None
        self.model = OverviewModel(self)
        self.proxy = OverviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.resize(980, 620)

    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("overviewFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("ametinimetus, üksus, juht, probleem…"))
        self.filter_edit.setAccessibleName(self.tr("Otsi tabelist"))
        self.filter_edit.textChanged.connect(self._filter)
        filter_label = QLabel(self.tr("&Otsi:"))
        filter_label.setBuddy(self.filter_edit)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)  # F5
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_details())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([500, 120])  # (scaled to the window: most of it for the table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())
        self.setTabOrder(self.filter_edit, self.table)

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("overviewTable")
        self.table.setAccessibleName(self.tr("Kausta ametijuhendid"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Column widths from 200 rows, not Qt's default 1,000 (fitting 2,000 rows took 3 s).
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        # The problem count next to the file, where it is seen without scrolling; the
        # columns keep their order in the model (and in the CSV file).
        header.moveSection(PROBLEM_COUNT, 1)
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        return self.table

    def _build_details(self) -> QWidget:
        self.details = QPlainTextEdit()
        self.details.setObjectName("overviewDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Valitud ametijuhendi probleemid"))
        self.details.setPlaceholderText(self.tr("Vali tabelist rida, et näha selle probleeme."))
        self.unreadable = QListWidget()
        self.unreadable.setObjectName("overviewUnreadable")
        self.unreadable.setAccessibleName(self.tr("Failid, mida ei saanud lugeda"))
        self.unreadable.setWordWrap(True)
        self.unreadable_label = QLabel(self.tr("Neid faile ei saanud lugeda:"))
        self.unreadable_label.setBuddy(self.unreadable)
        details_label = QLabel(self.tr("&Probleemid:"))
        details_label.setBuddy(self.details)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(details_label)
        left.addWidget(self.details)
        right.addWidget(self.unreadable_label)
        right.addWidget(self.unreadable)
        for part in (left, right):
            part.setContentsMargins(0, 0, 0, 0)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        self.status = QLabel()
        self.status.setObjectName("overviewStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Ekspordi CSV…"))
        self.export_button.setObjectName("overviewExport")
        self.export_button.clicked.connect(self.export_csv)
        self.refresh_button = QPushButton(self.tr("&Värskenda"))
        self.refresh_button.setObjectName("overviewRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        close_button = QPushButton(self.tr("Sul&ge"))
        close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        for button in (self.export_button, self.refresh_button, close_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    # -- content ----------------------------------------------------------------------

    def show_reading(self, reading: FolderReading) -> None:
        """Show what ``reading`` found (a new folder, or the same one read again)."""
        self.reading = reading
        self.setWindowTitle(self.tr("Kausta ülevaade – {folder}").format(folder=reading.folder))
        self.unreadable.clear()
        for error in reading.errors:
            item = QListWidgetItem(f"{_relative(error.path, reading.folder)}: {error.problem}",
                                   self.unreadable)
            item.setToolTip(str(error))
        self.unreadable.setVisible(bool(reading.errors))
        self.unreadable_label.setVisible(bool(reading.errors))
        self.recompute()

    def recompute(self) -> None:
        """The rows again from the summaries read (after the review interval changed)."""
        from ametieditor.clock import checking_date
        from ametieditor.model.folder_overview import overview_rows
        from ametieditor.storage.folder_settings import review_months

        if self.reading is None:
            return
        rows = overview_rows(self.reading.summaries, self.reading.problems,
                             folder=str(self.reading.folder), today=checking_date(),
                             review_months=review_months())
        self.model.set_rows(rows, checking_date())
        self._fit_columns()
        self._update_status()
        self._show_details(self.table.currentIndex())

    def _fit_columns(self) -> None:
        """Columns as wide as their contents; the text columns share what fits in the window.

        Dates and numbers keep their width; the file, title, unit and manager shrink
        alike (to no less than :data:`MIN_TEXT_CHARS`) so that every column but the
        problem list is seen without scrolling where it can be; the problem list takes
        the rest (each row's problems are shown whole under the table).
        """
        header = self.table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        natural = {}
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            natural[column] = min(header.sectionSize(column), MAX_TEXT_CHARS * char)
        shrinking = {column: width for column, width in natural.items() if column in TEXT}
        # (less the vertical scroll bar, which may come only with the rows)
        room = (self.table.viewport().width() - self.table.verticalScrollBar().sizeHint().width()
                - sum(width for column, width in natural.items() if column not in TEXT))
        scale = min(1.0, max(room, 0) / max(sum(shrinking.values()), 1))
        for column, width in natural.items():
            if column in TEXT:
                width = max(int(width * scale), min(width, MIN_TEXT_CHARS * char))
            header.resizeSection(column, width)

    def _update_status(self) -> None:
        rows = self.model.rows
        total, with_problems = len(rows), sum(1 for row in rows if row.problems)
        errors = len(self.reading.errors) if self.reading else 0
        parts = [
            plural(total, self.tr("{n} ametijuhend"), self.tr("{n} ametijuhendit")).format(n=total),
            self.tr("{n} probleemiga").format(n=with_problems),
            plural(errors, self.tr("{n} faili ei saanud lugeda", "one file"),
                   self.tr("{n} faili ei saanud lugeda", "several files")).format(n=errors),
        ]
        shown = self.proxy.rowCount()
        if shown != total:
            parts.append(self.tr("näidatud {shown}").format(shown=shown))
        self.status.setText(", ".join(parts))

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_status()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _show_details(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.details.clear()
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        lines = [row.shown_path, ""]
        lines += row.problems or [self.tr("Probleeme ei leitud.")]
        self.details.setPlainText("\n".join(lines))

    # -- actions ----------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        source = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if source:
            main = self.owner.window
            if main.files.open_path(Path(source)):
                main.raise_()
                main.activateWindow()

    def refresh(self) -> None:
        if self.reading is not None:
            self.owner.read(self.reading.folder, parent=self)

    def export_csv(self) -> bool:
        """Write the rows shown, in the order shown, to a CSV file the user names."""
        from ametieditor.formats.overview_csv import write_overview_csv

        if self.reading is None:
            return False
        start = str(self.reading.folder / self.tr("ülevaade.csv"))
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Ekspordi CSV"), start, self.tr("CSV-failid (*.csv)"))
        if not name:
            return False
        target = Path(name)
        if not target.suffix:
            target = target.with_suffix(".csv")
        if any(Path(row.source) == target for row in self.model.rows):
            show_error(self, self.tr("Eksport ebaõnnestus"),
                       self.tr("{path}: see on üks ülevaate ametijuhenditest, seda ei "
                             "kirjutata üle").format(path=target))
            return False
        try:
            write_overview_csv(self.proxy.rows_in_order(), target)
        except OSError as error:
            show_error(self, self.tr("Eksport ebaõnnestus"),
                       f"{target}: {error.strerror or error}")
            return False
        return True


class FolderOverview:
    """The feature: Fail › Kausta ülevaade… and Seaded › Ülevaatuse intervall…."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.view: OverviewWindow | None = None
        self.job: FolderJob | None = None
        self.action = QAction(translate("FolderOverview", "Kausta &ülevaade…"), window)
        self.action.setObjectName("folderOverview")
        self.action.setToolTip(translate(
            "FolderOverview",
            "Kausta ametijuhendid tabelina: kinnitamine, redaktsioon, ülevaatus, probleemid"))
        self.action.triggered.connect(lambda _checked=False: self.choose_and_show())
        window.add_action("file", self.action, before=window.menu_bar.export_docx_action)
        self.interval_action = QAction(translate("ReviewInterval", "Ülevaatuse &intervall…"),
                                       window)
        self.interval_action.setObjectName("reviewInterval")
        self.interval_action.triggered.connect(lambda _checked=False: self.change_interval())
        window.add_action("settings", self.interval_action)

    def choose_and_show(self) -> bool:
        start = str(self.window.files.path.parent) if self.window.files.path else str(Path.home())
        name = QFileDialog.getExistingDirectory(
            self.window, translate("FolderOverview", "Kausta ülevaade"), start)
        return bool(name) and self.read(Path(name))

    def read(self, folder: Path, parent: QWidget | None = None) -> bool:
        """Start reading ``folder``; the overview window shows it when done.

        False when a reading is still running. Katkesta leaves the window as it was.
        """
        if self.job is not None and self.job.running:
            return False
        self.job = FolderJob(parent or self.window, folder)
        self.job.finished_reading.connect(self._show)
        return True

    def _show(self, reading: FolderReading) -> None:
        if self.view is None:
            self.view = OverviewWindow(self)
        self.view.show()  # first: the columns are fitted to the shown width
        self.view.show_reading(reading)
        self.view.raise_()
        self.view.activateWindow()

    def change_interval(self) -> bool:
        from ametieditor.gui.review_interval import change_review_months

        return change_review_months(self.view if self.view and self.view.isVisible()
                                    else self.window, self.review_months_changed)

    def review_months_changed(self) -> None:
        if self.view is not None:
            self.view.recompute()


def install(window: MainWindow) -> FolderOverview:
    overview = FolderOverview(window)
    window.features.add(overview)
    return overview
