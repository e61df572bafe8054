"""What every section reader shares: the document being built, the report, the notes.

A reader is a function ``read(ctx, section)``: it takes the lines of its
part from :class:`Section`, writes its part into ``ctx.doc``, says what it
found (:meth:`ParseContext.found`), what it guessed (:meth:`ParseContext.guess`),
and keeps what it could not place (:meth:`ParseContext.note`). Readers never
call one another; the few line helpers they share live here too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ametieditor.formats.import_lines import Line, reflow
from ametieditor.formats.import_report import Guess, ImportReport, PartFound
from ametieditor.formats.import_vocabulary import spelled_heading
from ametieditor.i18n import tr
from ametieditor.model.document import ImportNote, JobDescription, RichText


@dataclass
class Section:
    """The lines of one part, as found under its heading."""

    key: str  # a part key of the vocabulary, or "unknown"
    heading: str  # as written
    number: int  # source line of the heading
    lines: list[Line] = field(default_factory=list)
    written: str = ""  # the heading line as written, number and all


class ParseContext:
    """The document, the report and the notes of one import."""

    def __init__(self, source_kind: str, space_bullets: bool = False) -> None:
        self.report = ImportReport(source_kind=source_kind)
        self.doc = JobDescription()
        self.notes: list[ImportNote] = []
        #: PDF extraction that lost the bullet glyphs but kept the space after them.
        self.space_bullets = space_bullets

    def guess(self, message: str, line: Line | None = None) -> None:
        """A decision taken on weak evidence, for the import report."""
        self.report.guesses.append(
            Guess(message, line.number if line else None, line.text if line else ""))

    def found(self, key: str, heading: str = "", count: int = 0,
              line: int | None = None) -> None:
        """A part recognised, with the heading as written and how many items it got."""
        self.report.parts.append(PartFound(key, spelled_heading(heading), count, line))

    def rich(self, lines: list[Line]) -> RichText:
        """Paragraphs and bullets rebuilt from the lines (table rows flattened)."""
        return reflow(flatten(lines), self.space_bullets)

    def note(self, lines: Iterable[Line], where: str) -> None:
        """Keep text nobody could place: one note per run of lines."""
        run: list[Line] = []
        for line in lines:
            if line.blank:
                self._flush(run, where)
            elif line.cells is not None:
                self._flush(run, where)
                for cell in line.cells:
                    run.extend(ln for ln in cell if not ln.blank)
                self._flush(run, where)
            else:
                run.append(line)
        self._flush(run, where)

    def _flush(self, run: list[Line], where: str) -> None:
        if not run:
            return
        text = "\n".join(("• " if ln.bullet else "") + ln.text for ln in run)
        origin = f"{run[0].origin}, " if run[0].origin else ""
        source = tr("{origin}rida {line}", "{origin}line {line}", origin=origin,
                    line=run[0].number) + (f"; {where}" if where else "")
        self.notes.append(ImportNote(text=text, source=source))
        run.clear()


def flatten(lines: list[Line]) -> list[Line]:
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


def next_nonblank(lines: list[Line], start: int) -> Line | None:
    """The first line from ``start`` on that is not blank."""
    for line in lines[start:]:
        if not line.blank:
            return line
    return None


def next_nonblank_at(lines: list[Line], start: int) -> int | None:
    """The index of the first line from ``start`` on that is not blank."""
    return next((i for i in range(start, len(lines)) if not lines[i].blank), None)


def cell_texts(line: Line) -> list[str]:
    """The text of each cell of a table row."""
    return [" ".join(ln.text for ln in cell) for cell in line.cells or []]


def short_name(text: str, max_words: int = 6) -> bool:
    """A name-like phrase: a few words, starting with a capital or a digit."""
    text = text.strip()
    words = text.split()
    return bool(words) and len(words) <= max_words and len(text) <= 90 \
        and (text[:1].isupper() or text[:1].isdigit())
