"""Unplaced import text is a problem until it is moved into a part or deleted."""

from __future__ import annotations

from ametieditor.model.checks import check_document
from ametieditor.model.document import ImportNote
from tests.support.factories import full_document


def test_each_import_note_is_listed_with_its_place() -> None:
    doc = full_document(duty_count=1)
    clean = check_document(doc)
    doc.import_notes = [ImportNote("Lk 1 / 2", "rida 5"),
                        ImportNote("9. LISAD\nLisa 1 " + "väga pikk tekst " * 5)]
    problems = [problem for problem in check_document(doc) if problem not in clean]
    assert [(p.part, p.message, p.location) for p in problems] == [
        ("Paigutamata tekst", "„Lk 1 / 2” ootab paigutamist või kustutamist",
         ("import_notes", 0)),
        ("Paigutamata tekst",
         "„9. LISAD Lisa 1 väga pikk tekst väga pi…” ootab paigutamist või kustutamist",
         ("import_notes", 1)),
    ]
    doc.import_notes = []
    assert check_document(doc) == clean
