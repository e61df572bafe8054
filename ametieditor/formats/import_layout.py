"""Two columns side by side in layout-preserving text: finding the gutter and cutting
each line into its left and right cell.

Used by the duties reader (a task and its results side by side) and the
requirements reader (labels in a column left of their texts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ametieditor.formats.import_lines import INLINE_BULLET, Line, cell_lines

#: The least number of lines a page's columns must show before they are believed.
_MIN_COLUMN_LINES = 3


def layout_columns(lines: Sequence[Line],
                   boundary: Callable[[Line], bool] | None = None) -> list[Line] | None:
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
    visual = _visual_lines(lines)
    if visual is None:
        return None
    segments = _segments(visual, boundary)
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
            row = _split_line(visual[i][0], text, gutter)
            if row is not None:
                split[i] = row
    result: list[Line] = []
    for index, group in enumerate(visual):
        result.extend([split[index]] if index in split else group)
    return result


def _visual_lines(lines: Sequence[Line]) -> list[list[Line]] | None:
    """The lines grouped by the source line they were cut from (inline bullets belong
    together); None when some are real table rows (tabs, DOCX cells) or paragraphs."""
    visual: list[list[Line]] = []
    for line in lines:
        if line.cells is not None or line.hard:
            return None
        if visual and not line.blank and not visual[-1][0].blank \
                and visual[-1][0].number == line.number and visual[-1][0].source == line.source:
            visual[-1].append(line)
        else:
            visual.append([line])
    return visual


def _segments(visual: list[list[Line]],
              boundary: Callable[[Line], bool] | None) -> list[list[int]]:
    """Indexes of the visual lines in runs that may share a gutter: a new run after a
    ``boundary`` line and after two blank lines."""
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
    return segments


def _split_line(first: Line, text: str, gutter: int) -> Line | None:
    """The line as a row of a left and a right cell, or None for a line of the page's
    full width."""
    cut = _cut(text, gutter)
    if cut is None:
        return None
    head = text[:cut].rstrip()
    if head[-1:] and INLINE_BULLET.match(head[-1]) and head[-2:-1] in ("", " "):
        cut = len(head) - 1  # a right-hand bullet's glyph left of the gutter
    left, right = text[:cut].strip(), text[cut:].strip()
    cells = [cell_lines([left], first.number, first.origin, False) if left else [],
             cell_lines([right], first.number, first.origin, False) if right else []]
    return Line(f"{left}\t{right}", first.number, raw=first.source, cells=cells,
                origin=first.origin)


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
