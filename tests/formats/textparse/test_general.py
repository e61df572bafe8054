"""1. ÜLDOSA read by its labels (textparse.general), by table."""

from __future__ import annotations

import pytest

from ametieditor.formats.textparse import general
from ametieditor.formats.textparse.general import general_labels_in
from tests.formats.textparse.helpers import run_reader

VALUES = ("Nõunik", "Arendusosakond", "Juhataja", "Peaspetsialist", "Spetsialisti")


def _fields(text: str) -> tuple[str, ...]:
    g = run_reader(general.read, "general", text).doc.general
    return (g.title, g.unit, g.manager, g.substituted_by, g.substitutes)


@pytest.mark.parametrize("text", [
    # label: value
    "1.1 Ametinimetus: Nõunik\n1.2 Struktuuriüksus: Arendusosakond\n1.3 Vahetu juht: Juhataja"
    "\n1.4 Kes asendab: Peaspetsialist\n1.5 Keda asendab: Spetsialisti",
    # alternating label and value lines
    "1.1 Ametinimetus\nNõunik\n1.2 Struktuuriüksus\nArendusosakond\n1.3 Vahetu juht\nJuhataja"
    "\n1.4 Kes asendab\nPeaspetsialist\n1.5 Keda asendab\nSpetsialisti",
    # label rows over value rows (a Word table saved as text)
    "1.1 Ametinimetus\t1.2 Struktuuriüksus\nNõunik\tArendusosakond\n\n"
    "1.3 Vahetu juht\t1.4 Kes asendab\t1.5 Keda asendab\nJuhataja\tPeaspetsialist\tSpetsialisti",
    # label and value in cells
    "1.1 Ametinimetus\tNõunik\n1.2 Struktuuriüksus\tArendusosakond\n1.3 Vahetu juht\tJuhataja"
    "\n1.4 Kes asendab\tPeaspetsialist\n1.5 Keda asendab\tSpetsialisti",
    # OCR ran the table together, diacritics lost, a label misread
    "1.1 Ametinimetus Nõunik 1.2 Struktuuriiiksus Arendusosakond 1.3 Vahetu juht Juhataja "
    "1.4 Kes asendab Peaspetsialist 1.5 Keda asendab Spetsialisti",
    # alternating, every label damaged
    "1.1 Ametinimetiis\nNõunik\n1.2 STRUKTUURIIIKSUS\nArendusosakond\n1.3 Vahetu juht\nJuhataja"
    "\n1.4 Kes ascndab\nPeaspetsialist\n1.5 Keda ascndab\nSpetsialisti",
    # label rows over a value row that lost its tabs (two spaces between values)
    "1.1 Ametinimetus 1.2 Struktuuriüksus\nNõunik  Arendusosakond\n\n"
    "1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab\nJuhataja  Peaspetsialist  Spetsialisti",
])
def test_general_part_shapes(text: str) -> None:
    assert _fields(text) == VALUES


@pytest.mark.parametrize(("text", "found"), [
    ("1.1 Ametinimetus: Nõunik", [("title", "Nõunik")]),
    ("Ametinimetus Nõunik", [("title", "Nõunik")]),
    ("1.2 Struktuuriiiksus Laste heaolu osakond", [("unit", "Laste heaolu osakond")]),
    ("Struktuuriiiksus: Laste osakond", [("unit", "Laste osakond")]),  # colon: damage forgiven
    ("1.3 Vahetu juht 1.4 Kes asendab", [("manager", ""), ("substituted_by", "")]),
    ("Osakond: Arendus", [("unit", "Arendus")]),
    ("Laste heaolu osakond", []),  # a value: the label must start the text
    ("Struktuuriüksuse juhataja", []),  # a value like a label, not alone and not numbered
    ("Peaspetsialist", []),
])
def test_labels_in_a_line(text: str, found: list[tuple[str, str]]) -> None:
    assert general_labels_in(text) == found


def test_a_field_given_twice_keeps_the_second_value_as_a_note() -> None:
    ctx = run_reader(general.read, "general",
                     "1.1 Ametinimetus: Nõunik\n1.1 Ametinimetus: Juhataja")
    assert ctx.doc.general.title == "Nõunik"
    assert [note.text for note in ctx.notes] == ["Juhataja"]


@pytest.mark.parametrize(("text", "found"), [
    ("1.1 Ametinimetus: X", [("title", "X")]),  # a damaged-label match never eats a value
    ("1.4 Kes ascndab Z", [("substituted_by", "Z")]),
    ("Laste heaolu osakonna", []),  # a value ending like a label
    ("1.2 Struktuuriüksus: Laste heaolu osakond", [("unit", "Laste heaolu osakond")]),
])
def test_values_are_never_taken_for_labels(text: str, found: list[tuple[str, str]]) -> None:
    assert general_labels_in(text) == found
