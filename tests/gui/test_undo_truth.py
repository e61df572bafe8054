"""Undo tells the truth (issue 15, item 5): no empty steps, "changed" follows the clean state.

Through the real window: typing with the keyboard, Ctrl+Z, the Edit menu's
actions, closing the window.
"""

from __future__ import annotations

import datetime as dt
import shutil

from PySide6.QtCore import Qt

from ametieditor.formats import registry
from ametieditor.model.document import Meta
from tests.conftest import SAMPLE_FILES
from tests.gui.helpers import choose_part, click, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _type_and_delete(qtbot, widget, text: str = "abcd") -> None:
    type_text(qtbot, widget, text)
    for _ in text:
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)


def _closes_without_asking(window, dialogs) -> bool:
    asked = len(dialogs.texts("question"))
    closed = window.close()
    return closed and len(dialogs.texts("question")) == asked


def test_typing_and_deleting_in_a_list_leaves_no_phantom_redo(qtbot, window, dialogs) -> None:
    choose_part(qtbot, window, "rights")
    editor = window.panes["rights"].ui.editor
    click(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_End, CTRL)
    _type_and_delete(qtbot, editor)
    assert not window.menu_bar.redo_action.isEnabled()
    assert not window.menu_bar.undo_action.isEnabled()
    assert window.session.undo_stack.count() == 0
    assert not window.isWindowModified()
    assert _closes_without_asking(window, dialogs)


def test_typing_and_deleting_in_a_field_after_a_save_is_unchanged(
        qtbot, window, dialogs, tmp_path) -> None:
    source = tmp_path / "dok.ametijuhend"
    shutil.copy(SAMPLE_FILES[0], source)
    assert window.files.open_path(source)
    edit = window.panes["general"].ui.unitEdit
    choose_part(qtbot, window, "general")
    click(qtbot, edit)
    type_text(qtbot, edit, "x")
    qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)  # saved with the "x"
    assert not window.isWindowModified()
    _type_and_delete(qtbot, edit)
    assert not window.isWindowModified()
    assert not window.menu_bar.redo_action.isEnabled()
    assert window.session.undo_stack.count() == 1  # the "x", before the save
    assert _closes_without_asking(window, dialogs)


def test_undoing_back_to_the_saved_state_is_not_changed(qtbot, window, dialogs,
                                                         tmp_path) -> None:
    source = tmp_path / "dok.ametijuhend"
    shutil.copy(SAMPLE_FILES[0], source)
    assert window.files.open_path(source)
    choose_part(qtbot, window, "general")
    edit = window.panes["general"].ui.titleEdit
    click(qtbot, edit)
    type_text(qtbot, edit, " uus")
    assert window.isWindowModified()
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert edit.text() == registry.load(SAMPLE_FILES[0]).document.general.title
    assert not window.isWindowModified()
    assert "*" not in window.windowTitle().replace("[*]", "")
    window.menu_bar.redo_action.trigger()
    assert window.isWindowModified()  # a real change again
    window.menu_bar.undo_action.trigger()
    assert _closes_without_asking(window, dialogs)


def test_every_save_sets_the_modified_time(qtbot, window, dialogs, tmp_path) -> None:
    source = tmp_path / "dok.ametijuhend"
    doc = registry.load(SAMPLE_FILES[0]).document
    doc.meta = Meta(id="a" * 32, revision=2, created="2025-01-10T09:00:00+02:00",
                    modified="2025-01-10T09:00:00+02:00")
    registry.save(doc, source)
    assert window.files.open_path(source)
    choose_part(qtbot, window, "general")
    edit = window.panes["general"].ui.titleEdit
    click(qtbot, edit)
    type_text(qtbot, edit, "x")
    started = dt.datetime.now().astimezone().replace(microsecond=0)
    qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)
    saved = registry.load(source).document.meta
    assert dt.datetime.fromisoformat(saved.modified) >= started
    assert (saved.created, saved.id, saved.revision) == (
        "2025-01-10T09:00:00+02:00", "a" * 32, 2)
    assert not window.isWindowModified()  # bookkeeping, not an edit


def test_a_first_save_gives_the_file_its_times(qtbot, window, dialogs, tmp_path) -> None:
    assert registry.load(SAMPLE_FILES[0]).document.meta is None
    source = tmp_path / "dok.ametijuhend"
    shutil.copy(SAMPLE_FILES[0], source)
    assert window.files.open_path(source)
    started = dt.datetime.now().astimezone().replace(microsecond=0)
    assert window.files.save()
    saved = registry.load(source).document.meta
    assert saved is not None and saved.created == saved.modified
    assert dt.datetime.fromisoformat(saved.modified) >= started
