"""No lost work in the window: autosave for recovery, backups, lock files, change checks.

:func:`install` adds a :class:`Safety` to the main window. It wraps the
window's file operations (:class:`~ametieditor.gui.files.DocumentFiles`):

* Open takes a lock file; a file open elsewhere asks (:func:`ask_about_lock`)
  and can be opened read-only: the title says "(kirjutuskaitstud)", a label
  in the status bar says so, and Save becomes Save As.
* Save goes through :func:`save_with_backup` with the fingerprint remembered
  at open or at the last save, keeping as many earlier versions as the
  setting ``files/backupCount`` says (Settings → Varukoopiad…). A failure
  shows the reason and offers Save As; the file on disk stays as it was.
* Unsaved changes are written to the recovery folder after a short pause and
  at least every minute (:class:`AutosavePolicy`, a :class:`QTimer`); a save,
  or closing the window cleanly, removes them. :func:`recover_at_start` offers
  what a crashed session left behind.

The storage rules themselves live in :mod:`ametieditor.storage`; see
``docs/RELIABILITY.md``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from ametieditor.formats import registry
from ametieditor.gui.files import NATIVE_EXTENSION
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error
from ametieditor.storage.autosave import AutosavePolicy
from ametieditor.storage.fingerprint import Fingerprint, fingerprint
from ametieditor.storage.lock import DocumentLock, LockedError, acquire, release
from ametieditor.storage.recovery import RecoveryStore

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow
    from ametieditor.gui.recovery_dialog import RecoveredDocument

BACKUP_SETTING = "files/backupCount"
MAX_BACKUPS = 99
# Matches no file: a recovered document whose file changed after its
# last save must not overwrite that change silently.
_CHANGED_SINCE = Fingerprint(mtime_ns=-1, size=-1, sha256="")


def _same(first: Path | None, second: Path | None) -> bool:
    if first is None or second is None:
        return first is second
    return first.resolve() == second.resolve()


def _file_time(found: Fingerprint | None) -> datetime | None:
    if found is None or found.mtime_ns < 0:
        return None
    return datetime.fromtimestamp(found.mtime_ns / 1e9).astimezone().replace(microsecond=0)


@dataclass
class _Binding:
    """What the editor knows about the file of its document."""

    path: Path | None = None
    lock: DocumentLock | None = None
    # The version on disk the editor opened or last saved (None: a new file).
    fingerprint: Fingerprint | None = None
    read_only: bool = False
    last_saved: datetime | None = None


class Safety(QObject):
    def __init__(self, window: MainWindow, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.files = window.files
        self.session = window.session
        # Seconds from an arbitrary start; tests replace it to skip the waiting.
        self.clock = clock
        self.policy = AutosavePolicy()
        self.store = RecoveryStore()
        self.key = self.store.new_key()
        self.bound = _Binding()
        self._pending: _Binding | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("autosaveTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.autosave_if_due)

        self.files.use_opener(self._load)
        self.files.use_writer(self._write)
        self.files.path_changed.connect(self._path_changed)
        self.files.saved.connect(lambda _path: self._forget_snapshot())
        self.files.closed.connect(self.close)
        self.session.changed.connect(self._edited)
        self.session.document_replaced.connect(self._replaced)
        self.session.undo_stack.cleanChanged.connect(self._clean_changed)

        self.read_only_label = QLabel(self.tr("Kirjutuskaitstud: salvestamine ainult uue nimega"))
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setStyleSheet("QLabel { color: #a40000; font-weight: bold; }")
        window.statusBar().addPermanentWidget(self.read_only_label)
        self.read_only_label.hide()

        self.backup_action = QAction(self.tr("&Varukoopiad…"), window)
        self.backup_action.setObjectName("backupCount")
        self.backup_action.setToolTip(self.tr(
            "Mitu eelmist versiooni igast failist salvestamisel alles hoida"))
        self.backup_action.triggered.connect(self.choose_backup_count)
        window.add_action("settings", self.backup_action)

    # -- settings ---------------------------------------------------------------------------

    def backup_count(self) -> int:
        from ametieditor.storage.backup import DEFAULT_KEEP  # the backup code: at first save

        stored = QSettings().value(BACKUP_SETTING, DEFAULT_KEEP)
        if not isinstance(stored, (str, int, float)):
            return DEFAULT_KEEP
        try:
            value = int(stored)
        except ValueError:
            return DEFAULT_KEEP
        return min(max(value, 0), MAX_BACKUPS)

    def set_backup_count(self, count: int) -> None:
        QSettings().setValue(BACKUP_SETTING, min(max(count, 0), MAX_BACKUPS))

    def choose_backup_count(self) -> None:
        count, accepted = QInputDialog.getInt(
            self.window, self.tr("Varukoopiad"),
            self.tr("Mitu eelmist versiooni igast failist alles hoida\n"
                    "(0: varukoopiaid ei tehta):"),
            self.backup_count(), 0, MAX_BACKUPS)
        if accepted:
            self.set_backup_count(count)

    # -- open: lock and fingerprint ---------------------------------------------------------

    def _lock(self, path: Path) -> tuple[DocumentLock | None, bool] | None:
        """A lock for ``path`` and whether to open read-only; None when the user cancels."""
        if self.bound.lock is not None and _same(self.bound.lock.document, path):
            return self.bound.lock, False  # opened again in this window: the lock is ours
        try:
            return acquire(path), False
        except LockedError as error:
            from ametieditor.gui import lock_dialog  # only when a lock is found

            choice = lock_dialog.ask_about_lock(error, self.window)
        if choice is lock_dialog.LockChoice.READ_ONLY:
            return None, True
        if choice is lock_dialog.LockChoice.TAKE_OVER:
            return acquire(path, take_over=True), False
        return None

    def _load(self, path: Path) -> registry.LoadResult | None:
        lock: DocumentLock | None = None
        read_only = False
        if path.suffix.lower() == NATIVE_EXTENSION and path.is_file():
            locked = self._lock(path)
            if locked is None:
                return None
            lock, read_only = locked
        try:
            found = fingerprint(path)
            result = self.files.read(path)
        except BaseException:
            self._drop(lock)
            raise
        if result is None:
            self._drop(lock)
            return None
        self._pending = _Binding(path, lock, found, read_only, _file_time(found))
        return result

    def _drop(self, lock: DocumentLock | None) -> None:
        """Give back a lock taken for an opening or a save that did not happen."""
        if lock is not None and lock is not self.bound.lock:
            release(lock)

    def _path_changed(self) -> None:
        path = self.files.path
        pending, self._pending = self._pending, None
        if pending is not None and _same(pending.path, path):
            self._bind(pending)
        elif not _same(self.bound.path, path):
            if pending is not None:
                self._drop(pending.lock)
            self._bind(_Binding(path))

    def _bind(self, binding: _Binding) -> None:
        if self.bound.lock is not binding.lock:
            release(self.bound.lock)
        self.bound = binding
        self.files.read_only = binding.read_only
        self.read_only_label.setVisible(binding.read_only)

    # -- save: backups, change detection, a way out -----------------------------------------

    def _write(self, path: Path, chosen: bool = False) -> bool | None:
        lock = self.bound.lock if self.bound.lock is not None and \
            _same(self.bound.lock.document, path) else None
        if lock is None and path.suffix.lower() == NATIVE_EXTENSION:
            try:
                lock = acquire(path)
            except LockedError as error:
                return self._offer_save_as(str(error))
        # A name chosen in the Save As dialog (which asked before replacing a file) is
        # written even if the file changed or went away meanwhile.
        expected = self.bound.fingerprint if _same(path, self.bound.path) and not chosen \
            else None
        keep = self.backup_count()
        from ametieditor.storage.backup import BackupError, save_with_backup

        while True:
            try:
                result = save_with_backup(self.session.document, path, expected=expected,
                                          keep=keep)
                break
            except BackupError as error:
                answer = self._ask_without_backup(str(error))
                if answer is True:
                    keep = 0
                    continue
                self._drop(lock)
                return answer
            except FormatError as error:
                self._drop(lock)
                return self._offer_save_as(str(error))
            except OSError as error:  # e.g. the backup folder cannot be made
                self._drop(lock)
                return self._offer_save_as(str(FormatError(path, describe_os_error(error))))
        binding = _Binding(path, lock, result.fingerprint, False, _file_time(result.fingerprint))
        if _same(path, self.bound.path):
            self._bind(binding)
        else:
            self._pending = binding  # Save As: bound when the window takes the new name
        if result.warnings:
            QMessageBox.warning(self.window, self.tr("Teade"),
                                f"{path}:\n" + "\n".join(result.warnings))
        return True

    def _box(self, text: str) -> QMessageBox:
        standard = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Salvestamine ebaõnnestus"),
                          text + "\n\n" + self.tr("Kettal olevat faili ei muudetud."),
                          standard.Save | standard.Cancel, self.window)
        box.setObjectName("saveFailedBox")
        box.button(standard.Save).setText(self.tr("Salvesta &kui…"))
        box.button(standard.Cancel).setText(self.tr("&Loobu"))
        box.setDefaultButton(standard.Save)
        return box

    def _offer_save_as(self, message: str) -> bool | None:
        """Say why the file could not be saved; None when the user chooses Save As."""
        answer = self._box(message).exec()
        return None if answer == QMessageBox.StandardButton.Save else False

    def _ask_without_backup(self, message: str) -> bool | None:
        """True: save without a backup; None: Save As; False: cancel."""
        box = self._box(message)
        without = box.addButton(self.tr("Salvesta &ilma varukoopiata"),
                                QMessageBox.ButtonRole.AcceptRole)
        without.setObjectName("withoutBackupButton")
        answer = box.exec()
        if box.clickedButton() is without or answer == QMessageBox.StandardButton.Yes:
            return True
        return None if answer == QMessageBox.StandardButton.Save else False

    # -- autosave for recovery --------------------------------------------------------------

    def _edited(self, *_unused: object) -> None:
        if self.session.undo_stack.isClean():
            return
        self.policy.edited(self.clock())
        self._schedule()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self._forget_snapshot()
        else:
            self._edited()

    def _replaced(self) -> None:
        self._forget_snapshot()
        self.key = self.store.new_key()

    def _schedule(self) -> None:
        wait = self.policy.seconds_until_due(self.clock())
        if wait is None:
            self.timer.stop()
        else:
            self.timer.start(int(wait * 1000) + 50)

    def autosave_if_due(self) -> bool:
        """Called by the timer: write a snapshot when the policy says so."""
        if not self.policy.due(self.clock()):
            self._schedule()
            return False
        return self.autosave()

    def autosave(self) -> bool:
        """Write the recovery snapshot of the document now (if it has unsaved changes)."""
        self.policy.snapshot_taken()
        self.timer.stop()
        if self.session.undo_stack.isClean():
            return False
        try:
            self.store.snapshot(self.key, self.session.document, self.files.path,
                                self.bound.last_saved)
        except FormatError as error:
            self.window.statusBar().showMessage(
                self.tr("Automaatne salvestamine ebaõnnestus: {error}").format(error=error),
                10000)
            return False
        return True

    def _forget_snapshot(self) -> None:
        self.policy.snapshot_taken()
        self.timer.stop()
        self.store.discard(self.key)

    def close(self) -> None:
        """A clean close: no snapshot of this window and no lock stay behind."""
        self.timer.stop()
        self.policy.snapshot_taken()
        self.store.close()
        release(self.bound.lock)
        self.bound = _Binding(self.bound.path)

    # -- recovery -----------------------------------------------------------------------------

    def take_recovered(self, recovered: RecoveredDocument, store: RecoveryStore) -> None:
        """Show a recovered document as unsaved changes of its original file."""
        path = recovered.original_path
        native = path is not None and path.suffix.lower() == NATIVE_EXTENSION
        binding = _Binding(path, last_saved=recovered.last_saved)
        if path is not None and path.is_file():
            current = fingerprint(path)
            saved_at = recovered.last_saved.timestamp() if recovered.last_saved else None
            changed = saved_at is None or current is None or \
                current.mtime_ns / 1e9 > saved_at + 2
            binding.fingerprint = _CHANGED_SINCE if changed else current
            if native:
                locked = self._lock(path)
                binding.lock, binding.read_only = locked if locked else (None, True)
        self._pending = binding
        self.files._set_document(recovered.document, path, native)
        self.files.untitled_name = ""
        # The snapshot moves into this window's session under this window's key.
        if store is self.store:
            self.key = recovered.key
        else:
            self.store.snapshot(self.key, recovered.document, path, recovered.last_saved)
            store.discard(recovered.key)
        self.session.undo_stack.resetClean()


_windows: list[MainWindow] = []


def recover_at_start(window: MainWindow) -> list[MainWindow]:
    """Offer what a crashed session left; open each recovered document, return new windows.

    The first document goes into ``window`` when it holds only an untouched new
    document; the others get windows of their own.
    """
    safety = window.safety
    from ametieditor.gui.recovery_dialog import offer_recovery

    outcome = offer_recovery(safety.store, window)
    if outcome.problems:
        QMessageBox.warning(window, QCoreApplication.translate("Safety", "Taastamine"),
                            "\n".join(outcome.problems))
    extra: list[MainWindow] = []
    use_window = window.files.path is None and window.session.undo_stack.isClean()
    for recovered in outcome.documents:
        target = window
        if not use_window:
            target = type(window)()  # another main window like this one
            extra.append(target)
            _windows.append(target)
            target.destroyed.connect(lambda _obj=None, target=target: _forget(target))
            target.show()
        use_window = False
        target.safety.take_recovered(recovered, safety.store)
    return extra


def _forget(window: MainWindow) -> None:
    if window in _windows:
        _windows.remove(window)


def install(window: MainWindow) -> Safety:
    """Add autosave, backups, locks and change detection to ``window``."""
    return window.features.add(Safety(window))
