"""Typing with a review open updates only the proposals the edit touched.

Before, every keystroke rebuilt the "Ülevaatus" list and worked out the state of
every proposal twice (200 ms a keystroke with 1,000 proposals at 1,000 duties,
benchmarks/bench_editor_keystroke.py --review), and the selection and the scroll
position were lost with the rebuilt list. The tests load a returned review with
many tracked changes through the File menu, type, undo, add rows and accept,
and check after each step that every entry shows the state the document gives
it now, that the entries are the same objects (the list was not rebuilt), and
how many states a keystroke worked out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ametieditor.formats import xml_format
from ametieditor.formats.docx_review import review_docx
from ametieditor.gui import review as review_module
from ametieditor.gui.review import ReviewPanel
from ametieditor.model.review import proposal_state
from tests.gui.helpers import choose_part, click_check, type_text
from tests.gui.test_review_in_window import _action
from tests.gui.test_revisions import _click_tree, _open
from tests.support.factories import full_document
from tests.support.word_review import review_everywhere

CTRL = Qt.KeyboardModifier.ControlModifier


def _load_review(window, dialogs, tmp_path: Path, duties: int = 60,
                 changes: int = 150) -> ReviewPanel:
    source = tmp_path / "suur.ametijuhend"
    xml_format.write(full_document(duties), source)
    _open(window, dialogs, source)
    returned = tmp_path / "suur_jurist.docx"
    returned.write_bytes(review_everywhere(review_docx(window.session.document),
                                           changes, changes // 2))
    dialogs.open_name = str(returned)
    _action(window, "readReview").trigger()
    panel = window.findChild(ReviewPanel, "reviewPanel")
    assert len(panel.review.proposals) >= 100
    return panel


def _wrong_states(panel: ReviewPanel) -> list[str]:
    """Entries whose text is not what the document and the rejections make of them now."""
    doc = panel.session.document
    wrong = []
    for index, proposal in enumerate(panel.review.proposals):
        state = "rejected" if index in panel.rejected else proposal_state(doc, proposal)
        item = panel.items()[index]
        if item.text(0) != panel._proposal_text(proposal, state):
            wrong.append(item.text(0))
    return wrong


@pytest.fixture
def states_worked_out(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per proposal state the panel works out."""
    counted: list[int] = []

    def counting(doc, proposal):
        counted.append(1)
        return proposal_state(doc, proposal)

    monkeypatch.setattr(review_module, "proposal_state", counting)
    return counted


def _a_task_proposal(panel: ReviewPanel) -> tuple[int, int]:
    """A proposal far down the list that changes the first block of a task (a word put in
    capitals): its index and the task's row."""
    return next((index, proposal.path[2]) for index, proposal in enumerate(
        panel.review.proposals) if proposal.path[:2] == ("duties", "items")
        and proposal.path[2] >= 30 and proposal.path[3:] == ("task",) and proposal.start == 0)


def test_typing_updates_only_the_touched_entry_and_keeps_the_list(
        qtbot, window, dialogs, tmp_path, states_worked_out, monkeypatch) -> None:
    panel = _load_review(window, dialogs, tmp_path)
    assert _wrong_states(panel) == []
    rebuilt: list[int] = []
    monkeypatch.setattr(panel.tree, "clear", lambda: rebuilt.append(1))
    entries = panel.items()
    index, row = _a_task_proposal(panel)
    label = f"3.{row + 1} ülesanne"
    item = entries[index]
    _click_tree(qtbot, panel, item)  # shows the task, the cursor at its start
    pane = window.panes["duties"]
    assert window.stack.currentWidget() is pane and pane.current_row() == row
    assert panel.accept_button.isEnabled()
    scrolled = panel.tree.verticalScrollBar().value()
    assert scrolled > 0  # the entry is far down the list

    states_worked_out.clear()
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_Delete)  # the first letter of the task
    # At once, not after a pause: the reviewer's change no longer applies.
    assert item.text(0).startswith(f"⚠ tekst on vahepeal muutunud: {label}")
    assert not panel.accept_button.isEnabled()
    assert len(states_worked_out) <= 3  # the task's own proposals, not all of them
    type_text(qtbot, pane.ui.taskEdit, "Õ")
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_Z, CTRL)  # the typing undone, as one step
    assert not item.text(0).startswith("⚠")  # pending again
    assert panel.accept_button.isEnabled()
    assert len(states_worked_out) <= 3 * 3

    assert rebuilt == [] and panel.items() == entries  # the same entries, not a new list
    assert panel.tree.currentItem() is item  # the selection kept …
    assert panel.tree.verticalScrollBar().value() == scrolled  # … and the scroll position
    assert _wrong_states(panel) == []

    panel.accept_button.click()
    assert item.text(0).startswith(f"✓ vastu võetud: {label}")
    window.menu_bar.undo_action.trigger()
    assert not item.text(0).startswith("✓")
    assert rebuilt == [] and _wrong_states(panel) == []


def test_rows_added_parts_switched_off_and_accept_all_show_the_right_states(
        qtbot, window, dialogs, tmp_path, monkeypatch) -> None:
    panel = _load_review(window, dialogs, tmp_path)
    rebuilt: list[int] = []
    monkeypatch.setattr(panel.tree, "clear", lambda: rebuilt.append(1))
    pane = window.panes["duties"]
    window.show_part("duties")
    pane.select_row(10)
    pane.actions_by_name["insert_above"].trigger()  # the duties from 3.11 on move down
    stale = [item for item in panel.items() if item.text(0).startswith("⚠")]
    assert len(stale) > 20  # their proposals point at the rows they were made on
    assert _wrong_states(panel) == []
    window.menu_bar.undo_action.trigger()
    assert not any(item.text(0).startswith("⚠") for item in panel.items())

    rights = window.session.document.rights
    choose_part(qtbot, window, "rights")
    click_check(qtbot, window.panes["rights"].ui.enabledCheck)  # the part switched off
    assert window.session.document.rights is None
    assert _wrong_states(panel) == []
    window.menu_bar.undo_action.trigger()
    assert window.session.document.rights == rights
    assert _wrong_states(panel) == []

    panel.accept_all_button.click()
    assert not panel.accept_all_button.isEnabled()
    assert all(item.text(0).startswith("✓") for item in panel.items()[:100])
    assert _wrong_states(panel) == []
    window.menu_bar.undo_action.trigger()
    assert panel.accept_all_button.isEnabled() and _wrong_states(panel) == []
    panel.reject_all_button.click()
    assert _wrong_states(panel) == [] and not panel.accept_all_button.isEnabled()
    assert rebuilt == []
