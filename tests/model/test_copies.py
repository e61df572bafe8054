"""Copies of rich text (undo commands, document clones) are equal and independent."""

from __future__ import annotations

import copy

from ametieditor.model.document import Block
from tests.support.factories import full_document


def test_a_copied_block_is_equal_and_separate() -> None:
    blocks = [Block.p("Ülesanne, sh:"), Block.li("üks;")]
    copied = copy.deepcopy(blocks)
    assert copied == blocks and all(a is not b for a, b in zip(copied, blocks, strict=True))
    copied[0].text = "muudetud"
    assert blocks[0].text == "Ülesanne, sh:"


def test_a_block_twice_in_a_structure_stays_one_block_in_the_copy() -> None:
    block = Block.li("sama")
    pair = copy.deepcopy([block, block])
    assert pair[0] is pair[1] and pair[0] is not block


def test_a_copied_document_keeps_every_block() -> None:
    document = full_document(3)
    copied = copy.deepcopy(document)
    assert copied == document
    copied.duties.items[1].task[0].text = "muudetud"
    assert document.duties.items[1].task[0].text == "Ülesanne 2 korraldamine, sh:"
