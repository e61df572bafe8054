"""No lost work, driven through the real window: recovery after a crash, backups, locks,
files changed or write-protected behind the editor's back."""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from ametieditor.formats import registry
from ametieditor.gui import lock_dialog
from ametieditor.gui import safety as safety_module
from ametieditor.gui.lock_dialog import LockChoice
from ametieditor.gui.recovery_dialog import RecoveryChoice, RecoveryDialog
from ametieditor.paths import user_data_dir
from ametieditor.storage.backup import list_backups
from ametieditor.storage.lock import LockOwner, format_owner, lock_path, read_owner
from ametieditor.storage.recovery import RecoveryStore
from tests.conftest import REPO, SAMPLE_FILES
from tests.gui.helpers import click, type_text

SAMPLE = SAMPLE_FILES[0]
OTHER_SAMPLE = SAMPLE_FILES[1]
SAVE = QMessageBox.StandardButton.Save
CANCEL = QMessageBox.StandardButton.Cancel
DISCARD = QMessageBox.StandardButton.Discard

#: The editor in a process of its own: opens the file, types into the title, and runs
#: until it is killed. A short idle time makes the real autosave timer fire soon.
CRASHING_EDITOR = r"""
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ametieditor.gui.app import configure_application, create_window

configure_application()
app = QApplication([])
window = create_window(Path(sys.argv[1]))
window.show()
window.safety.policy.idle = 0.2
title = window.panes["general"].ui.titleEdit
title.end(False)
QTest.keyClicks(title, " KATKI")
app.exec()
"""


def recovery_folder() -> Path:
    return user_data_dir() / "recovery"


def snapshots() -> list[str]:
    folder = recovery_folder()
    return sorted(path.name for path in folder.iterdir()) if folder.is_dir() else []


def _copy(tmp_path: Path, source: Path = SAMPLE, name: str = "dok.ametijuhend") -> Path:
    target = tmp_path / name
    shutil.copy(source, target)
    return target


def _edit_title(qtbot, window, text: str = " muudetud") -> None:
    edit = window.panes["general"].ui.titleEdit
    window.show_part("general")
    click(qtbot, edit)
    edit.end(False)
    type_text(qtbot, edit, text)


def _dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    return int(finished.stdout)


@pytest.fixture
def recovery_choice(monkeypatch):
    """The recovery dialog answers "Recover" with every document ticked; records the lists."""
    shown: list[list] = []

    def answer(dialog: RecoveryDialog) -> int:
        shown.append(list(dialog.entries))
        dialog.choice = RecoveryChoice.RECOVER
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    return shown


@pytest.fixture
def lock_answers(monkeypatch):
    """The lock question: records who it named and answers with ``answers[0]``."""
    asked: list = []
    answers = [LockChoice.READ_ONLY]

    def ask(error, _parent=None):
        asked.append(error)
        return answers[0]

    monkeypatch.setattr(lock_dialog, "ask_about_lock", ask)
    return asked, answers


# -- a crash and the recovery at the next start ------------------------------------------------


