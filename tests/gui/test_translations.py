"""English through Qt's translation system; the choice is stored and reaches i18n."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QProcess, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ametieditor.gui.language import apply_language
from ametieditor.gui.restart import restart_command
from ametieditor.gui.smoke import DELAY_ENV, MARKER, SMOKE_ENV
from ametieditor.i18n import current_language
from ametieditor.storage.lock import lock_path
from tests.conftest import REPO, SAMPLE_FILES
from tests.gui.helpers import click, type_text
from tests.support.scripts import load_script

TS = REPO / "resources" / "translations" / "ametieditor_en.ts"
QM = TS.with_suffix(".qm")


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path) -> None:
    module = load_script("build_translations")
    fresh = tmp_path / "fresh.qm"
    module.release(TS, fresh)
    assert QM.read_bytes() == fresh.read_bytes(), "run scripts/build_translations.py"
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")


def test_the_committed_ts_holds_every_string_of_the_sources(tmp_path) -> None:
    """lupdate over the sources changes nothing: no string is missing or left over.

    (A string whose context lupdate cannot see, e.g. ``parent.tr(...)``, would land
    under a context the running program never looks up.)
    """
    module = load_script("build_translations")
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    module.update(fresh, "en")
    assert fresh.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8"), \
        "run scripts/build_translations.py and translate the new strings"


@pytest.fixture
def english():
    QSettings().setValue("language", "en")
    yield apply_language()
    apply_language("et")


def test_english_interface_and_messages(qtbot, english, dialogs, own) -> None:
    from ametieditor.gui.app import create_window

    assert english == "en"
    assert current_language() == "en"
    window = create_window()
    own(window)
    assert [menu.title() for menu in window.menus.values()][:3] == ["&File", "&Edit", "&View"]
    assert window.navigator.item(1).text() == "2. Purpose (empty)"  # a new document's
    assert window.windowTitle().startswith("Untitled")
    assert window.panes["general"].ui.titleLabel.text() == "1.1 Post &title"
    assert "1.1 Ametinimetus: field is empty" in [
        window.check_panel.item(row).text() for row in range(window.check_panel.count())]


YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No
CANCEL = QMessageBox.StandardButton.Cancel


def answer_boxes(monkeypatch, dialogs, *answers) -> None:
    """Built message boxes (restart question, unsaved changes) answer in this order."""
    queue = list(answers)

    def ask(box: QMessageBox) -> int:
        dialogs.calls.append(("question", box.windowTitle(), box.text()))
        dialogs.buttons.append([button.text() for button in box.buttons()])
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", ask)


@pytest.fixture
def starts(monkeypatch) -> dict[str, list]:
    """Records new editor processes (none really starts) and requests to quit."""
    record: dict[str, list] = {"processes": [], "quits": [], "result": [True]}

    def start(program, arguments=(), working_directory=""):
        record["processes"].append((program, list(arguments)))
        return (record["result"][0], 4242 if record["result"][0] else -1)

    monkeypatch.setattr(QProcess, "startDetached", staticmethod(start))
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: record["quits"].append(1)))
    return record


def visible_texts(window) -> list[str]:
    window.check_panel.recheck()
    return ([menu.title() for menu in window.menus.values()]
            + [window.navigator.item(row).text() for row in range(window.navigator.count())]
            + [window.check_panel.item(row).text() for row in range(window.check_panel.count())]
            + [window.windowTitle(), window.panes["general"].ui.titleLabel.text()])


def test_choosing_english_is_stored_and_the_window_stays_estonian(
        qtbot, window, dialogs, monkeypatch, starts) -> None:
    answer_boxes(monkeypatch, dialogs, NO)
    before = visible_texts(window)
    assert "1.1 Ametinimetus: väli on täitmata" in before
    window.menu_bar.language_actions["en"].trigger()
    assert QSettings().value("language") == "en"
    assert current_language() == "et"
    assert visible_texts(window) == before  # menus, navigator and check messages alike
    assert dialogs.calls == [("question", "Keel / Language",
                              "Keel vahetub pärast Ametieditori taaskäivitamist.\n"
                              "The language changes when Ametieditor restarts.")]
    assert dialogs.buttons == [["&Taaskäivita kohe / Restart now", "&Hiljem / Later"]]
    assert window.isVisible()  # Later: nothing else happens
    assert starts["processes"] == [] and starts["quits"] == []
    assert window.menu_bar.language_actions["en"].isChecked()


def test_an_english_window_asks_in_english_first(qtbot, english, dialogs, own, monkeypatch,
                                                 starts) -> None:
    from ametieditor.gui.app import create_window

    window = create_window()
    own(window)
    answer_boxes(monkeypatch, dialogs, NO)
    window.menu_bar.language_actions["et"].trigger()
    assert QSettings().value("language") == "et"
    assert current_language() == "en"
    assert dialogs.calls == [("question", "Language / Keel",
                              "The language changes when Ametieditor restarts.\n"
                              "Keel vahetub pärast Ametieditori taaskäivitamist.")]
    assert dialogs.buttons == [["&Restart now / Taaskäivita kohe", "&Later / Hiljem"]]
    assert [menu.title() for menu in window.menus.values()][:3] == ["&File", "&Edit", "&View"]


def test_choosing_the_language_in_use_asks_nothing(qtbot, window, dialogs, starts) -> None:
    QSettings().setValue("language", "en")  # chosen before, then Later
    window.menu_bar.language_actions["et"].trigger()
    assert QSettings().value("language") == "et"
    assert dialogs.calls == []
    assert starts["processes"] == []


def test_restart_now_starts_the_editor_with_the_same_file(
        qtbot, window, dialogs, monkeypatch, starts, tmp_path) -> None:
    path = tmp_path / "minu.ametijuhend"
    shutil.copy(SAMPLE_FILES[0], path)
    assert window.files.open_path(path, ask=False)
    assert lock_path(path).exists()
    answer_boxes(monkeypatch, dialogs, YES)
    window.menu_bar.language_actions["en"].trigger()
    assert starts["processes"] == [(sys.executable, ["-m", "ametieditor.gui", str(path)])]
    assert starts["quits"] == [1]
    assert not window.isVisible()
    assert not lock_path(path).exists()  # closed the normal way before the new one starts
    assert QSettings().value("language") == "en"


def test_unsaved_changes_and_cancel_stop_the_restart(
        qtbot, window, dialogs, monkeypatch, starts) -> None:
    edit = window.panes["general"].ui.titleEdit
    window.show_part("general")
    click(qtbot, edit)
    type_text(qtbot, edit, "Muudetud")
    answer_boxes(monkeypatch, dialogs, YES, CANCEL)
    window.menu_bar.language_actions["en"].trigger()
    assert [title for _kind, title, _text in dialogs.calls] == [
        "Keel / Language", "Salvestamata muudatused"]
    assert window.isVisible()
    assert window.isWindowModified()
    assert edit.text().endswith("Muudetud")
    assert starts["processes"] == [] and starts["quits"] == []


def test_a_failed_start_is_reported_and_the_window_stays(
        qtbot, window, dialogs, monkeypatch, starts, tmp_path) -> None:
    path = tmp_path / "minu.ametijuhend"
    shutil.copy(SAMPLE_FILES[0], path)
    assert window.files.open_path(path, ask=False)
    starts["result"][0] = False
    answer_boxes(monkeypatch, dialogs, YES)
    window.menu_bar.language_actions["en"].trigger()
    assert len(starts["processes"]) == 1
    assert starts["quits"] == []
    assert window.isVisible()
    assert window.files.path == path
    assert lock_path(path).exists()  # the file is open again, locked for this window
    [error] = dialogs.texts("critical")
    assert "Ametieditori ei õnnestunud uuesti käivitada" in error
    assert str(path) in error


def test_restart_command_of_a_build_and_of_an_untitled_document(monkeypatch, tmp_path) -> None:
    path = tmp_path / "a.ametijuhend"
    assert restart_command(None) == (sys.executable, ["-m", "ametieditor.gui"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart_command(path) == (sys.executable, [str(path)])
    assert restart_command(None) == (sys.executable, [])


def test_the_restart_command_really_starts_the_editor_with_the_file(tmp_path) -> None:
    path = tmp_path / "minu.ametijuhend"
    shutil.copy(SAMPLE_FILES[0], path)
    program, arguments = restart_command(path)
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           SMOKE_ENV: "1", DELAY_ENV: "0"}
    result = subprocess.run([program, *arguments], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert MARKER in result.stdout
    # the new editor opened the file: it is first among its recent files
    assert QSettings().value("files/recent") in ([str(path)], str(path))


def test_strings_made_outside_their_own_class_are_translated_too(qtbot, english,
                                                                   tmp_path) -> None:
    from ametieditor.gui.wording_picker import WordingPicker
    from ametieditor.wording.library import WordingLibrary

    picker = WordingPicker(WordingLibrary(tmp_path / "user"))
    qtbot.addWidget(picker)
    assert picker.findChild(QWidget, "category").itemText(0) == "All categories"
