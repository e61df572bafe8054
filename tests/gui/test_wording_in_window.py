"""The wording library from the window: F4 picks into the pane, own entries, the manager."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ametieditor.gui.spell_highlighter import SpellMenu
from ametieditor.wording.entry import Category
from tests.gui.conftest import when_modal
from tests.gui.helpers import choose_part, click_check, show_started, type_text


def _pick(qtbot, search: str, seen: dict):
    """A handler for the picker: type ``search``, note what is offered, press Enter."""
    def handle(dialog) -> None:
        browser = dialog.browser
        qtbot.keyClicks(browser.search, search)
        seen["categories"] = {browser.entry_of(browser.results.item(row)).category
                              for row in range(browser.results.count())}
        seen["entry"] = browser.current_entry()
        qtbot.keyClick(browser.search, Qt.Key.Key_Return)
    return handle


def test_f4_in_rights_inserts_a_right_and_ctrl_z_removes_it(qtbot, window) -> None:
    choose_part(qtbot, window, "rights")
    editor = window.panes["rights"].ui.editor
    editor.setFocus()
    before = list(window.session.document.rights.content)
    seen: dict = {}
    when_modal(_pick(qtbot, "tooulesannete", seen))
    qtbot.keyClick(editor, Qt.Key.Key_F4)
    entry = seen["entry"]
    assert seen["categories"] == {Category.RIGHT}  # filtered to the pane's category
    assert entry is not None and "tööülesannete" in entry.text  # found without ö
    content = window.session.document.rights.content
    assert [block.text for block in content] == [block.text for block in entry.blocks]
    assert editor.blocks() == content
    assert window.menu_bar.undo_action.text().endswith(entry.name)  # one named undo step
    window.activateWindow()  # the picker had the focus
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.document.rights.content == before


def test_pick_goes_after_the_cursor_line_as_one_step(qtbot, window) -> None:
    choose_part(qtbot, window, "work_tools")
    assert window.session.document.work_tools is None  # a new document starts without them
    click_check(qtbot, window.panes["work_tools"].ui.enabledCheck)
    editor = window.panes["work_tools"].ui.editor
    editor.setFocus()
    type_text(qtbot, editor, "Sülearvuti")
    seen: dict = {}
    when_modal(_pick(qtbot, "", seen))
    window.wording_actions.pick_action.trigger()
    assert seen["categories"] == {Category.WORK_TOOLS}
    texts = [block.text for block in window.session.document.work_tools]
    assert texts[0] == "Sülearvuti" and texts[1:] == [b.text for b in seen["entry"].blocks]
    window.menu_bar.undo_action.trigger()
    assert [block.text for block in window.session.document.work_tools] == ["Sülearvuti"]


def test_competency_tab_takes_a_whole_group(qtbot, window) -> None:
    choose_part(qtbot, window, "requirements")
    ui = window.panes["requirements"].ui
    ui.tabs.setCurrentWidget(ui.competenciesTab)
    seen: dict = {}
    when_modal(_pick(qtbot, "kliendi", seen))
    window.wording_actions.pick_action.trigger()
    assert seen["categories"] == {Category.COMPETENCY}
    [group] = window.session.document.requirements.competencies.groups
    assert group.name == seen["entry"].name and group.content == seen["entry"].blocks
    assert ui.competenciesEditor.ui.itemsList.currentItem().text() == group.name
    window.menu_bar.undo_action.trigger()
    assert window.session.document.requirements.competencies.groups == []


def _save_dialog(qtbot, seen: dict, name: str):
    def handle(dialog) -> None:
        seen["text"] = dialog.text.toPlainText()
        seen["category"] = dialog.category.currentData()
        dialog.name.setText(name)
        buttons = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    return handle


def test_own_entry_from_the_current_item_survives_a_restart(qtbot, window, own) -> None:
    from ametieditor.gui.app import create_window
    from ametieditor.gui.wording_picker import set_shared_library

    choose_part(qtbot, window, "rights")
    editor = window.panes["rights"].ui.editor
    editor.setFocus()
    type_text(qtbot, editor, "- Kasutada asutuse sisevõrku kaugtöö ajal")
    qtbot.waitUntil(lambda: window.spelling.started, timeout=5000)
    menu = editor.findChild(SpellMenu).build_menu(editor.cursorRect().center())
    assert window.wording_actions.add_action in menu.actions()  # also on right-click
    menu.deleteLater()
    seen: dict = {}
    when_modal(_save_dialog(qtbot, seen, "Sisevõrk kaugtööl"))
    saved = window.wording_actions.add_to_library()
    assert seen == {"text": "Kasutada asutuse sisevõrku kaugtöö ajal", "category": "right"}
    assert saved is not None and not saved.bundled

    set_shared_library(None)  # a restart reads the library again from the data folder
    second = create_window()
    own(second)
    show_started(qtbot, second)
    choose_part(qtbot, second, "rights")
    second.panes["rights"].ui.editor.setFocus()
    found: dict = {}
    when_modal(_pick(qtbot, "sisevorku", found))
    second.wording_actions.pick_action.trigger()
    assert found["entry"].name == "Sisevõrk kaugtööl"
    assert [b.text for b in second.session.document.rights.content] == [
        "Kasutada asutuse sisevõrku kaugtöö ajal"]


def test_library_manager_from_the_settings_menu(qtbot, window) -> None:
    assert window.wording_actions.manage_action in window.menus["settings"].actions()
    assert window.wording_actions.pick_action in window.menus["edit"].actions()
    assert window.wording_actions.pick_action.shortcut().toString() == "F4"
    seen: dict = {}

    def handle(dialog) -> None:
        seen["name"] = dialog.objectName()
        seen["count"] = dialog.browser.results.count()
        dialog.accept()

    when_modal(handle)
    window.wording_actions.manage_action.trigger()
    assert seen["name"] == "libraryManager" and seen["count"] > 10


def test_parts_without_standard_wording_say_so(qtbot, window) -> None:
    choose_part(qtbot, window, "signatures")
    assert not window.wording_actions.pick()
    assert "tüüpsõnastust ei kasutata" in window.statusBar().currentMessage()
