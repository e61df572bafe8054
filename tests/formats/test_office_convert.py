""".doc/.odt/.rtf: converted to DOCX by LibreOffice, then read through the registry."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from ametieditor.formats import libreoffice, office_convert, registry
from ametieditor.io.errors import FormatError
from tests.conftest import DATA
from tests.formats.test_asice import stand_in_docx_reader  # noqa: F401  (fixture)

LEGACY = DATA / "legacy"


def _fake_soffice(folder: Path, script: str) -> None:
    folder.mkdir()
    program = folder / "soffice"
    program.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)


@pytest.mark.parametrize("extension", [".odt", ".doc", ".rtf"])
def test_office_file_is_converted_and_read(extension: str, tmp_path: Path,
                                           stand_in_docx_reader: None) -> None:  # noqa: F811
    source = LEGACY / f"handmade_002{extension}"
    before = source.read_bytes(), source.stat().st_mtime_ns
    result = registry.load(source)
    # The stand-in DOCX reader reads the first table of the converted DOCX.
    assert result.document.general.title == "Koordinaator"
    assert result.native is False
    assert result.warnings[0] == ("fail teisendati LibreOffice'iga DOCX-vormingusse; "
                                  "kontrollige tulemust")
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before


def test_odt_through_the_registered_docx_reader() -> None:
    """A hand-made ODT goes through LibreOffice and the DOCX importer to sample 002."""
    from ametieditor.formats import xml_format

    result = registry.load(LEGACY / "handmade_002.odt")
    assert result.document == xml_format.read(DATA / "002_koordinaator_srt.ametijuhend")


def test_convert_to_docx_keeps_the_text(tmp_path: Path) -> None:
    from docx import Document

    converted = office_convert.convert_to_docx(LEGACY / "handmade_002.odt", tmp_path)
    document = Document(str(converted))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "AMETIJUHEND" in text and "2. AMETIKOHA EESMÄRK" in text
    duties = document.tables[1]
    assert duties.cell(1, 0).text.startswith("3.1 ")


def test_without_libreoffice_the_error_is_clear(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(libreoffice, "_candidates", list)
    assert libreoffice.find_soffice() is None
    source = LEGACY / "handmade_002.doc"
    with pytest.raises(FormatError) as raised:
        registry.load(source)
    assert raised.value.path == source
    assert raised.value.problem == (
        "DOC-faili avamiseks on vaja LibreOffice'i, mida selles arvutis ei leitud; "
        "paigaldage LibreOffice või salvestage fail Wordis DOCX-vormingus")


def test_hanging_libreoffice_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_soffice(tmp_path / "bin", f"{shutil.which('sleep')} 60")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(office_convert, "TIMEOUT", 1)
    with pytest.raises(FormatError, match="ei lõpetanud teisendamist 1 sekundiga"):
        registry.load(LEGACY / "handmade_002.rtf")


def test_failing_libreoffice_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_soffice(tmp_path / "bin", "echo 'Error: source file could not be loaded' >&2; exit 1")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(FormatError) as raised:
        registry.load(LEGACY / "handmade_002.odt")
    assert raised.value.path == LEGACY / "handmade_002.odt"
    assert raised.value.problem == ("LibreOffice ei suutnud faili teisendada "
                                    "(Error: source file could not be loaded)")


def test_missing_file_is_reported_before_libreoffice_starts(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="ei ole olemas"):
        registry.load(tmp_path / "puudub.odt")
