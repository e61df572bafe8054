"""Typing and clicking like a user, safely with Estonian letters."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; letters outside ASCII go as key events with text.

    (qtbot.keyClicks aborts the process on lowercase õ ä ö ü š ž.)
    """
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_check(qtbot, box: QWidget) -> None:
    """Click a check box on its indicator (its middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose_part(qtbot, window, key: str) -> None:
    """Click the part's entry in the navigator."""
    navigator = window.navigator
    row = [part.key for part in window.parts].index(key)
    rect = navigator.visualItemRect(navigator.item(row))
    qtbot.mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.panes[key]


def show_started(qtbot, window) -> None:
    """Show ``window`` and wait until the features that follow the first paint are in."""
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.features_ready)
