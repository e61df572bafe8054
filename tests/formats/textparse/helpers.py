"""Running one section reader on a few lines of text."""

from __future__ import annotations

from collections.abc import Callable

from ametieditor.formats.import_lines import lines_from_text, make_lines
from ametieditor.formats.textparse.context import ParseContext, Section


def run_reader(reader: Callable[[ParseContext, Section], None], key: str, text: str,
               space_bullets: bool = False) -> ParseContext:
    """``reader`` over the lines of ``text`` as the section ``key``; the context after."""
    ctx = ParseContext("txt", space_bullets=space_bullets)
    reader(ctx, Section(key, key.upper(), 1, make_lines(lines_from_text(text))))
    ctx.doc.import_notes = list(ctx.notes)
    return ctx


def texts(blocks) -> list[str]:
    """Blocks as strings, a bullet marked with "• "."""
    return [("• " if block.is_bullet else "") + block.text for block in blocks]
