#!/usr/bin/env python3
"""Cost of refreshing the preview after an edit, at 22, 200 and 1000 duties.

The document is sample 001 with its duty rows repeated to the count. One
"edit" appends a letter to the task of the middle duty (as typing does) and
then times what the debounced refresh does on the GUI thread: the layout
walk, typesetting what changed, breaking the pages, and repainting the
visible page. The first refresh (the whole document typeset, as when a file
opens) is reported too. Besides wall-clock time the GUI thread's CPU time is
given: on a machine shared with other work it shows the refresh's own cost.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_preview_refresh.py [--edits 30]

``--before`` times what the preview did before the paged preview, on a
checkout that still has it (``--repo /path/to/old/checkout``): ``setHtml`` of
the whole document's HTML in a QTextBrowser.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
COUNTS = (22, 200, 1000)


def document(repo: Path, duty_count: int):
    from ametieditor.formats import xml_format
    from ametieditor.model.document import Duty

    doc = xml_format.read(repo / "tests" / "data" / "001_peaspetsialist_lastemaja.ametijuhend")
    rows = doc.duties.items
    doc.duties.items = [Duty(task=list(rows[i % len(rows)].task),
                             results=list(rows[i % len(rows)].results))
                        for i in range(duty_count)]
    return doc


def edit(doc, number: int) -> None:
    from ametieditor.model.document import Block

    duty = doc.duties.items[len(doc.duties.items) // 2]
    duty.task = [Block.p(duty.task[0].text + "x" * (number % 5 + 1)), *duty.task[1:]]


def after_edits(timings: list[float]) -> str:
    ordered = sorted(timings)
    return (f"median {statistics.median(ordered) * 1000:.1f} ms, "
            f"95th percentile {ordered[int(len(ordered) * 0.95) - 1] * 1000:.1f} ms, "
            f"max {ordered[-1] * 1000:.1f} ms")


def paged(repo: Path, count: int, edits: int) -> None:
    from ametieditor.commands import EditSession
    from ametieditor.gui.preview import Preview

    doc = document(repo, count)
    preview = Preview(EditSession(doc))
    preview.resize(480, 800)
    started, started_cpu = time.perf_counter(), time.thread_time()
    preview.show()  # the first refresh: the whole document typeset
    preview.refresh()
    preview.viewport().repaint()
    first, first_cpu = time.perf_counter() - started, time.thread_time() - started_cpu
    preview.show_part("duties")
    timings, cpu = [], []
    for number in range(edits):
        edit(doc, number)
        started, started_cpu = time.perf_counter(), time.thread_time()
        preview.refresh()
        preview.viewport().repaint()
        timings.append(time.perf_counter() - started)
        cpu.append(time.thread_time() - started_cpu)
    print(f"{count:5d} duties, {preview.pages.page_count():3d} pages: first refresh "
          f"{first * 1000:.0f} ms (CPU {first_cpu * 1000:.0f} ms); "
          f"after an edit {after_edits(timings)}; "
          f"GUI-thread CPU median {statistics.median(cpu) * 1000:.1f} ms")


def before(repo: Path, count: int, edits: int) -> None:
    from PySide6.QtWidgets import QTextBrowser

    from ametieditor.formats.html_render import render_html

    doc = document(repo, count)
    browser = QTextBrowser()
    browser.resize(480, 800)
    browser.show()
    timings = []
    for number in range(edits):
        edit(doc, number)
        started = time.perf_counter()
        browser.setHtml(render_html(doc))
        browser.viewport().repaint()
        timings.append(time.perf_counter() - started)
    print(f"{count:5d} duties, before (setHtml of the whole document): "
          f"after an edit {after_edits(timings)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--before", action="store_true")
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    arguments = parser.parse_args(argv)
    sys.path.insert(0, str(arguments.repo))
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    for count in COUNTS:
        edits = arguments.edits if count < 1000 else max(5, arguments.edits // 3)
        (before if arguments.before else paged)(arguments.repo, count, edits)
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
