"""7. The requirements: labelled requirements, then the competencies.

A requirement is a label (a known one such as ``Haridus``, or a short
stand-alone line) followed by its text, which may be on the same line
(``Haridus: kõrgharidus``), in the cell beside it, or in paragraphs after
it. The competencies' sub-headings switch to the groups and to the
additional competencies (:mod:`ametieditor.formats.textparse.competencies`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ametieditor.formats.import_layout import layout_columns
from ametieditor.formats.import_lines import Line, join_wrapped
from ametieditor.formats.import_vocabulary import (
    ADDITIONAL_HEADINGS,
    COMPETENCIES_HEADINGS,
    REQUIREMENT_BY_FOLD,
    TERMINAL,
    closest,
    fold,
    subheading_phrases,
)
from ametieditor.formats.textparse.competencies import read_additional, read_groups
from ametieditor.formats.textparse.context import (
    ParseContext,
    Section,
    cell_texts,
    flatten,
    next_nonblank,
    next_nonblank_at,
    short_name,
)
from ametieditor.formats.textparse.duty_rows import merge_rows
from ametieditor.i18n import tr
from ametieditor.model.document import (
    DEFAULT_ADDITIONAL_HEADING,
    DEFAULT_COMPETENCIES_HEADING,
    AdditionalCompetencies,
    Competencies,
    Requirement,
    Requirements,
)


@dataclass
class _Item:
    label: str
    lines: list[Line]
    guessed: bool = False  # an unknown label, read from the line's shape
    line: Line | None = None


class _Requirements:
    """The requirements part as it is read line by line."""

    def __init__(self, ctx: ParseContext, lines: list[Line]) -> None:
        self.ctx = ctx
        self.lines = lines
        self.part = Requirements()
        self.mode = "items"
        self.items: list[_Item] = []
        self.current: list[Line] | None = None
        self.before: list[Line] = []
        self.group_lines: list[Line] = []
        self.additional_lines: list[Line] = []
        #: id of a line taken (in part) by the label before it -> what is left of it.
        self.taken: dict[int, Line | None] = {}

    def open_item(self, label: str, lines: list[Line], guessed: bool = False,
                  line: Line | None = None) -> None:
        self.items.append(_Item(label, lines, guessed, line))
        self.current = lines

    def close_items(self) -> None:
        """The items into the part. A guessed label that got no text of its own was a
        short paragraph of the item before it."""
        kept: list[_Item] = []
        for item in self.items:
            empty = not any(not ln.blank for ln in item.lines)
            if item.guessed and empty and kept and item.line is not None:
                kept[-1].lines.extend([Line("", item.line.number, blank=True), item.line])
                continue
            kept.append(item)
        for item in kept:
            if item.guessed:
                self.ctx.guess(tr("lühike eraldi rida „{l}” loeti nõude nimetuseks",
                                  'the short line "{l}" was read as a requirement label',
                                  l=item.label), item.line)
        self.part.items.extend(Requirement(item.label, self.ctx.rich(item.lines))
                               for item in kept)
        self.items = []
        self.current = None

    def target(self) -> list[Line]:
        if self.mode == "competencies":
            return self.group_lines
        if self.mode == "additional":
            return self.additional_lines
        return self.current if self.current is not None else self.before

    def line(self, index: int, line: Line) -> None:
        if id(line) in self.taken:
            rest = self.taken.pop(id(line))
            if rest is None:
                return
            line = rest
        if line.blank:
            if self.mode != "items" or self.current is not None:
                self.target().append(line)
            return
        if self.subheading(line):
            return
        if self.mode != "items":
            self.target().append(line)
        elif line.cells is not None:
            self.row(line)
        else:
            self.text(line, index)

    def subheading(self, line: Line) -> bool:
        """Switch to the competencies or the additional ones at their heading."""
        sub = subheading(line)
        part = self.part
        if sub is None or getattr(part, sub) is not None:
            return False
        self.current = None
        self.mode = sub
        if sub == "competencies":
            part.competencies = Competencies(
                heading=_canonical_sub(line.text, DEFAULT_COMPETENCIES_HEADING))
        else:
            part.additional = AdditionalCompetencies(
                heading=_canonical_sub(line.text, DEFAULT_ADDITIONAL_HEADING))
        return True

    def row(self, line: Line) -> None:
        texts = cell_texts(line)
        if len(texts) >= 2 and texts[0].strip() and row_label(texts[0]):
            self.open_item(canonical_label(texts[0]),
                           [ln for cell in (line.cells or [])[1:] for ln in cell])
        else:
            self.target().extend(flatten([line]))

    def text(self, line: Line, index: int) -> None:
        at = next_nonblank_at(self.lines, index + 1)
        nxt = self.lines[at] if at is not None else None
        inline = inline_label(line)
        wrapped = None
        if inline is None and at is not None:
            wrapped = wrapped_label(line, nxt, next_nonblank(self.lines, at + 1))
        fresh = self.current is not None and not any(not ln.blank for ln in self.current)
        if inline is not None:
            text = inline[1]
            self.open_item(inline[0], [Line(text, line.number, raw=text)] if text else [])
        elif wrapped is not None and nxt is not None:
            label, rest = wrapped
            self.taken[id(nxt)] = Line(rest, nxt.number, raw=rest) if rest else None
            self.open_item(label, [])
        elif not line.bullet and requirement_label(line.text, standalone=True, next_line=nxt):
            label = canonical_label(line.text)
            guessed = fold(label) not in REQUIREMENT_BY_FOLD
            if guessed and fresh:
                self.target().append(line)  # the first line of a label's text
            else:
                self.open_item(label, [], guessed, line)
        else:
            self.target().append(line)


def read(ctx: ParseContext, section: Section) -> None:
    """Fill ``ctx.doc.requirements`` from the section."""
    reader = _Requirements(ctx, _laid_out(section.lines))
    requirements = reader.part
    ctx.doc.requirements = requirements
    for index, line in enumerate(reader.lines):
        reader.line(index, line)
    reader.close_items()
    if any(not ln.blank for ln in reader.before):
        ctx.note(reader.before, tr("7. peatüki algus", "start of section 7"))
    if requirements.competencies is not None:
        read_groups(ctx, reader.group_lines, requirements.competencies)
    if requirements.additional is not None:
        tail = read_additional(ctx, reader.additional_lines, requirements.additional)
        if tail:
            requirements.note = tail
    ctx.found("requirements", section.heading, len(requirements.items), section.number)
    if requirements.competencies is not None:
        ctx.found("competencies", requirements.competencies.heading,
                  len(requirements.competencies.groups), section.number)
    if requirements.additional is not None:
        ctx.found("additional_competencies", requirements.additional.heading,
                  len(requirements.additional.items), section.number)


def _laid_out(lines: list[Line]) -> list[Line]:
    """The labelled requirements of layout-preserving text (labels in a column left of
    their texts, ``pdftotext -layout``) as one two-cell row per requirement: a row
    whose label cell is empty or starts in lowercase continues the row above (a
    label or a text wrapped in its column)."""
    end = next((i for i, line in enumerate(lines) if subheading(line)), len(lines))
    layout = layout_columns(lines[:end])
    if layout is None:
        return lines
    rows: list[Line] = []
    for line in layout:
        if line.cells is not None and rows and rows[-1].cells is not None:
            label = next((ln for ln in line.cells[0] if not ln.blank), None)
            if label is None or label.text[:1].islower():
                rows[-1] = merge_rows(rows[-1], line)
                continue
        if not line.blank:
            rows.append(line)
    return rows + lines[end:]


def subheading(line: Line) -> str | None:
    """"competencies" or "additional" when ``line`` is one of their headings."""
    if line.bullet or line.blank:
        return None
    if line.cells is not None:
        texts = [t for t in (fold(text) for text in cell_texts(line)) if t]
        if len(texts) != 1:
            return None
        folded = texts[0]
    else:
        folded = line.folded
    if folded not in COMPETENCIES_HEADINGS and folded not in ADDITIONAL_HEADINGS \
            and 2 <= folded.count(" ") + 1 <= 8 and not line.text.endswith(tuple(TERMINAL)):
        folded = closest(folded, subheading_phrases(), min_length=12) or folded  # OCR damage
    if folded in COMPETENCIES_HEADINGS:
        return "competencies"
    if folded in ADDITIONAL_HEADINGS:
        return "additional"
    return None


def _canonical_sub(text: str, default: str) -> str:
    """The default sub-heading when ``text`` is it (diacritics lost, OCR damage), else
    ``text`` as written."""
    text = text.strip().rstrip(":").strip()
    folded, wanted = fold(text), fold(default)
    return default if folded == wanted or closest(folded, (wanted,), min_length=12) else text


def canonical_label(text: str) -> str:
    """A known label in its canonical spelling; any other label as written."""
    return known_label(text) or text.strip().rstrip(":").strip()


def known_label(text: str) -> str | None:
    """The canonical spelling of a known requirement label, OCR damage forgiven."""
    folded = fold(text.strip().rstrip(":"))
    if folded in REQUIREMENT_BY_FOLD:
        return REQUIREMENT_BY_FOLD[folded]
    match = closest(folded, REQUIREMENT_BY_FOLD)
    return REQUIREMENT_BY_FOLD[match] if match is not None else None


def _whole_label(text: str) -> str | None:
    """A known label that ``text`` spells out, a letter or two of OCR damage allowed but
    no word more or less (a wrap must not swallow the text after a label)."""
    label = known_label(text)
    if label is None:
        return None
    letters = len(fold(text).replace(" ", ""))
    return label if abs(letters - len(fold(label).replace(" ", ""))) <= 1 else None


def row_label(text: str) -> bool:
    """The first cell of a two-column requirements row: a label, known or name-like."""
    text = text.strip()
    return known_label(text) is not None or (
        short_name(text, max_words=5) and not text.endswith(tuple(TERMINAL + ",")))


def wrapped_label(line: Line, nxt: Line | None,
                  after: Line | None) -> tuple[str, str] | None:
    """(label, the text after it) for a label wrapped onto the next line, as a narrow
    label column of a PDF table gives it ("Arvutikasutamise" / "oskus Vilunud …")."""
    if line.bullet or line.cells is not None or nxt is None or nxt.cells is not None \
            or nxt.bullet or not nxt.text[:1].islower() or not line.text[:1].isupper() \
            or len(line.text.split()) > 3 or line.text.endswith(tuple(TERMINAL + ",:")):
        return None
    if known_label(line.text) is not None:
        return None  # a whole label already: the next line is its text
    words = nxt.text.split()
    for count in range(min(3, len(words)), 0, -1):
        label = _whole_label(join_wrapped(line.text, " ".join(words[:count])))
        rest = " ".join(words[count:])
        if label is not None and (not rest or rest[:1].isupper() or rest[:1].isdigit()):
            return label, rest
    # An unknown label: two short lines without an end, a capitalised line after them.
    if len(words) <= 2 and not nxt.text.endswith(tuple(TERMINAL + ",")) and after is not None \
            and not after.bullet and (after.text[:1].isupper() or after.text[:1].isdigit()):
        return join_wrapped(line.text, nxt.text).rstrip(":"), ""
    return None


def requirement_label(text: str, standalone: bool, next_line: Line | None) -> bool:
    """Whether ``text`` is a requirement label: a known one, or a short stand-alone
    capitalised line before a line of text."""
    text = text.strip()
    if known_label(text) is not None and len(text.split()) <= 5:
        return True
    if not standalone or next_line is None:
        return False
    words = text.rstrip(":").split()
    return (1 <= len(words) <= 4 and len(text) <= 45 and text[:1].isupper()
            and not text.endswith(tuple(TERMINAL + ","))
            and not next_line.bullet and next_line.cells is None
            and (next_line.text[:1].isupper() or next_line.text[:1].isdigit()))


def inline_label(line: Line) -> tuple[str, str] | None:
    """``Haridus: kõrgharidus`` → (label, text) for known labels written inline."""
    if line.bullet:
        return None
    for separator in (":", " – ", " - ", " — "):
        head, sep, rest = line.text.partition(separator)
        if sep and rest.strip() and fold(head) in REQUIREMENT_BY_FOLD:
            return REQUIREMENT_BY_FOLD[fold(head)], rest.strip()
    # A table row flattened by PDF extraction: the label, then its text in capitals.
    words = line.text.split()
    for length in (3, 2, 1):
        head = " ".join(words[:length])
        if len(words) > length and fold(head) in REQUIREMENT_BY_FOLD \
                and (words[length][:1].isupper() or words[length][:1].isdigit()):
            return REQUIREMENT_BY_FOLD[fold(head)], " ".join(words[length:])
    return None
