"""The official layout as one ordered list of blocks: one walk of the model.

Both outputs consume these blocks and decide nothing about layout on their own
(the way novelWriter's tokenizer feeds all of its writers): the DOCX writer
(:mod:`ametieditor.formats.docx_export`) turns each block into paragraphs and
tables, the preview (:mod:`ametieditor.gui.page_view` through
:mod:`ametieditor.formats.html_render`) into text blocks and tables on pages.
So what is grouped, numbered, shaded, bold and kept together is decided here,
once: DOMAIN.md, "The official layout".

Pagination is part of the layout: ``keep_next`` keeps a paragraph (or every
paragraph of a table row) on the page of the next one; the DOCX writer sets it
as a direct property on every paragraph, so a template's styles cannot change
it. Table rows never split; tables may break between rows. Blocks are spaced by
``space_before`` (twentieths of a point), never by empty paragraphs.

No Qt, no python-docx: plain data the tests compare between the two outputs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ametieditor.formats.docx_styles import StyleName
from ametieditor.model.document import (
    SIGNATURE_MARKER,
    Block,
    IntroList,
    JobDescription,
    Requirements,
    RichText,
)
from ametieditor.model.numbering import (
    Numbering,
    Section,
    additional_empty,
    blank,
    competencies_empty,
    extra_heading,
    numbering,
    section_heading,
)
from ametieditor.model.parts import PARTS, general_layout_rows

TITLE = "AMETIJUHEND"
APPROVED = "KINNITATUD"
DUTY_COLUMNS = ("Põhiülesanded", "Oodatavad tulemused")
#: Space above a signature block, and above the requirements' closing note (1 line).
BLOCK_SPACE = 240
#: Column widths as fractions of the text width.
DUTY_WIDTHS = (0.5, 0.5)
REQUIREMENT_WIDTHS = (0.3, 0.7)


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a paragraph's text; ``bold`` is direct, ``style`` a character style."""

    text: str
    bold: bool = False
    style: StyleName | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph in a paragraph style (see :class:`StyleName`)."""

    style: StyleName
    runs: tuple[Run, ...] = ()
    bullet: bool = False
    keep_next: bool = False
    #: Keep the paragraph's own lines on one page (headings).
    keep_lines: bool = False
    space_before: int = 0

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Cell:
    paragraphs: tuple[Paragraph, ...]
    #: Label and header cells are shaded in both outputs.
    shaded: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    #: Repeated at the top of every page the table continues on.
    header: bool = False
    #: Kept on the page of the next row (a label row with its value row).
    keep_next: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A bordered grid; ``name`` says which one ("general", "duties", "requirements")."""

    name: str
    widths: tuple[float, ...]
    rows: tuple[Row, ...]


#: A duty row's number and its task's and results' (kind, text) pairs.
DutyKey = tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]


@dataclass(frozen=True, slots=True)
class LaidOut:
    """One block of the layout and the part (``PartSpec.key``) it belongs to."""

    part: str
    block: Paragraph | Table


SHADED = "D9D9D9"  # the fill of shaded cells, as DOCX hex and preview colour


def display_date(value: str) -> str:
    """``2023-06-11`` → ``11.06.2023``; any other text unchanged."""
    pieces = value.strip().split("-")
    if len(pieces) == 3 and [len(piece) for piece in pieces] == [4, 2, 2] \
            and all(piece.isdigit() for piece in pieces):
        return f"{pieces[2]}.{pieces[1]}.{pieces[0]}"
    return value


def paragraph(style: StyleName, text: str = "", **options: object) -> Paragraph:
    return Paragraph(style, (Run(text),) if text else (), **options)  # type: ignore[arg-type]


def rich(blocks: RichText, style: StyleName = StyleName.BODY) -> list[Paragraph]:
    """Paragraphs in ``style``, bullet items in the bullet style."""
    return [paragraph(StyleName.BULLET, block.text, bullet=True) if block.is_bullet
            else paragraph(style, block.text) for block in blocks]


def _with_colon(name: str) -> str:
    return name if not name or name.rstrip().endswith(":") else f"{name}:"


