"""7. The requirements and competencies (textparse.requirements, .competencies), by table."""

from __future__ import annotations

import pytest

from ametieditor.formats.textparse import requirements
from tests.formats.textparse.helpers import run_reader, texts

ITEMS = [("Haridus", ["Kõrgharidus."]),
         ("Arvutikasutamise oskus", ["Vilunud kasutaja.", "Õpib kiiresti."]),
         ("Valmisolek lähetusteks", ["On valmis lähetusteks."])]


def _read(text: str):
    ctx = run_reader(requirements.read, "requirements", text)
    assert ctx.notes == [], ctx.notes
    return ctx.doc.requirements


def _items(text: str) -> list[tuple[str, list[str]]]:
    return [(item.label, texts(item.content)) for item in _read(text).items]


@pytest.mark.parametrize("text", [
    # label: text
    "Haridus: Kõrgharidus.\nArvutikasutamise oskus: Vilunud kasutaja.\n\nÕpib kiiresti.\n"
    "Valmisolek lähetusteks: On valmis lähetusteks.",
    # each label on its own line
    "Haridus\nKõrgharidus.\nArvutikasutamise oskus\nVilunud kasutaja.\n\nÕpib kiiresti.\n"
    "Valmisolek lähetusteks\nOn valmis lähetusteks.",
    # labels followed by blank lines and several paragraphs
    "Haridus\n\n\nKõrgharidus.\n\n\nArvutikasutamise oskus\n\n\nVilunud kasutaja.\n\n\n"
    "Õpib kiiresti.\n\n\nValmisolek lähetusteks\n\n\nOn valmis lähetusteks.",
    # label and text in cells
    "Haridus\tKõrgharidus.\nArvutikasutamise oskus\tVilunud kasutaja.\n\tÕpib kiiresti.\n"
    "Valmisolek lähetusteks\tOn valmis lähetusteks.",
    # labels wrapped by a narrow PDF column, the text after the wrap or on the next line
    "Haridus\nKõrgharidus.\nArvutikasutamise\noskus Vilunud kasutaja.\n\nÕpib kiiresti.\n"
    "Valmisolek\nlähetusteks\nOn valmis lähetusteks.",
    # layout text: labels in a column of their own, wrapped there
    "Haridus                    Kõrgharidus.\n"
    "Arvutikasutamise           Vilunud kasutaja.\n"
    "oskus\n\n"
    "                           Õpib kiiresti.\n"
    "Valmisolek                 On valmis lähetusteks.\n"
    "lähetusteks",
    # markdown leftovers
    "**Haridus**\nKõrgharidus.\n**Arvutikasutamise oskus**\nVilunud kasutaja.\n\n"
    "Õpib kiiresti.\n**Valmisolek lähetusteks**\nOn valmis lähetusteks.",
])
def test_requirement_shapes(text: str) -> None:
    assert _items(text) == ITEMS


def test_short_paragraphs_after_a_label_are_its_text() -> None:
    text = ("Haridus\n\n\nKõrgharidus\n\n\nEelistatult sotsiaaltöö eriala\n\n\n"
            "Keeleoskus\n\n\nEesti keel C1\n\n\nInglise keel B2")
    assert _items(text) == [
        ("Haridus", ["Kõrgharidus", "Eelistatult sotsiaaltöö eriala"]),
        ("Keeleoskus", ["Eesti keel C1", "Inglise keel B2"]),
    ]


@pytest.mark.parametrize("glued", [
    "Tööks vajalikud kompetentsid**Kliendikesksus:**",
    "Tööks vajalikud kompetentsidKliendikesksus:",
    "Tööks vajalikud kompetentsid <b>Kliendikesksus:</b>",
    "Tööks vajalikud kompetentsid Kliendikesksus:",
    "Tooks vajalikud kompetentsld\nKliendikesksus:",  # OCR-damaged sub-heading
])
def test_a_sub_heading_glued_to_the_first_group_loses_nothing_after_it(glued: str) -> None:
    text = (f"Haridus: Kõrgharidus.\n{glued}\n• Lähtub kliendist.\n**Koostöövõime:**\n"
            "• Teeb koostööd.\nTäiendavad kompetentsid, isikuomadused ja teadmised\n"
            "- **Korrektsus**: täpne töö.\n- **Loovus**: uued ideed.\n")
    part = _read(text)
    assert [(i.label, texts(i.content)) for i in part.items] == [("Haridus", ["Kõrgharidus."])]
    assert part.competencies.heading == "Tööks vajalikud kompetentsid"
    assert [(g.name, texts(g.content)) for g in part.competencies.groups] == [
        ("Kliendikesksus", ["• Lähtub kliendist."]), ("Koostöövõime", ["• Teeb koostööd."])]
    assert [(i.name, texts(i.content)) for i in part.additional.items] == [
        ("Korrektsus", ["täpne töö."]), ("Loovus", ["uued ideed."])]


@pytest.mark.parametrize(("line", "name"), [
    ("Kliendikesksus:", "Kliendikesksus"),
    ("Kliendikeskslis:", "Kliendikesksus"),  # OCR damage in a known name
    ("Analuusi- ja uldistusvoime:", "Analüüsi- ja üldistusvõime"),  # diacritics lost
    ("Oma nimi:", "Oma nimi"),  # an unknown group as written
])
def test_group_names(line: str, name: str) -> None:
    part = _read(f"Tööks vajalikud kompetentsid\n{line}\n• Teeb.")
    assert [g.name for g in part.competencies.groups] == [name]


def test_a_line_after_a_whole_label_is_its_text_not_part_of_the_label() -> None:
    """Found by the property test: a stray lowercase line after a complete label was
    taken as the label's wrapped tail and lost."""
    [item] = _read("Arvutikasutamise oskus\naA\nKasutab arvutit.").items
    assert item.label == "Arvutikasutamise oskus"
    assert "aA" in " ".join(texts(item.content))
