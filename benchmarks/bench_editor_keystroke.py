#!/usr/bin/env python3
"""Time to handle one keystroke in a task cell, at one or more document sizes.

For each number of duties (``--duties 10 50 200 1000``; default 50) a fresh
window opens a document with that many duties, and keystrokes are delivered
with QTest to the task editor of the middle row; the call returns after the
editor, the model (through an undo command), the table row and the
check/preview timers have all been updated. The preview refresh itself is
debounced and not part of the keystroke; its cost is reported separately,
and so is adding a row (Ctrl+Enter) after the typing.
With several sizes a table (median and 95th percentile per size) ends the
output, so the scaling with document size comes from one run.

With ``--review N`` a returned review is open in the "Ülevaatus" dock, as
after Fail › Loe ülevaatus sisse…: the document exported for review with N
tracked changes (a word in capitals) and N comments spread evenly over its
paragraphs (tests/support/word_review.py), read back with ``read_review``.

With ``--spelling on`` (what the editor does) Estonian words with a typo are typed
("korraldab tööülesanete jaotust "), the speller checks them in its worker
thread after each word, and the GUI-thread work of taking its answers in
(re-underlining the waiting lines) is timed separately; ``--spelling off``
switches the underlining off for comparison.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor_keystroke.py [--keys 300] \
        [--duties 10 50 200 1000] [--spelling on|off] [--review N]
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


def document(duty_count: int):
    from ametieditor.formats import registry
    from ametieditor.model.document import Duty

    doc = registry.load(REPO / "tests" / "data" / "001_peaspetsialist_lastemaja.ametijuhend"
                        ).document
    rows = doc.duties.items
    doc.duties.items = [Duty(task=list(rows[i % len(rows)].task),
                             results=list(rows[i % len(rows)].results))
                        for i in range(duty_count)]
    return doc


@dataclass
class Result:
    """The timings of one document size, in seconds (``times`` sorted)."""

    duties: int
    times: list[float]
    answers: list[float]
    preview: float
    check: float
    adding: float

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def p95(self) -> float:
        return self.times[int(len(self.times) * 0.95)]


def open_review(window, changes: int) -> int:
    """A review with ``changes`` tracked changes and comments open in the window's dock;
    how many proposals it placed."""
    import tempfile

    from ametieditor.formats.docx_review import read_review, review_docx
    from ametieditor.gui.review import ReviewPanel
    from tests.support.word_review import review_everywhere

    doc = window.session.document
    returned = review_everywhere(review_docx(doc), changes, changes)
    with tempfile.TemporaryDirectory(prefix="bench-review-") as folder:
        path = Path(folder) / "ülevaatus.docx"
        path.write_bytes(returned)
        review = read_review(path, doc)
    panel = window.findChild(ReviewPanel, "reviewPanel")
    panel.show_review(review)
    panel.parentWidget().show()  # the dock
    return len(review.proposals)


def open_window(app, duties: int, spelling: bool, review: int = 0):
    """A window showing ``duties`` duties, the middle row's task editor focused."""
    from ametieditor.gui.main_window import MainWindow

    window = MainWindow()
    window.session.replace_document(document(duties))
    window.resize(1280, 800)
    window.show()
    window.install_features()  # (normally just after the first paint)
    if review:
        open_review(window, review)
    window.show_part("duties")
    pane = window.panes["duties"]
    pane.select_row(duties // 2)
    pane.ui.taskEdit.setFocus()
    app.processEvents()
    window.spelling.start()  # type: ignore[attr-defined]  # (normally 600 ms after start)
    service = window.spelling.service  # type: ignore[attr-defined]
    service.wait()
    app.processEvents()
    if spelling and not service.is_ready:
        raise SystemExit(f"speller not available: {service.problem}")
    if not spelling:
        from ametieditor.gui.spell_highlighter import SpellHighlighter

        for highlighter in window.findChildren(SpellHighlighter):
            highlighter.set_enabled(False)
    return window


def measure(app, duties: int, keys: int, spelling: bool, review: int = 0) -> Result:
    """Type ``keys`` characters into the middle task of a ``duties``-duty document."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest

    window = open_window(app, duties, spelling, review)
    editor = window.panes["duties"].ui.taskEdit
    service = window.spelling.service  # type: ignore[attr-defined]
    text = "korraldab tööülesanete jaotust " if spelling else "aaaaaaaaa "
    times: list[float] = []
    answers: list[float] = []
    for index in range(keys):
        char = text[index % len(text)]
        start = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)
        times.append(time.perf_counter() - start)
        if spelling and char == " ":  # a pause after a word: the speller answers
            service.wait()
            start = time.perf_counter()
            app.processEvents()
            answers.append(time.perf_counter() - start)
    assert window.preview.pending, "the preview refresh must be scheduled, not done"
    start = time.perf_counter()
    window.preview.refresh()
    preview = time.perf_counter() - start
    start = time.perf_counter()
    window.check_panel.recheck()
    check = time.perf_counter() - start
    adding = add_rows(app, window)
    window.session.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return Result(duties, sorted(times), sorted(answers), preview, check, adding)


def add_rows(app, window, count: int = 5) -> float:
    """Median time of "Lisa rida allapoole" (Ctrl+Enter) in the middle of the table."""
    action = window.panes["duties"].actions_by_name["add"]
    times = []
    for _ in range(count):
        start = time.perf_counter()
        action.trigger()
        times.append(time.perf_counter() - start)
        app.processEvents()
    return statistics.median(times)


def report(result: Result, keys: int, spelling: str) -> None:
    times = result.times
    print(f"{result.duties} duties, {keys} keystrokes in task "
          f"3.{result.duties // 2 + 1}, spelling {spelling}")
    print(f"keystroke: median {result.median * 1000:.2f} ms, "
          f"95th percentile {result.p95 * 1000:.2f} ms, "
          f"max {times[-1] * 1000:.2f} ms (target < 16 ms)")
    if result.answers:
        print(f"taking in the speller's answers after a word (GUI thread): median "
              f"{statistics.median(result.answers) * 1000:.2f} ms, "
              f"max {result.answers[-1] * 1000:.2f} ms")
    print(f"debounced preview refresh: {result.preview * 1000:.1f} ms; "
          f"check run: {result.check * 1000:.1f} ms; "
          f"adding a row (Ctrl+Enter): {result.adding * 1000:.1f} ms", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=300)
    parser.add_argument("--duties", type=int, nargs="+", default=[50],
                        help="one or more document sizes (numbers of duties)")
    parser.add_argument("--spelling", choices=("on", "off"), default="on")
    parser.add_argument("--review", type=int, default=0, metavar="N",
                        help="with a review of N tracked changes and N comments open")
    arguments = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from ametieditor.gui.app import configure_application

    app = QApplication([])
    configure_application()
    results = []
    for duties in arguments.duties:
        result = measure(app, duties, arguments.keys, arguments.spelling == "on",
                         arguments.review)
        report(result, arguments.keys, arguments.spelling)
        results.append(result)
    if len(results) > 1:
        review = f", review of {arguments.review} changes" if arguments.review else ""
        print(f"\n| duties | keystroke median | 95th percentile | adding a row |"
              f"  (spelling {arguments.spelling}{review})")
        print("|---|---|---|---|")
        for result in results:
            print(f"| {result.duties} | {result.median * 1000:.2f} ms "
                  f"| {result.p95 * 1000:.2f} ms | {result.adding * 1000:.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
