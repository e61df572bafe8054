"""Text files in every encoding Estonian offices used: the letters survive, odd bytes are named."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ametieditor.cli import main
from ametieditor.formats import registry
from ametieditor.io.textdecode import NotText, decode_text
from tests.conftest import DATA

SAMPLE = DATA / "samples" / "001_5cb7489fb33e288f.txt"
#: Letters where the Baltic and the Western code pages differ (š ž), and where they agree.
EXTRA = "\nŠoti žürii ja šokolaad; Žanr. Õun, Ärni, Ööbik, Ülle.\n"


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8") + EXTRA


@pytest.mark.parametrize("encoding,codec", [
    ("cp1257", "cp1257"), ("cp1252", "cp1252"), ("iso8859_15", "iso8859_15"),
    ("utf-16", "utf-16-le"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8")])
def test_whole_files_in_each_encoding_read_exactly(encoding: str, codec: str) -> None:
    text = sample_text()
    data = text.encode(encoding)
    if encoding == "utf-16-be":  # with a BOM
        data = codecs.BOM_UTF16_BE + data
    decoded = decode_text(data)
    assert decoded.text == text
    assert decoded.encoding == codec
    assert decoded.replaced_lines == []
    assert decoded.legacy == encoding.startswith(("cp", "iso"))


def test_bomless_utf16_big_endian_is_recognised() -> None:
    text = sample_text()
    assert decode_text(text.encode("utf-16-be")).text == text


def test_one_stray_latin1_degree_sign_keeps_the_file_utf8() -> None:
    lines = sample_text().split("\n")
    lines[30] += " temperatuur 20°C"
    text = "\n".join(lines)
    data = text.encode("utf-8").replace("°".encode(), b"\xb0")
    decoded = decode_text(data)
    assert decoded.encoding == "utf-8" and not decoded.legacy
    assert decoded.text == text  # every õäöüšž intact, and the ° read as Windows-1257
    assert decoded.replaced_lines == [31]
    assert decoded.replacements == {31: "°"}


def test_a_byte_no_code_page_knows_is_replaced_and_named() -> None:
    text = sample_text()
    data = text.encode("utf-8") + b"Rida \x81 l\xc3\xb5pus\n"  # 0x81: undefined in cp1257/1252
    decoded = decode_text(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == text + "Rida \ufffd lõpus\n"
    assert decoded.replaced_lines == [text.count("\n") + 1]


@pytest.mark.parametrize("legacy", ["cp1257", "cp1252"])
@pytest.mark.parametrize("cut", [5, 60, 300])
def test_a_file_pasted_together_from_utf8_and_a_legacy_file(legacy: str, cut: int) -> None:
    lines = sample_text().split("\n")
    data = ("\n".join(lines[:cut]) + "\n").encode("utf-8") + "\n".join(lines[cut:]).encode(legacy)
    decoded = decode_text(data)
    assert decoded.text == "\n".join(lines)
    assert decoded.encoding == "utf-8" and decoded.fallback == legacy
    assert decoded.replaced_lines and min(decoded.replaced_lines) > cut


def test_a_legacy_file_with_an_accidental_utf8_pair_stays_legacy() -> None:
    text = "„KÖÖ” ja õunad\nÕpetaja ülesanded ja šokolaad\n"
    data = text.encode("cp1257")  # "Ö”" is D6 94: a valid UTF-8 sequence by accident
    assert "\u0594" in data.decode("utf-8", "replace")
    decoded = decode_text(data)
    assert decoded.text == text and decoded.encoding == "cp1257"


def test_binary_data_is_not_text() -> None:
    with pytest.raises(NotText):
        decode_text(b"abc\x00\x01\x02" + b"x" * 100 + b"\x00" * 3)


def test_import_names_the_line_in_a_warning_and_an_import_note(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    number = next(n for n, line in enumerate(lines, 1) if "eesmärk on" in line)
    lines[number - 1] += " (20°C)"
    path = tmp_path / "juhend.txt"
    path.write_bytes("\n".join(lines).encode("utf-8").replace("°".encode(), b"\xb0"))
    result = registry.load(path)
    [encoding_warning] = [w for w in result.warnings if "kodeering" in w]
    assert f"real {number} " in encoding_warning and "Windows-1257" in encoding_warning
    notes = [note for note in result.document.import_notes if "°" in note.source]
    assert [note.source.split(";")[0] for note in notes] == [f"rida {number}"]
    assert "(20°C)" in notes[0].text
    purpose = " ".join(block.text for block in result.document.purpose)
    assert "(20°C)" in purpose and "väärkoheldud" in purpose  # in place, letters intact
    assert "Ã" not in purpose and "Ć" not in purpose  # no mojibake anywhere
    # The CLI prints the warning and the note, one line each, and succeeds.
    assert main(["convert", str(path), str(tmp_path / "juhend.ametijuhend")]) == 0
    err = capsys.readouterr().err
    assert f"real {number} " in err and f"impordimärge (rida {number};" in err


def test_a_windows_1257_file_imports_with_a_warning_naming_the_code_page(
        tmp_path: Path) -> None:
    path = tmp_path / "vana.txt"
    path.write_bytes(sample_text().encode("cp1257"))
    result = registry.load(path)
    assert any("Windows-1257" in warning for warning in result.warnings)
    assert result.document.general.unit == "Laste heaolu osakond"
    assert "eesmärk" in " ".join(block.text for block in result.document.purpose)
