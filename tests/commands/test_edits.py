"""Commands on the model: redo, undo, merging of typing, list operations, parts.

No application object is needed: the commands and the undo stack are plain QObjects.
"""

from __future__ import annotations

import pytest

from ametieditor.commands import (
    DuplicateItem,
    EditSession,
    InsertItem,
    MoveItem,
    RemoveItem,
    ReplaceRichText,
    SetPart,
    SetValue,
)
from ametieditor.model.document import Block, Duty, IntroList
from tests.support.factories import full_document


@pytest.fixture
def session() -> EditSession:
    return EditSession(full_document(duty_count=4))


def test_typing_in_one_field_merges_into_one_command(session: EditSession) -> None:
    changed = []
    session.changed.connect(changed.append)
    for text in ("P", "Pe", "Pea"):
        session.push(SetValue(session, ("general", "title"), text))
    assert session.undo_stack.count() == 1
    assert session.document.general.title == "Pea"
    session.undo_stack.undo()
    assert session.document.general.title == "Peaspetsialist (lastemaja)"
    assert changed[-1] == ("general", "title")
    session.undo_stack.redo()
    assert session.document.general.title == "Pea"


def test_edits_of_different_fields_stay_separate(session: EditSession) -> None:
    session.push(SetValue(session, ("general", "title"), "A"))
    session.push(SetValue(session, ("general", "unit"), "B"))
    session.push(SetValue(session, ("general", "title"), "AC"))
    assert session.undo_stack.count() == 3
    session.push(SetValue(session, ("general", "title"), "ACD", merge=False))
    assert session.undo_stack.count() == 4
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.document.general.title == "A"
    assert session.document.general.unit == "B"


def test_typing_after_an_undo_starts_a_new_command(session: EditSession) -> None:
    session.push(SetValue(session, ("general", "title"), "A"))
    session.push(SetValue(session, ("general", "unit"), "B"))
    session.undo_stack.undo()
    session.push(SetValue(session, ("general", "unit"), "C"))
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.document.general.unit == "Laste heaolu osakond"


def test_typing_does_not_merge_across_a_save(session: EditSession) -> None:
    session.push(SetValue(session, ("general", "title"), "A"))
    session.undo_stack.setClean()
    session.push(SetValue(session, ("general", "title"), "AB"))
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.undo_stack.isClean()
    assert session.document.general.title == "A"


def test_typing_back_to_the_start_leaves_no_command(session: EditSession) -> None:
    original = session.document.general.title
    session.push(SetValue(session, ("general", "title"), original + "x"))
    session.push(SetValue(session, ("general", "title"), original))
    assert not session.undo_stack.canUndo()
    assert not session.undo_stack.canRedo()  # no phantom step to redo
    assert session.undo_stack.count() == 0
    assert session.document.general.title == original


def test_typing_back_to_the_saved_text_is_clean_again(session: EditSession) -> None:
    session.push(SetValue(session, ("general", "unit"), "B"))
    session.undo_stack.setClean()
    title = session.document.general.title
    session.push(SetValue(session, ("general", "title"), title + "x"))
    assert not session.undo_stack.isClean()
    session.push(SetValue(session, ("general", "title"), title))
    assert session.undo_stack.isClean()
    assert session.undo_stack.count() == 1 and not session.undo_stack.canRedo()


def test_an_edit_that_changes_nothing_is_not_a_step(session: EditSession) -> None:
    session.push(SetValue(session, ("general", "title"), session.document.general.title,
                          merge=False))
    session.push(SetPart(session, ("amendment",), session.document.amendment))
    assert session.undo_stack.count() == 0


def test_rich_text_replacement_is_a_copy(session: EditSession) -> None:
    blocks = [Block.p("Tööülesanne, sh:"), Block.li("üks")]
    session.push(ReplaceRichText(session, ("duties", "items", 0, "task"), blocks))
    blocks.append(Block.li("kaks"))  # the caller's list must not leak into the model
    assert session.document.duties.items[0].task == [Block.p("Tööülesanne, sh:"),
                                                     Block.li("üks")]
    session.undo_stack.undo()
    assert session.document.duties.items[0].task[0].text == "Ülesanne 1 korraldamine, sh:"


def _tasks(session: EditSession) -> list[str]:
    return [duty.task[0].text[:10] if duty.task else "" for duty in session.document.duties.items]


def test_insert_remove_move_duplicate_undo_in_order(session: EditSession) -> None:
    before = _tasks(session)
    items = ("duties", "items")
    session.push(InsertItem(session, items, 1, Duty(task=[Block.p("Uus")])))
    assert _tasks(session) == [before[0], "Uus", *before[1:]]
    session.push(MoveItem(session, items, 1, 3))
    assert _tasks(session) == [before[0], before[1], before[2], "Uus", before[3]]
    session.push(DuplicateItem(session, items, 0))
    assert _tasks(session)[:2] == [before[0], before[0]]
    session.push(RemoveItem(session, items, 0))
    assert _tasks(session) == [before[0], before[1], before[2], "Uus", before[3]]
    for _ in range(4):
        session.undo_stack.undo()
    assert _tasks(session) == before
    for _ in range(4):
        session.undo_stack.redo()
    assert _tasks(session) == [before[0], before[1], before[2], "Uus", before[3]]


def test_switching_a_part_off_and_on_keeps_its_text(session: EditSession) -> None:
    tools = session.document.work_tools
    session.push(SetPart(session, ("work_tools",), None))
    assert session.document.work_tools is None
    session.push(SetPart(session, ("work_tools",), []))
    assert session.document.work_tools == tools  # parked text comes back
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.document.work_tools == tools


def test_switching_on_an_absent_part_adds_an_empty_one() -> None:
    session = EditSession(full_document())
    session.document.rights = None
    session.push(SetPart(session, ("rights",), IntroList()))
    assert session.document.rights == IntroList()
    session.undo_stack.undo()
    assert session.document.rights is None


def test_replacing_the_document_clears_history(session: EditSession) -> None:
    session.push(SetValue(session, ("general", "title"), "X"))
    session.replace_document(full_document(1))
    assert session.undo_stack.count() == 0
    assert session.undo_stack.isClean()
    assert len(session.document.duties.items) == 1


def test_a_macro_is_one_step_and_an_empty_one_is_none(session: EditSession) -> None:
    with session.macro("Kaks muudatust"):
        session.push(SetValue(session, ("general", "title"), "A"))
        session.push(SetValue(session, ("general", "unit"), "B"))
    assert session.undo_stack.count() == 1
    assert session.undo_stack.text(0) == "Kaks muudatust"
    with session.macro("Mitte midagi"):
        session.push(SetValue(session, ("general", "title"), "A"))  # no change: no command
    assert session.undo_stack.count() == 1
    assert not session.undo_stack.canRedo()
