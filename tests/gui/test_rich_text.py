"""The rich-text editor maps model blocks to lines and back without loss."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from ametieditor.gui.widgets.rich_text import RichTextEdit
from ametieditor.model.document import Block, BlockKind
from tests.gui.helpers import type_text
from tests.support.factories import line

_blocks = st.lists(st.builds(Block, st.sampled_from(list(BlockKind)), line), min_size=1,
                   max_size=6)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(blocks=_blocks)
def test_blocks_survive_the_editor(qtbot, blocks) -> None:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    editor.set_blocks(blocks)
    if blocks == [Block.p("")]:
        assert editor.blocks() == []  # one empty paragraph is an empty editor
    else:
        assert editor.blocks() == blocks


def test_typing_bullets_and_paragraphs(qtbot) -> None:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    edits = []
    editor.blocks_edited.connect(edits.append)
    editor.show()
    editor.setFocus()
    type_text(qtbot, editor, "Ülesanne, sh:\n• üks\nkaks\n")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # empty bullet back to a paragraph
    type_text(qtbot, editor, "- ei ole punkt")  # "- " makes it a bullet again
    assert editor.blocks() == [Block.p("Ülesanne, sh:"), Block.li("üks"), Block.li("kaks"),
                               Block.li("ei ole punkt")]
    assert edits[-1] == editor.blocks()


def test_backspace_at_line_start_makes_a_paragraph(qtbot) -> None:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    editor.set_blocks([Block.p("a"), Block.li("b")])
    editor.focus_block(1)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.blocks() == [Block.p("a"), Block.p("b")]


def test_a_paragraph_starting_with_a_dash_stays_a_paragraph(qtbot) -> None:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    editor.set_blocks([Block.p("- mitte punkt")])
    assert editor.blocks() == [Block.p("- mitte punkt")]


def test_alt_arrows_move_lines(qtbot) -> None:
    editor = RichTextEdit()
    qtbot.addWidget(editor)
    editor.set_blocks([Block.li("a"), Block.li("b"), Block.p("c")])
    editor.focus_block(2)
    qtbot.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.blocks() == [Block.p("c"), Block.li("a"), Block.li("b")]
    assert editor.textCursor().blockNumber() == 0
