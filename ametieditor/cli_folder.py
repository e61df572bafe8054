"""``ametieditor-cli check DIR`` and ``ametieditor-cli list DIR``: a folder of job descriptions.

Both read the folder (and its subfolders) through
:class:`~ametieditor.storage.folder_scan.FolderScan`, so a second run reads only
the files that changed, show progress on a terminal, and stop cleanly on Ctrl+C
(what was read stays cached; the exit code is 130).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ametieditor.cli_common import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    PROGRAM,
    add_force_option,
    check_output,
    print_warnings,
    speller,
)
from ametieditor.clock import checking_date
from ametieditor.i18n import tr
from ametieditor.model.folder_summary import SummaryProblem, all_problems

if TYPE_CHECKING:
    from ametieditor.storage.folder_scan import ExtraCheck, FolderReading, FolderScan, ScannedFile


class TerminalProgress:
    """``Loen faile: 1234/2000`` on one line of a terminal, at most ten times a second.

    Nothing is written when the stream is not a terminal (a pipe, a log file), so
    the output of a script stays the findings alone.
    """

    INTERVAL = 0.1

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._shown = 0.0
        self._width = 0

    def show(self, text: str, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._shown < self.INTERVAL:
            return
        self._shown = now
        self.stream.write("\r" + text.ljust(self._width))
        self._width = len(text)
        self.stream.flush()

    def step(self, label: str, done: int, total: int) -> None:
        self.show(f"{label}: {done}/{total}", force=done == total)

    def clear(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def add_list_parser(commands: Any) -> None:
    listing = commands.add_parser(
        "list",
        help=tr("kausta ametijuhendite ülevaade", "overview of a folder's job descriptions"),
        description=tr(
            "Üks rida kausta (ja selle alamkaustade) iga loetava ametijuhendi kohta: fail, "
            "ametinimetus, struktuuriüksus, vahetu juht, kinnitamise kuupäev, käskkiri, "
            "redaktsioon, ülevaatuse tähtaeg ja probleemid. Väljumiskood on 0, kui kõik "
            "failid said loetud, ja 2, kui mõnda faili ei saa lugeda.",
            "One row per readable job description in the folder and its subfolders: file, "
            "title, unit, manager, approval date, decree, revision, review due and problems. "
            "Exit 0, or 2 when a file cannot be read."),
    )
    listing.add_argument("folder", metavar="DIR", type=Path)
    listing.add_argument(
        "--csv", metavar="OUT.csv", type=Path,
        help=tr("kirjuta tabel CSV-faili (UTF-8, eraldaja „;”, avaneb Excelis)",
                "write the table to a CSV file (UTF-8, ';'-separated, opens in Excel)"))
    listing.add_argument(
        "--review-months", metavar="N", type=_months,
        help=tr("ülevaatuse intervall kuudes (vaikimisi seadetest)",
                "review interval in months (default: from the settings)"))
    listing.add_argument(
        "--no-cache", action="store_true",
        help=tr("loe kõik failid uuesti, ära kasuta ega uuenda vahemälu",
                "read every file again; neither use nor update the cache"))
    add_force_option(listing)
    listing.set_defaults(handler=list_folder)


def _months(text: str) -> int:
    """A review interval from the command line: whole months within the allowed range."""
    from ametieditor.model.folder_overview import MAX_REVIEW_MONTHS, MIN_REVIEW_MONTHS

    try:
        months = int(text)
    except ValueError:
        months = 0
    if not MIN_REVIEW_MONTHS <= months <= MAX_REVIEW_MONTHS:
        raise argparse.ArgumentTypeError(tr(
            "ülevaatuse intervall peab olema {low}–{high} kuud, mitte „{text}”",
            "the review interval must be {low}–{high} months, not '{text}'",
            low=MIN_REVIEW_MONTHS, high=MAX_REVIEW_MONTHS, text=text))
    return months


def _open_scan(args: argparse.Namespace, folder: Path,
               extra: ExtraCheck | None = None) -> FolderScan:
    from ametieditor.storage.folder_scan import FolderScan
    from ametieditor.storage.summary_cache import SummaryCache

    cache = None if args.no_cache else SummaryCache()
    return FolderScan(folder, recursive=True, cache=cache, extra=extra)


def _spelling_check(args: argparse.Namespace) -> ExtraCheck | None:
    if args.no_spelling:
        return None
    checker = speller(vars(args).setdefault("spelling_state", {}))
    if checker is None:
        return None
    from ametieditor.spelling.report import spelling_problems
    from ametieditor.storage.folder_scan import ExtraCheck

    return ExtraCheck(checker.fingerprint(), lambda doc: [
        SummaryProblem(p.part, p.message) for p in spelling_problems(doc, checker)])


def _read(scan: FolderScan, progress: TerminalProgress) -> FolderReading:
    """Read and compare the files of ``scan`` (progress shown), then name on stderr each
    subfolder and file that could not be read and what reading the others said."""
    from ametieditor.storage.folder_scan import read_folder

    reading_label, comparing_label = tr("Loen faile", "Reading files"), tr(
        "Võrdlen faile", "Comparing files")
    reading = read_folder(
        scan, reading=lambda done, total: progress.step(reading_label, done, total),
        comparing=lambda done, total: progress.step(comparing_label, done, total))
    progress.clear()
    for error in reading.unreadable_folders:
        print(str(error), file=sys.stderr)
    for scanned in reading.files:
        if scanned.error is not None:
            print(str(scanned.error), file=sys.stderr)
        print_warnings(scanned.path, scanned.warnings)
    return reading


def _interrupted(progress: TerminalProgress) -> int:
    progress.clear()
    print(tr("{program}: katkestatud; juba loetud failid jäävad vahemällu",
             "{program}: interrupted; the files read so far stay in the cache",
             program=PROGRAM), file=sys.stderr)
    return EXIT_INTERRUPTED


def check_folder(args: argparse.Namespace) -> int:
    """``check DIR``: each file's problems, then what is wrong between the files."""
    progress = TerminalProgress()
    scan: FolderScan | None = None
    try:
        scan = _open_scan(args, args.file, _spelling_check(args))
        reading = _read(scan, progress)
        found = _print_file_problems(reading.files, signing=args.signing)
        for folder_problem in reading.problems:
            print(folder_problem.format())
            found = True
    except KeyboardInterrupt:
        return _interrupted(progress)
    finally:
        if scan is not None and scan.cache is not None:
            scan.cache.close()
    if reading.errors:
        return EXIT_ERROR
    return EXIT_PROBLEMS if found else EXIT_OK


