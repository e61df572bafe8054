"""3. The duties: one duty per number (``3.1``) or per table row.

A duty is a task and its expected results. In a table the columns say which
is which; in running text the task is the numbered paragraph (and the
bullets after an intro ending in ``sh:``), the results what follows. The
table's header row (``Põhiülesanded | Oodatavad tulemused``, with or without
a number column titled ``Nr``, ``No``, ``Jrk`` …) is never a duty.
"""

from __future__ import annotations

import dataclasses
import re

from ametieditor.formats.import_layout import layout_columns
from ametieditor.formats.import_lines import Line, reflow
from ametieditor.formats.import_vocabulary import (
    DUTY_HEADINGS,
    DUTY_NUMBER,
    DUTY_NUMBER_INSIDE,
    RESULT_LANGUAGE,
    TERMINAL,
    canonical_heading,
    fold,
)
from ametieditor.formats.textparse.context import ParseContext, Section
from ametieditor.formats.textparse.duty_rows import (
    continues_row,
    is_header_row,
    is_header_text,
    is_number_column,
    layout_rows,
    merge_rows,
    starts_row,
    without_duty_number,
)
from ametieditor.i18n import tr
from ametieditor.model.document import Duties, Duty, RichText

#: A cell holding only a duty's number: "3.1", "3.1.", "1", "1.", "2)".
_NUMBER_CELL = re.compile(r"\d{1,2}(?:\s*\.\s*\d{1,2})?\s*[.)]?")


def _heading(ctx: ParseContext, section: Section) -> str:
    """The duties heading the file used, restored to its diacritics."""
    heading_fold = fold(section.heading).replace(" ", "")
    heading = DUTY_HEADINGS.get(heading_fold) or canonical_heading("duties")
    if heading_fold not in DUTY_HEADINGS:
        ctx.guess(tr("kohustuste pealkiri „{w}” asendati pealkirjaga {h}",
                     'duties heading "{w}" replaced by {h}', w=section.heading, h=heading))
    return heading


class _Rows:
    """The section's lines grouped into one list of lines per duty."""

    def __init__(self) -> None:
        self.rows: list[list[Line]] = []
        self.before: list[Line] = []
        self.as_row: dict[int, bool] = {}  # id of a one-filled-cell row -> read as a row?
        self.last: tuple[int, int] | None = None  # the number of the last numbered duty

    def whole_row(self, line: Line) -> Line | None:
        """For a line cut from a row with one filled cell: the row when its column
        tells a task bullet ("• …<TAB>") from a result (the rows around are table
        rows too), the line itself when it is read on its own, None when the row
        was taken already."""
        row = line.row
        if row is None or line.cells is not None:
            return line
        if id(row) in self.as_row:
            return None if self.as_row[id(row)] else line
        previous = self.rows[-1][0] if self.rows else None
        self.as_row[id(row)] = starts_row(row) or (
            previous is not None and previous.cells is not None and row.cells is not None
            and len(previous.cells) == len(row.cells))
        return row if self.as_row[id(row)] else line

    def add(self, line: Line) -> None:
        for piece in self.run_together(line):
            self.add_one(piece)

    def run_together(self, line: Line) -> list[Line]:
        """A line holding the next duty's number after a sentence end ("… on tehtud.
        3.4. Koostab …"), cut before that number; else ``[line]``."""
        if line.cells is not None or line.blank:
            return [line]
        if not line.bullet and (match := DUTY_NUMBER.match(line.raw)):
            self.last = (int(match.group(1)), int(match.group(2) or match.group(3)))
        if self.last is None:
            return [line]
        for inside in DUTY_NUMBER_INSIDE.finditer(line.text):
            if (int(inside.group(1)), int(inside.group(2))) == (self.last[0], self.last[1] + 1):
                head, tail = line.text[:inside.start()], line.text[inside.start():].strip()
                self.last = (self.last[0], self.last[1] + 1)
                first = dataclasses.replace(line, text=head, raw=head)
                rest = Line(tail, line.number, raw=tail, origin=line.origin, hard=line.hard)
                return [first, *self.run_together(rest)]
        return [line]

    def add_one(self, line: Line) -> None:
        whole = self.whole_row(line)
        if whole is None:
            return
        line = whole
        if line.cells is None and not line.blank and (
                is_header_text(line.folded) or (not self.rows and is_number_column(line.folded))):
            return  # the header, its column titles on one line or one per line
        if line.cells is not None:
            self.add_row(line)
        elif DUTY_NUMBER.match(line.raw) and not line.bullet:
            self.rows.append([line])
        elif self.rows and (self.rows[-1][0].cells is None or not line.blank):
            # More of the numbered duty, or text after a table row: its last cell's tail.
            self.rows[-1].append(line)
        elif not self.rows:
            self.before.append(line)

    def add_row(self, line: Line) -> None:
        if is_header_row(line):
            return  # the header row, repeated on every page
        if self.rows and self.rows[-1][0].cells is not None and continues_row(line):
            self.rows[-1][0] = merge_rows(self.rows[-1][0], line)
        else:
            self.rows.append([line])


