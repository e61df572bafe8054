"""Rows of the duties table: which row starts a duty, which continues one, which is
the header.

A Word table saved as text puts each bullet of a task cell on a row of its
own; a side-by-side table from layout-preserving text gives one line per
visual line. These helpers put such rows back together, one per duty.
"""

from __future__ import annotations

import dataclasses
import re

from ametieditor.formats.import_lines import Line
from ametieditor.formats.import_vocabulary import DUTY_HEADER, DUTY_NUMBER, fold

#: "2)", "2.", "3.2" leading a table row: the row starts a new duty.
_ROW_NUMBER = re.compile(r"^\s*\d{1,2}(?:\s*\.\s*\d{1,2})?\s*[.)]")
#: The title of a number column in the header row: "Nr", "Nr.", "No", "Jrk", "Jrk nr", "#".
_NUMBER_COLUMN = re.compile(r"^(?:#|n[or]|jrk(?: n[or])?|j ?k ?nr|number|nummer)$")


def is_number_column(folded: str) -> bool:
    """Whether a folded header cell is the title of a number column."""
    return bool(_NUMBER_COLUMN.match(folded))


def is_header_text(folded: str) -> bool:
    """A header line of the duties table as plain text: its column titles in a row,
    a number column's title first or not ("Nr Põhiülesanded Oodatavad tulemused")."""
    if DUTY_HEADER.match(folded):
        return True
    head, _, rest = folded.partition(" ")
    return bool(rest) and is_number_column(head) and bool(DUTY_HEADER.match(rest))


def is_header_row(line: Line) -> bool:
    """The header row of the duties table (repeated on every page), with or without
    a number column."""
    texts = [fold(" ".join(ln.text for ln in cell)) for cell in line.cells or []]
    texts = [text for text in texts if text]
    return bool(texts) and any(DUTY_HEADER.match(t) for t in texts) \
        and all(DUTY_HEADER.match(t) or is_number_column(t) for t in texts)


def _first(line: Line) -> Line | None:
    assert line.cells is not None
    return next((ln for ln in line.cells[0] if not ln.blank), None)


def continues_row(line: Line) -> bool:
    """A table row whose task cell starts with a bullet, or is empty, continues the row
    before it.

    Text exports of Word tables put each bullet of a task cell and the result
    bullet beside it on a row of their own; such a row has no duty number.
    Either cell may be empty (``• Koostab aruandeid<TAB>``).
    """
    first = _first(line)
    if first is None:
        return True  # an empty task cell: more results of the row above
    return (first.bullet
            and not DUTY_NUMBER.match(first.raw) and not _ROW_NUMBER.match(first.raw))


def starts_row(line: Line) -> bool:
    """A table row whose first cell starts with a duty number ("3.2", "2)")."""
    first = _first(line)
    return first is not None and not first.bullet and bool(
        DUTY_NUMBER.match(first.raw) or _ROW_NUMBER.match(first.raw))


def layout_rows(lines: list[Line]) -> list[Line]:
    """The lines of a side-by-side duties table as one row per duty: a line whose left
    part starts with a duty number starts a row, the lines after it add to its cells."""
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
        if is_header_text(fold(left)):
            grouped.append(line)
            current = None
        elif current is None or starts_row(line):
            current = line
            grouped.append(line)
        else:
            current = merge_rows(current, line)
            grouped[-1] = current
    return grouped


def merge_rows(previous: Line, line: Line) -> Line:
    """One table row made of two: each cell of ``line`` appended to the same cell above."""
    assert previous.cells is not None and line.cells is not None
    above, below = previous.cells, line.cells
    width = max(len(above), len(below))
    if len(below) < width and line.raw.lstrip(" ").startswith("\t"):
        # Its leading empty cells (an empty number column) were dropped: align right.
        below = [[] for _ in range(width - len(below))] + below
    cells = [
        [*(above[i] if i < len(above) else []), *(below[i] if i < len(below) else [])]
        for i in range(width)
    ]
    return dataclasses.replace(previous, cells=cells, text=f"{previous.text}\n{line.text}",
                               raw=f"{previous.raw}\n{line.raw}")


def without_duty_number(line: Line) -> Line:
    """The line with its leading duty number ("3.2.") removed."""
    match = DUTY_NUMBER.match(line.raw) or DUTY_NUMBER.match(line.text)
    text = line.text
    if match:
        text = DUTY_NUMBER.sub("", line.text, count=1).strip()
    return Line(text, line.number, bullet=False, raw=text, origin=line.origin, hard=line.hard)
