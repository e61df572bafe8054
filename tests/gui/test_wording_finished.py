"""The wording picker, finished (issue 15, item 4): names filled, several at once, kinds.

Through the real window: F4 in the pane, clicks and Enter in the picker, Ctrl+Z.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ametieditor.wording.listing import EMPLOYEE, OFFICIAL
from tests.gui.conftest import when_modal
from tests.gui.helpers import choose_part, click, click_check

CTRL = Qt.KeyboardModifier.ControlModifier


def _choose(qtbot, search: str, rows: list[int], seen: dict):
    """A picker handler: search, click ``rows`` (Ctrl+click after the first), press Enter."""
    def handle(dialog) -> None:
        browser = dialog.browser
        qtbot.keyClicks(browser.search, search)
        results = browser.results
        seen["labels"] = [results.item(row).text() for row in range(results.count())]
        seen["shown"] = [browser.entry_of(results.item(row)) for row in range(results.count())]
        for position, row in enumerate(rows):
            rect = results.visualItemRect(results.item(row))
            qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton,
                             CTRL if position else Qt.KeyboardModifier.NoModifier,
                             rect.center())
        seen["chosen"] = [seen["shown"][row] for row in rows]
        seen["count"] = browser.count.text()
        qtbot.keyClick(results, Qt.Key.Key_Return)
    return handle


def _empty_item_text(qtbot, window, tab: str, editor: str):
    """Requirements pane, ``tab``: add an item with the editor's + button, focus its text."""
    choose_part(qtbot, window, "requirements")
    ui = window.panes["requirements"].ui
    ui.tabs.setCurrentWidget(getattr(ui, tab))
    if tab == "additionalTab" and not ui.additionalCheck.isChecked():
        click_check(qtbot, ui.additionalCheck)  # a new document starts without this part
    named = getattr(ui, editor)
    click(qtbot, named.ui.addButton)
    click(qtbot, named.ui.contentEdit)
    return named


def test_a_group_picked_into_an_unnamed_group_brings_its_name(qtbot, window) -> None:
    named = _empty_item_text(qtbot, window, "competenciesTab", "competenciesEditor")
    competencies = window.session.document.requirements.competencies
    assert [group.name for group in competencies.groups] == [""]
    steps = window.session.undo_stack.count()
    seen: dict = {}
    when_modal(_choose(qtbot, "kliendi", [0], seen))
    qtbot.keyClick(named.ui.contentEdit, Qt.Key.Key_F4)
    [entry] = seen["chosen"]
    [group] = competencies.groups
    assert (group.name, group.content) == (entry.name, entry.blocks)
    assert named.ui.itemsList.currentItem().text() == "Kliendikesksus"  # not "(nimetu)"
    assert window.session.undo_stack.count() == steps + 1
    window.menu_bar.undo_action.trigger()
    assert [(g.name, g.content) for g in competencies.groups] == [("", [])]


def test_an_additional_competency_brings_its_name_and_keeps_one_typed(qtbot, window) -> None:
    named = _empty_item_text(qtbot, window, "additionalTab", "additionalEditor")
    items = window.session.document.requirements.additional.items
    seen: dict = {}
    when_modal(_choose(qtbot, "loovus", [0], seen))
    qtbot.keyClick(named.ui.contentEdit, Qt.Key.Key_F4)
    assert (items[0].name, items[0].content) == ("Loovus", seen["chosen"][0].blocks)
    # A name the user gave stays: only the text is added.
    named.ui.nameCombo.setFocus()
    items[0].name = "Minu nimi"  # as if typed, without a step: the check is the picker's
    named.load()
    click(qtbot, named.ui.contentEdit)
    when_modal(_choose(qtbot, "juhendamis", [0], seen))
    qtbot.keyClick(named.ui.contentEdit, Qt.Key.Key_F4)
    assert items[0].name == "Minu nimi"


def test_several_groups_at_once_are_one_undo_step(qtbot, window) -> None:
    choose_part(qtbot, window, "requirements")
    ui = window.panes["requirements"].ui
    ui.tabs.setCurrentWidget(ui.competenciesTab)
    steps = window.session.undo_stack.count()
    seen: dict = {}
    when_modal(_choose(qtbot, "", [0, 2, 3], seen))
    window.wording_actions.pick_action.trigger()
    groups = window.session.document.requirements.competencies.groups
    assert seen["count"].endswith(", valitud 3")
    assert [g.name for g in groups] == [e.name for e in seen["chosen"]]
    assert all(g.content for g in groups)
    assert window.session.undo_stack.count() == steps + 1
    window.menu_bar.undo_action.trigger()
    assert groups == []


def test_several_rights_at_once_go_in_as_one_step(qtbot, window) -> None:
    choose_part(qtbot, window, "rights")
    editor = window.panes["rights"].ui.editor
    editor.setFocus()
    before = list(window.session.document.rights.content)
    seen: dict = {}
    when_modal(_choose(qtbot, "", [1, 4], seen))
    qtbot.keyClick(editor, Qt.Key.Key_F4)
    texts = [b.text for b in window.session.document.rights.content]
    wanted = [b.text for e in seen["chosen"] for b in e.blocks]
    assert texts[-len(wanted):] == wanted
    window.menu_bar.undo_action.trigger()
    assert window.session.document.rights.content == before


def _kinds(entry) -> set[str]:
    return set(entry.tags) & {OFFICIAL, EMPLOYEE}


def test_the_documents_own_kind_comes_first_and_every_row_reads_differently(
        qtbot, window) -> None:
    for template, own, other in (("ametnik", OFFICIAL, EMPLOYEE),
                                 ("tootaja", EMPLOYEE, OFFICIAL)):
        assert window.files.new_document(template)
        choose_part(qtbot, window, "requirements")
        ui = window.panes["requirements"].ui
        ui.tabs.setCurrentWidget(ui.requirementsTab)  # has wording for each kind alone
        seen: dict = {}
        when_modal(_choose(qtbot, "", [0], seen))
        window.wording_actions.pick_action.trigger()
        groups = [0 if own in _kinds(e) else 2 if _kinds(e) == {other} else 1
                  for e in seen["shown"]]
        assert groups == sorted(groups) and groups[0] == 0 and 2 in groups
        assert len(set(seen["labels"])) == len(seen["labels"])  # no two rows alike
        assert all(f"[{', '.join(k for k in (OFFICIAL, EMPLOYEE) if k in _kinds(e))}]" in label
                   for e, label in zip(seen["shown"], seen["labels"], strict=True) if _kinds(e))
        window.session.undo_stack.setClean()


def test_the_count_speaks_estonian_grammar(qtbot, window) -> None:
    """"1 vastet" was wrong: one is "1 vaste", more are "2 vastet"."""
    choose_part(qtbot, window, "rights")
    seen: dict = {}

    def look(dialog) -> None:
        browser = dialog.browser
        qtbot.keyClicks(browser.search, "supervisiooni")
        seen["one"] = (browser.results.count(), browser.count.text())
        browser.search.clear()
        qtbot.keyClicks(browser.search, "ligip")
        seen["more"] = (browser.results.count(), browser.count.text())
        dialog.reject()

    when_modal(look)
    window.wording_actions.pick_action.trigger()
    assert seen["one"] == (1, "1 vaste")
    count = seen["more"][0]
    assert count > 1 and seen["more"][1] == f"{count} vastet"
