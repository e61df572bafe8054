#!/usr/bin/env python3
"""The folder overview's table at 10,000 rows: showing them, sorting, filtering.

Rows are made up (no files are read: ``bench_folder.py`` times the reading),
with Estonian titles, dates, revisions and problems, and put into the real
``OverviewModel``/``OverviewProxy`` under a shown ``QTableView`` with sorting
on, as the overview window has them. Each figure is one run, in seconds, with
the events that follow processed:

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_overview_table.py [--rows 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TITLES = ["Analüütik", "Spetsialist", "Nõunik", "Peaspetsialist", "Jurist", "Šoför",
          "Õigusnõunik", "Ülem", "Zooloog", "Žürii liige"]


def rows(count: int) -> list:
    from ametieditor.model.folder_overview import OverviewRow

    rng = random.Random(1)
    made = []
    for number in range(count):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))
        title = rng.choice(TITLES)
        made.append(OverviewRow(
            source=f"/kaust/{number}.ametijuhend",
            shown_path=f"Osakond {number % 50}/Talitus {number % 7}/{title}_{number}.ametijuhend",
            title=title, unit=f"Osakonna {number % 50} talitus", manager=rng.choice(TITLES),
            approved=day if number % 10 else None, approval_text="", decree=f"1-{number}",
            revision=rng.randint(1, 9), review_due=day + dt.timedelta(days=365),
            problems=("kinnitamise kuupäev puudub „…”",) * (number % 3)))
    return made


def timed(app, action) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10000)
    count = parser.parse_args().rows
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from ametieditor.gui.overview_table import KEYS, OverviewModel, OverviewProxy

    app = QApplication.instance() or QApplication([])
    made = rows(count)
    model, proxy = OverviewModel(), OverviewProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    print(f"{count} rows")
    print(f"showing the rows (sorted by file): "
          f"{timed(app, lambda: model.set_rows(made, dt.date(2026, 12, 4))):.2f} s")
    for key in ("file", "title", "approved", "problem_count"):
        column = KEYS.index(key)
        seconds = timed(app, lambda c=column: view.sortByColumn(c, Qt.SortOrder.AscendingOrder))
        print(f"sorting by {key}: {seconds:.2f} s")
    print(f"filter 'nõunik': {timed(app, lambda: proxy.set_filter_text('nõunik')):.2f} s")
    print(f"filter cleared: {timed(app, lambda: proxy.set_filter_text('')):.2f} s")


if __name__ == "__main__":
    main()
