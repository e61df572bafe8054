"""The structural parser every importer of foreign files feeds: lines in, a document out.

Last year's job descriptions reach the editor as text copied out of a PDF,
as a Word file typed by hand, as OCR output. What they share is the order of
the lines and a few signals in them: section headings, general-part labels,
duty numbers, bullets, requirement labels. The text importer, the PDF
importer and the hand-made DOCX importer all turn their file into a sequence
of :class:`SourceLine` (a table row becomes one line with *cells*) and call
:func:`parse_lines`.

How the parser reads a document
===============================

1. **Normalising lines.** HTML list fragments (``<ul>▪ a▪ b``) become bullet
   lines, markdown ``**bold**`` loses its stars, a line starting with a
   bullet glyph (•, ▪, -, –, =, *, », ·, ○, o, U+F0B7, U+F0A7 …) is a bullet.
   PDF extraction sometimes loses the glyph and keeps the space after it; when
   a document shows that pattern (several lines led by a space, no glyphs) a
   space-led line is taken as a bullet.
2. **Approval note and signatures** are found wherever they stand
   (``KINNITATUD`` …; ``(allkirjastatud digitaalselt)`` followed by name and
   title; ``Ametijuhendiga tutvunud:`` followed by one marker and role per
   signer) and taken out of the flow.
3. **Sections** are found by their heading words, not their numbers:
   diacritics and case are ignored (OCR gives ``ULDOSA``), the number may be
   missing or wrong, stray characters before the heading are tolerated, the
   order may differ. Known variants of each heading are listed in
   :data:`SECTION_HEADINGS`. A numbered capitalised heading that is not known
   starts an unknown section whose text is kept as import notes.
4. **Each section** is read by its own reader: the general part by its
   labels (label row over value row, ``label: value``, or label and value in
   cells), the duties by their numbers (or table rows), rights and
   responsibilities as intro plus bullets, requirements by labels (known or
   short stand-alone lines), competency groups and additional competencies.
5. **Rich text** is rebuilt from wrapped lines (:func:`reflow`): a line
   continues the block before it unless that block ended a sentence and the
   line starts a new one (or is a bullet). A sentence end is a paragraph end
   only when the line is short of the column (measured on the block's other
   wrapped lines: the next word would have fitted) and the next line does not
   start in lowercase.

The line types and :func:`reflow` live in :mod:`ametieditor.formats.import_lines`,
the recognised words and patterns in :mod:`ametieditor.formats.import_vocabulary`;
this module holds the parser itself.
6. **Nothing is dropped**: text that no reader could place becomes an
   :class:`~ametieditor.model.document.ImportNote` in the document, with the
   line it came from and a guess of where it belongs; decisions on weak
   evidence are listed in the :class:`ImportReport` as guesses.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ametieditor.formats.import_lines import (
    Line,
    SourceLine,
    _join,
    _make_lines,
    layout_columns,
    lines_from_text,
    reflow,
)
from ametieditor.formats.import_report import Guess, ImportReport, PartFound
from ametieditor.formats.import_vocabulary import (
    _ACK_HEADINGS,
    _ADDITIONAL_HEADINGS,
    _APPROVAL_WORD,
    _COMPETENCIES_HEADINGS,
    _COMPETENCY_BY_FOLD,
    _DATE,
    _DECREE,
    _DUTY_HEADER,
    _DUTY_HEADINGS,
    _DUTY_NUMBER,
    _GENERAL_BY_FOLD,
    _GENERAL_LABEL_RE,
    _REQUIREMENT_BY_FOLD,
    _RESULT_LANGUAGE,
    _ROMAN_NUMBER,
    _SECTION_BY_FOLD,
    _SECTION_NUMBER,
    _SIGNATURE_MARKER,
    _TERMINAL,
    SECTION_HEADINGS,
    SECTION_ORDER,
    _roman,
    fold,
    spelled_heading,
)
from ametieditor.i18n import tr
from ametieditor.model.document import (
    DEFAULT_ACKNOWLEDGEMENT_HEADING,
    DEFAULT_ADDITIONAL_HEADING,
    DEFAULT_COMPETENCIES_HEADING,
    Acknowledgement,
    AdditionalCompetencies,
    AdditionalCompetency,
    Approval,
    ApproverSignature,
    Block,
    Competencies,
    CompetencyGroup,
    Duties,
    Duty,
    ImportNote,
    IntroList,
    JobDescription,
    Requirement,
    Requirements,
    RichText,
    Signatures,
)

# --------------------------------------------------------------------------
# The parser


@dataclass
class _Section:
    key: str  # a SECTION_HEADINGS key, or "unknown"
    heading: str  # as written
    number: int  # source line of the heading
    lines: list[Line] = field(default_factory=list)
    written: str = ""  # the heading line as written, number and all


class _Parser:
    def __init__(self, source: Sequence[SourceLine], source_kind: str) -> None:
        self.report = ImportReport(source_kind=source_kind)
        self.doc = JobDescription()
        self.notes: list[ImportNote] = []
        self.lines = _make_lines(source)
        glyph_bullets = sum(1 for ln in self.lines if ln.bullet)
        space_led = sum(1 for ln in self.lines if ln.space_led)
        #: PDF extraction that lost the bullet glyphs but kept the space after them.
        self.space_bullets = space_led >= 3 and space_led > glyph_bullets
        if self.space_bullets:
            self.guess(tr(
                "täppe ei ole märgitud; tühikuga algavad read loeti täppideks",
                "bullets carry no glyph; lines starting with a space were read as bullets"))

    # -- report helpers -----------------------------------------------------

    def guess(self, message: str, line: Line | None = None) -> None:
        self.report.guesses.append(
            Guess(message, line.number if line else None, line.text if line else ""))

    def note(self, lines: Iterable[Line], where: str) -> None:
        """Keep text nobody could place: one note per run of lines."""
        run: list[Line] = []

        def flush() -> None:
            if run:
                text = "\n".join(("• " if ln.bullet else "") + ln.text for ln in run)
                first = run[0].number
                origin = f"{run[0].origin}, " if run[0].origin else ""
                source = tr("{origin}rida {line}", "{origin}line {line}", origin=origin,
                            line=first) + (f"; {where}" if where else "")
                self.notes.append(ImportNote(text=text, source=source))
                run.clear()

        for line in lines:
            if line.blank:
                flush()
            elif line.cells is not None:
                flush()
                for cell in line.cells:
                    run.extend(ln for ln in cell if not ln.blank)
                flush()
            else:
                run.append(line)
        flush()

    def found(self, key: str, heading: str = "", count: int = 0, line: int | None = None) -> None:
        self.report.parts.append(PartFound(key, spelled_heading(heading), count, line))

    # -- top level ------------------------------------------------------------

    def run(self) -> tuple[JobDescription, ImportReport]:
        body = self._take_signatures(self.lines)
        body = self._take_approval(body)
        margins = [line for line in body if line.margin]
        body = [line for line in body if not line.margin]
        preamble, sections = self._split_sections(body)
        self._read_preamble(preamble)
        for section in sections:
            reader = getattr(self, f"_read_{section.key}")
            reader(section)
        self.note([line for line in margins if line.origin], "")
        self.note([line for line in margins if not line.origin],
                  tr("leheküljenumber", "page number"))
        self.doc.import_notes = list(self.notes)
        self.report.notes = list(self.notes)
        present = {part.key for part in self.report.parts}
        self.report.missing = [key for key in SECTION_ORDER if key not in present]
        self.report.parts.sort(key=lambda part: part.line or 0)
        return self.doc, self.report

    # -- approval and signatures ------------------------------------------------

    def _take_approval(self, lines: list[Line]) -> list[Line]:
        index = next((i for i, line in enumerate(lines) if _is_approval_start(line)), None)
        if index is None:
            return lines
        line = lines[index]
        parts = [_APPROVAL_WORD.sub("", line.text, count=1).strip(" :")]
        end = index + 1
        taken = 0
        while end < len(lines) and taken < 3:
            candidate = lines[end]
            if candidate.blank:
                end += 1
                continue
            if (candidate.cells is not None or self._heading_of(candidate) is not None
                    or candidate.folded == "ametijuhend" or not _looks_like_approval(candidate)):
                break
            parts.append(candidate.text)
            taken += 1
            end += 1
        approval = Approval()
        text = " ".join(part for part in parts if part)
        if match := _DATE.search(text):
            day, month, year = match.groups()
            approval.date = f"{year}-{int(month):02d}-{int(day):02d}"
            text = text[:match.start()] + " " + text[match.end():]
        if match := _DECREE.search(text):
            approval.decree = (match.group(1) or "").strip()
            text = text[:match.start()] + " " + text[match.end():]
        text = re.sub(r"[._…]{3,}|_{2,}|\[[^\]]*\]", " ", text)  # blanks left to fill in
        approval.approver = " ".join(text.split()).strip(" ,")
        self.doc.approval = approval
        self.found("approval", "KINNITATUD", 0, line.number)
        return lines[:index] + lines[end:]

    def _take_signatures(self, lines: list[Line]) -> list[Line]:
        kept: list[Line] = []
        signatures = Signatures()
        ack: Acknowledgement | None = None
        index = 0
        first_line: int | None = None
        while index < len(lines):
            line = lines[index]
            folded = line.folded
            if line.cells is None and not line.blank and folded.rstrip(":") in _ACK_HEADINGS \
                    and len(folded.split()) <= 5:
                if ack is None:  # a repeated heading keeps the signers found so far
                    ack = Acknowledgement(heading=_canonical_ack(line.text))
                    signatures.acknowledgement = ack
                first_line = first_line or line.number
                index += 1
                continue
            if line.cells is None and not line.blank and _SIGNATURE_MARKER.match(
                    line.text.strip().lower()):
                first_line = first_line or line.number
                following, index = _next_texts(lines, index + 1, 1 if ack else 2)
                if ack is not None:
                    ack.signers.append(following[0].text if following else "")
                elif signatures.approver is None:
                    signatures.approver = ApproverSignature(
                        name=following[0].text if following else "",
                        title=following[1].text if len(following) > 1 else "")
                else:
                    ack = Acknowledgement()
                    signatures.acknowledgement = ack
                    ack.signers.extend(ln.text for ln in following)
                    self.guess(tr("teine allkirjamärge loeti tutvumisallkirjaks",
                                  "a second signature marker was read as an acknowledgement",
                                  ), line)
                continue
            kept.append(line)
            index += 1
        if signatures.approver is not None or signatures.acknowledgement is not None:
            self.doc.signatures = signatures
            count = (1 if signatures.approver else 0) + (len(ack.signers) if ack else 0)
            self.found("signatures", "", count, first_line)
        return kept

    # -- sections -----------------------------------------------------------------

    def _heading_of(self, line: Line) -> tuple[str, str, int | None, str] | None:
        """(key, heading as written, number, text after it) when ``line`` is a heading.

        The text after it is what follows ``HEADING:`` on the same line
        ("2. AMETIKOHA EESMÄRK: Ametikoha eesmärk on …"), else "".
        """
        if line.blank or line.cells is not None or line.bullet:
            return None
        text = line.text.replace("**", "").strip()
        # Stray OCR characters before the heading: punctuation and lone letters.
        cleaned = re.sub(r"^(?:[^\w\s]+\s*|[^\W\d](?=\s+\d)\s*)+", "", text)
        number: int | None = None
        if match := _SECTION_NUMBER.match(cleaned):
            number = int(match.group(1))
            cleaned = cleaned[match.end():]
        elif (match := _ROMAN_NUMBER.match(cleaned)) and match.group(1):
            number = _roman(match.group(1))
            cleaned = cleaned[match.end():]
        candidates = [(cleaned.strip().rstrip(":").strip(), "")]
        head, colon, rest = cleaned.partition(":")
        if colon and rest.strip():
            candidates.append((head.strip(), rest.strip()))
        for words, after in candidates:
            if len(words) > 80:
                continue
            key_fold = fold(words)
            if not key_fold:
                continue
            if key_fold in _SECTION_BY_FOLD:
                key, _variant = _SECTION_BY_FOLD[key_fold]
                # A bare word like "Eesmärk" or "Vastutus" in running text is not a
                # heading unless it is numbered or written in capitals.
                if number is None and not words.isupper() and len(key_fold.split()) < 2:
                    continue
                if after and number is None and not words.isupper():
                    continue
                return key, words, number, after
            if number is not None and not after and words.isupper() and len(words) >= 4 \
                    and re.fullmatch(r"[^\W\d_][\w\s,\-–()]*", words):
                return "unknown", words, number, ""
        return None

    def _split_sections(self, lines: list[Line]) -> tuple[list[Line], list[_Section]]:
        preamble: list[Line] = []
        sections: list[_Section] = []
        seen: set[str] = set()
        expected = 1
        for line in lines:
            heading = self._heading_of(line)
            if heading is not None and heading[0] in seen and heading[0] != "unknown":
                heading = None  # the same heading twice: a repeated page header, or text
            if heading is None:
                (sections[-1].lines if sections else preamble).append(line)
                continue
            key, words, number, after = heading
            seen.add(key)
            sections.append(_Section(key, words, number or 0))
            if after:
                sections[-1].lines.append(Line(after, line.number, raw=after, hard=line.hard))
            if key == "unknown":
                self.guess(tr("tundmatu peatükk „{h}”; selle tekst jäeti impordimärkmetesse",
                              'unknown section "{h}"; its text is kept as import notes',
                              h=words), line)
            elif number is None:
                self.guess(tr("numbrita pealkiri loeti peatükiks {n}. {h}",
                              "heading without number taken as {n}. {h}",
                              n=expected, h=SECTION_HEADINGS[key][0]), line)
            elif number != expected:
                self.guess(tr("peatüki „{h}” number {got} ei ole järjekorras (oodati {n}); "
                              "numbrid arvutatakse uuesti",
                              'section "{h}" is numbered {got}, expected {n}; numbers are '
                              "computed anew", h=SECTION_HEADINGS[key][0], got=number,
                              n=expected), line)
            if words != SECTION_HEADINGS.get(key, ("",))[0] and key != "unknown" \
                    and fold(words) == fold(SECTION_HEADINGS[key][0]) \
                    and words.upper() != SECTION_HEADINGS[key][0]:
                self.guess(tr("pealkiri „{w}” loeti kui {h}", 'heading "{w}" read as {h}',
                              w=words, h=SECTION_HEADINGS[key][0]), line)
            sections[-1].number = line.number
            sections[-1].written = line.text if not after else line.text[:-len(after)].strip()
            expected += 1
        return preamble, sections

    def _read_preamble(self, lines: list[Line]) -> None:
        rest: list[Line] = []
        for line in lines:
            if line.cells is None and line.folded == "ametijuhend":
                self.found("title", line.text, 0, line.number)
                continue
            if line.cells is None and re.match(r"^\s*ametijuhend\b", line.folded) \
                    and not self.doc.general.title:
                # "AMETIJUHEND: Peaspetsialist" – the title with the post's name.
                self.found("title", line.text, 0, line.number)
                rest_text = re.sub(r"^\W*ametijuhend\W*", "", line.text, flags=re.IGNORECASE)
                if rest_text:
                    self.doc.general.title = rest_text
                    self.guess(tr("pealkirja järel olev tekst loeti ametinimetuseks",
                                  "the text after the title was read as the post's title"),
                               line)
                continue
            rest.append(line)
        if any(line.folded for line in rest):
            # A document without an ÜLDOSA heading still has its labels.
            if any(_GENERAL_LABEL_RE.search(ln.folded) for ln in rest if not ln.blank):
                self._read_general(_Section("general", "", 0, rest), implicit=True)
            else:
                self.note(rest, tr("enne esimest peatükki", "before the first section"))

    # -- 1. general ---------------------------------------------------------------

    def _read_general(self, section: _Section, implicit: bool = False) -> None:
        general = self.doc.general
        pending: list[str] = []  # labels waiting for their value row
        value_lines: list[Line] = []
        unplaced: list[Line] = []
        assigned: list[str] = []
        last_inline = ""  # field of the last "label: value" line, for its wrapped tail

        def assign(key: str, value: str, line: Line) -> None:
            value = " ".join(value.split()).strip(" :")
            if not value:
                return
            if getattr(general, key):
                # The same field twice (a repeated table, a pasted duplicate): keep the
                # second value as a note rather than choosing silently.
                unplaced.append(Line(value, line.number))
                return
            setattr(general, key, value)
            assigned.append(key)

        def flush() -> None:
            if not pending:
                if value_lines:
                    unplaced.extend(value_lines)
                value_lines.clear()
                return
            values = self._split_values(value_lines, len(pending))
            for key, value in zip(pending, values, strict=False):
                assign(key, value, value_lines[0] if value_lines else Line("", 0))
            if len(values) > len(pending):
                unplaced.extend(Line(v, value_lines[0].number) for v in values[len(pending):])
            pending.clear()
            value_lines.clear()

        for line in section.lines:
            if line.blank:
                last_inline = ""
                if value_lines:
                    value_lines.append(line)
                continue
            if line.cells is not None:
                last_inline = ""
                labelled = self._general_cells(line, assign)
                if labelled is None:
                    value_lines.append(line)
                elif labelled:
                    flush()
                    pending.extend(labelled)
                continue
            found = _general_labels(line.text)
            if not found:
                if last_inline and not pending and not value_lines:
                    # "1.2 Struktuuriüksus: … abivajava" wrapped onto the next line.
                    setattr(general, last_inline, _join(getattr(general, last_inline),
                                                        line.text))
                    continue
                value_lines.append(line)
                continue
            flush()
            last_inline = ""
            for key, value in found:
                if value:
                    assign(key, value, line)
                    last_inline = key if key in assigned else ""
                else:
                    pending.append(key)
        flush()
        if section.heading or assigned:
            self.found("general", section.heading, len(assigned), section.number or None)
        if unplaced:
            self.note(unplaced, tr("1. ÜLDOSA", "1. ÜLDOSA"))

    def _general_cells(self, line: Line, assign) -> list[str] | None:
        """Labels of a row of label cells; assigns label|value pairs; None if no labels."""
        assert line.cells is not None
        texts = [" ".join(ln.text for ln in cell) for cell in line.cells]
        labels_in = [_general_labels(text) for text in texts]
        if not any(labels_in):
            return None
        pending: list[str] = []
        index = 0
        while index < len(texts):
            found = labels_in[index]
            if found:
                for key, value in found:
                    if value:
                        assign(key, value, line)
                    elif index + 1 < len(texts) and not labels_in[index + 1]:
                        assign(key, texts[index + 1], line)
                        index += 1
                    else:
                        pending.append(key)
            elif texts[index].strip():
                self.note([Line(texts[index], line.number)], tr("1. ÜLDOSA", "1. ÜLDOSA"))
            index += 1
        return pending

    def _split_values(self, lines: list[Line], count: int) -> list[str]:
        """The values of a flattened value row for ``count`` labels."""
        rows = [ln for ln in lines if ln.cells is not None]
        if rows:
            values = [" ".join(x.text for x in cell) for cell in rows[0].cells or []]
            for extra in rows[1:]:  # a second value row has no labels of its own
                values.extend(" ".join(x.text for x in cell) for cell in extra.cells or [])
            rest = [ln for ln in lines if ln.cells is None and not ln.blank]
            if rest:
                values[-1:] = [" ".join([values[-1], *(ln.text for ln in rest)])] if values \
                    else [" ".join(ln.text for ln in rest)]
            return values
        # Chunks separated by blank lines; within a chunk the first line may hold
        # several cells separated by two or more spaces, later lines continue the last.
        # Text that kept its layout (pdftotext -layout) puts the cells' wrapped lines
        # under their first lines: a piece joins the cell that starts where it starts.
        cells: list[str] = []
        starts: list[int] = []  # where the cells opened by a chunk's first line start
        first = 0
        chunk_start = True
        for line in lines:
            if line.blank:
                chunk_start = True
                continue
            raw = line.raw.replace("\f", "").expandtabs().rstrip()
            found = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", raw)] \
                if raw.strip() else [(0, line.text)]
            if chunk_start or not cells:
                first = len(cells)  # the cells this chunk's first line opened
                cells.extend(piece for _, piece in found)
                starts = [start for start, _ in found]
                chunk_start = False
                continue
            columns = [min(range(len(starts)), key=lambda i, at=at: abs(starts[i] - at))
                       for at, _ in found] if len(starts) > 1 else []
            laid_out = bool(columns) and len(found) <= len(starts) and all(
                abs(starts[c] - at) <= 3 for c, (at, _) in zip(columns, found, strict=True)) \
                and columns == sorted(set(columns)) \
                and (len(found) > 1 or columns[0] > 0)  # a lone piece under the first
            # cell is as likely the last cell's wrap ("Koordinaator  Ohvriabi …,\nennetus…")
            columns = [first + column for column in columns]
            if laid_out:
                for column, (_, piece) in zip(columns, found, strict=True):
                    cells[column] = f"{cells[column]} {piece}"
                continue
            cells[-1] = f"{cells[-1]} {found[0][1]}"
            cells.extend(piece for _, piece in found[1:])
            starts = []  # the columns are lost: no more placing by position
        if count == 1 or not cells:
            return [" ".join(cells)] if cells else []
        while len(cells) < count:
            split = _split_at_capital(cells)
            if split is None:
                break
            cells = split
            self.guess(tr("üldosa väärtuste piirid on oletatud: {v}",
                          "the boundaries of general-part values were guessed: {v}",
                          v=" | ".join(cells)), lines[0] if lines else None)
        if len(cells) > count:
            # Cells that wrapped onto lines of their own: join the surplus by
            # continuation (a cell starting lowercase continues the one before).
            merged: list[str] = []
            for cell in cells:
                if merged and cell[:1].islower() and len(merged) + 0 >= 1:
                    merged[-1] = f"{merged[-1]} {cell}"
                else:
                    merged.append(cell)
            cells = merged
        return cells

    # -- 2. purpose, 6. work tools, 8. amendment -----------------------------------

    def _read_purpose(self, section: _Section) -> None:
        self.doc.purpose = self._rich(section.lines)
        self.found("purpose", section.heading, len(self.doc.purpose), section.number)

    def _read_work_tools(self, section: _Section) -> None:
        self.doc.work_tools = self._rich(section.lines)
        self.found("work_tools", section.heading, len(self.doc.work_tools), section.number)

    def _read_amendment(self, section: _Section) -> None:
        self.doc.amendment = self._rich(section.lines)
        self.found("amendment", section.heading, len(self.doc.amendment), section.number)

    def _read_unknown(self, section: _Section) -> None:
        self.note([Line(section.written, section.number), *section.lines],
                  tr("tundmatu peatükk „{h}”", 'unknown section "{h}"', h=section.heading))

    def _rich(self, lines: list[Line]) -> RichText:
        return reflow(_flatten(lines), self.space_bullets)

    # -- 3. duties ----------------------------------------------------------------

    def _read_duties(self, section: _Section) -> None:
        heading_fold = fold(section.heading).replace(" ", "")
        heading = _DUTY_HEADINGS.get(heading_fold) or SECTION_HEADINGS["duties"][0]
        if heading_fold not in _DUTY_HEADINGS:
            self.guess(tr("kohustuste pealkiri „{w}” asendati pealkirjaga {h}",
                          'duties heading "{w}" replaced by {h}', w=section.heading, h=heading))
        duties = Duties(heading=heading)
        self.doc.duties = duties
        rows: list[list[Line]] = []
        before: list[Line] = []
        as_row: dict[int, bool] = {}  # id of a one-filled-cell row -> read as a row?
        lines = section.lines
        layout = layout_columns(lines, boundary=lambda ln: bool(_DUTY_HEADER.match(ln.folded)))
        if layout is not None:
            lines = _layout_rows(layout)
            self.guess(tr("kohustuste tabeli veerud olid tekstis kõrvuti; read jagati "
                          "veergude vahe kohalt ülesandeks ja tulemuseks",
                          "the columns of the duties table stood side by side in the text; "
                          "lines were split into task and result at the gap between them"))
        for line in lines:
            if line.row is not None and line.cells is None:
                # A row with one filled cell: its column tells a task bullet ("• …<TAB>")
                # from a result, when the rows around it are table rows too.
                row = line.row
                if id(row) not in as_row:
                    previous = rows[-1][0] if rows else None
                    as_row[id(row)] = _starts_row(row) or (
                        previous is not None and previous.cells is not None
                        and row.cells is not None
                        and len(previous.cells) == len(row.cells))
                    if as_row[id(row)]:
                        line = row
                    # else: its lines are read one by one, as before
                elif as_row[id(row)]:
                    continue
            if line.cells is None and not line.blank and _DUTY_HEADER.match(line.folded):
                continue
            if line.cells is not None:
                texts = [fold(" ".join(ln.text for ln in cell)) for cell in line.cells]
                texts = [text for text in texts if text]
                if texts and all(_DUTY_HEADER.match(text) or text in ("nr", "jrk", "jrk nr")
                                 for text in texts) and any(_DUTY_HEADER.match(t) for t in texts):
                    continue  # the header row, repeated on every page
                if rows and rows[-1][0].cells is not None and _continues_row(line):
                    rows[-1][0] = _merge_rows(rows[-1][0], line)
                    continue
                rows.append([line])
                continue
            if _DUTY_NUMBER.match(line.raw) and not line.bullet:
                rows.append([line])
            elif rows and rows[-1][0].cells is None:
                rows[-1].append(line)
            elif rows and line.blank:
                continue
            elif rows:
                # Text after a table row: continuation of its last cell.
                rows[-1].append(line)
            else:
                before.append(line)
        if not rows and any(not ln.blank for ln in before):
            rows = self._rows_without_numbers(before)
            before = []
        if any(not ln.blank for ln in before):
            self.note(before, tr("3. peatüki algus", "start of section 3"))
        for row in rows:
            duty = self._duty(row)
            if duty is not None:
                duties.items.append(duty)
        self.found("duties", section.heading, len(duties.items), section.number)

    def _rows_without_numbers(self, lines: list[Line]) -> list[list[Line]]:
        """Duties without numbers: each paragraph that is not a bullet starts a duty."""
        self.guess(tr("kohustustel puuduvad numbrid; iga lõik koos järgnevate täppidega "
                      "loeti üheks kohustuseks",
                      "duties carry no numbers; each paragraph with the bullets after it "
                      "was read as one duty"))
        rows: list[list[Line]] = []
        before: list[Line] = []
        previous_bullet = True
        for line in lines:
            starts = not line.blank and not line.bullet and not line.space_led \
                and line.text[:1].isupper() and (previous_bullet or not rows)
            if starts:
                rows.append([Line(line.text, line.number, raw=line.text, origin=line.origin,
                                  hard=line.hard)])
            elif rows:
                rows[-1].append(line)
            else:
                before.append(line)
            if not line.blank:
                previous_bullet = line.bullet or line.space_led
        if any(not ln.blank for ln in before):
            self.note(before, tr("3. peatüki algus", "start of section 3"))
        return rows

    def _duty(self, row: list[Line]) -> Duty | None:
        first = row[0]
        if first.cells is not None:
            cells = first.cells
            if len(cells) >= 3 and re.fullmatch(r"\d{1,2}\s*\.\s*\d{1,2}\.?",
                                                " ".join(ln.text for ln in cells[0])):
                cells = cells[1:]
            task_lines = list(cells[0])
            result_lines = [ln for cell in cells[1:] for ln in cell]
            extra = row[1:]
            result_lines.extend(extra)
            if task_lines:
                task_lines[0] = _without_duty_number(task_lines[0])
            task = reflow(task_lines, self.space_bullets)
            results = reflow(result_lines, self.space_bullets)
            return Duty(task=task, results=results)
        lines = [_without_duty_number(first), *row[1:]]
        glyphs: list[str] = []
        blocks = reflow(lines, self.space_bullets, glyphs=glyphs)
        if not blocks:
            return None
        task: RichText = [blocks[0]]
        index = 1
        if blocks[0].text.rstrip().endswith(":"):
            while index < len(blocks) and blocks[index].is_bullet \
                    and glyphs[index] == glyphs[1]:
                task.append(blocks[index])
                index += 1
            if index == len(blocks) and len(task) > 2:
                # One kind of bullet for both columns: results read "… on tehtud".
                split = next((i for i in range(2, len(blocks))
                              if _RESULT_LANGUAGE.search(blocks[i].text)
                              and not _RESULT_LANGUAGE.search(blocks[i - 1].text)), None)
                if split is not None:
                    del task[split:]
                    index = split
                    self.guess(tr("kohustuse „{t}” tulemused eraldati sõnastuse järgi",
                                  'the results of duty "{t}" were told apart by their wording',
                                  t=blocks[0].text[:60]), first)
            if index == len(blocks) and len(task) > 1:
                self.guess(tr("kohustusel „{t}” ei leitud tulemusi eraldi",
                              'no separate results found for duty "{t}"',
                              t=blocks[0].text[:60]), first)
        return Duty(task=task, results=blocks[index:])

    # -- 4./5. rights and responsibilities ----------------------------------------

    def _read_rights(self, section: _Section) -> None:
        self.doc.rights = self._intro_list(section)
        self.found("rights", section.heading, len(self.doc.rights.content), section.number)

    def _read_responsibilities(self, section: _Section) -> None:
        self.doc.responsibilities = self._intro_list(section)
        self.found("responsibilities", section.heading, len(self.doc.responsibilities.content),
                   section.number)

    def _intro_list(self, section: _Section) -> IntroList:
        blocks = self._rich(section.lines)
        part = IntroList()
        if blocks and not blocks[0].is_bullet and blocks[0].text.endswith(":"):
            part.intro = blocks.pop(0).text
        part.content = blocks
        return part

    # -- 7. requirements -------------------------------------------------------------

    def _read_requirements(self, section: _Section) -> None:
        requirements = Requirements()
        self.doc.requirements = requirements
        mode = "items"
        current: list[Line] | None = None
        label = ""
        before: list[Line] = []
        group_lines: list[Line] = []
        additional_lines: list[Line] = []
        note_lines: list[Line] = []

        def close_item() -> None:
            nonlocal current
            if current is not None:
                requirements.items.append(Requirement(label, self._rich(current)))
            current = None

        lines = section.lines
        for index, line in enumerate(lines):
            if line.blank:
                target = {"items": current, "competencies": group_lines,
                          "additional": additional_lines, "note": note_lines}[mode]
                if target is not None:
                    target.append(line)
                continue
            sub = _subheading(line)
            if sub == "competencies" and requirements.competencies is None:
                close_item()
                mode = "competencies"
                requirements.competencies = Competencies(
                    heading=_canonical_sub(line.text, DEFAULT_COMPETENCIES_HEADING))
                continue
            if sub == "additional" and requirements.additional is None:
                close_item()
                mode = "additional"
                requirements.additional = AdditionalCompetencies(
                    heading=_canonical_sub(line.text, DEFAULT_ADDITIONAL_HEADING))
                continue
            if mode == "items":
                if line.cells is not None:
                    texts = [" ".join(ln.text for ln in cell) for cell in line.cells]
                    if texts and _requirement_label(texts[0], standalone=True, next_line=None):
                        close_item()
                        label = _canonical_label(texts[0])
                        current = [ln for cell in line.cells[1:] for ln in cell]
                        continue
                    (current if current is not None else before).extend(_flatten([line]))
                    continue
                nxt = _next_nonblank(lines, index + 1)
                inline = _inline_label(line)
                if inline is not None:
                    close_item()
                    label = inline[0]
                    current = [Line(inline[1], line.number)] if inline[1] else []
                    continue
                if _requirement_label(line.text, standalone=True, next_line=nxt) \
                        and not line.bullet:
                    close_item()
                    label = _canonical_label(line.text)
                    if fold(label) not in _REQUIREMENT_BY_FOLD:
                        self.guess(tr("lühike eraldi rida „{l}” loeti nõude nimetuseks",
                                      'the short line "{l}" was read as a requirement label',
                                      l=label), line)
                    current = []
                    continue
                (current if current is not None else before).append(line)
            elif mode == "competencies":
                group_lines.append(line)
            else:
                additional_lines.append(line)
        close_item()
        if any(not ln.blank for ln in before):
            self.note(before, tr("7. peatüki algus", "start of section 7"))
        if requirements.competencies is not None:
            self._read_groups(group_lines, requirements.competencies)
        if requirements.additional is not None:
            tail = self._read_additional(additional_lines, requirements.additional)
            if tail:
                requirements.note = tail
        self.found("requirements", section.heading, len(requirements.items), section.number)
        if requirements.competencies is not None:
            self.found("competencies", requirements.competencies.heading,
                       len(requirements.competencies.groups), section.number)
        if requirements.additional is not None:
            self.found("additional_competencies", requirements.additional.heading,
                       len(requirements.additional.items), section.number)

    def _read_groups(self, lines: list[Line], competencies: Competencies) -> None:
        lines = _flatten(lines)
        current: list[Line] | None = None
        name = ""
        before: list[Line] = []

        def close() -> None:
            if current is not None:
                competencies.groups.append(CompetencyGroup(name, self._rich(current)))

        for index, line in enumerate(lines):
            if line.blank:
                if current is not None:
                    current.append(line)
                continue
            nxt = _next_nonblank(lines, index + 1)
            text = line.text
            head, sep, rest = text.partition(":")
            is_group = (not line.bullet and not (line.space_led and self.space_bullets)
                        and _short_name(head) and (
                            (sep and not rest.strip())
                            or (not sep and fold(text) in _COMPETENCY_BY_FOLD)
                            or (not sep and nxt is not None and (nxt.bullet or nxt.space_led)
                                and not text.endswith(tuple(_TERMINAL + ",")))))
            if is_group:
                close()
                name = _COMPETENCY_BY_FOLD.get(fold(head), head.strip())
                current = []
                continue
            if (not line.bullet and sep and _short_name(head) and rest.strip()
                    and fold(head) in _COMPETENCY_BY_FOLD):
                close()
                name = _COMPETENCY_BY_FOLD[fold(head)]
                current = [Line(rest.strip(), line.number)]
                continue
            (current if current is not None else before).append(line)
        close()
        if any(not ln.blank for ln in before):
            self.note(before, tr("tööks vajalikud kompetentsid", "competencies"))

    def _read_additional(self, lines: list[Line],
                         additional: AdditionalCompetencies) -> RichText | None:
        blocks = reflow(_flatten(lines), self.space_bullets)
        tail: RichText = []
        for block in blocks:
            head, sep, rest = block.text.partition(":")
            if sep and _short_name(head, max_words=10) and not tail:
                additional.items.append(
                    AdditionalCompetency(head.strip(), [Block.p(rest.strip())] if rest.strip()
                                         else []))
            elif not sep and _short_name(block.text) and not tail \
                    and not block.text.endswith(tuple(_TERMINAL)):
                additional.items.append(AdditionalCompetency(block.text.strip(), []))
            elif additional.items and not tail and not block.is_bullet \
                    and block.text[:1].islower():
                additional.items[-1].content.append(Block.p(block.text))
            else:
                tail.append(block)
        if tail:
            self.guess(tr("täiendavate kompetentside järel olev tekst loeti nõuete "
                          "lõpumärkuseks", "text after the additional competencies was "
                          "read as the closing note of the requirements"))
        return tail or None


# --------------------------------------------------------------------------
# Helpers


def _is_approval_start(line: Line) -> bool:
    """``KINNITATUD`` opening the approval note (not "Kinnitatud eelarve piires …")."""
    if line.cells is not None or line.blank or not _APPROVAL_WORD.match(line.text) \
            or len(line.folded.split()) > 14:
        return False
    word = line.text.strip(" \t*_:-–").split()[0].strip(":")
    return word.isupper() or line.folded == "kinnitatud" \
        or bool(_DATE.search(line.text) or _DECREE.search(line.text))


def _looks_like_approval(line: Line) -> bool:
    folded = line.folded
    return bool(
        _DATE.search(line.text) or _DECREE.search(line.text)
        or re.search(r"(direktori|juhi|ministri|kantsleri|juhataja|juhatuse|peadirektori"
                     r"|asetaitja|kaskkir|korraldus|otsus)\b", folded)
        or re.fullmatch(r"[\s._…\-/]*(nr[\s._…]*)?", line.text.lower())
    )


def _next_texts(lines: list[Line], start: int, count: int) -> tuple[list[Line], int]:
    """Up to ``count`` text lines after ``start`` that belong to a signature."""
    taken: list[Line] = []
    index = start
    while index < len(lines) and len(taken) < count:
        line = lines[index]
        if line.blank:
            if taken:
                break
            index += 1
            continue
        if line.cells is not None or _SIGNATURE_MARKER.match(line.text.lower()) \
                or line.folded.rstrip(":") in _ACK_HEADINGS or _DUTY_NUMBER.match(line.raw) \
                or _SECTION_NUMBER.match(line.raw):
            break
        taken.append(line)
        index += 1
    return taken, index


def _canonical_ack(text: str) -> str:
    if fold(text) == fold(DEFAULT_ACKNOWLEDGEMENT_HEADING):
        return DEFAULT_ACKNOWLEDGEMENT_HEADING
    return text.strip()


def _canonical_sub(text: str, default: str) -> str:
    text = text.strip().rstrip(":").strip()
    return default if fold(text) == fold(default) else text


def _subheading(line: Line) -> str | None:
    if line.bullet or line.blank:
        return None
    if line.cells is not None:
        texts = [fold(" ".join(ln.text for ln in cell)) for cell in line.cells]
        texts = [t for t in texts if t]
        if len(texts) != 1:
            return None
        folded = texts[0]
    else:
        folded = line.folded
    if folded in _COMPETENCIES_HEADINGS:
        return "competencies"
    if folded in _ADDITIONAL_HEADINGS:
        return "additional"
    return None


def _short_name(text: str, max_words: int = 6) -> bool:
    text = text.strip()
    words = text.split()
    return bool(words) and len(words) <= max_words and len(text) <= 90 \
        and (text[:1].isupper() or text[:1].isdigit())


def _canonical_label(text: str) -> str:
    text = text.strip().rstrip(":").strip()
    return _REQUIREMENT_BY_FOLD.get(fold(text), text)


def _requirement_label(text: str, standalone: bool, next_line: Line | None) -> bool:
    text = text.strip()
    if fold(text.rstrip(":")) in _REQUIREMENT_BY_FOLD:
        return True
    if not standalone or next_line is None:
        return False
    words = text.rstrip(":").split()
    return (1 <= len(words) <= 4 and len(text) <= 45 and text[:1].isupper()
            and not text.endswith(tuple(_TERMINAL + ","))
            and not next_line.bullet and next_line.cells is None
            and (next_line.text[:1].isupper() or next_line.text[:1].isdigit()))


def _inline_label(line: Line) -> tuple[str, str] | None:
    """``Haridus: kõrgharidus`` → (label, text) for known labels written inline."""
    if line.bullet:
        return None
    for separator in (":", " – ", " - ", " — "):
        head, sep, rest = line.text.partition(separator)
        if sep and rest.strip() and fold(head) in _REQUIREMENT_BY_FOLD:
            return _REQUIREMENT_BY_FOLD[fold(head)], rest.strip()
    # A table row flattened by PDF extraction: the label, then its text in capitals.
    words = line.text.split()
    for length in (3, 2, 1):
        head = " ".join(words[:length])
        if len(words) > length and fold(head) in _REQUIREMENT_BY_FOLD \
                and (words[length][:1].isupper() or words[length][:1].isdigit()):
            return _REQUIREMENT_BY_FOLD[fold(head)], " ".join(words[length:])
    return None


def _next_nonblank(lines: list[Line], start: int) -> Line | None:
    for line in lines[start:]:
        if not line.blank:
            return line
    return None


def _without_duty_number(line: Line) -> Line:
    match = _DUTY_NUMBER.match(line.raw) or _DUTY_NUMBER.match(line.text)
    text = line.text
    if match:
        text = _DUTY_NUMBER.sub("", line.text, count=1).strip()
    return Line(text, line.number, bullet=False, raw=text, origin=line.origin, hard=line.hard)


def _flatten(lines: list[Line]) -> list[Line]:
    """Table rows outside a table-shaped part: their cells' lines in order."""
    flat: list[Line] = []
    for line in lines:
        if line.cells is None:
            flat.append(line)
        else:
            for cell in line.cells:
                flat.extend(cell)
                flat.append(Line("", line.number, blank=True))
    return flat


