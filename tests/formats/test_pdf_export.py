"""PDF export through LibreOffice, and what LibreOffice makes of the exported DOCX.

One LibreOffice run converts the three samples and an export with an
organisation's template (a module-scoped fixture), so these tests stay quick.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ametieditor.formats import libreoffice, registry, xml_format
from ametieditor.formats.docx_export import build_docx
from ametieditor.io.errors import FormatError
from ametieditor.model.numbering import Section, numbered_heading
from tests.conftest import SAMPLE_FILES
from tests.support.docx_reading import assert_in_order, missing_words, model_texts, squeeze
from tests.support.factories import full_document
from tests.support.templates import ORG_HEADER, make_org_template, make_risky_template


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """name → PDF made by LibreOffice from the exported DOCX."""
    folder = tmp_path_factory.mktemp("pdf")
    sources = []
    for sample in SAMPLE_FILES:
        target = folder / (sample.stem + ".docx")
        target.write_bytes(build_docx(xml_format.read(sample)).data)
        sources.append(target)
    org = folder / "org.docx"
    org.write_bytes(build_docx(xml_format.read(SAMPLE_FILES[0]),
                               make_org_template(folder / "asutus.docx")).data)
    risky = folder / "risky.docx"
    risky.write_bytes(build_docx(full_document(),
                                 make_risky_template(folder / "mall.docm")).data)
    sources += [org, risky]
    pdfs = libreoffice.convert_files(sources, "pdf", folder)
    return {source.stem: pdf for source, pdf in zip(sources, pdfs, strict=True)}


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda path: path.name[:3])
def test_sample_pdf_holds_all_text(sample: Path, converted: dict[str, Path]) -> None:
    pdf = converted[sample.stem]
    assert pdf.read_bytes().startswith(b"%PDF")
    doc = xml_format.read(sample)
    text = pdf_text(pdf)
    assert not missing_words(model_texts(doc), text)
    squeezed = squeeze(text)
    headings = [squeeze(numbered_heading(doc, section)) for section in Section
                if numbered_heading(doc, section)]
    assert_in_order(["AMETIJUHEND", *headings], [squeezed])
    if doc.purpose:
        assert squeeze(doc.purpose[0].text) in squeezed  # running text stays whole
    assert squeeze("(allkirjastatud digitaalselt)") in squeezed
    fonts = pdf_fonts(pdf)
    assert "Times" in fonts or "LiberationSerif" in fonts  # Times New Roman or its twin


def test_organisation_template_survives_libreoffice(converted: dict[str, Path]) -> None:
    pdf = converted["org"]
    text = pdf_text(pdf)
    assert ORG_HEADER in text
    fonts = pdf_fonts(pdf)
    assert "Arial" in fonts or "LiberationSans" in fonts
    assert not missing_words(model_texts(xml_format.read(SAMPLE_FILES[0])), text)


def test_export_from_risky_template_opens(converted: dict[str, Path]) -> None:
    text = pdf_text(converted["risky"])
    assert "AMETIJUHEND" in text and "kustutatud" not in text
    assert not missing_words(model_texts(full_document()), text)


def test_cli_pdf_export_replaces_old_file(tmp_path: Path) -> None:
    from ametieditor.cli import main

    target = tmp_path / "ametijuhend.pdf"
    target.write_bytes(b"old")
    assert main(["convert", str(SAMPLE_FILES[2]), str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == [target]  # no temporary files left behind


def test_missing_libreoffice_is_a_clear_message(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "tühi"))
    monkeypatch.setattr(libreoffice, "_candidates", lambda: [])
    assert libreoffice.find_soffice() is None
    target = tmp_path / "vana.pdf"
    target.write_bytes(b"old")
    with pytest.raises(FormatError) as caught:
        registry.save(full_document(), target)
    assert "LibreOffice'i ei leitud" in str(caught.value)
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"old"


def test_finder_looks_in_the_usual_places(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "tühi"))
    program = tmp_path / "LibreOffice" / "program" / "soffice"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\nexit 1\n")
    program.chmod(0o755)
    assert libreoffice.find_soffice([tmp_path / "puudub", program]) == program
    with pytest.raises(FormatError, match="ei suutnud"):
        libreoffice.convert_files([tmp_path / "x.docx"], "pdf", tmp_path, soffice=program)
