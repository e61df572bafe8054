"""Reading and comparing a folder off the GUI thread, with progress and Katkesta.

Fail › Kontrolli kausta… and Fail › Kausta ülevaade… both start a
:class:`FolderJob`: a :class:`FolderReader` thread reads the folder through
:class:`~ametieditor.storage.folder_scan.FolderScan` (its own
:class:`~ametieditor.storage.summary_cache.SummaryCache`, made in that thread:
SQLite connections stay in the thread that made them) and runs
:func:`~ametieditor.model.folder_checks.check_folder`, while a progress dialog
says "Loen faile 1234/2000", then "Võrdlen faile…". Katkesta stops the thread
at the next file (or the next step of the comparison); a stopped job gives no
result at all, never a partial one. The files read so far stay cached.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ametieditor.gui.dialogs import show_error

if TYPE_CHECKING:
    from ametieditor.model.folder_checks import Progress
    from ametieditor.storage.folder_scan import FolderReading

translate = QCoreApplication.translate

#: Progress is signalled at most this often (a cached folder reads thousands of files a second).
PROGRESS_INTERVAL = 0.05
#: The progress dialog appears only when reading takes longer than this (milliseconds).
SHOW_AFTER_MS = 300


def read_and_compare(folder: Path, *, reading: Progress, comparing: Progress,
                     stopped: Callable[[], bool]) -> FolderReading | None:
    """Read ``folder`` (and its subfolders) and compare the files; None when stopped."""
    from ametieditor.storage.folder_scan import FolderScan, ReadingStopped, read_folder
    from ametieditor.storage.summary_cache import SummaryCache

    with SummaryCache() as cache:
        try:
            result = read_folder(FolderScan(folder, recursive=True, cache=cache),
                                 reading=reading, comparing=comparing, stopped=stopped)
        except ReadingStopped:
            return None
    return None if stopped() else result


_RUNNING: set[FolderReader] = set()


class FolderReader(QThread):
    """:func:`read_and_compare` in a thread; ``progress`` is (phase, done, total)."""

    READING, COMPARING = "reading", "comparing"
    progress = Signal(str, int, int)
    #: The :class:`FolderReading`, or None when stopped.
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self._signalled = 0.0
        # Kept until the thread ends, even if its job goes first (a QThread
        # destroyed while running would end the program).
        _RUNNING.add(self)
        self.finished.connect(self._forget)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_and_wait)

    def stop_and_wait(self) -> None:
        self.requestInterruption()
        self.wait()

    def _forget(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()

    def _report(self, phase: str) -> Progress:
        def report(done: int, total: int) -> None:
            now = time.monotonic()
            if done in (0, total) or now - self._signalled >= PROGRESS_INTERVAL:
                self._signalled = now
                self.progress.emit(phase, done, total)
        return report

    def run(self) -> None:
        try:
            result = read_and_compare(self.folder, reading=self._report(self.READING),
                                      comparing=self._report(self.COMPARING),
                                      stopped=self.isInterruptionRequested)
        except Exception as error:  # shown to the user, never lost
            self.failed.emit(f"{self.folder}: {error}")
            return
        self.done.emit(result)


class FolderJob(QObject):
    """One folder read with a progress dialog over ``parent``.

    ``finished_reading`` carries the :class:`FolderReading`; ``cancelled`` comes
    once the thread has really stopped after Katkesta. A failure is shown as an
    error message naming the folder.
    """

    finished_reading = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget, folder: Path) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.folder = folder
        self.running = True
        self.was_cancelled = False
        self.dialog = self._make_dialog(parent, folder)
        self.reader = FolderReader(folder)
        self.reader.progress.connect(self._progress)
        self.reader.done.connect(self._done)
        self.reader.failed.connect(self._failed)
        self.reader.start()
        QTimer.singleShot(SHOW_AFTER_MS, self._show_dialog)

    def _make_dialog(self, parent: QWidget, folder: Path) -> QProgressDialog:
        dialog = QProgressDialog(parent)
        dialog.setObjectName("folderProgress")
        dialog.setWindowTitle(translate("FolderReading", "Kausta lugemine"))
        dialog.setLabelText(translate("FolderReading", "Otsin faile kaustast {folder}…")
                            .format(folder=folder))
        dialog.setCancelButtonText(translate("FolderReading", "Katkesta"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(2**30)  # shown by _show_dialog, not by Qt's own timer
        dialog.setRange(0, 0)
        dialog.setMinimumWidth(56 * dialog.fontMetrics().averageCharWidth())
        dialog.canceled.connect(self.cancel)
        return dialog

    def _show_dialog(self) -> None:
        if self.running and not self.dialog.wasCanceled():
            self.dialog.show()

    def cancel(self) -> None:
        """Katkesta: stop the thread at the next file; nothing is shown afterwards."""
        self.was_cancelled = True
        self.reader.requestInterruption()
        self.dialog.hide()

    def _progress(self, phase: str, done: int, total: int) -> None:
        if phase == FolderReader.READING:
            self.dialog.setLabelText(translate("FolderReading", "Loen faile {done}/{total}")
                                     .format(done=done, total=total))
        else:
            self.dialog.setLabelText(translate("FolderReading", "Võrdlen faile…"))
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _end(self) -> None:
        self.running = False
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()  # (its signals still reach the caller: deletion waits for the loop)

    def _done(self, result: FolderReading | None) -> None:
        self._end()
        if result is None or self.was_cancelled:
            self.cancelled.emit()
        else:
            self.finished_reading.emit(result)

    def _failed(self, message: str) -> None:
        self._end()
        show_error(self.parent_widget, translate("FolderReading", "Kausta ei saanud lugeda"),
                   message)
        self.cancelled.emit()
