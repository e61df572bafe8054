"""Window keys work wherever the focus is (issue 15, item 6): Ctrl+E while typing.

Under X11's key scheme a line edit or text editor takes Ctrl+E for itself
("end of line") and the menu's Ctrl+E never fired. The offscreen platform of
the tests uses another scheme, so the field here takes Ctrl+E the way Qt's
own text widgets do under X11: by accepting the ShortcutOverride event.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox

from tests.gui.helpers import choose_part, click

CTRL = Qt.KeyboardModifier.ControlModifier


class _TakesEndOfLine(QObject):
    """What QLineEdit/QTextEdit do under X11: claim Ctrl+E (and Ctrl+A…) as their own."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+E"):
            event.accept()
            return True
        return False


@pytest.mark.parametrize(("part", "field"), [
    ("general", lambda pane: pane.ui.titleEdit),
    ("rights", lambda pane: pane.ui.editor),
])
def test_ctrl_e_exports_while_a_text_field_has_focus(qtbot, window, dialogs, part,
                                                     field) -> None:
    choose_part(qtbot, window, part)
    widget = field(window.panes[part])
    claim = _TakesEndOfLine(widget)
    widget.installEventFilter(claim)
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    click(qtbot, widget)
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_E, CTRL)
    # The export began: it asks first (a new document is not ready for signing) and
    # then for the file name, which the test's dialog leaves blank.
    assert "allkirjastamist" in dialogs.texts("question")[0]
    assert dialogs.kinds() == ["question", "save"]


def test_keys_of_the_field_stay_the_fields(qtbot, window, dialogs) -> None:
    """Ctrl+A (select all) and Ctrl+Left are not window keys: the field keeps them."""
    choose_part(qtbot, window, "general")
    edit = window.panes["general"].ui.titleEdit
    click(qtbot, edit)
    edit.setText("kaks sõna")
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    assert edit.selectedText() == "kaks sõna"
    assert dialogs.kinds() == []
