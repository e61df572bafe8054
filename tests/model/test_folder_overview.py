"""Rows of the folder overview: review dates, problems per file, shared cells."""

from __future__ import annotations

import datetime as dt

import pytest

from ametieditor.model.folder_checks import check_folder
from ametieditor.model.folder_overview import add_months, overview_rows, review_due, row_cells
from ametieditor.model.folder_summary import summarize
from ametieditor.storage.folder_settings import review_months, set_review_months
from ametieditor.storage.settings_file import SettingsFile
from tests.support.factories import full_document


@pytest.mark.parametrize(("day", "months", "due"), [
    (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
    (dt.date(2023, 1, 31), 1, dt.date(2023, 2, 28)),
    (dt.date(2024, 11, 15), 2, dt.date(2025, 1, 15)),
    (dt.date(2024, 2, 29), 36, dt.date(2027, 2, 28)),
    (dt.date(2024, 5, 1), 120, dt.date(2034, 5, 1)),
])
def test_add_months_keeps_the_day_or_takes_the_months_last(day, months, due) -> None:
    assert add_months(day, months) == due


def test_review_due_needs_an_interval_and_a_real_date() -> None:
    assert review_due("2024-03-01", 24) == dt.date(2026, 3, 1)
    assert review_due("2024-03-01", None) is None
    assert review_due("", 24) is None
    assert review_due("2024-02-30", 24) is None
    assert review_due("9999-12-01", 24) is None


def test_rows_carry_their_files_and_the_folders_problems() -> None:
    a, b = full_document(), full_document()
    a.general.unit, b.general.unit = "Laste heaolu osakond", "Laste heaolu osakonna"
    assert a.approval is not None
    a.approval.date, a.approval.decree = "2019-05-02", "1-1/7"
    summaries = [summarize("kaust/a.ametijuhend", a), summarize("kaust/b.ametijuhend", b)]
    rows = overview_rows(summaries, check_folder(summaries), folder="kaust",
                         today=dt.date(2026, 11, 23), review_months=60)
    first, second = rows
    assert first.shown_path == "a.ametijuhend" and first.review_due == dt.date(2024, 5, 2)
    assert any("üle" in problem and "aasta vana" in problem for problem in first.problems)
    assert any("kirjutatud teisiti" in problem for problem in second.problems)
    cells = row_cells(first)
    assert cells[4:8] == ["02.05.2019", "1-1/7", str(a.meta.revision) if a.meta else "",
                          "02.05.2024"]
    assert cells[8] == str(len(first.problems))


def test_review_interval_setting_is_kept_and_checked() -> None:
    assert review_months() is None
    set_review_months(36)
    assert review_months() == 36
    with pytest.raises(ValueError):
        set_review_months(0)
    SettingsFile("folder.json").set("review_months", "kolm")
    assert review_months() is None
    set_review_months(None)
    assert review_months() is None
