"""3. The duties (textparse.duties), by table: never a header row as a duty, never two
duties merged."""

from __future__ import annotations

import pytest

from ametieditor.formats.textparse import duties
from tests.formats.textparse.helpers import run_reader, texts

TWO = [(["Nõustamine."], ["Kolleegid on nõustatud."]),
       (["Aruandlus, sh:", "• kuuaruanded;", "• aastaaruanded."], ["• Aruanded on esitatud."])]


def _duties(text: str) -> list[tuple[list[str], list[str]]]:
    ctx = run_reader(duties.read, "duties", text)
    assert ctx.notes == []
    return [(texts(d.task), texts(d.results)) for d in ctx.doc.duties.items]


@pytest.mark.parametrize("text", [
    # numbered paragraphs, task and result bullets with different glyphs
    "3.1. Nõustamine.\nKolleegid on nõustatud.\n3.2. Aruandlus, sh:\n• kuuaruanded;\n"
    "• aastaaruanded.\n- Aruanded on esitatud.",
    # a Word table saved as text, the header row first
    "Põhiülesanded\tOodatavad tulemused\n3.1. Nõustamine.\tKolleegid on nõustatud.\n"
    "3.2. Aruandlus, sh:\t• Aruanded on esitatud.\n• kuuaruanded;\t\n• aastaaruanded.\t",
    *(
        # a header row with a number column, its title as typed
        f"{title}\tPõhiülesanded\tOodatavad tulemused\n3.1\tNõustamine.\tKolleegid on nõustatud.\n"
        "3.2\tAruandlus, sh:\t• Aruanded on esitatud.\n\t• kuuaruanded;\t\n\t• aastaaruanded.\t"
        for title in ("No", "Nr", "Nr.", "Jrk", "Jrk nr", "#")
    ),
    # the number column's rows numbered 1, 2
    "Nr\tPõhiülesanded\tOodatavad tulemused\n1\tNõustamine.\tKolleegid on nõustatud.\n"
    "2\tAruandlus, sh:\t• Aruanded on esitatud.\n\t• kuuaruanded;\t\n\t• aastaaruanded.\t",
    # the header's titles one per line, the number column's first
    "Jrk\nPõhiülesanded\nOodatavad tulemused\n3.1. Nõustamine.\nKolleegid on nõustatud.\n"
    "3.2. Aruandlus, sh:\n• kuuaruanded;\n• aastaaruanded.\n- Aruanded on esitatud.",
    # OCR ran the second duty onto the line of the first one's result
    "3.1. Nõustamine.\nKolleegid on nõustatud. 3.2. Aruandlus, sh:\n• kuuaruanded;\n"
    "• aastaaruanded.\n- Aruanded on esitatud.",
    # OCR's numbers: a comma, no space after
    "3,1. Nõustamine.\nKolleegid on nõustatud.\n3.2.Aruandlus, sh:\n• kuuaruanded;\n"
    "• aastaaruanded.\n- Aruanded on esitatud.",
])
def test_duty_shapes(text: str) -> None:
    assert _duties(text) == TWO


def test_a_task_cut_by_a_page_break_is_put_back_together() -> None:
    """pypdf's text of a table row split over two pages: the task's last line comes
    after the results."""
    text = ("3.1. Sisendi andmine teenuse juhile\nrehabilitatsiooniasutustes osutatavate\n"
            " Teenuse juhti on teavitatud.\n\nteenuste parendamiseks.\n"
            "3.2. Aruandlus.\n Aruanded on esitatud.\n Kõik on korras.")
    ctx = run_reader(duties.read, "duties", text, space_bullets=True)
    assert [(texts(d.task), texts(d.results)) for d in ctx.doc.duties.items] == [
        (["Sisendi andmine teenuse juhile rehabilitatsiooniasutustes osutatavate teenuste "
          "parendamiseks."], ["• Teenuse juhti on teavitatud."]),
        (["Aruandlus."], ["• Aruanded on esitatud.", "• Kõik on korras."]),
    ]


def test_a_number_inside_a_sentence_is_not_a_new_duty() -> None:
    """Only the next number after a sentence end cuts a line."""
    text = "3.1. Nõustamine vastavalt punktile 3.4 ja 3.2. Nõue on täidetud."
    assert _duties(text) == [(["Nõustamine vastavalt punktile 3.4 ja 3.2. Nõue on täidetud."],
                              [])]