def test_a_crashed_editor_s_work_is_offered_at_the_next_start(
        qtbot, dialogs, recovery_choice, lock_answers, tmp_path, monkeypatch) -> None:
    target = _copy(tmp_path)
    original = target.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHING_EDITOR, str(target)],
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not any(name.endswith(".json") for name in snapshots()):
            assert child.poll() is None, child.stderr.read().decode()
            assert time.monotonic() < deadline, "the editor never autosaved"
            time.sleep(0.1)
        time.sleep(0.3)  # the title is typed at once; let a last snapshot finish
    finally:
        child.kill()  # SIGKILL: no close event, no clean-up
        child.wait()
    assert target.read_bytes() == original
    assert read_owner(target).pid == child.pid  # the dead editor's lock is still there

    # The next start, through main(): the window is shown, then recovery is offered.
    started = []
    real_recover = safety_module.recover_at_start
    monkeypatch.setattr(safety_module, "recover_at_start",
                        lambda window: (started.append(window), real_recover(window))[1])
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    from ametieditor.gui.app import main

    assert main([]) == 0
    # Recovery is offered once the window is on the screen (after its first paint).
    qtbot.waitUntil(lambda: len(started) == 1)
    [window] = started
    try:
        [[entry]] = recovery_choice
        assert entry.original_path == target.resolve()
        assert entry.title.endswith(" KATKI")
        assert entry.last_saved is not None and entry.autosaved >= entry.last_saved
        assert window.session.document.general.title.endswith(" KATKI")
        assert window.panes["general"].ui.titleEdit.text().endswith(" KATKI")
        assert window.files.path == target.resolve()
        assert window.isWindowModified()
        # The crashed editor's lock was stale (same computer, process gone): no question.
        assert lock_answers[0] == []
        assert read_owner(target).pid == os.getpid()
        # The snapshot moved into the new session: a second crash would still lose nothing.
        assert len([name for name in snapshots() if name.endswith(".json")]) == 1

        assert window.files.save()
        assert registry.load(target).document.general.title.endswith(" KATKI")
        assert not window.isWindowModified()
        assert snapshots() == []
        [backup] = list_backups(target)
        assert backup.path.read_bytes() == original
    finally:
        window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()
    assert not lock_path(target).exists()


def test_several_recovered_documents_open_in_windows_of_their_own(
        qtbot, window, recovery_choice, own, tmp_path) -> None:
    first, second = _copy(tmp_path, SAMPLE, "a.ametijuhend"), \
        _copy(tmp_path, OTHER_SAMPLE, "b.ametijuhend")
    crashed = RecoveryStore(session="crashed")
    saved = datetime.now().astimezone().replace(microsecond=0)
    for path in (first, second):
        doc = registry.load(path).document
        doc.general.title += " taastatud"
        crashed.snapshot(crashed.new_key(), doc, path, last_saved=saved)
    dead = _dead_pid()
    for metadata in recovery_folder().glob("*.json"):  # as if written by a dead process
        data = json.loads(metadata.read_text(encoding="utf-8"))
        data["pid"] = dead
        metadata.write_text(json.dumps(data), encoding="utf-8")

    extra = safety_module.recover_at_start(window)
    for other in extra:
        own(other)
    assert len(extra) == 1
    opened = {w.files.path.name: w for w in (window, *extra)}
    assert sorted(opened) == ["a.ametijuhend", "b.ametijuhend"]
    for w in opened.values():
        assert w.isWindowModified()
        assert w.session.document.general.title.endswith(" taastatud")
    assert not any(name.startswith("crashed-") for name in snapshots())
    assert opened["b.ametijuhend"].files.save()
    assert registry.load(second).document.general.title.endswith(" taastatud")
    assert len(snapshots()) == 2  # only the other document's snapshot is left


def test_a_recovered_document_whose_file_changed_since_is_not_overwritten(
        qtbot, window, dialogs, recovery_choice, tmp_path) -> None:
    target = _copy(tmp_path)
    crashed = RecoveryStore(session="crashed")
    doc = registry.load(target).document
    doc.general.title += " taastatud"
    an_hour_ago = datetime.fromtimestamp(time.time() - 3600).astimezone()
    crashed.snapshot("k1", doc, target, last_saved=an_hour_ago)
    metadata = next(recovery_folder().glob("*.json"))
    data = json.loads(metadata.read_text(encoding="utf-8"))
    data["pid"] = _dead_pid()
    metadata.write_text(json.dumps(data), encoding="utf-8")
    shutil.copy(OTHER_SAMPLE, target)  # a colleague saved over it after the crash

    safety_module.recover_at_start(window)
    assert window.isWindowModified()
    dialogs.unsaved_answer = CANCEL
    assert not window.files.save()
    [message] = dialogs.texts("question")
    assert "muudetud väljaspool" in message
    assert target.read_bytes() == OTHER_SAMPLE.read_bytes()


