"""An import report like the text importer gives for sample 001 (for GUI tests and screenshots)."""

from __future__ import annotations

from ametieditor.formats import xml_format
from ametieditor.formats.import_report import Guess, ImportReport, PartFound
from ametieditor.model.document import ImportNote, JobDescription
from tests.conftest import DATA


def sample_report() -> tuple[ImportReport, JobDescription, str]:
    """(report, imported document, source file name)."""
    doc = xml_format.read(DATA / "001_peaspetsialist_lastemaja.ametijuhend")
    notes = [
        ImportNote("Lk 2 (3)", "rida 61; 3. TEENISTUSKOHUSTUSED?"),
        ImportNote("Dokumendi koostas: personaliosakond, tel 612 3456", "rida 204"),
    ]
    doc.import_notes = list(notes)
    report = ImportReport(
        source_kind="pdf",
        parts=[
            PartFound("approval", "KINNITATUD", 0, 1),
            PartFound("title", "AMETIJUHEND", 0, 5),
            PartFound("general", "1. ÜLDOSA", 5, 6),
            PartFound("purpose", "2. AMETIKOHA EESMÄRK", 1, 17),
            PartFound("duties", "3. TEENISTUSKOHUSTUSED", len(doc.duties.items), 22),
            PartFound("rights", "4. ÕIGUSED", len(doc.rights.content), 120),
            PartFound("responsibilities", "5. VASTUTUS", len(doc.responsibilities.content),
                      131),
            PartFound("requirements", "7. AMETIKOHALE ESITATAVAD NÕUDED",
                      len(doc.requirements.items), 145),
        ],
        guesses=[
            Guess("rida jätkab eelmist lauset ja liideti sellega", 34,
                  "ümarlaudade kokkukutsumine ja läbiviimine"),
            Guess("pealkirjata lõik loeti töövahendite osaks", 140,
                  doc.work_tools[0].text[:40] if doc.work_tools else ""),
        ],
        notes=notes,
        missing=["amendment"],
    )
    return report, doc, "peaspetsialist_2024.pdf"
