"""Fail › Kontrolli kausta…: what is wrong between the job descriptions of one folder.

The checks are :func:`ametieditor.model.folder_checks.check_folder` (the same as
``ametieditor-cli check FOLDER``), run off the GUI thread with progress and
Katkesta by :class:`~ametieditor.gui.folder_reading.FolderJob` (shared with
Fail › Kausta ülevaade…); the results go to a dock list, "file: part: message",
and double-clicking one opens that file (asking about unsaved changes).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QListWidget, QListWidgetItem, QWidget

from ametieditor.gui.folder_reading import FolderJob
from ametieditor.i18n import plural

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow
    from ametieditor.model.folder_checks import FolderProblem
    from ametieditor.storage.folder_scan import FolderReading


translate = QCoreApplication.translate


class FolderResults(QListWidget):
    """The folder check's findings; double-click (or Enter) opens the file."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("folderResults")
        self.setAccessibleName(translate("FolderCheck", "Kausta kontrolli tulemused"))
        self.setWordWrap(True)
        self.problems: list[FolderProblem] = []
        self.itemActivated.connect(self._open)

    def show_results(
        self, folder: Path, problems: list[FolderProblem], count: int, errors: list[str]
    ) -> None:
        self.problems = problems
        self.clear()
        for error in errors:
            item = QListWidgetItem(error, self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for problem in problems:
            item = QListWidgetItem(
                f"{Path(problem.source).name}: {problem.part}: {problem.message}", self
            )
            item.setData(Qt.ItemDataRole.UserRole, problem.source)
            item.setToolTip(problem.source)
        if not problems:
            item = QListWidgetItem(
                plural(
                    count,
                    translate("FolderCheck", "Kaustas {folder} ({n} fail) probleeme ei leitud."),
                    translate("FolderCheck", "Kaustas {folder} ({n} faili) probleeme ei leitud."),
                ).format(folder=folder, n=count),
                self,
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _open(self, item: QListWidgetItem) -> None:
        source = item.data(Qt.ItemDataRole.UserRole)
        if source:
            self.window_.files.open_path(Path(source))


class FolderCheck:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.results: FolderResults | None = None
        self.dock: QDockWidget | None = None
        self.job: FolderJob | None = None
        self.action = QAction(translate("FolderCheck", "K&ontrolli kausta…"), window)
        self.action.setObjectName("checkFolder")
        self.action.triggered.connect(lambda _checked=False: self.choose_and_check())
        file_menu = window.menus["file"]
        file_menu.insertAction(window.menu_bar.export_docx_action, self.action)

    def choose_and_check(self) -> bool:
        start = str(self.window.files.path.parent) if self.window.files.path else str(Path.home())
        name = QFileDialog.getExistingDirectory(
            self.window, translate("FolderCheck", "Kontrolli kausta"), start
        )
        return bool(name) and self.check(Path(name))

    def check(self, folder: Path) -> bool:
        """Start checking ``folder``; the results come to the "Kausta kontroll" dock.

        False when a check is still running (its progress dialog is open).
        """
        if self.job is not None and self.job.running:
            return False
        self.job = FolderJob(self.window, folder)
        self.job.finished_reading.connect(self.show_results)
        return True

    def show_results(self, reading: FolderReading) -> None:
        if self.results is None:
            self.results = FolderResults(self.window)
            dock = self.window.add_dock(
                "folderCheckDock",
                translate("FolderCheck", "Kausta kontroll"),
                self.results,
                Qt.DockWidgetArea.BottomDockWidgetArea,
            )
            self.window.tabifyDockWidget(self.window.check_dock, dock)
            self.dock = dock
        self.results.show_results(reading.folder, reading.problems, len(reading.summaries),
                                  [str(error) for error in reading.errors])
        assert self.dock is not None
        self.dock.setWindowTitle(
            translate("FolderCheck", "Kausta kontroll ({count})").format(
                count=len(reading.problems))
        )
        self.dock.show()
        self.dock.raise_()


def install(window: MainWindow) -> FolderCheck:
    check = FolderCheck(window)
    window.features.add(check)
    return check
