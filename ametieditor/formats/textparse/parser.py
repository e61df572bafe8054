"""The parse: lines in, a document and its import report out.

1. **Normalising lines** (:func:`~ametieditor.formats.import_lines.make_lines`):
   copy markup removed, bullet glyphs recognised, table rows kept as cells.
   PDF extraction sometimes loses the glyph and keeps the space after it;
   when a document shows that pattern (several lines led by a space, no
   glyphs) a space-led line is taken as a bullet.
2. **Approval note and signatures** are taken out of the flow wherever they
   stand (:mod:`.signatures`).
3. **Sections** are found by their headings (:mod:`.sections`).
4. **Each section** is read by the reader of its part (:data:`READERS`);
   the lines before the first heading are the title and, when they hold
   general-part labels, a general part without its heading.
5. **Nothing is dropped**: text that no reader could place becomes an
   :class:`~ametieditor.model.document.ImportNote` in the document, with the
   line it came from; decisions on weak evidence are listed in the report as
   guesses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import ametieditor.formats.textparse.duties as duties
import ametieditor.formats.textparse.general as general
import ametieditor.formats.textparse.intro_list as intro_list
import ametieditor.formats.textparse.prose as prose
import ametieditor.formats.textparse.requirements as requirements
import ametieditor.formats.textparse.sections as sections
import ametieditor.formats.textparse.signatures as signatures
from ametieditor.formats.import_lines import Line, SourceLine, make_lines
from ametieditor.formats.import_report import ImportReport
from ametieditor.formats.import_vocabulary import has_general_label, section_order
from ametieditor.formats.textparse.context import ParseContext, Section
from ametieditor.i18n import tr
from ametieditor.model.document import JobDescription

Reader = Callable[[ParseContext, Section], None]

#: Part key -> the reader of its section.
READERS: dict[str, Reader] = {
    "general": general.read,
    "purpose": prose.read,
    "duties": duties.read,
    "rights": intro_list.read,
    "responsibilities": intro_list.read,
    "work_tools": prose.read,
    "requirements": requirements.read,
    "amendment": prose.read,
    "unknown": prose.read_unknown,
}


def _context(lines: list[Line], source_kind: str) -> ParseContext:
    glyph_bullets = sum(1 for ln in lines if ln.bullet)
    space_led = sum(1 for ln in lines if ln.space_led)
    ctx = ParseContext(source_kind, space_bullets=space_led >= 3 and space_led > glyph_bullets)
    if ctx.space_bullets:
        ctx.guess(tr(
            "täppe ei ole märgitud; tühikuga algavad read loeti täppideks",
            "bullets carry no glyph; lines starting with a space were read as bullets"))
    return ctx


def parse_lines(source: Sequence[SourceLine],
                source_kind: str = "txt") -> tuple[JobDescription, ImportReport]:
    """The document in ``source`` and the report of how it was read.

    Never raises for odd input: what cannot be placed is kept as import notes.
    """
    lines = make_lines(source)
    ctx = _context(lines, source_kind)
    body = signatures.take_signatures(ctx, lines)
    body = signatures.take_approval(ctx, body)
    margins = [line for line in body if line.margin]
    body = [line for line in body if not line.margin]
    preamble, found = sections.split_sections(ctx, body)
    _read_preamble(ctx, preamble)
    for section in found:
        READERS[section.key](ctx, section)
    ctx.note([line for line in margins if line.origin], "")
    ctx.note([line for line in margins if not line.origin], tr("leheküljenumber", "page number"))
    report = ctx.report
    ctx.doc.import_notes = list(ctx.notes)
    report.notes = list(ctx.notes)
    present = {part.key for part in report.parts}
    report.missing = [key for key in section_order() if key not in present]
    report.parts.sort(key=lambda part: part.line or 0)
    return ctx.doc, report


def _read_preamble(ctx: ParseContext, lines: list[Line]) -> None:
    """The title line, and a general part written without its heading."""
    rest: list[Line] = []
    for line in lines:
        if line.cells is None and line.folded == "ametijuhend":
            ctx.found("title", line.text, 0, line.number)
        elif line.cells is None and re.match(r"^\s*ametijuhend\b", line.folded) \
                and not ctx.doc.general.title:
            # "AMETIJUHEND: Peaspetsialist" – the title with the post's name.
            ctx.found("title", line.text, 0, line.number)
            rest_text = re.sub(r"^\W*ametijuhend\W*", "", line.text, flags=re.IGNORECASE)
            if rest_text:
                ctx.doc.general.title = rest_text
                ctx.guess(tr("pealkirja järel olev tekst loeti ametinimetuseks",
                             "the text after the title was read as the post's title"), line)
        else:
            rest.append(line)
    if not any(line.folded for line in rest):
        return
    if any(has_general_label(ln.folded) for ln in rest if not ln.blank):
        general.read(ctx, Section("general", "", 0, rest))
    else:
        ctx.note(rest, tr("enne esimest peatükki", "before the first section"))
