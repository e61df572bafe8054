#!/usr/bin/env python3
"""How long the window stops answering when its width changes, at several document sizes.

A window shows the duty table of a document with ``--duties`` duties (the
middle row selected, as after typing there) and is made narrower and wider
``--resizes`` times; after each change the event loop runs until every row
has been measured again. Every ``processEvents`` call is timed: the longest
one that measured rows (``resizeRowToContents``) is how long measuring them
kept the window from responding, and the time of the last row measured is
when the table was complete again. Reported per size: the median (and the
maximum) over the resizes of that longest step, the most rows one step
measured, and the median time until all rows were measured.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor_resize.py \
        [--duties 50 200 1000] [--resizes 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_editor_keystroke import document  # noqa: E402

SETTLE_SECONDS = 0.3  # no row measured for this long: the table is complete


def open_window(app, duties: int):
    from ametieditor.gui.main_window import MainWindow

    window = MainWindow()
    window.session.replace_document(document(duties))
    window.resize(1280, 800)
    window.show()
    window.install_features()
    window.show_part("duties")
    pane = window.panes["duties"]
    pane.select_row(duties // 2)
    run_until_settled(app, pane)
    return window, pane


def run_until_settled(app, pane) -> tuple[float, float, int]:
    """Run the event loop until no row has been measured for SETTLE_SECONDS.

    Returns the longest single step that measured rows, the time of the last
    row measured (from the call; both in seconds) and the most rows one step
    measured. (Steps that measured no row are other work: the preview laying
    out its pages for the new width, for one.)
    """
    table = pane.ui.table
    fits: list[float] = []
    measure = type(table).resizeRowToContents

    def counting(row: int) -> None:
        measure(table, row)
        fits.append(time.perf_counter())

    table.resizeRowToContents = counting  # the pane calls it through the instance
    start = time.perf_counter()
    longest, in_longest = 0.0, 0
    try:
        while time.perf_counter() - (fits[-1] if fits else start) < SETTLE_SECONDS:
            before, count = time.perf_counter(), len(fits)
            app.processEvents()
            step = time.perf_counter() - before
            if len(fits) > count:
                longest, in_longest = max(longest, step), max(in_longest, len(fits) - count)
    finally:
        del table.resizeRowToContents
    done = (fits[-1] - start) if fits else 0.0
    return longest, done, in_longest


def measure(app, duties: int, resizes: int) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QEvent

    window, pane = open_window(app, duties)
    longest, done, rows = [], [], []
    for number in range(resizes):
        window.resize(1000 if number % 2 == 0 else 1280, 800)
        step, complete, in_step = run_until_settled(app, pane)
        longest.append(step)
        done.append(complete)
        rows.append(in_step)
    window.session.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return {"longest": statistics.median(longest), "worst": max(longest),
            "rows": statistics.median(rows), "done": statistics.median(done)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duties", type=int, nargs="+", default=[50, 200, 1000])
    parser.add_argument("--resizes", type=int, default=5)
    arguments = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from ametieditor.gui.app import configure_application

    app = QApplication([])
    configure_application()
    print("| duties | longest step measuring rows (median) | (max) | most rows in one step "
          "| all rows measured after |")
    print("|---|---|---|---|---|")
    for duties in arguments.duties:
        result = measure(app, duties, arguments.resizes)
        print(f"| {duties} | {result['longest'] * 1000:.1f} ms | {result['worst'] * 1000:.1f} ms "
              f"| {result['rows']:.0f} | {result['done'] * 1000:.0f} ms |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
