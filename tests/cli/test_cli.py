"""ametieditor-cli as a user runs it: the installed console script, real files, exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ametieditor.formats import xml_format
from tests.conftest import DATA
from tests.support.factories import full_document
from tests.support.hostile import BILLION_LAUGHS, XXE_FILE

CLI = Path(sys.executable).with_name("ametieditor-cli")


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items()
                   if k not in {"LANG", "LC_ALL", "LC_MESSAGES", "AMETIEDITOR_LANG"}}
    environment.update(env or {})
    return subprocess.run([str(CLI), *map(str, args)], capture_output=True, text=True,
                          env=environment, timeout=60)


def test_console_script_is_installed() -> None:
    assert CLI.exists(), "pip install -e . must create the ametieditor-cli console script"


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == "ametieditor-cli 0.1.0"
    helptext = run("--help").stdout
    assert "convert" in helptext and "check" in helptext
    assert "teisenda" in helptext
    assert "convert a file" in run("--help", env={"LANG": "en_GB.UTF-8"}).stdout


@pytest.mark.parametrize("sample", sorted(DATA.glob("0*.ametijuhend")) or
                         [DATA / "legacy" / "v0_draft.expected.ametijuhend"],
                         ids=lambda p: p.name)
def test_convert_native_gives_identical_bytes(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.ametijuhend"
    result = run("convert", sample, out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == sample.read_bytes()


def test_convert_legacy_writes_current_version(tmp_path: Path) -> None:
    out = tmp_path / "uus.ametijuhend"
    result = run("convert", DATA / "legacy" / "v0_draft.ametijuhend", out)
    assert result.returncode == 0
    assert "vanemas vormingus" in result.stderr
    assert out.read_bytes() == (DATA / "legacy" / "v0_draft.expected.ametijuhend").read_bytes()


def test_check_clean_file_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "puhas.ametijuhend"
    xml_format.write(full_document(), path)
    result = run("check", path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_check_empty_title_exits_1_with_the_problem(tmp_path: Path) -> None:
    doc = full_document()
    doc.general.title = ""
    path = tmp_path / "tühi.ametijuhend"
    xml_format.write(doc, path)
    result = run("check", path)
    assert result.returncode == 1
    assert result.stdout == f"{path}: 1.1 Ametinimetus: väli on täitmata\n"
    english = run("check", path, env={"LANG": "en_US.UTF-8"})
    assert english.stdout == f"{path}: 1.1 Ametinimetus: field is empty\n"
    assert run("--lang", "en", "check", path).stdout == english.stdout


HOSTILE = {
    "billion-laughs": BILLION_LAUGHS,
    "xxe": XXE_FILE,
    "truncated": xml_format.to_bytes(full_document())[:700],
    "text-renamed": "Ametijuhend\n\n1. ÜLDOSA\nPeaspetsialist\n".encode(),
    "not-ours": b'<?xml version="1.0"?><project><name>x</name></project>',
    "newer": xml_format.to_bytes(full_document()).replace(
        f'version="{xml_format.CURRENT_VERSION}"'.encode(),
        f'version="{xml_format.CURRENT_VERSION + 1}"'.encode()),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
@pytest.mark.parametrize("command", ["convert", "check"])
def test_unreadable_input_exit_2_one_line_output_untouched(
    kind: str, command: str, tmp_path: Path
) -> None:
    source = tmp_path / f"{kind}.ametijuhend"
    source.write_bytes(HOSTILE[kind])
    out = tmp_path / "olemas.ametijuhend"
    out.write_bytes(b"old content\n")
    before = out.stat().st_mtime_ns
    args = ("convert", source, out) if command == "convert" else ("check", source)
    start = time.perf_counter()
    result = run(*args)
    elapsed = time.perf_counter() - start
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{source}: ")
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert out.read_bytes() == b"old content\n" and out.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([source.name, out.name])
    assert elapsed < 5  # process start included; the refusal itself is in the unit tests


def test_missing_input_and_unknown_extensions(tmp_path: Path) -> None:
    missing = run("convert", tmp_path / "puudub.ametijuhend", tmp_path / "x.ametijuhend")
    assert missing.returncode == 2 and "ei ole olemas" in missing.stderr
    assert not (tmp_path / "x.ametijuhend").exists()
    sample = tmp_path / "a.ametijuhend"
    xml_format.write(full_document(), sample)
    unknown = run("convert", sample, tmp_path / "x.odp")
    assert unknown.returncode == 2
    assert unknown.stderr.startswith(f"{tmp_path / 'x.odp'}: tundmatu failitüüp .odp; ")
    assert not (tmp_path / "x.odp").exists()


def test_write_failure_leaves_existing_output(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root ignores folder permissions; use a path whose parent is a file instead
        blocker = tmp_path / "fail"
        blocker.write_text("x")
        out = blocker / "x.ametijuhend"
    else:
        folder = tmp_path / "lukus"
        folder.mkdir()
        out = folder / "x.ametijuhend"
        out.write_text("old")
        folder.chmod(0o500)
    sample = tmp_path / "a.ametijuhend"
    xml_format.write(full_document(), sample)
    result = run("convert", sample, out)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_bad_command_line_is_exit_2() -> None:
    result = run("convert")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1


def test_module_entry_point_matches_script(tmp_path: Path) -> None:
    shutil.copy(DATA / "legacy" / "v0_draft.expected.ametijuhend", tmp_path / "a.ametijuhend")
    result = subprocess.run([sys.executable, "-m", "ametieditor", "check",
                             str(tmp_path / "a.ametijuhend")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_check_works_when_the_user_data_folder_is_unusable(tmp_path) -> None:
    """A file where the data folder should be (own wording, dictionary…): still no traceback."""
    blocker = tmp_path / "andmed"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("check", DATA / "001_peaspetsialist_lastemaja.ametijuhend",
                 env={"AMETIEDITOR_DATA_DIR": str(blocker)})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