# -- autosave ----------------------------------------------------------------------------------


def test_autosave_waits_for_a_pause_and_runs_at_least_every_minute(qtbot, window, dialogs,
                                                                    tmp_path) -> None:
    target = _copy(tmp_path)
    assert window.files.open_path(target)
    now = [1000.0]
    safety = window.safety
    safety.clock = lambda: now[0]

    _edit_title(qtbot, window, "a")
    assert safety.timer.isActive()
    safety.timer.timeout.emit()  # too early: the user has just typed
    assert snapshots() == []
    now[0] += safety.policy.idle
    safety.timer.timeout.emit()
    assert len(snapshots()) == 2  # the document and what the recovery dialog shows
    [entry] = RecoveryStore(session="other").entries()
    assert entry.title.endswith("a") and entry.original_path == target.resolve()
    for path in recovery_folder().iterdir():
        path.unlink()

    # Typing on without a pause (a key every 2 s): a snapshot still comes after a minute.
    first_edit = now[0] + 2
    while not snapshots():
        assert now[0] < first_edit + 120, "no snapshot while typing"
        now[0] += 2
        _edit_title(qtbot, window, "b")
        safety.timer.timeout.emit()
    assert now[0] - first_edit == safety.policy.max_interval == 60

    assert window.files.save()
    assert snapshots() == []


def test_a_clean_close_leaves_no_snapshot_and_no_lock(qtbot, dialogs, own, tmp_path) -> None:
    from ametieditor.gui.app import create_window

    target = _copy(tmp_path)
    window = create_window(target)
    own(window)
    assert lock_path(target).exists()
    _edit_title(qtbot, window)
    assert window.safety.autosave()
    assert snapshots()
    dialogs.unsaved_answer = DISCARD
    assert window.close()
    assert snapshots() == []
    assert not lock_path(target).exists()


# -- backups ---------------------------------------------------------------------------------


def test_each_save_keeps_the_previous_version_as_many_as_the_setting_says(
        qtbot, window, dialogs, tmp_path, monkeypatch) -> None:
    target = _copy(tmp_path)
    versions = [target.read_bytes()]
    assert window.files.open_path(target)
    for number in (1, 2):
        _edit_title(qtbot, window, f" {number}")
        assert window.files.save()
        versions.append(target.read_bytes())
    backups = list_backups(target)
    assert [b.path.read_bytes() for b in backups] == [versions[1], versions[0]]
    assert all(b.path.parent == user_data_dir() / "backups" for b in backups)

    monkeypatch.setattr(QInputDialog, "getInt",
                        staticmethod(lambda *args, **kwargs: (2, True)))
    settings_menu = window.menus["settings"]
    [action] = [a for a in settings_menu.actions() if a.objectName() == "backupCount"]
    action.trigger()
    assert window.safety.backup_count() == 2
    for number in (3, 4):
        _edit_title(qtbot, window, f" {number}")
        assert window.files.save()
        versions.append(target.read_bytes())
    assert [b.path.read_bytes() for b in list_backups(target)] == [versions[3], versions[2]]


def test_a_failing_backup_offers_to_save_without_one(qtbot, window, dialogs, tmp_path,
                                                     monkeypatch) -> None:
    target = _copy(tmp_path)
    assert window.files.open_path(target)
    _edit_title(qtbot, window)
    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ametieditor.storage.backup.atomic_write", disk_full)
    assert not window.files.save()  # the stub answers Cancel
    assert "varukoopiat" in dialogs.texts("question")[-1]
    assert "Salvesta &ilma varukoopiata" in dialogs.buttons[-1]
    assert target.read_bytes() == SAMPLE.read_bytes()
    dialogs.unsaved_answer = QMessageBox.StandardButton.Yes  # "Save without a backup"
    assert window.files.save()
    assert registry.load(target).document.general.title.endswith(" muudetud")
    assert list_backups(target) == []


# -- locks -----------------------------------------------------------------------------------