class _Walk:
    """Walks ``PARTS`` in order and lays each present part out."""

    def __init__(self, doc: JobDescription, memo: RowMemo | None) -> None:
        self.doc = doc
        self.numbers: Numbering = numbering(doc)
        self.blocks: list[LaidOut] = []
        self.part = ""
        self.memo = memo if memo is not None else RowMemo()

    def add(self, *blocks: Paragraph | Table) -> None:
        self.blocks.extend(LaidOut(self.part, block) for block in blocks)

    def run(self) -> list[LaidOut]:
        handlers: dict[str, Callable[[], None]] = {
            "approval": self.approval, "general": self.general, "duties": self.duties,
            "rights": lambda: self.intro_list(self.doc.rights),
            "responsibilities": lambda: self.intro_list(self.doc.responsibilities),
            "requirements": self.requirements, "signatures": self.signatures,
            "extra_sections": self.extra_sections,
        }
        for spec in PARTS:
            self.part = spec.key
            content = getattr(self.doc, spec.key)
            # an empty part is left out, heading and all (model.numbering.is_printed)
            if spec.section is not None and (content is None
                                             or not self.numbers.printed(spec.section)):
                continue
            if spec.section is not None:
                self.heading(spec.section)
            handler = handlers.get(spec.key)
            if handler is not None:
                handler()
            else:
                self.add(*rich(content))
        return self.blocks

    def heading(self, section: Section) -> None:
        number = self.numbers.printed_section(section)
        self.add(paragraph(StyleName.SECTION, f"{number}. {section_heading(self.doc, section)}",
                           keep_next=True, keep_lines=True))

    def extra_sections(self) -> None:
        """The extra sections (9. LISAD …), numbered on after the official ones."""
        for index, extra in enumerate(self.doc.extra_sections):
            self.add(paragraph(StyleName.SECTION, extra_heading(self.doc, index, printed=True),
                               keep_next=True, keep_lines=True))
            self.add(*rich(extra.content))

    def approval(self) -> None:
        approval = self.doc.approval
        lines = []
        if approval is not None:
            lines.append(APPROVED)
            second = " ".join(text for text in (approval.approver,
                                                display_date(approval.date)) if text)
            lines += [second] if second else []
            lines += [f"käskkirjaga nr {approval.decree}"] if approval.decree else []
        self.add(*(paragraph(StyleName.APPROVAL, line, keep_next=True) for line in lines))
        self.add(paragraph(StyleName.TITLE, TITLE, keep_next=True, keep_lines=True))

    def general(self) -> None:
        general = self.doc.general
        rows = [[(self.numbers.general_label(spec.attribute), getattr(general, spec.attribute))
                 for spec in row if spec.printed_when_empty or getattr(general, spec.attribute)]
                for row in general_layout_rows()]
        for index, pairs in enumerate(filter(None, rows)):
            if index:  # two tables side by side would merge into one in Word
                self.add(paragraph(StyleName.CELL, keep_next=True))
            labels = Row(tuple(Cell((paragraph(StyleName.LABEL, label, keep_next=True),),
                                    shaded=True) for label, _ in pairs), keep_next=True)
            values = Row(tuple(Cell((paragraph(StyleName.CELL, value),)) for _, value in pairs))
            self.add(Table("general", tuple(1 / len(pairs) for _ in pairs), (labels, values)))

    def duties(self) -> None:
        header = Row(tuple(Cell((paragraph(StyleName.LABEL, title, keep_next=True),),
                                shaded=True) for title in DUTY_COLUMNS),
                     header=True, keep_next=True)
        rows = [header]
        memo: dict[DutyKey, Row] = self.memo.rows
        fresh: dict[DutyKey, Row] = {}
        duties = self.doc.duties
        assert duties is not None  # walked only when present
        for index, duty in enumerate(duties.items):
            key = (self.numbers.printed_duty(index),
                   tuple([(block.kind, block.text) for block in duty.task]),
                   tuple([(block.kind, block.text) for block in duty.results]))
            row = fresh[key] = memo.get(key) or self._duty_row(key[0], duty.task, duty.results)
            rows.append(row)
        self.memo.rows = fresh
        self.add(Table("duties", DUTY_WIDTHS, tuple(rows)))

    @staticmethod
    def _duty_row(number_text: str, task: RichText, results: RichText) -> Row:
        number = Run(number_text, bold=True)
        if task and not task[0].is_bullet:
            first = Paragraph(StyleName.CELL, (number, Run(f" {task[0].text}")))
            task = task[1:]
        else:
            first = Paragraph(StyleName.CELL, (number,))
        cells = rich(results, StyleName.CELL) or [paragraph(StyleName.CELL)]
        return Row((Cell((first, *rich(task, StyleName.CELL))), Cell(tuple(cells))))

    def intro_list(self, part: IntroList | None) -> None:
        assert part is not None
        if part.intro:  # "Ametnik vastutab:" never ends a page
            self.add(paragraph(StyleName.BODY, part.intro, keep_next=True))
        self.add(*rich(part.content))

    def requirements(self) -> None:
        requirements: Requirements = self.doc.requirements  # type: ignore[assignment]
        if requirements.items:  # rows break between each other: no keep_next
            self.add(Table("requirements", REQUIREMENT_WIDTHS, tuple(
                Row((Cell((paragraph(StyleName.LABEL, item.label),), shaded=True),
                     Cell(tuple(rich(item.content or [Block.p("")], StyleName.CELL)))))
                for item in requirements.items)))
        if (competencies := requirements.competencies) and not competencies_empty(competencies):
            self.add(paragraph(StyleName.SUBHEADING, competencies.heading, keep_next=True,
                               keep_lines=True))
            for group in competencies.groups:
                self.add(paragraph(StyleName.GROUP, _with_colon(group.name), keep_next=True))
                self.add(*rich(group.content))
        if (additional := requirements.additional) and not additional_empty(additional):
            self.add(paragraph(StyleName.SUBHEADING, additional.heading, keep_next=True,
                               keep_lines=True))
            for item in additional.items:
                self.add(*self._additional(item.name, item.content))
        if requirements.note and not blank(requirements.note):
            first, *rest = rich(requirements.note)
            self.add(_spaced(first), *rest)

    @staticmethod
    def _additional(name: str, content: RichText) -> list[Paragraph]:
        runs = [Run(name, style=StyleName.NAME)]
        if content and not content[0].is_bullet:
            runs.append(Run(f": {content[0].text}"))
            content = content[1:]
        else:
            runs.append(Run(":"))
        return [Paragraph(StyleName.BULLET, tuple(runs), bullet=True), *rich(content)]

    def signatures(self) -> None:
        """Signature blocks kept together, spaced by paragraph spacing."""
        signatures = self.doc.signatures
        lines: list[Paragraph] = []
        if signatures is not None and (approver := signatures.approver) is not None:
            lines.append(paragraph(StyleName.SIGNATURE, SIGNATURE_MARKER,
                                   space_before=BLOCK_SPACE))
            lines += [paragraph(StyleName.SIGNATURE, text)
                      for text in (approver.name, approver.title) if text]
        if signatures is not None and (ack := signatures.acknowledgement) is not None:
            lines.append(paragraph(StyleName.SIGNATURE, ack.heading, space_before=BLOCK_SPACE))
            for signer in ack.signers:
                lines.append(paragraph(StyleName.SIGNATURE, SIGNATURE_MARKER,
                                       space_before=BLOCK_SPACE))
                lines.append(paragraph(StyleName.SIGNATURE, signer))
        if not lines:
            return
        # The last paragraph before the signatures keeps with them: no block of
        # signatures alone on the last page.
        if self.blocks and isinstance(last := self.blocks[-1].block, Paragraph):
            self.blocks[-1] = LaidOut(self.blocks[-1].part, _kept(last))
        self.add(*(_kept(line) for line in lines[:-1]), _unkept(lines[-1]))


