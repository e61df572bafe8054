"""``convert A B C --to TYPE [--out DIR]``: many files, keep going, report failures at the end."""

from __future__ import annotations

import os
import pty
import subprocess
from pathlib import Path

import pytest

from ametieditor.formats import registry, xml_format
from tests.cli.test_cli import CLI, run
from tests.conftest import SAMPLE_FILES


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "sisend"
    folder.mkdir()
    copies = []
    for sample in SAMPLE_FILES:
        copy = folder / sample.name
        copy.write_bytes(sample.read_bytes())
        copies.append(copy)
    return copies


def test_converts_all_into_out_folder(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "valjund" / "uus"  # created on demand
    result = run("convert", *inputs, "--to", "ametijuhend", "--out", out)
    assert (result.returncode, result.stderr) == (0, "")
    for source in inputs:
        assert (out / source.name).read_bytes() == source.read_bytes()


def test_keeps_going_past_a_bad_file_and_reports_it_at_the_end(inputs: list[Path],
                                                               tmp_path: Path) -> None:
    bad = inputs[0].parent / "katki.ametijuhend"
    bad.write_bytes(b"<ametijuhend")
    missing = inputs[0].parent / "puudub.ametijuhend"
    out = tmp_path / "valjund"
    result = run("convert", inputs[0], bad, inputs[1], missing, inputs[2], "--to",
                 ".AMETIJUHEND", "--out", out)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "2 faili 5-st jäi teisendamata:"
    assert lines[1].startswith(f"  {bad}: ") and lines[2].startswith(f"  {missing}: ")
    assert "ei ole olemas" in lines[2] and len(lines) == 3
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in inputs)
    english = run("--lang", "en", "convert", bad, inputs[0], "--to", "ametijuhend", "--out",
                  out)
    assert english.stderr.startswith("1 of 2 files was not converted:\n")
    one = run("convert", bad, inputs[0], "--to", "ametijuhend", "--out", out)
    assert one.stderr.startswith("1 fail 2-st jäi teisendamata:\n")  # not "1 faili"


def test_all_failed_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "a.ametijuhend"
    bad.write_bytes(b"")
    result = run("convert", bad, tmp_path / "b.ametijuhend", "--to", "ametijuhend", "--out",
                 tmp_path / "o")
    assert result.returncode == 2
    assert result.stderr.startswith("2 faili 2-st jäi teisendamata:")


def test_without_out_writes_beside_inputs_but_never_over_the_input(inputs: list[Path]) -> None:
    result = run("convert", inputs[0], "--to", "ametijuhend")
    assert result.returncode == 2
    assert "kirjutaks sisendfaili enda üle" in result.stderr
    assert inputs[0].read_bytes() == SAMPLE_FILES[0].read_bytes()


def test_two_inputs_with_the_same_name_do_not_overwrite_each_other(inputs: list[Path],
                                                                   tmp_path: Path) -> None:
    other = tmp_path / "teine"
    other.mkdir()
    twin = other / inputs[0].name
    doc = xml_format.read(inputs[1])
    xml_format.write(doc, twin)
    out = tmp_path / "o"
    result = run("convert", inputs[0], twin, "--to", "ametijuhend", "--out", out)
    assert result.returncode == 1
    assert f"kirjutas juba {inputs[0]}" in result.stderr
    assert (out / inputs[0].name).read_bytes() == inputs[0].read_bytes()


@pytest.mark.parametrize("args", [
    ("--out", "x"),  # --out without --to
    ("extra.ametijuhend",),  # three paths without --to
])
def test_usage_errors_exit_2(inputs: list[Path], tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run("convert", inputs[0], inputs[1], *args)
    assert result.returncode == 2
    assert result.stderr.startswith("ametieditor-cli: viga: ")
    assert "\n" not in result.stderr.rstrip("\n")


def test_unknown_type_fails_before_reading(inputs: list[Path], tmp_path: Path) -> None:
    result = run("convert", *inputs, "--to", "odp", "--out", tmp_path / "o")
    assert result.returncode == 2
    assert "tundmatu failitüüp .odp" in result.stderr
    assert not (tmp_path / "o").exists()


def test_out_that_is_a_file_is_a_usage_error(inputs: list[Path], tmp_path: Path) -> None:
    blocker = tmp_path / "fail"
    blocker.write_text("x")
    result = run("convert", *inputs, "--to", "ametijuhend", "--out", blocker)
    assert result.returncode == 2 and "ei ole kaust" in result.stderr


def test_progress_is_shown_only_on_a_terminal(inputs: list[Path], tmp_path: Path) -> None:
    quiet = run("convert", *inputs, "--to", "ametijuhend", "--out", tmp_path / "a")
    assert "[1/" not in quiet.stderr
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in {"LANG", "LC_ALL"}}
    process = subprocess.run([str(CLI), "convert", *map(str, inputs), "--to", "ametijuhend",
                              "--out", str(tmp_path / "b")], stdout=subprocess.PIPE,
                             stderr=follower, env=env, timeout=60)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.returncode == 0
    lines = shown.decode().replace("\r\n", "\n").splitlines()
    assert lines == [f"[{n}/3] {p.name}" for n, p in enumerate(inputs, 1)]


@pytest.mark.parametrize("extension", registry.writable_extensions())
def test_batch_to_every_writable_type(extension: str, inputs: list[Path],
                                      tmp_path: Path) -> None:
    out = tmp_path / "o"
    chosen = inputs[:1] if extension == ".pdf" else inputs
    result = run("convert", *chosen, "--to", extension.lstrip("."), "--out", out)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(p.stem + extension for p in chosen)
