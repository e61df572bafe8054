"""Finding the parts: which lines are section headings, and the lines under each.

Sections are found by their heading words, not their numbers: diacritics
and case are ignored (OCR gives ``ULDOSA``), the number may be missing or
wrong, stray characters and copy markup (``**``, ``#``, ``<b>``) before the
heading are tolerated, the order may differ. A heading damaged by OCR
(``4. OIGUSEO``) is found by its closest variant when the line is
unmistakably a heading (numbered, or in capitals). A numbered capitalised
heading that is not known starts an unknown section, read as an extra section
("9. LISAD").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ametieditor.formats.import_lines import Line
from ametieditor.formats.import_vocabulary import (
    ROMAN_NUMBER,
    SECTION_NUMBER,
    canonical_heading,
    fold,
    roman,
    section_for,
)
from ametieditor.formats.textparse.context import ParseContext, Section
from ametieditor.i18n import tr

#: Stray OCR characters before a heading: punctuation and lone letters.
_STRAY = re.compile(r"^(?:[^\w\s]+\s*|[^\W\d](?=\s+\d)\s*)+")


class Heading(NamedTuple):
    key: str  # part key or "unknown"
    words: str  # the heading as written, without number
    number: int | None  # its section number, when it has one
    after: str  # text after "HEADING:" on the same line, else ""


def heading_of(line: Line) -> Heading | None:
    """The heading ``line`` is, or None.

    The text after it is what follows ``HEADING:`` on the same line
    ("2. AMETIKOHA EESMÄRK: Ametikoha eesmärk on …"), else "".
    """
    if line.blank or line.cells is not None or line.bullet:
        return None
    cleaned = _STRAY.sub("", line.text.replace("**", "").strip())
    number: int | None = None
    if match := SECTION_NUMBER.match(cleaned):
        number = int(match.group(1))
        cleaned = cleaned[match.end():]
    elif (match := ROMAN_NUMBER.match(cleaned)) and match.group(1):
        number = roman(match.group(1))
        cleaned = cleaned[match.end():]
    candidates = [(cleaned.strip().rstrip(":").strip(), "")]
    head, colon, rest = cleaned.partition(":")
    if colon and rest.strip():
        candidates.append((head.strip(), rest.strip()))
    for words, after in candidates:
        heading = _candidate(words, after, number)
        if heading is not None:
            return heading
    return None


def _candidate(words: str, after: str, number: int | None) -> Heading | None:
    if len(words) > 80:
        return None
    key_fold = fold(words)
    if not key_fold:
        return None
    capitals = words.isupper()
    # Only a line that is unmistakably a heading may match a damaged variant.
    key = section_for(key_fold, fuzzy=number is not None and capitals and not after)
    if key is not None:
        # A bare word like "Eesmärk" or "Vastutus" in running text is not a
        # heading unless it is numbered or written in capitals.
        if number is None and not capitals and len(key_fold.split()) < 2:
            return None
        if after and number is None and not capitals:
            return None
        return Heading(key, words, number, after)
    if number is not None and not after and capitals and len(words) >= 4 \
            and re.fullmatch(r"[^\W\d_][\w\s,\-–()]*", words):
        return Heading("unknown", words, number, "")
    return None


def split_sections(ctx: ParseContext, lines: list[Line]) -> tuple[list[Line], list[Section]]:
    """The lines before the first heading, and each section with its lines."""
    preamble: list[Line] = []
    sections: list[Section] = []
    seen: set[str] = set()
    for line in lines:
        heading = heading_of(line)
        if heading is not None and heading.key in seen and heading.key != "unknown":
            heading = None  # the same heading twice: a repeated page header, or text
        if heading is None:
            (sections[-1].lines if sections else preamble).append(line)
            continue
        seen.add(heading.key)
        _report_heading(ctx, heading, line, expected=len(sections) + 1)
        section = Section(heading.key, heading.words, line.number)
        after = heading.after
        if after:
            section.lines.append(Line(after, line.number, raw=after, hard=line.hard))
        section.written = line.text if not after else line.text[:-len(after)].strip()
        sections.append(section)
    return preamble, sections


def _report_heading(ctx: ParseContext, heading: Heading, line: Line, expected: int) -> None:
    key, words, number = heading.key, heading.words, heading.number
    canonical = canonical_heading(key)
    if key == "unknown":
        ctx.guess(tr("tundmatu peatükk „{h}” loeti lisaosaks",
                     'unknown section "{h}" read as an extra section', h=words), line)
        return
    if number is None:
        ctx.guess(tr("numbrita pealkiri loeti peatükiks {n}. {h}",
                     "heading without number taken as {n}. {h}", n=expected, h=canonical),
                  line)
    elif number != expected:
        ctx.guess(tr("peatüki „{h}” number {got} ei ole järjekorras (oodati {n}); "
                     "numbrid arvutatakse uuesti",
                     'section "{h}" is numbered {got}, expected {n}; numbers are '
                     "computed anew", h=canonical, got=number, n=expected), line)
    if words != canonical and words.upper() != canonical \
            and section_for(fold(words)) is None:
        ctx.guess(tr("kahjustatud pealkiri „{w}” loeti kui {h}",
                     'damaged heading "{w}" read as {h}', w=words, h=canonical), line)
    elif words != canonical and fold(words) == fold(canonical) and words.upper() != canonical:
        ctx.guess(tr("pealkiri „{w}” loeti kui {h}", 'heading "{w}" read as {h}',
                     w=words, h=canonical), line)