def _lock_by_someone_else(document: Path) -> str:
    owner = LockOwner(name="Mari Maasikas", user="mari", host="TEINE-ARVUTI",
                      since=datetime.now().astimezone().replace(microsecond=0), pid=4242)
    text = format_owner(owner)
    lock_path(document).write_text(text, encoding="utf-8")
    return text


def test_a_file_open_elsewhere_opens_read_only_and_save_asks_for_a_new_name(
        qtbot, window, dialogs, lock_answers, tmp_path) -> None:
    asked, _answers = lock_answers
    target = _copy(tmp_path)
    theirs = _lock_by_someone_else(target)
    assert window.files.open_path(target)
    [error] = asked
    assert error.owner.display_name == "Mari Maasikas" and error.owner.host == "TEINE-ARVUTI"
    assert "(kirjutuskaitstud)" in window.windowTitle()
    assert window.safety.read_only_label.isVisibleTo(window)

    _edit_title(qtbot, window)
    copy = tmp_path / "minu koopia.ametijuhend"
    dialogs.save_names = [str(copy)]
    assert window.files.save()
    assert [kind for kind in dialogs.kinds() if kind == "save"] == ["save"]  # Save As
    assert target.read_bytes() == SAMPLE.read_bytes()
    assert lock_path(target).read_text(encoding="utf-8") == theirs  # their lock untouched
    assert registry.load(copy).document.general.title.endswith(" muudetud")
    assert window.files.path == copy
    assert "(kirjutuskaitstud)" not in window.windowTitle()
    assert not window.safety.read_only_label.isVisibleTo(window)
    assert read_owner(copy).pid == os.getpid()


def test_save_as_onto_a_file_open_elsewhere_is_refused(qtbot, window, dialogs, tmp_path
                                                        ) -> None:
    target = _copy(tmp_path)
    _lock_by_someone_else(target)
    _edit_title(qtbot, window)
    dialogs.save_names = [str(target)]
    assert not window.files.save_as()  # the message offers Save As; the stub answers Cancel
    assert "Mari Maasikas" in dialogs.texts("question")[-1]
    assert target.read_bytes() == SAMPLE.read_bytes()


def test_cancelling_the_lock_question_keeps_the_current_document(
        qtbot, window, dialogs, lock_answers, tmp_path) -> None:
    _asked, answers = lock_answers
    answers[0] = LockChoice.CANCEL
    target = _copy(tmp_path)
    theirs = _lock_by_someone_else(target)
    before = window.session.document.clone()
    assert not window.files.open_path(target)
    assert window.session.document == before
    assert window.files.path is None
    assert lock_path(target).read_text(encoding="utf-8") == theirs


def test_a_stale_lock_of_a_crashed_editor_is_taken_over_without_asking(
        qtbot, window, dialogs, lock_answers, tmp_path) -> None:
    asked, _answers = lock_answers
    target = _copy(tmp_path)
    owner = LockOwner(name="Mina", user="mina", host=platform.node(),
                      since=datetime.now().astimezone(), pid=_dead_pid())
    lock_path(target).write_text(format_owner(owner), encoding="utf-8")
    assert window.files.open_path(target)
    assert asked == []
    assert read_owner(target).pid == os.getpid()
    assert "(kirjutuskaitstud)" not in window.windowTitle()


def test_opening_another_document_gives_the_first_lock_back(qtbot, window, dialogs,
                                                            tmp_path) -> None:
    first, second = _copy(tmp_path, SAMPLE, "a.ametijuhend"), \
        _copy(tmp_path, OTHER_SAMPLE, "b.ametijuhend")
    assert window.files.open_path(first)
    assert lock_path(first).exists()
    assert window.files.open_path(second)
    assert not lock_path(first).exists()
    assert read_owner(second).pid == os.getpid()
    window.files.new_document("ametnik")
    assert not lock_path(second).exists()


# -- the file changed, deleted or write-protected behind the editor's back -------------------------


