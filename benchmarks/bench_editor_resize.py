#!/usr/bin/env python3
"""How long the window stops answering when its width changes, at several document sizes.

A window shows the duty table of a document with ``--duties`` duties (the
middle row selected, as after typing there) and is made narrower and wider
``--resizes`` times; after each change the event loop runs until every row
has been measured again. Every ``processEvents`` call is timed, and every
row measured (``resizeRowToContents``): the longest step that measured rows
is how long the window did not respond, the rows measured in one step and
the time they took are the table's share of it, and the time of the last
row measured is when the table was complete again. Reported per size: the
median and the maximum over the width changes; then another document of the
same size is opened three times (``replace_document``, the duty table shown).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor_resize.py \
        [--duties 50 200 1000] [--resizes 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import dataclass
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


@dataclass
class Settled:
    """One width change, in seconds: the longest step of the event loop that measured
    rows, the most time one step spent measuring rows, the most rows one step measured,
    and when (from the change) the last row was measured."""

    longest: float = 0.0
    measuring: float = 0.0
    rows: int = 0
    done: float = 0.0


def run_until_settled(app, pane) -> Settled:
    """Run the event loop until no row has been measured for SETTLE_SECONDS.

    (A step that measured rows may also have done other work: the preview
    laying out its pages for the new width, for one; hence both figures.)
    """
    table = pane.ui.table
    fits: list[tuple[float, float]] = []  # (when it ended, how long it took)
    measure = type(table).resizeRowToContents

    def timed(row: int) -> None:
        start = time.perf_counter()
        measure(table, row)
        end = time.perf_counter()
        fits.append((end, end - start))

    table.resizeRowToContents = timed  # the pane calls it through the instance
    start = time.perf_counter()
    result = Settled()
    try:
        while time.perf_counter() - (fits[-1][0] if fits else start) < SETTLE_SECONDS:
            before, count = time.perf_counter(), len(fits)
            app.processEvents()
            step = time.perf_counter() - before
            if len(fits) > count:
                result.longest = max(result.longest, step)
                result.measuring = max(result.measuring,
                                       sum(took for _end, took in fits[count:]))
                result.rows = max(result.rows, len(fits) - count)
    finally:
        del table.resizeRowToContents
    result.done = (fits[-1][0] - start) if fits else 0.0
    return result


def measure(app, duties: int, resizes: int) -> tuple[list[Settled], list[float]]:
    """The width changes, and the times another document of the same size took to open
    (``replace_document`` with the duty table shown; the files' reading not included)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window, pane = open_window(app, duties)
    results, opening = [], []
    for number in range(resizes):
        window.resize(1000 if number % 2 == 0 else 1280, 800)
        results.append(run_until_settled(app, pane))
    for _ in range(3):
        other = document(duties)
        start = time.perf_counter()
        window.session.replace_document(other)
        opening.append(time.perf_counter() - start)
        run_until_settled(app, pane)
    window.session.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return results, opening


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f} ms (max {max(values) * 1000:.1f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duties", type=int, nargs="+", default=[50, 200, 1000])
    parser.add_argument("--resizes", type=int, default=5)
    arguments = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from ametieditor.gui.app import configure_application

    app = QApplication([])
    configure_application()
    print(f"Medians (and maxima) over {arguments.resizes} width changes:\n")
    print("| duties | longest step with rows measured | rows measured in one step "
          "| time measuring them | all rows measured after | another document opened |")
    print("|---|---|---|---|---|---|")
    for duties in arguments.duties:
        results, opening = measure(app, duties, arguments.resizes)
        rows = [result.rows for result in results]
        print(f"| {duties} | {_ms([result.longest for result in results])} "
              f"| {statistics.median(rows):.0f} (max {max(rows)}) "
              f"| {_ms([result.measuring for result in results])} "
              f"| {_ms([result.done for result in results])} | {_ms(opening)} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
