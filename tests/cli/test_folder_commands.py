"""``ametieditor-cli list DIR`` and ``check DIR``: the overview, the CSV, progress, Ctrl+C."""

from __future__ import annotations

import csv
import io
import os
import pty
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from ametieditor import cli
from ametieditor.cli_folder import TerminalProgress
from ametieditor.formats import registry, xml_format
from ametieditor.storage import folder_scan
from ametieditor.storage.folder_settings import set_review_months
from ametieditor.storage.summary_cache import cache_path
from tests.cli.test_cli import CLI, run
from tests.conftest import SAMPLE_FILES

HEADER = ["Fail", "Ametinimetus", "Struktuuriüksus", "Vahetu juht", "Kinnitatud", "Käskkiri",
          "Redaktsioon", "Ülevaatus", "Probleeme", "Probleemid"]


def _post(source: Path, target: Path, **general: str) -> None:
    doc = registry.load(source).document
    for name, value in general.items():
        setattr(doc.general, name, value)
    target.parent.mkdir(parents=True, exist_ok=True)
    xml_format.write(doc, target)


@pytest.fixture
def unit_folder(tmp_path: Path) -> Path:
    """Three posts of one unit, one spelling the unit differently, one one-sided substitution."""
    root = tmp_path / "osakond"
    unit = "Laste heaolu osakond"
    _post(SAMPLE_FILES[1], root / "koordinaator.ametijuhend", title="Koordinaator", unit=unit,
          substituted_by="Nõunik", substitutes="Nõunikku")
    _post(SAMPLE_FILES[1], root / "talitus" / "nounik.ametijuhend", title="Nõunik", unit=unit,
          substituted_by="Koordinaator", substitutes="Spetsialisti", manager="")
    _post(SAMPLE_FILES[1], root / "talitus" / "spetsialist.ametijuhend", title="Spetsialist",
          unit="Laste heaolu osakonna", substituted_by="", substitutes="")
    return root


def test_list_prints_one_row_per_post_from_subfolders_too(unit_folder: Path) -> None:
    result = run("list", unit_folder)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == HEADER
    rows = [line.split("\t") for line in lines[1:]]
    assert [row[:3] for row in rows] == [
        ["koordinaator.ametijuhend", "Koordinaator", "Laste heaolu osakond"],
        ["talitus/nounik.ametijuhend", "Nõunik", "Laste heaolu osakond"],
        ["talitus/spetsialist.ametijuhend", "Spetsialist", "Laste heaolu osakonna"]]
    nounik, spetsialist = rows[1], rows[2]
    assert "on kirjutatud teisiti kui „Laste heaolu osakond”" in spetsialist[9]
    assert "„Spetsialisti” (" in nounik[9] and "ei nimeta väljal 1.4 Kes asendab" in nounik[9]


def test_list_csv_opens_in_an_estonian_excel(unit_folder: Path, tmp_path: Path) -> None:
    set_review_months(24)
    out = tmp_path / "ülevaade.csv"
    doc = registry.load(unit_folder / "koordinaator.ametijuhend").document
    assert doc.approval is not None
    doc.approval.date, doc.approval.decree = "2024-02-29", "1-2/15"
    xml_format.write(doc, unit_folder / "koordinaator.ametijuhend")

    from tests.cli.test_cli import run as run_cli

    result = run_cli("list", unit_folder, "--csv", out,
                     env={"XDG_DATA_HOME": os.environ["XDG_DATA_HOME"]})
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfFail;Ametinimetus;Struktuuri\xc3\xbcksus;")
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0] == HEADER and len(rows) == 4
    first = dict(zip(HEADER, rows[1], strict=True))
    assert first["Kinnitatud"] == "29.02.2024" and first["Käskkiri"] == "1-2/15"
    assert first["Ülevaatus"] == "28.02.2026"  # 24 months from the settings, leap day
    for row in rows[1:]:
        cells = dict(zip(HEADER, row, strict=True))
        listed = cells["Probleemid"].split("\n") if cells["Probleemid"] else []
        assert int(cells["Probleeme"]) == len(listed)
    assert "\n" in rows[2][HEADER.index("Probleemid")]  # several problems: one cell, lines
    result = run("list", unit_folder, "--review-months", "12", "--csv", tmp_path / "b.csv")
    assert "28.02.2025" in (tmp_path / "b.csv").read_text("utf-8-sig")


def test_review_column_is_empty_until_an_interval_is_set(unit_folder: Path) -> None:
    rows = [line.split("\t") for line in run("list", unit_folder).stdout.splitlines()[1:]]
    assert {row[HEADER.index("Ülevaatus")] for row in rows} == {""}