def _general_labels(text: str) -> list[tuple[str, str]]:
    """(field, value after the label) for each general-part label in ``text``."""
    folded_positions: list[tuple[int, int, str]] = []
    # Match on a folded copy with positions mapped back by word.
    words = list(re.finditer(r"\S+", text))
    folded_words = [fold(w.group()) for w in words]
    index = 0
    while index < len(words):
        best = None
        for length in (4, 3, 2, 1):
            if index + length > len(words):
                continue
            start = index
            # Skip a leading "1.1" / "1.1." number word.
            phrase_words = folded_words[start:start + length]
            number_skip = 0
            if re.fullmatch(r"1 [1-9]|1", phrase_words[0] or "") and length > 1:
                phrase_words = phrase_words[1:]
                number_skip = 1
            phrase = " ".join(w for w in phrase_words if w)
            if phrase in _GENERAL_BY_FOLD:
                if phrase in ("nimetus", "osakond", "asendab", "allub") and number_skip == 0 \
                        and index != 0:
                    continue
                best = (start, start + length, _GENERAL_BY_FOLD[phrase])
                break
        if best:
            folded_positions.append(best)
            index = best[1]
        else:
            index += 1
    if not folded_positions:
        return []
    # A label must start the text (possibly after its number).
    if folded_positions[0][0] != 0:
        return []
    result: list[tuple[str, str]] = []
    for position, (_start, end, key) in enumerate(folded_positions):
        stop = folded_positions[position + 1][0] if position + 1 < len(folded_positions) \
            else len(words)
        value = text[words[end].start():words[stop - 1].end()] if end < stop else ""
        result.append((key, value.strip().lstrip(":–—-").strip()))
    return result


