"""``ametieditor-cli convert`` on foreign files: import notes on stderr, ``--strict``."""

from __future__ import annotations

from pathlib import Path

from ametieditor.formats import xml_format
from tests.cli.test_cli import run
from tests.conftest import DATA

SAMPLE = DATA / "samples" / "002_a1a6b92aa03a8c40.txt"


def test_convert_text_sample_writes_the_golden_file(tmp_path: Path) -> None:
    out = tmp_path / "002.ametijuhend"
    result = run("convert", SAMPLE, out)
    assert (result.returncode, result.stderr) == (0, "")
    assert out.read_bytes() == (DATA / "002_koordinaator_srt.ametijuhend").read_bytes()
    assert run("convert", "--strict", SAMPLE, out).returncode == 0


def _with_unplaced_text(tmp_path: Path) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    text = "Lehekülg 1 / 3 (päisest)\n" + text.replace(
        "4. ÕIGUSED", "9. LISAD\nLisa 1 kehtib kuni 2027.\n\n4. ÕIGUSED")
    path = tmp_path / "märkmetega.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_unplaced_text_is_printed_and_kept_in_the_output(tmp_path: Path) -> None:
    source = _with_unplaced_text(tmp_path)
    out = tmp_path / "x.ametijuhend"
    result = run("convert", source, out)
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert f"{source}: impordimärge (rida 1; enne esimest peatükki): Lehekülg 1 / 3 " \
           "(päisest)" in lines
    # the unknown numbered chapter is an extra section now, not an import note
    assert not any("9. LISAD" in line for line in lines), lines
    converted = xml_format.read(out)
    assert [note.text for note in converted.import_notes] == ["Lehekülg 1 / 3 (päisest)"]
    assert [(extra.heading, [block.text for block in extra.content])
            for extra in converted.extra_sections] == [("LISAD", ["Lisa 1 kehtib kuni 2027."])]
    english = run("--lang", "en", "convert", source, out)
    assert "import note (line 1; before the first section)" in english.stderr


def test_strict_exits_1_but_still_writes(tmp_path: Path) -> None:
    source = _with_unplaced_text(tmp_path)
    out = tmp_path / "x.ametijuhend"
    result = run("convert", "--strict", source, out)
    assert result.returncode == 1
    assert out.exists() and xml_format.read(out).general.title == "Koordinaator"
