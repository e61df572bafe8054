"""``diff`` and ``convert`` never overwrite an input, nor a read-only or locked file unasked."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ametieditor.storage.lock import acquire, lock_path
from tests.conftest import DATA, REPO

OLD = DATA / "001_peaspetsialist_lastemaja.ametijuhend"
NEW = DATA / "002_koordinaator_srt.ametijuhend"
#: A lock file as LibreOffice writes it while a document is open in Writer.
LIBREOFFICE_LOCK = "Mari Maasikas,mari,ARVUTI-X,23.11.2026 10:15,file:///home/mari/.config/lo;"


def cli(*args: str | Path) -> subprocess.CompletedProcess:
    """This checkout's CLI in a process of its own, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "ametieditor.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    old, new = tmp_path / "vana.ametijuhend", tmp_path / "uus.ametijuhend"
    shutil.copy(OLD, old)
    shutil.copy(NEW, new)
    return {"old": old, "new": new}


def refused(result: subprocess.CompletedProcess, path: Path, words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(str(path)) and words in result.stderr
    assert result.stdout == ""  # refused before anything was read or compared


def alias(kind: str, target: Path, folder: Path, name: str) -> Path:
    """``target`` itself, a symbolic link to it, or a hard link to it, named ``name``."""
    if kind == "same":
        return target
    alias_path = folder / name
    if kind == "symlink":
        alias_path.symlink_to(target)
    else:
        os.link(target, alias_path)
    return alias_path


@pytest.mark.parametrize("option", ["--html", "--docx"])
@pytest.mark.parametrize("kind", ["same", "symlink", "hardlink"])
@pytest.mark.parametrize("which", ["old", "new"])
def test_diff_never_writes_onto_an_input(files: dict[str, Path], tmp_path: Path, option: str,
                                         kind: str, which: str) -> None:
    before = {name: path.read_bytes() for name, path in files.items()}
    output = alias(kind, files[which], tmp_path, "kokkuvõte" + option.replace("--", "."))
    for force in ([], ["--force"]):
        result = cli("diff", files["old"], files["new"], option, output, *force)
        refused(result, output, "sama fail mis sisend")
    assert {name: path.read_bytes() for name, path in files.items()} == before


@pytest.mark.parametrize("kind", ["same", "symlink", "hardlink"])
def test_convert_never_writes_onto_its_input(files: dict[str, Path], tmp_path: Path,
                                             kind: str) -> None:
    before = files["old"].read_bytes()
    output = alias(kind, files["old"], tmp_path, "koopia.ametijuhend")
    for force in ([], ["--force"]):
        refused(cli("convert", files["old"], output, *force), output, "sama fail mis sisend")
    assert files["old"].read_bytes() == before


def test_batch_convert_never_writes_onto_any_of_its_inputs(files: dict[str, Path],
                                                           tmp_path: Path) -> None:
    # vana.docx is a hard link to uus.ametijuhend, an input of the same run.
    os.link(files["new"], tmp_path / "vana.docx")
    before = files["new"].read_bytes()
    result = cli("convert", files["old"], files["new"], "--to", "docx", "--force")
    assert result.returncode == 1, result.stderr
    assert "sama fail mis sisend" in result.stderr
    assert files["new"].read_bytes() == before
    assert (tmp_path / "uus.docx").is_file()


def protect(target: Path, how: str) -> None:
    target.write_bytes(b"hand-made original")
    if how == "read-only":
        target.chmod(0o444)
    elif how == "editor":
        acquire(target)  # this test process: a live editor on this computer
    else:
        lock_path(target).write_text(LIBREOFFICE_LOCK, encoding="utf-8")


@pytest.mark.parametrize("how,words", [("read-only", "kirjutuskaitstud"),
                                       ("editor", "fail on avatud"),
                                       ("libreoffice", "Mari Maasikas")])
@pytest.mark.parametrize("command", ["convert", "diff-html", "diff-docx"])
def test_a_protected_output_is_refused_unless_forced(files: dict[str, Path], tmp_path: Path,
                                                     how: str, words: str,
                                                     command: str) -> None:
    suffix = {"convert": ".docx", "diff-html": ".html", "diff-docx": ".docx"}[command]
    target = tmp_path / f"valmis{suffix}"
    protect(target, how)
    args = (["convert", files["old"], target] if command == "convert"
            else ["diff", files["old"], files["new"], "--" + command[5:], target])
    result = cli(*args)
    refused(result, target, words)
    assert "--force" in result.stderr
    assert target.read_bytes() == b"hand-made original"
    forced = cli(*args, "--force")
    assert forced.returncode in (0, 1), forced.stderr  # diff: 1 = differences found
    assert target.read_bytes() != b"hand-made original"
    assert target.read_bytes().startswith(b"PK" if suffix == ".docx" else b"<!DOCTYPE html")


def test_a_stale_lock_of_a_crashed_editor_does_not_protect(files: dict[str, Path],
                                                           tmp_path: Path) -> None:
    target = tmp_path / "valmis.docx"
    target.write_bytes(b"old export")
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    dead = int(finished.stdout)
    lock_path(target).write_text(
        f"Mari,mari,{platform.node()},23.11.2026 10:15,ametieditor:pid={dead};",
        encoding="utf-8")
    assert cli("convert", files["old"], target).returncode == 0
    assert target.read_bytes().startswith(b"PK")