def _print_file_problems(files: list[ScannedFile], *, signing: bool) -> bool:
    today = checking_date()
    found = False
    for scanned in files:
        if scanned.summary is None:
            continue
        problems = [*all_problems(scanned.summary, today),
                    *(scanned.summary.signing_problems if signing else ()),
                    *scanned.extra_problems]
        for problem in problems:
            print(f"{scanned.path}: {problem.part}: {problem.message}")
            found = True
    return found


def list_folder(args: argparse.Namespace) -> int:
    """``list DIR [--csv OUT.csv]``: the folder overview."""
    from ametieditor.model.folder_overview import overview_rows, row_cells

    if not args.folder.is_dir():
        print(tr("{path}: ei ole kaust", "{path}: not a folder", path=args.folder),
              file=sys.stderr)
        return EXIT_ERROR
    months = args.review_months if args.review_months is not None else _settings_months()
    progress = TerminalProgress()
    scan: FolderScan | None = None
    try:
        scan = _open_scan(args, args.folder)
        if args.csv is not None:
            check_output(args.csv, scan.files, args)
        reading = _read(scan, progress)
        rows = overview_rows(reading.summaries, reading.problems, folder=str(args.folder),
                             today=checking_date(), review_months=months)
    except KeyboardInterrupt:
        return _interrupted(progress)
    finally:
        if scan is not None and scan.cache is not None:
            scan.cache.close()
    if args.csv is not None:
        from ametieditor.formats.overview_csv import write_overview_csv

        write_overview_csv(rows, args.csv)
    else:
        from ametieditor.model.folder_overview import COLUMNS

        print("\t".join(column.header for column in COLUMNS))
        for row in rows:
            print("\t".join(cell.replace("\t", " ") for cell in row_cells(row, " | ")))
    return EXIT_ERROR if reading.errors else EXIT_OK


def _settings_months() -> int | None:
    from ametieditor.storage.folder_settings import review_months

    return review_months()