def read(ctx: ParseContext, section: Section) -> None:
    """Fill ``ctx.doc.duties`` from the section."""
    duties = Duties(heading=_heading(ctx, section))
    ctx.doc.duties = duties
    lines = section.lines
    layout = layout_columns(lines, boundary=lambda ln: is_header_text(ln.folded))
    if layout is not None:
        lines = layout_rows(layout)
        ctx.guess(tr("kohustuste tabeli veerud olid tekstis kõrvuti; read jagati "
                     "veergude vahe kohalt ülesandeks ja tulemuseks",
                     "the columns of the duties table stood side by side in the text; "
                     "lines were split into task and result at the gap between them"))
    grouped = _Rows()
    for line in lines:
        grouped.add(line)
    rows, before = grouped.rows, grouped.before
    if not rows and any(not ln.blank for ln in before):
        rows = _rows_without_numbers(ctx, before)
        before = []
    if any(not ln.blank for ln in before):
        ctx.note(before, tr("3. peatüki algus", "start of section 3"))
    for row in rows:
        duty = _duty(ctx, row)
        if duty is not None:
            duties.items.append(duty)
    ctx.found("duties", section.heading, len(duties.items), section.number)


def _rows_without_numbers(ctx: ParseContext, lines: list[Line]) -> list[list[Line]]:
    """Duties without numbers: each paragraph that is not a bullet starts a duty."""
    ctx.guess(tr("kohustustel puuduvad numbrid; iga lõik koos järgnevate täppidega "
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
        ctx.note(before, tr("3. peatüki algus", "start of section 3"))
    return rows


def _table_duty(ctx: ParseContext, row: list[Line]) -> Duty:
    cells = row[0].cells or []
    if len(cells) >= 3 and _NUMBER_CELL.fullmatch(" ".join(ln.text for ln in cells[0])):
        cells = cells[1:]  # a number column
    task_lines = list(cells[0])
    result_lines = [ln for cell in cells[1:] for ln in cell]
    result_lines.extend(row[1:])
    if task_lines:
        task_lines[0] = without_duty_number(task_lines[0])
    return Duty(task=reflow(task_lines, ctx.space_bullets),
                results=reflow(result_lines, ctx.space_bullets))


def _duty(ctx: ParseContext, row: list[Line]) -> Duty | None:
    first = row[0]
    if first.cells is not None:
        return _table_duty(ctx, row)
    glyphs: list[str] = []
    lines = _rejoin_split_task([without_duty_number(first), *row[1:]], ctx.space_bullets)
    blocks = reflow(lines, ctx.space_bullets, glyphs=glyphs)
    if not blocks:
        return None
    task: RichText = [blocks[0]]
    index = 1
    if blocks[0].text.rstrip().endswith(":"):
        while index < len(blocks) and blocks[index].is_bullet and glyphs[index] == glyphs[1]:
            task.append(blocks[index])
            index += 1
        if index == len(blocks) and len(task) > 2:
            index = _split_by_wording(ctx, blocks, task, first) or index
        if index == len(blocks) and len(task) > 1:
            ctx.guess(tr("kohustusel „{t}” ei leitud tulemusi eraldi",
                         'no separate results found for duty "{t}"',
                         t=blocks[0].text[:60]), first)
    return Duty(task=task, results=blocks[index:])


def _rejoin_split_task(lines: list[Line], space_bullets: bool) -> list[Line]:
    """A task cell cut by a page break: a PDF gives the task's first lines, the
    results, then (after the break) the rest of the task. When the task stops
    mid-sentence and, after a blank line, a lowercase line follows a finished
    result, that line is the task's tail and moves back to it."""
    end = next((i for i, ln in enumerate(lines) if i and (ln.bullet or ln.blank
                                                          or (space_bullets and ln.space_led))),
               len(lines))
    task = [ln for ln in lines[:end] if not ln.blank]
    if not task or task[-1].text.endswith(tuple(TERMINAL + ":")) or end == len(lines):
        return lines
    for index in range(end + 1, len(lines)):
        line, before = lines[index], lines[index - 1]
        previous = next((ln for ln in reversed(lines[end:index]) if not ln.blank), None)
        if before.blank and previous is not None and not line.bullet \
                and line.text[:1].islower() and previous.text.endswith(tuple(TERMINAL)):
            tail = index + 1
            while tail < len(lines) and not lines[tail].blank and not lines[tail].bullet \
                    and not (space_bullets and lines[tail].space_led):
                tail += 1
            return [*lines[:end], *lines[index:tail], *lines[end:index], *lines[tail:]]
    return lines


def _split_by_wording(ctx: ParseContext, blocks: RichText, task: RichText,
                      first: Line) -> int | None:
    """One kind of bullet for both columns: results read "… on tehtud". Cuts ``task``
    and gives the index of the first result, or None."""
    split = next((i for i in range(2, len(blocks))
                  if RESULT_LANGUAGE.search(blocks[i].text)
                  and not RESULT_LANGUAGE.search(blocks[i - 1].text)), None)
    if split is None:
        return None
    del task[split:]
    ctx.guess(tr("kohustuse „{t}” tulemused eraldati sõnastuse järgi",
                 'the results of duty "{t}" were told apart by their wording',
                 t=blocks[0].text[:60]), first)
    return split
