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
_INLINE_BULLET = re.compile(r"[▪•\uf0b7\uf0a7]")


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
    glyphs = [m.start() for m in _INLINE_BULLET.finditer(piece.strip())]
    if not (len(glyphs) > 1 or (glyphs and glyphs[0] > 0)):
        return [piece]
    parts = [part.strip() for part in _INLINE_BULLET.split(piece.strip())]
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

    @property
    def folded(self) -> str:
        return fold(self.text)


def make_lines(source: Sequence[SourceLine]) -> list[Line]:
    lines: list[Line] = []
    for src in source:
        if src.cells is not None:
            all_cells = [_cell_lines(cell, src.number, src.origin, src.hard)
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


def _cell_lines(cell: list[str], number: int, origin: str, hard: bool) -> list[Line]:
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
    marks: list[str] = []
    blocks: RichText = []
    blank_before = False
    blanks = 0  # blank lines right before this one
    # A wrapped line fills the column; a short line ending a sentence ends its paragraph.
    width = max((len(line.raw.strip()) for line in lines if not line.blank), default=0)
    column = column_width(lines)
    previous_length = 0
    for line in lines:
        if line.blank:
            blank_before = True
            blanks += 1
            continue
        text = line.text
        if not text:
            continue
        short_before = previous_length < 0.6 * width
        # Characters are not widths: a proportional font fits a tenth more or less.
        full_before = column > 0 \
            and previous_length + 1 + len(text.split()[0]) > _FULL_SHARE * column
        previous_length = len(line.raw.strip())
        previous = blocks[-1] if blocks else None
        ended = previous is not None and previous.text.rstrip().endswith(tuple(TERMINAL + ":"))
        bullet = line.bullet
        if not bullet and space_bullets and line.space_led:
            unfinished = previous is not None and not ended
            bullet = not (unfinished and text[:1].islower())
        if bullet:
            blocks.append(Block.li(text))
            marks.append(line.glyph)
        elif previous is None or line.hard or (blanks >= 2 and text[:1].isupper()):
            blocks.append(Block.p(text))
            marks.append("")
        elif not ended:
            previous.text = join_wrapped(previous.text, text)
        elif (previous.text.endswith(":") and not (full_before and not blank_before
                                                    and text[:1].isupper())) \
                or _ITEM_START.match(text):
            blocks.append(Block.p(text))
            marks.append("")
        elif (previous.is_bullet and (not blank_before or bullet_continues)
              and (not short_before or text[:1].islower())
              and not _list_ended(previous.text, text)) \
                or (text[:1].islower() and previous.text.endswith(".")) \
                or (not previous.is_bullet and not blank_before and full_before
                    and (text[:1].islower() or previous.text.endswith((".", "!", "?")))):
            previous.text = f"{previous.text} {text}"
        else:
            blocks.append(Block.p(text))
            marks.append("")
        blank_before = False
        blanks = 0
    for block in blocks:
        block.text = " ".join(block.text.split())
    if glyphs is not None:
        glyphs.extend(marks)
    return blocks


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




# --------------------------------------------------------------------------
# Two columns side by side (layout-preserving text)

#: The least number of lines a page's columns must show before they are believed.
_MIN_COLUMN_LINES = 3


def layout_columns(lines: Sequence[Line], boundary=None) -> list[Line] | None:
    """Lines of a two-column table copied from layout-preserving text, split at the gutter.

    ``pdftotext -layout``, pypdf's layout mode and some PDF viewers keep a
    table's columns side by side, so each line holds a piece of the task and a
    piece of the result beside it: ``3.1 Lastemajateenuse …     Lastemajateenus
    on toimiv …``. The gutter is a character position where every line has
    spaces (or has ended) and where several lines start their right-hand text.
    Pages may place it differently, so it is sought again after each
    ``boundary`` line (the repeated header row) and after two blank lines.

    Each source line that is split becomes one line with two cells ``[left],
    [right]`` (either may be empty); blank lines and lines that cross the
    gutter stay as they are. None when no part of the lines shows two columns.
    """
    # Visual lines: the pieces one source line was cut into (inline bullets) belong together.
    visual: list[list[Line]] = []
    for line in lines:
        if line.cells is not None or line.hard:
            return None  # real table rows (tabs, DOCX cells) need no guessing
        if visual and not line.blank and not visual[-1][0].blank \
                and visual[-1][0].number == line.number and visual[-1][0].source == line.source:
            visual[-1].append(line)
        else:
            visual.append([line])
    segments: list[list[int]] = [[]]
    blanks = 0
    for index, group in enumerate(visual):
        if group[0].blank:
            blanks += 1
            if blanks == 2 and segments[-1]:
                segments.append([])
            continue
        if boundary is not None and boundary(group[0]) and segments[-1]:
            segments.append([])
        blanks = 0
        segments[-1].append(index)
    gutters = [_gutter([_plain(visual[i][0]) for i in segment]) for segment in segments]
    if not any(gutters):
        return None
    split: dict[int, Line] = {}
    previous = 0
    for segment, gutter in zip(segments, gutters, strict=True):
        texts = [_plain(visual[i][0]) for i in segment]
        if not gutter and previous and _clear_at(texts, previous):
            gutter = previous  # a page holding a few lines only: the last page's gutter
        if not gutter:
            continue
        previous = gutter
        for i, text in zip(segment, texts, strict=True):
            cut = _cut(text, gutter)
            if cut is None:
                continue  # a line of the page's full width
            head = text[:cut].rstrip()
            if head[-1:] and _INLINE_BULLET.match(head[-1]) and head[-2:-1] in ("", " "):
                cut = len(head) - 1  # a right-hand bullet's glyph left of the gutter
            first = visual[i][0]
            left, right = text[:cut].strip(), text[cut:].strip()
            cells = [_cell_lines([left], first.number, first.origin, False) if left else [],
                     _cell_lines([right], first.number, first.origin, False) if right else []]
            split[i] = Line(f"{left}\t{right}", first.number, raw=first.source, cells=cells,
                            origin=first.origin)
    result: list[Line] = []
    for index, group in enumerate(visual):
        if index in split:
            result.append(split[index])
        else:
            result.extend(group)
    return result


def _plain(line: Line) -> str:
    """A source line as laid out: form feeds gone, trailing space trimmed."""
    return (line.source or line.raw).replace("\f", "").expandtabs().rstrip()


def _gutter(texts: list[str]) -> int:
    """The character position where the right-hand column starts, or 0 when none."""
    if len(texts) < _MIN_COLUMN_LINES:
        return 0
    indent = min(len(text) - len(text.lstrip()) for text in texts)
    starts: dict[int, int] = {}
    for text in texts:
        for match in re.finditer(r"\S {2,}(?=\S)", text):
            starts[match.end()] = starts.get(match.end(), 0) + 1
    # A real gutter starts the right-hand text on a good share of the lines.
    least = max(_MIN_COLUMN_LINES, len(texts) // 10)
    candidates = [position for position in sorted(starts)
                  if starts[position] >= least and position >= indent + 20]
    for position in candidates[:40]:
        if _clear_at(texts, position):
            return position
    return 0


#: How far (in characters) a line's own gap may stand from the page's gutter.
_GUTTER_SLACK = 6


def _cut(text: str, gutter: int) -> int | None:
    """Where to split ``text`` into its left and right column, or None for a line that
    spans both.

    Character grids place text only roughly: a long left-hand line may run a
    few characters past the gutter, leaving one space before the right-hand
    text. Such a line is cut at its own gap nearest the gutter; a line with no
    such gap that ends near the gutter is all left-hand text.
    """
    if len(text) <= gutter - 2 or not text[gutter - 2:gutter].strip():
        return gutter
    gaps = [match.end() for match in re.finditer(r"\S\s+(?=\S)", text)
            if abs(match.end() - gutter) <= _GUTTER_SLACK]
    if gaps:
        return min(gaps, key=lambda end: abs(end - gutter))
    if len(text) <= gutter + _GUTTER_SLACK:
        return len(text)
    return None


def _clear_at(texts: list[str], position: int) -> bool:
    """Whether the two characters before ``position`` are blank on (nearly) every line,
    and some line has text on each side of them."""
    crossing = sum(1 for text in texts if text[position - 2:position].strip())
    both = sum(1 for text in texts if text[:position - 2].strip() and text[position:].strip())
    return crossing <= len(texts) // 10 and both >= 1