def test_list_names_unreadable_files_and_exits_2(unit_folder: Path) -> None:
    (unit_folder / "katki.docx").write_bytes(b"")
    result = run("list", unit_folder)
    assert result.returncode == 2
    assert "katki.docx" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 4  # the readable ones are all listed


def test_list_never_writes_over_a_job_description(unit_folder: Path) -> None:
    target = unit_folder / "koordinaator.ametijuhend"
    before = target.read_bytes()
    result = run("list", unit_folder, "--csv", target, "--force")
    assert result.returncode == 2 and before == target.read_bytes()
    assert "sisend" in result.stderr


def test_check_folder_finds_what_is_between_files_and_uses_the_cache(unit_folder: Path) -> None:
    cold = run("check", unit_folder, "--no-spelling")
    assert cold.returncode == 1
    assert ("„Spetsialisti” (" in cold.stdout and "ei nimeta väljal 1.4 Kes asendab ametikohta "
            "„Nõunik”" in cold.stdout)
    assert "„Laste heaolu osakonna” on kirjutatud teisiti kui „Laste heaolu osakond”" \
        in cold.stdout
    with sqlite3.connect(cache_path()) as connection:
        assert connection.execute("SELECT count(*) FROM summary").fetchone() == (3,)
    assert run("check", unit_folder, "--no-spelling").stdout == cold.stdout
    assert run("check", unit_folder, "--no-spelling", "--no-cache").stdout == cold.stdout


def test_ctrl_c_stops_cleanly_and_keeps_what_was_read(unit_folder: Path, monkeypatch,
                                                      capsys) -> None:
    original = folder_scan.FolderScan.read
    read: list[Path] = []

    def read_until_interrupted(self, path):
        if len(read) == 2:
            raise KeyboardInterrupt
        read.append(path)
        return original(self, path)

    monkeypatch.setattr(folder_scan.FolderScan, "read", read_until_interrupted)
    assert cli.main(["list", str(unit_folder)]) == 130
    captured = capsys.readouterr()
    assert "katkestatud" in captured.err and "Traceback" not in captured.err
    assert captured.out == ""
    with sqlite3.connect(cache_path()) as connection:
        cached = [Path(row[0]) for row in connection.execute("SELECT path FROM summary")]
    assert sorted(cached) == sorted(read)


def test_progress_is_shown_on_a_terminal_only(unit_folder: Path) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    progress = TerminalProgress(terminal)
    for done in range(1, 4):
        progress.step("Loen faile", done, 3)
    progress.clear()
    assert "Loen faile: 3/3" in terminal.getvalue() and terminal.getvalue().endswith("\r")
    piped = io.StringIO()
    TerminalProgress(piped).step("Loen faile", 3, 3)
    assert piped.getvalue() == ""


def test_check_shows_progress_in_a_real_terminal(unit_folder: Path) -> None:
    leader, follower = pty.openpty()
    process = subprocess.run([str(CLI), "check", str(unit_folder), "--no-spelling"],
                             stdout=subprocess.PIPE, stderr=follower, timeout=60,
                             env={**os.environ, "LANG": "C.UTF-8"})
    os.close(follower)
    shown = os.read(leader, 65536).decode("utf-8", "replace")
    os.close(leader)
    assert process.returncode == 1
    assert "Loen faile: 3/3" in shown and "Võrdlen faile: 3/3" in shown
    assert b"Loen faile" not in process.stdout


def test_check_of_a_moved_folder_reports_the_new_paths(unit_folder: Path,
                                                       tmp_path: Path) -> None:
    run("check", unit_folder, "--no-spelling")
    moved = tmp_path / "uus"
    shutil.move(unit_folder, moved)
    result = run("check", moved, "--no-spelling")
    assert str(unit_folder) not in result.stdout and str(moved) in result.stdout


@pytest.mark.parametrize("months", ["0", "121", "kaks"])
def test_a_review_interval_out_of_range_is_refused(unit_folder: Path, months: str) -> None:
    result = run("list", unit_folder, "--review-months", months)
    assert result.returncode == 2 and "ülevaatuse intervall peab olema 1–120 kuud" in \
        result.stderr and result.stdout == ""


def test_a_missing_folder_is_named_as_missing(tmp_path: Path) -> None:
    result = run("check", tmp_path / "ametijuhendid")
    assert result.returncode == 2
    assert result.stderr.strip() == f"{tmp_path / 'ametijuhendid'}: faili või kausta ei ole olemas"
