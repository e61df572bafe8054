"""Hand-made Word files, OCR text and a PDF of the samples import to the golden documents.

The fixtures in ``tests/data/legacy`` are made by ``scripts/make_legacy_fixtures.py``
(the DOCX and text files are regenerated here and compared byte for byte, so
they cannot drift from the script).
"""

from __future__ import annotations

import importlib.util
import unicodedata
import zipfile
from pathlib import Path

import pytest

from ametieditor.formats import registry, xml_format
from ametieditor.model.document import JobDescription
from tests.conftest import DATA, REPO
from tests.support.model_diff import assert_same_document

LEGACY = DATA / "legacy"
GOLDEN = {
    "001": DATA / "001_peaspetsialist_lastemaja.ametijuhend",
    "002": DATA / "002_koordinaator_srt.ametijuhend",
    "003": DATA / "003_koordinaator_kaitstud_too.ametijuhend",
}
DOCX_FIXTURES = ["001_word_tables.docx", "002_word_paragraphs.docx",
                 "001_word_numbering.docx", "003_word_typed_bullets.docx",
                 "001_word_controls.docx"]


def golden(name: str) -> JobDescription:
    return xml_format.read(GOLDEN[name[:3]])


@pytest.mark.parametrize("name", DOCX_FIXTURES)
def test_hand_made_word_file_imports_to_the_golden_document(name: str) -> None:
    result = registry.load(LEGACY / name)
    assert_same_document(golden(name), result.document)
    assert result.report is not None and result.report.source_kind == "docx"
    assert result.report.notes == []


def test_fixtures_show_the_features_they_claim() -> None:
    def part(name: str, member: str = "word/document.xml") -> str:
        with zipfile.ZipFile(LEGACY / name) as archive:
            return "".join(archive.read(n).decode() for n in archive.namelist()
                           if n.startswith(member))

    assert "<w:tbl>" not in part("002_word_paragraphs.docx")
    assert part("001_word_numbering.docx").count("<w:numPr>") > 50
    assert "3. TEENISTUSKOHUSTUSED" not in part("001_word_numbering.docx")
    controls = part("001_word_controls.docx")
    assert controls.count("<w:sdt>") >= 5 and controls.count("<w:txbxContent>") == 2
    assert "KINNITATUD" not in controls and "Maret Maripuu" in controls
    assert "KINNITATUD" in part("001_word_controls.docx", "word/header")
    typed = part("003_word_typed_bullets.docx")
    assert all(glyph in typed for glyph in "▪•»\uf0b7") and ">o " in typed


def test_word_numbering_headings_were_numbered_by_word() -> None:
    report = registry.load(LEGACY / "001_word_numbering.docx").report
    assert report is not None
    assert [part.key for part in report.parts if part.key in ("general", "duties")] == [
        "general", "duties"]
    assert not any("numbrita" in guess.message for guess in report.guesses)


def _strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                if not unicodedata.combining(c)))


def _stripped_golden_with_canonical_words(doc: JobDescription) -> JobDescription:
    """What OCR text without diacritics should give: body as written, vocabulary restored."""
    data = xml_format.to_bytes(doc).decode()
    stripped = xml_format.from_bytes(_strip(data).encode())
    requirements, original = stripped.requirements, doc.requirements
    for item, source in zip(requirements.items, original.items, strict=True):
        item.label = source.label
    requirements.competencies.heading = original.competencies.heading
    for group, source in zip(requirements.competencies.groups, original.competencies.groups,
                             strict=True):
        group.name = source.name
    requirements.additional.heading = original.additional.heading
    stripped.duties.heading = doc.duties.heading
    return stripped


def test_ocr_text_without_diacritics_keeps_body_and_restores_headings() -> None:
    result = registry.load(LEGACY / "003_ocr_no_diacritics.txt")
    expected = _stripped_golden_with_canonical_words(golden("003"))
    assert_same_document(expected, result.document)
    messages = [guess.message for guess in result.report.guesses]
    assert "numbrita pealkiri loeti peatükiks 5. VASTUTUS" in messages
    assert "pealkiri „OIGUSED” loeti kui ÕIGUSED" in messages


def test_pdf_printed_from_word_imports_to_the_golden_document() -> None:
    result = registry.load(LEGACY / "002_from_word.pdf")
    assert_same_document(golden("002"), result.document)
    assert result.report.source_kind == "pdf"


def test_docx_and_pdf_convert_through_the_cli(tmp_path: Path) -> None:
    from tests.cli.test_cli import run

    for name in ("001_word_controls.docx", "002_from_word.pdf"):
        out = tmp_path / f"{name}.ametijuhend"
        result = run("convert", "--strict", LEGACY / name, out)
        assert (result.returncode, result.stderr) == (0, "")
        assert out.read_bytes() == GOLDEN[name[:3]].read_bytes()


def test_generated_fixtures_match_the_script(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_legacy_fixtures", REPO / "scripts" / "make_legacy_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path, pdf=False)
    assert (tmp_path / "003_ocr_no_diacritics.txt").read_bytes() == \
        (LEGACY / "003_ocr_no_diacritics.txt").read_bytes()
    # DOCX bytes depend on python-docx's bundled template; compare what the
    # importer sees (every line and cell, in order) instead.
    for name in DOCX_FIXTURES:
        assert _seen(tmp_path / name) == _seen(LEGACY / name), name


def _seen(path: Path) -> list[tuple[str, object, bool]]:
    from ametieditor.formats.docx_import import docx_lines

    with zipfile.ZipFile(path) as archive:
        return [(line.text, line.cells, line.margin) for line in docx_lines(archive, path)]


def test_pdf_of_a_table_layout_imports_to_the_golden_document() -> None:
    """Cells flattened, glyphs lost (like sample 001). A requirement whose first
    sentence ends a line of its cell ("… kasutaja." / "Omandab …") stays one
    paragraph: the line was full, within what proportional type makes of a
    character count."""
    result = registry.load(LEGACY / "001_word_tables.pdf")
    assert_same_document(golden("001"), result.document)
    assert result.document.import_notes == []