def test_a_file_changed_by_someone_else_is_not_overwritten(qtbot, window, dialogs, tmp_path
                                                           ) -> None:
    target = _copy(tmp_path)
    assert window.files.open_path(target)
    shutil.copy(OTHER_SAMPLE, target)  # someone else saved their version meanwhile
    _edit_title(qtbot, window)
    dialogs.unsaved_answer = CANCEL
    assert not window.files.save()
    [message] = dialogs.texts("question")
    assert str(target) in message and "muudetud väljaspool" in message
    assert sorted(dialogs.buttons[-1]) == ["&Loobu", "Salvesta &kui…"]
    assert target.read_bytes() == OTHER_SAMPLE.read_bytes()
    assert window.isWindowModified()

    elsewhere = tmp_path / "minu versioon.ametijuhend"
    dialogs.unsaved_answer = SAVE  # "Save As…"
    dialogs.save_names = [str(elsewhere)]
    assert window.files.save()
    assert target.read_bytes() == OTHER_SAMPLE.read_bytes()
    assert registry.load(elsewhere).document.general.title.endswith(" muudetud")
    assert window.files.path == elsewhere
    assert not window.isWindowModified()


def test_a_deleted_file_is_reported_before_saving(qtbot, window, dialogs, tmp_path) -> None:
    target = _copy(tmp_path)
    assert window.files.open_path(target)
    target.unlink()
    _edit_title(qtbot, window)
    assert not window.files.save()
    assert "kustutatud" in dialogs.texts("question")[-1]
    assert not target.exists()
    dialogs.unsaved_answer = SAVE  # "Save As…", and the same name again
    dialogs.save_names = [str(target)]
    assert window.files.save()
    assert registry.load(target).document.general.title.endswith(" muudetud")
    assert window.files.path == target and not window.isWindowModified()


def test_a_read_only_file_is_not_saved_over(qtbot, window, dialogs, tmp_path) -> None:
    target = _copy(tmp_path)
    assert window.files.open_path(target)
    _edit_title(qtbot, window)
    target.chmod(0o444)
    try:
        assert not window.files.save()
        message = dialogs.texts("question")[-1]
        assert "kirjutuskaitstud" in message and str(target) in message
        assert "Salvesta &kui…" in dialogs.buttons[-1]
        assert target.read_bytes() == SAMPLE.read_bytes()
    finally:
        target.chmod(0o644)


def test_a_full_disk_keeps_the_old_file(qtbot, window, dialogs, tmp_path, monkeypatch) -> None:
    target = _copy(tmp_path)
    assert window.files.open_path(target)
    window.safety.set_backup_count(0)  # the failure must come from writing the file itself
    _edit_title(qtbot, window)

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(registry, "save", disk_full)
    assert not window.files.save()
    message = dialogs.texts("question")[-1]
    assert str(target) in message
    assert target.read_bytes() == SAMPLE.read_bytes()
    assert window.isWindowModified()


def test_the_editor_starts_and_works_with_an_unusable_data_folder(
        qtbot, dialogs, own, monkeypatch, tmp_path) -> None:
    """A file where the data folder should be: the window still starts; autosave says why not."""
    from ametieditor.gui.app import create_window
    from tests.gui.helpers import show_started, type_text

    blocker = tmp_path / "andmed"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("AMETIEDITOR_DATA_DIR", str(blocker))
    window = create_window()
    own(window)
    show_started(qtbot, window)
    qtbot.waitUntil(lambda: window.spelling.started, timeout=5000)
    title = window.panes["general"].ui.titleEdit
    title.setFocus()
    type_text(qtbot, title, "Jurist")
    assert window.session.document.general.title == "Jurist"
    assert window.safety.autosave() is False
    assert "Automaatne salvestamine ebaõnnestus" in window.statusBar().currentMessage()
    assert str(blocker) in window.statusBar().currentMessage()
    target = tmp_path / "jurist.ametijuhend"
    dialogs.save_names.append(str(target))
    assert window.files.save()  # a new file needs no backup folder
    assert registry.load(target).document.general.title == "Jurist"
