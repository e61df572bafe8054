"""The folder overview: one row per job description, as the CLI lists it and the editor shows it.

``ametieditor-cli list DIR`` and Fail › Kausta ülevaade… both build their rows
with :func:`overview_rows` and their cells with :func:`row_cells` under the
headers of :data:`COLUMNS`, so the terminal, the CSV file and the window show
the same thing.

*Review due* is the approval date plus the interval the user set (in months,
Seaded › Ülevaatuse intervall…); it stays empty until an interval is set and for
documents without a valid approval date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from ametieditor.i18n import tr
from ametieditor.model.checks import parse_iso_date
from ametieditor.model.folder_checks import FolderProblem
from ametieditor.model.folder_summary import DocumentSummary, all_problems

#: Review intervals the user may set, in months.
MIN_REVIEW_MONTHS = 1
MAX_REVIEW_MONTHS = 120


@dataclass(frozen=True)
class Column:
    key: str
    estonian: str
    english: str

    @property
    def header(self) -> str:
        return tr(self.estonian, self.english)


COLUMNS = (
    Column("file", "Fail", "File"),
    Column("title", "Ametinimetus", "Job title"),
    Column("unit", "Struktuuriüksus", "Unit"),
    Column("manager", "Vahetu juht", "Manager"),
    Column("approved", "Kinnitatud", "Approved"),
    Column("decree", "Käskkiri", "Decree"),
    Column("revision", "Redaktsioon", "Revision"),
    Column("review_due", "Ülevaatus", "Review due"),
    Column("problem_count", "Probleeme", "Problems"),
    Column("problems", "Probleemid", "Problem list"),
)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months (31 January + 1 month = 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due(approval_date: str, months: int | None) -> dt.date | None:
    """When a document approved on ``approval_date`` (ISO) is due for review."""
    approved = parse_iso_date(approval_date)
    if approved is None or not months:
        return None
    try:
        return add_months(approved, months)
    except (ValueError, OverflowError):
        return None  # year 9999 and beyond


@dataclass(frozen=True)
class OverviewRow:
    """One job description of the folder."""

    source: str
    #: The file as shown: its path relative to the listed folder.
    shown_path: str
    title: str
    unit: str
    manager: str
    approved: dt.date | None
    approval_text: str  # the approval date as written when it is not a valid date
    decree: str
    revision: int | None
    review_due: dt.date | None
    problems: tuple[str, ...]


def _relative(source: str, folder: str) -> str:
    try:
        return PurePath(source).relative_to(folder).as_posix()
    except ValueError:
        return source


def overview_rows(summaries: Sequence[DocumentSummary], folder_problems: Iterable[FolderProblem],
                  *, folder: str, today: dt.date,
                  review_months: int | None) -> list[OverviewRow]:
    """The rows, in the summaries' order; a row's problems are its file's and the folder's."""
    between: dict[str, list[str]] = defaultdict(list)
    for problem in folder_problems:
        between[problem.source].append(f"{problem.part}: {problem.message}")
    rows = []
    for summary in summaries:
        own = [f"{p.part}: {p.message}" for p in all_problems(summary, today)]
        rows.append(OverviewRow(
            source=summary.source, shown_path=_relative(summary.source, folder),
            title=summary.title, unit=summary.unit, manager=summary.manager,
            approved=parse_iso_date(summary.approval_date),
            approval_text=summary.approval_date, decree=summary.decree,
            revision=summary.revision,
            review_due=review_due(summary.approval_date, review_months),
            problems=(*own, *between.get(summary.source, ()))))
    return rows


def show_date(day: dt.date | None, fallback: str = "") -> str:
    """``dd.mm.yyyy``, the Estonian way."""
    return f"{day.day:02}.{day.month:02}.{day.year}" if day else fallback  # (strftime: slower)


def row_cells(row: OverviewRow, problem_separator: str = "\n") -> list[str]:
    """The row's cells as text, in :data:`COLUMNS` order."""
    return [row.shown_path, row.title, row.unit, row.manager,
            show_date(row.approved, row.approval_text), row.decree,
            "" if row.revision is None else str(row.revision), show_date(row.review_due),
            str(len(row.problems)), problem_separator.join(row.problems)]
