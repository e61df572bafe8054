"""The text importer against the golden files, plus encodings and odd inputs."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ametieditor.formats import registry, xml_format
from ametieditor.formats.text_import import decode_text
from ametieditor.formats.textparse import parse_text
from ametieditor.io.errors import FormatError
from tests.conftest import DATA
from tests.support.model_diff import assert_same_document

SAMPLES = DATA / "samples"
PAIRS = [
    ("001_5cb7489fb33e288f.txt", "001_peaspetsialist_lastemaja.ametijuhend"),
    ("002_a1a6b92aa03a8c40.txt", "002_koordinaator_srt.ametijuhend"),
    ("003_88d031c4619f2af0.txt", "003_koordinaator_kaitstud_too.ametijuhend"),
]


@pytest.mark.parametrize(("sample", "golden"), PAIRS, ids=[p[0][:3] for p in PAIRS])
def test_sample_imports_to_its_golden_document(sample: str, golden: str) -> None:
    result = registry.load(SAMPLES / sample)
    assert_same_document(xml_format.read(DATA / golden), result.document)
    assert result.document.import_notes == []
    assert result.report is not None and result.report.notes == []
    assert not result.native


@pytest.mark.parametrize(("sample", "golden"), PAIRS, ids=[p[0][:3] for p in PAIRS])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1257"])
def test_encodings_give_the_same_document(sample: str, golden: str, encoding: str,
                                          tmp_path: Path) -> None:
    text = (SAMPLES / sample).read_text(encoding="utf-8")
    if encoding == "cp1257":
        text = text.encode("cp1257", errors="replace").decode("cp1257")
    path = tmp_path / "juhend.txt"
    path.write_bytes(text.encode(encoding, errors="replace"))
    expected = parse_text(text)[0]
    assert_same_document(expected, registry.load(path).document)


def test_decode_text_detects_encodings() -> None:
    word = "Töövõime ja šokk"
    assert decode_text(codecs.BOM_UTF8 + word.encode()) == word
    assert decode_text(word.encode("utf-16")) == word
    assert decode_text(word.encode("utf-16-le")) == word
    assert decode_text(word.encode("cp1257")) == word
    assert decode_text("Töövõime".encode("latin-1")) == "Töövõime"


def test_report_lists_parts_and_guesses() -> None:
    result = registry.load(SAMPLES / PAIRS[1][0])
    report = result.report
    assert report is not None and report.source_kind == "txt"
    keys = [part.key for part in report.parts]
    assert keys[:4] == ["approval", "title", "general", "purpose"]
    assert report.part("duties").count == 11
    assert report.part("duties").heading == "TEENISTUSÜLESANDED"
    assert report.part("rights").count == 8
    assert "work_tools" not in report.missing and report.missing == []
    assert any("Tiimijuht | Koordinaator, tiimijuht" in g.message for g in report.guesses)


def test_empty_and_binary_text_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "tühi.txt"
    empty.write_bytes(b"  \n\n")
    with pytest.raises(FormatError, match="tühi"):
        registry.load(empty)
    junk = tmp_path / "pilt.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(FormatError):
        registry.load(junk)


def test_text_without_any_part_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kiri.txt"
    path.write_text("Tere!\nKohtume homme kell 10.\n", encoding="utf-8")
    with pytest.raises(FormatError, match="ametijuhendi osi"):
        registry.load(path)
