"""Parts that are just rich text: 2. purpose, 6. work tools, 8. amendment; and an
unknown numbered section ("9. LISAD"), read as an extra section."""

from __future__ import annotations

from ametieditor.formats.textparse.context import ParseContext, Section
from ametieditor.model.document import ExtraSection

#: Part key -> the document attribute its paragraphs go to.
_ATTRIBUTES = {"purpose": "purpose", "work_tools": "work_tools", "amendment": "amendment"}


def read(ctx: ParseContext, section: Section) -> None:
    """The section's paragraphs and bullets as the part's text."""
    blocks = ctx.rich(section.lines)
    setattr(ctx.doc, _ATTRIBUTES[section.key], blocks)
    ctx.found(section.key, section.heading, len(blocks), section.number)


def read_unknown(ctx: ParseContext, section: Section) -> None:
    """A numbered heading nobody knows ("9. LISAD"): an extra section, heading and text."""
    extra = ExtraSection(section.heading, ctx.rich(section.lines))
    ctx.doc.extra_sections.append(extra)
    ctx.found("extra_sections", section.heading, len(extra.content), section.number)