def _kept(block: Paragraph) -> Paragraph:
    return Paragraph(block.style, block.runs, block.bullet, True, block.keep_lines,
                     block.space_before)


def _unkept(block: Paragraph) -> Paragraph:
    return Paragraph(block.style, block.runs, block.bullet, False, block.keep_lines,
                     block.space_before)


def _spaced(block: Paragraph) -> Paragraph:
    return Paragraph(block.style, block.runs, block.bullet, block.keep_next, block.keep_lines,
                     BLOCK_SPACE)


class RowMemo:
    """Duty rows of the last walk, reused by the next: an edit lays out one duty again.

    The preview keeps one across refreshes; the same duty text and number give
    the very same :class:`Row` object, which the preview recognises by identity.
    """

    def __init__(self) -> None:
        self.rows: dict[DutyKey, Row] = {}


def layout(doc: JobDescription, memo: RowMemo | None = None) -> list[LaidOut]:
    """The blocks of ``doc`` in the order the official document prints them."""
    return _Walk(doc, memo).run()


def paragraphs(blocks: list[LaidOut]) -> Iterator[Paragraph]:
    """Every paragraph of the layout, inside tables too, in order."""
    for laid in blocks:
        if isinstance(laid.block, Paragraph):
            yield laid.block
        else:
            for row in laid.block.rows:
                for cell in row.cells:
                    yield from cell.paragraphs
