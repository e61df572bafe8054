"""GUI test fixtures: isolated QSettings, recorded modal dialogs, the main window."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ametieditor.gui.app import configure_application


@pytest.fixture(autouse=True)
def isolated_settings(isolated_environment: Path) -> Path:
    """QSettings reads its folder once per process: point it at this test's home."""
    folder = isolated_environment / ".config"
    folder.mkdir(parents=True, exist_ok=True)
    configure_application()
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    return folder


@dataclass
class Dialogs:
    """Stands in for every modal dialog; tests set the answers and read the calls."""

    calls: list[tuple[str, str, str]] = field(default_factory=list)
    open_name: str = ""
    save_names: list[str] = field(default_factory=list)
    unsaved_answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel
    #: What QMessageBox.question answers (e.g. "Eksportida ikkagi?" before an export).
    question_answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok
    buttons: list[list[str]] = field(default_factory=list)
    #: What the author question at the first export answers (None: cancelled).
    author_answer: str | None = ""

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]

    def texts(self, kind: str) -> list[str]:
        return [text for call_kind, _title, text in self.calls if call_kind == kind]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()

    def message(kind: str, answer: Any = QMessageBox.StandardButton.Ok):
        def show(_parent, title, text, *_args, **_kwargs):
            record.calls.append((kind, title, text))
            return record.question_answer if kind == "question" else answer
        return staticmethod(show)

    for kind in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, message(kind))

    def get_open(_parent, title, _folder="", _filter="", *_args, **_kwargs):
        record.calls.append(("open", title, _filter))
        return record.open_name, ""

    def get_save(_parent, title, start="", _filter="", *_args, **_kwargs):
        record.calls.append(("save", title, start))
        return (record.save_names.pop(0) if record.save_names else ""), ""

    def ask(box: QMessageBox) -> int:  # the unsaved-changes question is a built box
        record.calls.append(("question", box.windowTitle(), box.text()))
        record.buttons.append([button.text() for button in box.buttons()])
        return record.unsaved_answer

    monkeypatch.setattr(QMessageBox, "exec", ask)

    def ask_author(_parent, current: str = "") -> str | None:
        record.calls.append(("author", "Autori nimi", current))
        return record.author_answer

    from ametieditor.gui import export_author

    monkeypatch.setattr(export_author, "ask_author", ask_author)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    return record


def dispose(widget) -> None:
    """Close and really delete a window (left alive, thousands of widgets slow Qt down)."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot, dialogs):
    from ametieditor.gui.app import create_window

    main_window = create_window()
    main_window.show()
    qtbot.waitExposed(main_window)
    # The features beyond the panes come just after the first paint (start-up budget).
    qtbot.waitUntil(lambda: main_window.features_ready)
    yield main_window
    main_window.session.undo_stack.setClean()  # closing must not ask in teardown
    dispose(main_window)


@pytest.fixture
def own():
    """``own(window)``: the window is closed and deleted after the test."""
    windows = []
    yield windows.append
    for window in windows:
        window.session.undo_stack.setClean()
        dispose(window)


@pytest.fixture(autouse=True)
def fresh_wording_library():
    """The window's wording library is read anew from this test's data folder."""
    from ametieditor.gui.wording_picker import set_shared_library

    set_shared_library(None)
    yield
    set_shared_library(None)


def when_modal(handler, timeout_ms: int = 5000) -> None:
    """Run ``handler(dialog)`` once a modal dialog is open (call before opening it)."""
    from PySide6.QtCore import QDeadlineTimer, QTimer
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(timeout_ms)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if not deadline.hasExpired():
                QTimer.singleShot(10, poll)
            return
        try:
            handler(dialog)
        finally:  # a failing handler must not leave the test waiting on an open dialog
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)
