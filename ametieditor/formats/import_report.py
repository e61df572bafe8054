"""What an importer recognised, guessed and could not place: the import report.

Importers of foreign files (text, PDF, hand-made DOCX, containers) return an
:class:`ImportReport` in :attr:`ametieditor.formats.registry.LoadResult.report`
so that the user can see how last year's file was read before trusting it.
The GUI's import report panel and the CLI (``convert`` prints the notes on
stderr) both build on this shape; keep it stable and additive.

* :attr:`ImportReport.parts` — one :class:`PartFound` per document part the
  importer recognised, in document order, with the heading as it stood in the
  file (``"3. TEENISTUSÜLESANDED"``) and how many items it got (duties,
  bullets, requirements…).
* :attr:`ImportReport.guesses` — decisions the importer made on weak
  evidence, each a :class:`Guess` with a sentence in the current language
  (``heading without number taken as 5. VASTUTUS``) and the source line.
* :attr:`ImportReport.notes` — the text that could not be placed. The same
  notes are kept in the document itself (``JobDescription.import_notes``) so
  that nothing is lost when the file is saved; the report carries them for
  display.
* :attr:`ImportReport.missing` — expected parts that were not found (the
  part key, see :data:`PART_KEYS`).

This module is plain Python: no Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ametieditor.i18n import tr
from ametieditor.model.document import ImportNote

#: Keys of the parts an importer can recognise, in document order.
PART_KEYS = (
    "approval",
    "title",
    "general",
    "purpose",
    "duties",
    "rights",
    "responsibilities",
    "work_tools",
    "requirements",
    "competencies",
    "additional_competencies",
    "amendment",
    "extra_sections",
    "signatures",
)


@dataclass
class PartFound:
    """A part the importer recognised."""

    key: str  # one of PART_KEYS
    heading: str = ""  # the heading as written in the file ("" when none)
    count: int = 0  # items in the part (duties, bullets, requirements, …)
    line: int | None = None  # 1-based line (text/PDF) or paragraph number (DOCX)


@dataclass
class Guess:
    """A decision taken on weak evidence, worth a look by the user."""

    message: str  # a sentence in the current language
    line: int | None = None
    text: str = ""  # the source text the guess was about


@dataclass
class ImportReport:
    """How a foreign file was read (see the module docstring)."""

    source_kind: str = ""  # "txt", "pdf", "docx", …
    parts: list[PartFound] = field(default_factory=list)
    guesses: list[Guess] = field(default_factory=list)
    notes: list[ImportNote] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def part(self, key: str) -> PartFound | None:
        """The first recognised part with ``key``, if any."""
        return next((part for part in self.parts if part.key == key), None)

    @property
    def clean(self) -> bool:
        """True when nothing was guessed and nothing was left unplaced."""
        return not self.guesses and not self.notes


def import_warnings(report: ImportReport) -> list[str]:
    """The one-line summary every import adds to the LoadResult's warnings."""
    if not report.notes:
        return []
    if len(report.notes) == 1:
        return [tr("üks tekstilõik jäi paigutamata ja on hoitud impordimärkmena",
                   "one piece of text could not be placed and is kept as an import note")]
    return [tr("{n} tekstilõiku jäi paigutamata ja on hoitud impordimärkmetena",
               "{n} pieces of text could not be placed and are kept as import notes",
               n=len(report.notes))]
