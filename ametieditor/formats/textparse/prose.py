"""Parts that are just rich text: 2. purpose, 6. work tools, 8. amendment; and the
text of an unknown section, kept as import notes."""

from __future__ import annotations

from ametieditor.formats.import_lines import Line
from ametieditor.formats.textparse.context import ParseContext, Section
from ametieditor.i18n import tr

#: Part key -> the document attribute its paragraphs go to.
_ATTRIBUTES = {"purpose": "purpose", "work_tools": "work_tools", "amendment": "amendment"}


def read(ctx: ParseContext, section: Section) -> None:
    """The section's paragraphs and bullets as the part's text."""
    blocks = ctx.rich(section.lines)
    setattr(ctx.doc, _ATTRIBUTES[section.key], blocks)
    ctx.found(section.key, section.heading, len(blocks), section.number)


def read_unknown(ctx: ParseContext, section: Section) -> None:
    """A numbered heading nobody knows: its heading and text become import notes."""
    ctx.note([Line(section.written, section.number), *section.lines],
             tr("tundmatu peatükk „{h}”", 'unknown section "{h}"', h=section.heading))
