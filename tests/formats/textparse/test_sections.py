"""Which lines are part headings (sections.heading_of), by table."""

from __future__ import annotations

import pytest

from ametieditor.formats.import_lines import lines_from_text, make_lines
from ametieditor.formats.textparse.context import ParseContext
from ametieditor.formats.textparse.sections import heading_of, split_sections


def _heading(text: str):
    [line] = make_lines(lines_from_text(text))
    return heading_of(line)


@pytest.mark.parametrize(("text", "key", "number", "after"), [
    ("1. ÜLDOSA", "general", 1, ""),
    ("4. OIGUSED", "rights", 4, ""),  # diacritics lost
    ("4. OIGIISED", "rights", 4, ""),  # OCR: ü read as ii
    ("5. VASTIITUS", "responsibilities", 5, ""),  # OCR: u read as ii
    ("7. AMETIKOHALE ESITATAVAD NOUDCD", "requirements", 7, ""),  # e read as c
    ("## 3. TEENISTUSÜLESANDED", "duties", 3, ""),  # markdown heading
    ("**2. AMETIKOHA EESMÄRK**", "purpose", 2, ""),
    ("<h2>6. TÖÖVAHENDID</h2>", "work_tools", 6, ""),
    ("| 4. ÕIGUSED", "rights", 4, ""),  # stray OCR mark
    ("VASTUTUS", "responsibilities", None, ""),  # in capitals, no number
    ("Ametikoha eesmärk", "purpose", None, ""),  # two words, sentence case
    ("II. AMETIKOHA EESMÄRK", "purpose", 2, ""),
    ("2. AMETIKOHA EESMÄRK: eesmärk on hea.", "purpose", 2, "eesmärk on hea."),
    ("9. LISATINGIMUSED", "unknown", 9, ""),
])
def test_headings(text: str, key: str, number: int | None, after: str) -> None:
    heading = _heading(text)
    assert heading is not None, text
    assert (heading.key, heading.number, heading.after) == (key, number, after)


@pytest.mark.parametrize("text", [
    "Eesmärk",  # one word in running text
    "Vastutus on suur.",
    "• ÕIGUSED",  # a bullet
    "3.1. Nõustamine",  # a duty
    "4. OIGUS",  # too short to forgive damage
    "Õigused: teha tööd",  # sentence case with text after
    "1. KINNITATUD",  # numbered capitals, but a word too unlike any heading … unknown
])
def test_not_headings(text: str) -> None:
    heading = _heading(text)
    assert heading is None or heading.key == "unknown", (text, heading)


def test_a_second_heading_of_the_same_part_is_text_and_damage_is_reported() -> None:
    ctx = ParseContext("txt")
    lines = make_lines(lines_from_text("4. OIGIISED\nüks\n4. ÕIGUSED\nkaks"))
    preamble, sections = split_sections(ctx, lines)
    assert preamble == [] and [s.key for s in sections] == ["rights"]
    assert [ln.text for ln in sections[0].lines] == ["üks", "4. ÕIGUSED", "kaks"]
    assert "kahjustatud pealkiri „OIGIISED” loeti kui ÕIGUSED" in [
        g.message for g in ctx.report.guesses]


def test_a_heading_glued_to_its_first_sentence_is_cut_off() -> None:
    lines = make_lines(lines_from_text("2. AMETIKOHA EESMÄRK Ametikoha eesmärk on hea."))
    _, [section] = split_sections(ParseContext("txt"), lines)
    assert section.key == "purpose"
    assert [ln.text for ln in section.lines] == ["Ametikoha eesmärk on hea."]
