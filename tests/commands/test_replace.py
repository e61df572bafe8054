"""Replacing found text goes through the undo stack as one step."""

from __future__ import annotations

from ametieditor.commands import EditSession
from ametieditor.commands.replace import replace_texts
from ametieditor.model.document import Block, BlockKind
from ametieditor.model.search import SearchOptions, find_all, replaced_texts
from tests.support.factories import full_document


def test_replace_all_is_one_undo_step_and_undo_restores_everything() -> None:
    doc = full_document()
    doc.general.unit = "Laste heaolu osakond"
    doc.purpose.append(Block.li("Laste heaolu osakonna töö."))
    session = EditSession(doc)
    before = doc.clone()
    matches = find_all(doc, "laste heaolu", SearchOptions())
    assert len(matches) == 3  # 1.2 and two blocks of the purpose
    changed = replace_texts(session, replaced_texts(matches, "Perede heaolu"), "Asenda kõik")
    assert changed == 2  # two fields: the unit and the purpose's list
    assert session.document.general.unit == "Perede heaolu osakond"
    purpose = session.document.purpose
    assert purpose[0].text == "Ametikoha eesmärk on Perede heaolu valdkonna arendamine."
    assert (purpose[1].kind, purpose[1].text) == (BlockKind.BULLET,
                                                   "Perede heaolu osakonna töö.")
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Asenda kõik"
    session.undo_stack.undo()
    assert session.document == before
    session.undo_stack.redo()
    assert find_all(session.document, "laste heaolu") == []


def test_a_bullet_keeps_its_kind_and_nothing_changed_pushes_nothing() -> None:
    session = EditSession(full_document())
    [match] = find_all(session.document, "vajalikku")
    replace_texts(session, replaced_texts([match], "vajalikku"))
    assert session.undo_stack.count() == 0
    replace_texts(session, replaced_texts([match], "kogu"))
    block = session.document.rights.content[0]
    assert (block.kind, block.text) == (BlockKind.BULLET, "saada tööks kogu infot;")
