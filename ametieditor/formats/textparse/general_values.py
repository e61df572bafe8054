"""The values of a general-part row whose labels stood on a line of their own.

A bordered table of the general part (``1.1 Ametinimetus | 1.2
Struktuuriüksus`` over a value row) comes out of a PDF or a copy as a label
line followed by the values, either as cells (tabs, DOCX), on one line
separated by two or more spaces, in chunks separated by blank lines, or laid
out side by side with their wrapped lines under them (``pdftotext
-layout``). :func:`split_values` gives one value per label.
"""

from __future__ import annotations

import re

from ametieditor.formats.import_lines import Line
from ametieditor.formats.textparse.context import ParseContext, cell_texts
from ametieditor.i18n import tr


def split_values(ctx: ParseContext, lines: list[Line], count: int) -> list[str]:
    """The values of a flattened value row for ``count`` labels."""
    rows = [ln for ln in lines if ln.cells is not None]
    if rows:
        return _row_values(rows, [ln for ln in lines if ln.cells is None and not ln.blank])
    cells = _chunk_cells(lines)
    if count == 1 or not cells:
        return [" ".join(cells)] if cells else []
    while len(cells) < count:
        split = split_at_capital(cells)
        if split is None:
            break
        cells = split
        ctx.guess(tr("üldosa väärtuste piirid on oletatud: {v}",
                     "the boundaries of general-part values were guessed: {v}",
                     v=" | ".join(cells)), lines[0] if lines else None)
    if len(cells) > count:
        # Cells that wrapped onto lines of their own: join the surplus by
        # continuation (a cell starting lowercase continues the one before).
        merged: list[str] = []
        for cell in cells:
            if merged and cell[:1].islower():
                merged[-1] = f"{merged[-1]} {cell}"
            else:
                merged.append(cell)
        cells = merged
    return cells


def _row_values(rows: list[Line], rest: list[Line]) -> list[str]:
    values = cell_texts(rows[0])
    for extra in rows[1:]:  # a second value row has no labels of its own
        values.extend(cell_texts(extra))
    if rest:
        values[-1:] = [" ".join([values[-1], *(ln.text for ln in rest)])] if values \
            else [" ".join(ln.text for ln in rest)]
    return values


def _pieces(line: Line) -> list[tuple[int, str]]:
    """(column, text) of each run of text separated by two or more spaces."""
    raw = line.raw.replace("\f", "").expandtabs().rstrip()
    if not raw.strip():
        return [(0, line.text)]
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", raw)]


def _chunk_cells(lines: list[Line]) -> list[str]:
    """Chunks separated by blank lines; within a chunk the first line may hold
    several cells separated by two or more spaces, later lines continue the last.
    Text that kept its layout (pdftotext -layout) puts the cells' wrapped lines
    under their first lines: a piece joins the cell that starts where it starts."""
    cells: list[str] = []
    starts: list[int] = []  # where the cells opened by a chunk's first line start
    first = 0
    chunk_start = True
    for line in lines:
        if line.blank:
            chunk_start = True
            continue
        found = _pieces(line)
        if chunk_start or not cells:
            first = len(cells)  # the cells this chunk's first line opened
            cells.extend(piece for _, piece in found)
            starts = [start for start, _ in found]
            chunk_start = False
            continue
        columns = _laid_out(starts, found)
        if columns is not None:
            for column, (_, piece) in zip(columns, found, strict=True):
                cells[first + column] = f"{cells[first + column]} {piece}"
            continue
        cells[-1] = f"{cells[-1]} {found[0][1]}"
        cells.extend(piece for _, piece in found[1:])
        starts = []  # the columns are lost: no more placing by position
    return cells


def _laid_out(starts: list[int], found: list[tuple[int, str]]) -> list[int] | None:
    """The columns the pieces of a wrapped line stand under, or None if they don't."""
    if len(starts) <= 1 or len(found) > len(starts):
        return None
    columns = [_nearest(starts, at) for at, _ in found]
    if not all(abs(starts[c] - at) <= 3 for c, (at, _) in zip(columns, found, strict=True)):
        return None
    if columns != sorted(set(columns)):
        return None
    # A lone piece under the first cell is as likely the last cell's wrap
    # ("Koordinaator  Ohvriabi …,\nennetus…").
    if len(found) == 1 and columns[0] == 0:
        return None
    return columns


def _nearest(starts: list[int], at: int) -> int:
    """The index of the start nearest to column ``at``."""
    return min(range(len(starts)), key=lambda i: abs(starts[i] - at))


def split_at_capital(cells: list[str]) -> list[str] | None:
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
