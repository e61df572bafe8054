"""Reading a job description from lines of text: the parser every importer of
foreign files feeds (text, PDF, hand-made DOCX).

Last year's job descriptions reach the editor as text copied out of a PDF,
as a Word file typed by hand, as OCR output. What they share is the order of
the lines and a few signals in them: section headings, general-part labels,
duty numbers, bullets, requirement labels. Each importer turns its file into
a sequence of :class:`SourceLine` (a table row becomes one line with
*cells*) and calls :func:`parse_lines`.

The package holds one reader per part around a small shared context
(:class:`~.context.ParseContext`):

* :mod:`.sections` finds the headings; :mod:`.signatures` the approval note
  and the signature blocks;
* :mod:`.general` (with :mod:`.general_values`), :mod:`.prose` (purpose, work
  tools, amendment), :mod:`.duties` (with :mod:`.duty_rows`),
  :mod:`.intro_list` (rights, responsibility), :mod:`.requirements` (with
  :mod:`.competencies`) read their parts;
* :mod:`.parser` runs them in order.

Line types and :func:`reflow` live in :mod:`ametieditor.formats.import_lines`,
the recognised words and patterns in :mod:`ametieditor.formats.import_vocabulary`.
"""

from __future__ import annotations

from ametieditor.formats.import_lines import SourceLine, lines_from_text, reflow
from ametieditor.formats.import_report import ImportReport
from ametieditor.formats.import_vocabulary import fold
from ametieditor.formats.textparse.parser import parse_lines
from ametieditor.model.document import JobDescription


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
