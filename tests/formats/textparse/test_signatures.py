"""The approval note and the signature blocks (textparse.signatures), by table."""

from __future__ import annotations

import pytest

from ametieditor.formats.import_lines import lines_from_text, make_lines
from ametieditor.formats.textparse.context import ParseContext
from ametieditor.formats.textparse.signatures import take_approval, take_signatures


def _take(text: str):
    ctx = ParseContext("txt")
    rest = take_approval(ctx, take_signatures(ctx, make_lines(lines_from_text(text))))
    return ctx.doc, [line.text for line in rest if not line.blank]


@pytest.mark.parametrize(("text", "approver", "date", "decree"), [
    ("KINNITATUD\nSotsiaalkindlustusameti peadirektori 11.06.2023\nkäskkirjaga nr 94",
     "Sotsiaalkindlustusameti peadirektori", "2023-06-11", "94"),
    ("KINNITATUD\nSotsiaalkindlustusameti peadirektori 11.06.2023\nkaskkirjaga nr 94",
     "Sotsiaalkindlustusameti peadirektori", "2023-06-11", "94"),  # OCR: no diacritics
    ("**KINNITATUD**\ndirektori 01.02.2024 käskkirjaga nr 1-2/3",
     "direktori", "2024-02-01", "1-2/3"),
    ("KINNITATUD\n............ käskkirjaga nr ......", "", "", ""),  # blanks to fill in
])
def test_approval_notes(text: str, approver: str, date: str, decree: str) -> None:
    doc, rest = _take(f"{text}\nAMETIJUHEND")
    assert (doc.approval.approver, doc.approval.date, doc.approval.decree) == (
        approver, date, decree)
    assert rest == ["AMETIJUHEND"]


@pytest.mark.parametrize("text", [
    "(allkirjastatud digitaalselt)\nMaret Maripuu\npeadirektor",
    "(allkirjastatud digitaalselt)\n\nMaret Maripuu\n\npeadirektor",  # layout text
    "[allkirjastatud digitaalselt]\nMaret Maripuu\npeadirektor",
])
def test_approver_signature(text: str) -> None:
    doc, rest = _take(f"Ametijuhend vaadatakse üle kord aastas.\n\n\n{text}")
    assert (doc.signatures.approver.name, doc.signatures.approver.title) == (
        "Maret Maripuu", "peadirektor")
    assert rest == ["Ametijuhend vaadatakse üle kord aastas."]


def test_acknowledgement_signers() -> None:
    doc, rest = _take("Ametijuhendiga tutvunud:\n\n(allkirjastatud digitaalselt)\nvahetu juht"
                      "\n\n(allkirjastatud digitaalselt)\nkoordinaator (kaitstud töö)")
    ack = doc.signatures.acknowledgement
    assert (ack.heading, ack.signers) == ("Ametijuhendiga tutvunud:",
                                          ["vahetu juht", "koordinaator (kaitstud töö)"])
    assert rest == []


def test_a_sentence_after_the_signature_is_not_its_title() -> None:
    doc, rest = _take("(allkirjastatud digitaalselt)\nMaret Maripuu\n\n"
                      "Ametijuhend vaadatakse üle kord aastas.")
    assert (doc.signatures.approver.name, doc.signatures.approver.title) == (
        "Maret Maripuu", "")
    assert rest == ["Ametijuhend vaadatakse üle kord aastas."]
