"""7. The requirements: labelled requirements, then the competencies.

A requirement is a label (a known one such as ``Haridus``, or a short
stand-alone line) followed by its text, which may be on the same line
(``Haridus: kõrgharidus``), in the cell beside it, or in paragraphs after
it. The competencies' sub-headings switch to the groups and to the
additional competencies (:mod:`ametieditor.formats.textparse.competencies`).
"""

from __future__ import annotations

from ametieditor.formats.import_lines import Line
from ametieditor.formats.import_vocabulary import (
    ADDITIONAL_HEADINGS,
    COMPETENCIES_HEADINGS,
    REQUIREMENT_BY_FOLD,
    TERMINAL,
    fold,
)
from ametieditor.formats.textparse.competencies import read_additional, read_groups
from ametieditor.formats.textparse.context import (
    ParseContext,
    Section,
    cell_texts,
    flatten,
    next_nonblank,
)
from ametieditor.i18n import tr
from ametieditor.model.document import (
    DEFAULT_ADDITIONAL_HEADING,
    DEFAULT_COMPETENCIES_HEADING,
    AdditionalCompetencies,
    Competencies,
    Requirement,
    Requirements,
)


class _Requirements:
    """The requirements part as it is read line by line."""

    def __init__(self, ctx: ParseContext, lines: list[Line]) -> None:
        self.ctx = ctx
        self.lines = lines
        self.part = Requirements()
        self.mode = "items"
        self.current: list[Line] | None = None
        self.label = ""
        self.before: list[Line] = []
        self.group_lines: list[Line] = []
        self.additional_lines: list[Line] = []

    def close_item(self) -> None:
        if self.current is not None:
            self.part.items.append(Requirement(self.label, self.ctx.rich(self.current)))
        self.current = None

    def open_item(self, label: str, lines: list[Line]) -> None:
        self.close_item()
        self.label = label
        self.current = lines

    def target(self) -> list[Line]:
        if self.mode == "competencies":
            return self.group_lines
        if self.mode == "additional":
            return self.additional_lines
        return self.current if self.current is not None else self.before

    def line(self, index: int, line: Line) -> None:
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
            self.text(line, next_nonblank(self.lines, index + 1))

    def subheading(self, line: Line) -> bool:
        """Switch to the competencies or the additional ones at their heading."""
        sub = subheading(line)
        part = self.part
        if sub == "competencies" and part.competencies is None:
            self.close_item()
            self.mode = sub
            part.competencies = Competencies(
                heading=_canonical_sub(line.text, DEFAULT_COMPETENCIES_HEADING))
            return True
        if sub == "additional" and part.additional is None:
            self.close_item()
            self.mode = sub
            part.additional = AdditionalCompetencies(
                heading=_canonical_sub(line.text, DEFAULT_ADDITIONAL_HEADING))
            return True
        return False

    def row(self, line: Line) -> None:
        texts = cell_texts(line)
        if texts and requirement_label(texts[0], standalone=True, next_line=None):
            self.open_item(canonical_label(texts[0]),
                           [ln for cell in (line.cells or [])[1:] for ln in cell])
        else:
            self.target().extend(flatten([line]))

    def text(self, line: Line, nxt: Line | None) -> None:
        inline = inline_label(line)
        if inline is not None:
            self.open_item(inline[0], [Line(inline[1], line.number)] if inline[1] else [])
        elif requirement_label(line.text, standalone=True, next_line=nxt) and not line.bullet:
            label = canonical_label(line.text)
            if fold(label) not in REQUIREMENT_BY_FOLD:
                self.ctx.guess(tr("lühike eraldi rida „{l}” loeti nõude nimetuseks",
                                  'the short line "{l}" was read as a requirement label',
                                  l=label), line)
            self.open_item(label, [])
        else:
            self.target().append(line)


def read(ctx: ParseContext, section: Section) -> None:
    """Fill ``ctx.doc.requirements`` from the section."""
    reader = _Requirements(ctx, section.lines)
    requirements = reader.part
    ctx.doc.requirements = requirements
    for index, line in enumerate(section.lines):
        reader.line(index, line)
    reader.close_item()
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
    if folded in COMPETENCIES_HEADINGS:
        return "competencies"
    if folded in ADDITIONAL_HEADINGS:
        return "additional"
    return None


def _canonical_sub(text: str, default: str) -> str:
    text = text.strip().rstrip(":").strip()
    return default if fold(text) == fold(default) else text


def canonical_label(text: str) -> str:
    """A known label in its canonical spelling; any other label as written."""
    text = text.strip().rstrip(":").strip()
    return REQUIREMENT_BY_FOLD.get(fold(text), text)


def requirement_label(text: str, standalone: bool, next_line: Line | None) -> bool:
    """Whether ``text`` is a requirement label: a known one, or a short stand-alone
    capitalised line before a line of text."""
    text = text.strip()
    if fold(text.rstrip(":")) in REQUIREMENT_BY_FOLD:
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
