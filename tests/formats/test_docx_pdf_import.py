"""DOCX and PDF importers on odd and broken input: clear errors, content by sniffing."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter

from ametieditor.formats import registry
from ametieditor.formats.docx_import import import_docx
from ametieditor.io.errors import FormatError
from ametieditor.model.document import Block
from tests.conftest import DATA

LEGACY = DATA / "legacy"
SAMPLE_003 = DATA / "samples" / "003_88d031c4619f2af0.txt"


def test_files_whose_extension_lies_are_read_by_content(tmp_path: Path) -> None:
    really_docx = tmp_path / "juhend.txt"
    shutil.copyfile(LEGACY / "002_word_paragraphs.docx", really_docx)
    really_text = tmp_path / "juhend.docx"
    shutil.copyfile(SAMPLE_003, really_text)
    really_pdf = tmp_path / "skann.docx"
    shutil.copyfile(LEGACY / "002_from_word.pdf", really_pdf)
    assert registry.load(really_docx).report.source_kind == "docx"
    assert registry.load(really_text).document.general.title == "Koordinaator (kaitstud töö)"
    assert registry.load(really_pdf).report.source_kind == "pdf"


def test_import_docx_signature_takes_path_and_bytes() -> None:
    path = LEGACY / "001_word_tables.docx"
    result = import_docx(path, path.read_bytes())
    assert result.document.general.title == "Peaspetsialist (lastemaja)"
    assert not result.native


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"PK\x03\x04 broken", "rikutud"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "vanas Wordi"),
    ],
    ids=["truncated-zip", "old-word-doc"],
)
def test_broken_docx_gives_one_line(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "vana.docx"
    path.write_bytes(data)
    with pytest.raises(FormatError) as caught:
        registry.load(path)
    assert expected in str(caught.value) and "\n" not in str(caught.value)


def test_empty_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tühi.docx"
    docx.Document().save(path)
    with pytest.raises(FormatError, match="ei ole teksti"):
        registry.load(path)


def test_unplaced_word_text_becomes_notes_with_its_origin(tmp_path: Path) -> None:
    word = docx.Document()
    word.sections[0].footer.paragraphs[0].text = "Sotsiaalkindlustusamet | Lk 1"
    for text in ("AMETIJUHEND", "1. ÜLDOSA", "1.1 Ametinimetus: Nõunik",
                 "9. LISAD", "Lisa 1: tööohutuse juhend", "2. AMETIKOHA EESMÄRK",
                 "Eesmärk on hea."):
        word.add_paragraph(text)
    path = tmp_path / "märkmed.docx"
    word.save(path)
    result = registry.load(path)
    doc = result.document
    assert doc.general.title == "Nõunik"
    assert [block.text for block in doc.purpose] == ["Eesmärk on hea."]
    # the unknown numbered chapter is an extra section, the footer an import note
    assert [(extra.heading, [b.text for b in extra.content])
            for extra in doc.extra_sections] == [("LISAD", ["Lisa 1: tööohutuse juhend"])]
    assert [note.text for note in doc.import_notes] == ["Sotsiaalkindlustusamet | Lk 1"]
    assert re.fullmatch(r"jalus, rida \d+", doc.import_notes[0].source)
    assert result.warnings == ["üks tekstilõik jäi paigutamata ja on hoitud "
                               "impordimärkmena"]


def test_deleted_text_and_field_codes_are_not_imported(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    word = docx.Document()
    word.add_paragraph("1. ÜLDOSA")
    paragraph = word.add_paragraph("1.1 Ametinimetus: Nõunik")
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText> VANA</w:delText>'
        '</w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:instrText> DATE </w:instrText></w:r>'))
    path = tmp_path / "muudatused.docx"
    word.save(path)
    assert registry.load(path).document.general.title == "Nõunik"


def _pdf(tmp_path: Path, encrypt: bool = False) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if encrypt:
        writer.encrypt(user_password="salasõna", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / ("kaitstud.pdf" if encrypt else "skann.pdf")
    path.write_bytes(buffer.getvalue())
    return path


def test_scanned_pdf_without_text_layer_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="skannitud"):
        registry.load(_pdf(tmp_path))


def test_password_protected_pdf_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="parooliga"):
        registry.load(_pdf(tmp_path, encrypt=True))


def test_damaged_pdf_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "katki.pdf"
    path.write_bytes((LEGACY / "002_from_word.pdf").read_bytes()[:3000])
    with pytest.raises(FormatError) as caught:
        registry.load(path)
    assert "\n" not in str(caught.value)


def test_word_tables_in_other_layouts(tmp_path: Path) -> None:
    """Label|value rows, a number column in the duty table, a one-cell layout table."""
    word = docx.Document()
    layout = word.add_table(rows=1, cols=1)
    layout.cell(0, 0).text = "KINNITATUD\nSotsiaalkindlustusameti peadirektori 11.06.2023"
    word.add_paragraph("AMETIJUHEND")
    word.add_paragraph("ÜLDOSA")
    general = word.add_table(rows=0, cols=2)
    for label, value in (("Ametinimetus", "Nõunik"), ("Struktuuriüksus", "Arendusosakond"),
                         ("Vahetu juht", "Juhataja"), ("Töötaja grupp", "Ametnik")):
        cells = general.add_row().cells
        cells[0].text, cells[1].text = label, value
    word.add_paragraph("TEENISTUSÜLESANDED")
    duties = word.add_table(rows=0, cols=3)
    for row in (("Nr", "Põhiülesanded", "Oodatavad tulemused"),
                ("3.1", "Nõustamine.", "Kolleegid on nõustatud."),
                ("3.2", "Aruandlus, sh:", "Aruanded on esitatud.")):
        cells = duties.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    duties.rows[2].cells[1].add_paragraph("kvartaliaruanded;", style="List Bullet")
    path = tmp_path / "tabelid.docx"
    word.save(path)
    doc = registry.load(path).document
    assert doc.approval.approver == "Sotsiaalkindlustusameti peadirektori"
    assert doc.approval.date == "2023-06-11"
    g = doc.general
    assert (g.title, g.unit, g.manager, g.employee_group) == (
        "Nõunik", "Arendusosakond", "Juhataja", "Ametnik")
    assert doc.duties.heading == "TEENISTUSÜLESANDED"
    assert [(d.task, d.results) for d in doc.duties.items] == [
        ([Block.p("Nõustamine.")], [Block.p("Kolleegid on nõustatud.")]),
        ([Block.p("Aruandlus, sh:"), Block.li("kvartaliaruanded;")],
         [Block.p("Aruanded on esitatud.")]),
    ]
    assert doc.import_notes == []


def test_footnotes_are_kept_as_notes(tmp_path: Path) -> None:
    import zipfile

    source = LEGACY / "002_word_paragraphs.docx"
    path = tmp_path / "allmärkusega.docx"
    footnotes = (
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Vt ka töökorda.</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>")
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for info in old.infolist():
            new.writestr(info, old.read(info.filename))
        new.writestr("word/footnotes.xml", footnotes)
    notes = registry.load(path).document.import_notes
    assert [(note.text, note.source.split(",")[0]) for note in notes] == [
        ("Vt ka töökorda.", "allmärkus")]
