"""Lines of a foreign file as the import parser reads them, and rich text rebuilt from them.

:class:`SourceLine` is what every importer hands over (a table row is one
line with cells); :class:`Line` is its normalised form (bullet glyph
removed and remembered, markup expanded, page furniture marked);
:func:`reflow` joins wrapped lines back into paragraphs and bullets.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ametieditor.formats.import_markup import clean_markup, split_glued
from ametieditor.formats.import_vocabulary import (
    BULLET,
    DUTY_NUMBER,
    PAGE_NUMBER,
    TERMINAL,
    fold,
)
from ametieditor.model.document import Block, RichText


@dataclass
class SourceLine:
    """One line of the source, or one table row.

    ``cells`` is set for a table row (a DOCX table row, a tab-separated line):
    one list of lines per cell, bullets already marked with ``"• "``.
    ``number`` is the 1-based line (text, PDF) or paragraph (DOCX) number;
    ``origin`` says where a line outside the body was found ("päis", "tekstikast").
    """

    text: str
    number: int = 0
    cells: list[list[str]] | None = None
    origin: str = ""
    #: A whole paragraph (DOCX), never joined to the line before it; text and
    #: PDF lines are soft (they may be wraps of one paragraph).
    hard: bool = False
    #: Page header or footer text: searched for the approval note and
    #: signatures, otherwise kept as import notes, never mixed into a section.
    margin: bool = False


def lines_from_text(text: str) -> list[SourceLine]:
    """Source lines of plain text; a line with tabs, or a markdown ``| a | b |`` line,
    is a row of cells."""
    lines: list[SourceLine] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if len(stripped) > 2 and stripped.startswith("|") and stripped.endswith("|"):
            # A markdown table row; the |---|---| rule under the header is layout.
            if re.fullmatch(r"[|:\-\s]+", stripped):
                lines.append(SourceLine("", number))
                continue
            cells = [[cell.strip()] for cell in stripped[1:-1].split("|")]
            lines.append(SourceLine(raw, number, cells))
        elif stripped and (row := _tab_cells(raw)) is not None:
            lines.append(SourceLine(raw, number, [[cell] for cell in row]))
        else:
            lines.append(SourceLine(raw, number))
    return lines



def _tab_cells(raw: str) -> list[str] | None:
    """The cells of a tab-separated row (a Word table saved as text), or None.

    A trailing tab is an empty last cell ("• Koostab aruandeid<TAB>"); leading
    tabs are empty first cells (an empty number or task column) when the line
    has another tab too; a line only indented by tabs is no row.
    """
    body = raw.strip(" \r\n\f\v")
    inner = body.lstrip("\t")
    if "\t" not in inner:
        return None
    return (body if "\t" in inner.rstrip("\t") or len(body) > len(inner) else inner).split("\t")


def strip_bullet(text: str) -> tuple[bool, str]:
    """(True, text without the glyph) for a bullet line, else (False, text stripped)."""
    match = BULLET.match(text)
    if match and not DUTY_NUMBER.match(text):
        return True, text[match.end():].strip()
    return False, text.strip()


_HTML_LIST = re.compile(r"</?(?:ul|ol)\b[^>]*>|</li>|<br\s*/?>|</?p\b[^>]*>", re.IGNORECASE)
_HTML_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
INLINE_BULLET = re.compile(r"[▪•\uf0b7\uf0a7]")


def expand_markup(text: str) -> list[str]:
    """HTML list fragments and inline bullet runs of one line as separate lines.

    ``<ul style="…">▪ a▪ b`` (DOCX conversions) gives ``["• a", "• b"]``;
    other copy markup is removed and glued lines are cut apart
    (:mod:`ametieditor.formats.import_markup`).
    """
    text = clean_markup(text)
    if "<" in text and re.search(r"<\s*/?\s*(?:ul|ol|li|br|p)\b", text, re.IGNORECASE):
        text = _HTML_ITEM.sub("\n• ", text)
        text = _HTML_LIST.sub("\n", text)
    pieces: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            for piece in split_glued(line):
                pieces.extend(_inline_bullets(piece))
    return pieces or [""]


def _inline_bullets(piece: str) -> list[str]:
    """``a▪ b▪ c`` as ``["a", "• b", "• c"]``; a piece without inline glyphs as it is."""
    glyphs = [m.start() for m in INLINE_BULLET.finditer(piece.strip())]
    if not (len(glyphs) > 1 or (glyphs and glyphs[0] > 0)):
        return [piece]
    parts = [part.strip() for part in INLINE_BULLET.split(piece.strip())]
    head, rest = parts[0], parts[1:]
    return ([head] if head else []) + [f"• {part}" for part in rest if part]


# --------------------------------------------------------------------------
# Working lines


@dataclass
class Line:
    """A normalised line: blank, or text that may be a bullet."""

    text: str  # stripped, glyph removed
    number: int
    bullet: bool = False
    blank: bool = False
    raw: str = ""  # as in the source (for notes)
    space_led: bool = False  # led by whitespace (a glyph lost in PDF extraction?)
    cells: list[list[Line]] | None = None
    origin: str = ""
    hard: bool = False
    margin: bool = False
    glyph: str = ""  # the bullet glyph as typed ("•", "-", "»" …), "" when none
    #: For text from a table row with only one filled cell (read as plain lines):
    #: the whole row, empty cells and all.
    row: Line | None = None
    #: The whole source line this line was cut from (inline bullets), spaces and all.
    source: str = ""

    @cached_property
    def folded(self) -> str:
        """The text :func:`fold`-ed (computed once: a line's text never changes)."""
        return fold(self.text)


def make_lines(source: Sequence[SourceLine]) -> list[Line]:
    lines: list[Line] = []
    for src in source:
        if src.cells is not None:
            all_cells = [cell_lines(cell, src.number, src.origin, src.hard)
                         for cell in src.cells]
            cells = [cell for cell in all_cells if any(not ln.blank for ln in cell)] or all_cells
            if len([c for c in cells if any(not ln.blank for ln in c)]) <= 1:
                # A one-cell row is just text (layout tables, a text box in a table).
                # A row of several cells with only one filled keeps its shape in
                # ``row``: in the duties table the column says task or result.
                row = None
                if len(all_cells) >= 2:
                    text = "\t".join(" ".join(ln.text for ln in cell) for cell in all_cells)
                    row = Line(text, src.number, raw=src.text, cells=all_cells,
                               origin=src.origin, margin=src.margin)
                for cell in cells:
                    for cell_line in cell:
                        if not cell_line.blank:
                            cell_line.margin = src.margin
                            cell_line.row = row
                            lines.append(cell_line)
                continue
            text = "\t".join(" ".join(ln.text for ln in cell if not ln.blank) for cell in cells)
            lines.append(Line(text, src.number, raw=src.text, cells=cells, origin=src.origin,
                              margin=src.margin))
            continue
        for piece in expand_markup(src.text):
            line = _line(piece, src.number, src.origin, src.hard)
            line.source = src.text
            # Page numbers of a print-out are page furniture, like a footer.
            line.margin = src.margin or (not src.hard and bool(PAGE_NUMBER.match(piece)))
            lines.append(line)
    return lines


def cell_lines(cell: list[str], number: int, origin: str, hard: bool) -> list[Line]:
    result: list[Line] = []
    for text in cell:
        for piece in expand_markup(text):
            line = _line(piece, number, origin, hard)
            if not line.blank:
                result.append(line)
    return result


def _line(text: str, number: int, origin: str = "", hard: bool = False) -> Line:
    if not text.strip():
        return Line("", number, blank=True, raw=text, origin=origin, hard=hard)
    bullet, stripped = strip_bullet(text)
    # A glyph lost in extraction leaves a space or two; deeper indents are layout.
    lead = len(text) - len(text.lstrip())
    space_led = not bullet and not hard and 0 < lead <= 3 and stripped[:1].isalpha()
    glyph = text.strip()[:1] if bullet else ""
    return Line(stripped, number, bullet=bullet, raw=text, space_led=space_led, origin=origin,
                hard=hard, glyph=glyph)


# --------------------------------------------------------------------------
# Reflow


def reflow(lines: Sequence[Line], space_bullets: bool = False,
           bullet_continues: bool = False, glyphs: list[str] | None = None) -> RichText:
    """Blocks (paragraphs and bullets) from wrapped lines.

    A line starts a new block when it is a bullet, or when the block before it
    ended a sentence (``.;!?``) or an intro (``:``) and the line does not
    continue it, or when two or more blank lines stand before it and it starts
    with a capital (typed text separates paragraphs so). A line after a sentence
    end continues the paragraph when it
    starts in lowercase after a full stop, or when the line before it was full
    (:func:`column_width`: the line's first word would not have fitted after
    it), so the break was a wrap, not a paragraph end. Inside a bullet, a line
    that follows without a blank line continues it even after a full stop
    (PDFs wrap long bullets that way). With ``space_bullets``, a line led by a
    space is a bullet whose glyph was lost, unless it continues an unfinished
    lowercase sentence. ``glyphs``, when given, receives the bullet glyph of
    each block ("" for paragraphs).
    """
    state = _Reflow(lines, space_bullets, bullet_continues)
    for line in lines:
        state.add(line)
    for block in state.blocks:
        block.text = " ".join(block.text.split())
    if glyphs is not None:
        glyphs.extend(state.marks)
    return state.blocks


class _Reflow:
    """The blocks being rebuilt by :func:`reflow`, and what it knows of the line before."""

    def __init__(self, lines: Sequence[Line], space_bullets: bool,
                 bullet_continues: bool) -> None:
        self.space_bullets = space_bullets
        self.bullet_continues = bullet_continues
        self.marks: list[str] = []
        self.blocks: RichText = []
        self.blanks = 0  # blank lines right before this one
        # A wrapped line fills the column; a short line ending a sentence ends its paragraph.
        self.width = max((len(line.raw.strip()) for line in lines if not line.blank), default=0)
        self.column = column_width(lines)
        self.previous_length = 0

    def start(self, block: Block, glyph: str = "") -> None:
        self.blocks.append(block)
        self.marks.append(glyph)

    def add(self, line: Line) -> None:
        if line.blank:
            self.blanks += 1
            return
        text = line.text
        if not text:
            return
        short_before = self.previous_length < 0.6 * self.width
        # Characters are not widths: a proportional font fits a tenth more or less.
        full_before = self.column > 0 \
            and self.previous_length + 1 + len(text.split()[0]) > _FULL_SHARE * self.column
        self.previous_length = len(line.raw.strip())
        previous = self.blocks[-1] if self.blocks else None
        ended = previous is not None and previous.text.rstrip().endswith(tuple(TERMINAL + ":"))
        bullet = line.bullet
        if not bullet and self.space_bullets and line.space_led:
            unfinished = previous is not None and not ended
            bullet = not (unfinished and text[:1].islower())
        if bullet:
            self.start(Block.li(text), line.glyph)
        elif previous is None or line.hard or (self.blanks >= 2 and text[:1].isupper()):
            self.start(Block.p(text))
        elif not ended:
            previous.text = join_wrapped(previous.text, text)
        elif self.continues(previous, text, short_before, full_before):
            previous.text = f"{previous.text} {text}"
        else:
            self.start(Block.p(text))
        self.blanks = 0

    def continues(self, previous: Block, text: str, short_before: bool,
                  full_before: bool) -> bool:
        """Whether ``text`` continues a block that ended a sentence or an intro."""
        blank_before = self.blanks > 0
        if previous.text.endswith(":") \
                and not (full_before and not blank_before and text[:1].isupper()):
            return False  # an intro ends its block, unless its full line was a wrap
        if _ITEM_START.match(text):
            return False
        if previous.is_bullet and (not blank_before or self.bullet_continues) \
                and (not short_before or text[:1].islower()) \
                and not _list_ended(previous.text, text):
            return True
        if text[:1].islower() and previous.text.endswith("."):
            return True
        return not previous.is_bullet and not blank_before and full_before \
            and (text[:1].islower() or previous.text.endswith((".", "!", "?")))


#: The share of the column a line must reach, with the next word, to count as full.
_FULL_SHARE = 0.9


def _list_ended(item: str, text: str) -> bool:
    """A list of lowercase clauses ends with a full stop; a capitalised line after it
    is new text, not the item's wrapped tail (``… elluviimine.`` / ``Lastemajateenus
    on …``)."""
    return item[:1].islower() and item.endswith(".") and text[:1].isupper()


#: "a) …", "2. …" opening a line: an item of its own, never a wrapped line's tail
#: ("a. " is not one: "2020. a. jooksul" wraps before it).
_ITEM_START = re.compile(r"^(?:\d{1,2}[.)]|[^\W\d_]\))\s")


def column_width(lines: Sequence[Line]) -> int:
    """The width of the text column, in characters, or 0 when the lines are not wrapped.

    Measured on the lines known to be wraps: soft lines that stop mid-sentence
    with more text of the same block after them (each stopped because the next
    word did not fit). Text with one line per paragraph (copied from a DOCX)
    has fewer than two such lines and no width: its line ends are all real.
    """
    wraps: list[int] = []
    for line, after in itertools.pairwise(lines):
        if line.blank or after.blank or line.hard or after.bullet or after.hard \
                or line.text.rstrip().endswith(tuple(TERMINAL + ":")):
            continue
        wraps.append(len(line.raw.strip()))
    return max(wraps) if len(wraps) >= 2 else 0


_CONJUNCTIONS = ("ja", "või", "ning", "ega", "kui", "ehk", "and", "or")


def join_wrapped(before: str, after: str) -> str:
    """Join a wrapped line; ``Eesti-`` + ``sisesteks`` gives ``Eesti-sisesteks``."""
    before = before.rstrip()
    if re.search(r"\w-$", before[-2:]) and after[:1].isalpha() \
            and after.split(" ", 1)[0].strip(",;") not in _CONJUNCTIONS:
        return f"{before}{after}"
    return f"{before} {after}"
