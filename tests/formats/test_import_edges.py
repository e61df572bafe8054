"""Edge cases of the import parser that real files show and the samples do not.

Each input is built from sample text, varied the way DOMAIN.md says real
files vary: a Word table saved as text with empty cells, a PDF whose
paragraph lines happen to end a sentence at the column edge.
"""

from __future__ import annotations

from ametieditor.formats.import_parser import SourceLine, parse_lines, parse_text
from ametieditor.model.document import Block

# Sample 003 as a Word table saved as text: the task of 3.1 has bullets, each on a
# row of its own; where a bullet has no result beside it the row ends in a tab.
TAB_ROWS = (
    "3. TEENISTUSKOHUSTUSED\n"
    "Põhiülesanded\tOodatavad tulemused\n"
    "3.1 Projekti seireandmete kogumine ja aruandlus, sh:\t• Isikute seireandmed on kogutud.\n"
    "• seireandmete kogumine;\t\n"
    "• aruannete koostamine ja programmi elluviijale edastamine.\t"
    "• Aruandlus on tähtaegselt koostatud ja esitatud.\n"
    "• Koostab aruandeid\t\n"
    "3.2 Teenuse osutajate üle arvestuse pidamine.\t"
    "• Ajakohane nimekiri teenuse osutajatest.\n"
)


def test_tab_row_with_a_task_bullet_and_an_empty_result_cell_is_a_task_bullet() -> None:
    doc = parse_text(TAB_ROWS)[0]
    first, second = doc.duties.items
    assert first.task == [
        Block.p("Projekti seireandmete kogumine ja aruandlus, sh:"),
        Block.li("seireandmete kogumine;"),
        Block.li("aruannete koostamine ja programmi elluviijale edastamine."),
        Block.li("Koostab aruandeid"),
    ]
    assert first.results == [Block.li("Isikute seireandmed on kogutud."),
                             Block.li("Aruandlus on tähtaegselt koostatud ja esitatud.")]
    assert second.task == [Block.p("Teenuse osutajate üle arvestuse pidamine.")]
    assert doc.import_notes == []


def test_tab_row_with_an_empty_task_cell_continues_the_results() -> None:
    text = TAB_ROWS.replace("• Koostab aruandeid\t\n",
                            "\t• Aruanded on programmi elluviijale edastatud.\n")
    first = parse_text(text)[0].duties.items[0]
    assert first.task[-1] == Block.li("aruannete koostamine ja programmi elluviijale edastamine.")
    assert first.results[-1] == Block.li("Aruanded on programmi elluviijale edastatud.")


def test_numbered_task_row_with_an_empty_result_cell_takes_its_bullets() -> None:
    text = (
        "3. TEENISTUSKOHUSTUSED\n"
        "Põhiülesanded\tOodatavad tulemused\n"
        "3.1 Teenuse saajate üle arvestuse pidamine.\tAjakohane info teenusel olijatest.\n"
        "3.2 Aruandluse korraldamine, sh:\t\n"
        "• aruannete koostamine;\t• Aruanded on koostatud.\n"
        "• aruannete edastamine.\t\n"
    )
    duties = parse_text(text)[0].duties.items
    assert len(duties) == 2
    assert duties[1].task == [Block.p("Aruandluse korraldamine, sh:"),
                              Block.li("aruannete koostamine;"),
                              Block.li("aruannete edastamine.")]
    assert duties[1].results == [Block.li("Aruanded on koostatud.")]


def test_docx_row_with_an_empty_result_cell_is_a_task_bullet() -> None:
    """The same table read from a hand-made DOCX: rows of cells, one of them empty."""
    rows = [
        (["3. TEENISTUSKOHUSTUSED"], None),
        (None, [["Põhiülesanded"], ["Oodatavad tulemused"]]),
        (None, [["3.1 Aruandluse korraldamine, sh:"], ["• Aruanded on koostatud."]]),
        (None, [["• aruannete koostamine;"], []]),
        (None, [["• aruannete edastamine."], [""]]),
    ]
    source = [SourceLine(text[0] if text else "\t".join(" ".join(c) for c in cells or []),
                         number, cells, hard=True)
              for number, (text, cells) in enumerate(rows, start=1)]
    duty = parse_lines(source, "docx")[0].duties.items[0]
    assert duty.task == [Block.p("Aruandluse korraldamine, sh:"),
                         Block.li("aruannete koostamine;"),
                         Block.li("aruannete edastamine.")]
    assert duty.results == [Block.li("Aruanded on koostatud.")]