def _split_at_capital(cells: list[str]) -> list[str] | None:
    """Split the longest cell where a capitalised word starts a new value."""
    for index in sorted(range(len(cells)), key=lambda i: -len(cells[i])):
        words = cells[index].split(" ")
        # A cell repeated twice ("Koordinaator, tiimijuht Koordinaator, tiimijuht").
        if len(words) % 2 == 0 and words[: len(words) // 2] == words[len(words) // 2:]:
            half = " ".join(words[: len(words) // 2])
            return [*cells[:index], half, half, *cells[index + 1:]]
        candidates = [
            i for i in range(1, len(words))
            if words[i][:1].isupper() and not words[i - 1].endswith((",", "-"))
            and words[i - 1] not in ("ja", "või", "ning")
        ]
        if candidates:
            cut = candidates[0]
            left, right = " ".join(words[:cut]), " ".join(words[cut:])
            return [*cells[:index], left, right, *cells[index + 1:]]
    return None


def parse_lines(source: Sequence[SourceLine],
                source_kind: str = "txt") -> tuple[JobDescription, ImportReport]:
    """The document in ``source`` and the report of how it was read.

    Never raises for odd input: what cannot be placed is kept as import notes.
    """
    return _Parser(source, source_kind).run()


def parse_text(text: str, source_kind: str = "txt") -> tuple[JobDescription, ImportReport]:
    """:func:`parse_lines` over plain text."""
    return parse_lines(lines_from_text(text), source_kind)


__all__ = [
    "ImportReport",
    "SourceLine",
    "fold",
    "lines_from_text",
    "parse_lines",
    "parse_text",
    "reflow",
]


def _continues_row(line: Line) -> bool:
    """A table row whose task cell starts with a bullet, or is empty, continues the row
    before it.

    Text exports of Word tables put each bullet of a task cell and the result
    bullet beside it on a row of their own; such a row has no duty number.
    Either cell may be empty (``• Koostab aruandeid<TAB>``).
    """
    assert line.cells is not None
    first = next((ln for ln in line.cells[0] if not ln.blank), None)
    if first is None:
        return True  # an empty task cell: more results of the row above
    return (first.bullet
            and not _DUTY_NUMBER.match(first.raw) and not _ROW_NUMBER.match(first.raw))


def _starts_row(line: Line) -> bool:
    """A table row whose first cell starts with a duty number ("3.2", "2)")."""
    assert line.cells is not None
    first = next((ln for ln in line.cells[0] if not ln.blank), None)
    return first is not None and not first.bullet and bool(
        _DUTY_NUMBER.match(first.raw) or _ROW_NUMBER.match(first.raw))


def _layout_rows(lines: list[Line]) -> list[Line]:
    """The lines of a side-by-side duties table (:func:`layout_columns`) as one row per
    duty: a line whose left part starts with a duty number starts a row, the lines
    after it add to its cells."""
    grouped: list[Line] = []
    current: Line | None = None
    for line in lines:
        if line.blank:
            continue
        if line.cells is None:
            grouped.append(line)
            current = None
            continue
        left = " ".join(ln.text for ln in line.cells[0])
        if _DUTY_HEADER.match(fold(left)):
            grouped.append(line)
            current = None
        elif current is None or _starts_row(line):
            current = line
            grouped.append(line)
        else:
            current = _merge_rows(current, line)
            grouped[-1] = current
    return grouped


#: "2)", "2.", "3.2" leading a table row: the row starts a new duty.
_ROW_NUMBER = re.compile(r"^\s*\d{1,2}(?:\s*\.\s*\d{1,2})?\s*[.)]")


def _merge_rows(previous: Line, line: Line) -> Line:
    """One table row made of two: each cell of ``line`` appended to the same cell above."""
    assert previous.cells is not None and line.cells is not None
    width = max(len(previous.cells), len(line.cells))
    cells = [
        [*(previous.cells[i] if i < len(previous.cells) else []),
         *(line.cells[i] if i < len(line.cells) else [])]
        for i in range(width)
    ]
    return dataclasses.replace(previous, cells=cells, text=f"{previous.text}\n{line.text}",
                               raw=f"{previous.raw}\n{line.raw}")
