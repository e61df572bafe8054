"""4. ÕIGUSED and 5. VASTUTUS: an optional intro ending in a colon, then bullets."""

from __future__ import annotations

from ametieditor.formats.textparse.context import ParseContext, Section
from ametieditor.model.document import IntroList

#: Part key -> the document attribute it fills.
_ATTRIBUTES = {"rights": "rights", "responsibilities": "responsibilities"}


def intro_list(ctx: ParseContext, section: Section) -> IntroList:
    """Intro (``Ametnikul on õigus:``) and the items after it."""
    blocks = ctx.rich(section.lines)
    part = IntroList()
    if blocks and not blocks[0].is_bullet and blocks[0].text.endswith(":"):
        part.intro = blocks.pop(0).text
    part.content = blocks
    return part


def read(ctx: ParseContext, section: Section) -> None:
    """Fill the rights or the responsibilities from the section."""
    part = intro_list(ctx, section)
    setattr(ctx.doc, _ATTRIBUTES[section.key], part)
    ctx.found(section.key, section.heading, len(part.content), section.number)
