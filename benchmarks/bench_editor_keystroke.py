#!/usr/bin/env python3
"""Time to handle one keystroke in a task cell with 50 duties.

A keystroke is delivered with QTest.keyClick to the task editor of row 25;
the call returns after the editor, the model (through an undo command), the
table row and the check/preview timers have all been updated. The preview
refresh itself is debounced and not part of the keystroke; its cost is
reported separately.

With ``--spelling on`` (what the editor does) Estonian words with a typo are typed
("korraldab tööülesanete jaotust "), the speller checks them in its worker
thread after each word, and the GUI-thread work of taking its answers in
(re-underlining the waiting lines) is timed separately; ``--spelling off``
switches the underlining off for comparison.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor_keystroke.py [--keys 300] \
        [--spelling on|off]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=300)
    parser.add_argument("--duties", type=int, default=50)
    parser.add_argument("--spelling", choices=("on", "off"), default="on")
    arguments = parser.parse_args(argv)
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ametieditor.gui.app import configure_application
    from ametieditor.gui.main_window import MainWindow

    app = QApplication([])
    configure_application()
    window = MainWindow()
    window.session.replace_document(document(arguments.duties))
    window.resize(1280, 800)
    window.show()
    window.install_features()  # (normally just after the first paint)
    window.show_part("duties")
    pane = window.panes["duties"]
    pane.select_row(arguments.duties // 2)
    editor = pane.ui.taskEdit
    editor.setFocus()
    app.processEvents()
    spelling = arguments.spelling == "on"
    window.spelling.start()  # type: ignore[attr-defined]  # (normally 600 ms after start)
    service = window.spelling.service  # type: ignore[attr-defined]
    service.wait()
    app.processEvents()
    if spelling and not service.is_ready:
        print(f"speller not available: {service.problem}")
        return 1
    if not spelling:
        from ametieditor.gui.spell_highlighter import SpellHighlighter

        for highlighter in window.findChildren(SpellHighlighter):
            highlighter.set_enabled(False)
    text = "korraldab tööülesanete jaotust " if spelling else "aaaaaaaaa "
    times = []
    answers = []
    for index in range(arguments.keys):
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
    times.sort()
    print(f"{arguments.duties} duties, {arguments.keys} keystrokes in task "
          f"3.{arguments.duties // 2 + 1}, spelling {arguments.spelling}")
    print(f"keystroke: median {statistics.median(times) * 1000:.2f} ms, "
          f"95th percentile {times[int(len(times) * 0.95)] * 1000:.2f} ms, "
          f"max {times[-1] * 1000:.2f} ms (target < 16 ms)")
    if answers:
        answers.sort()
        print(f"taking in the speller's answers after a word (GUI thread): median "
              f"{statistics.median(answers) * 1000:.2f} ms, max {answers[-1] * 1000:.2f} ms")
    print(f"debounced preview refresh: {preview * 1000:.1f} ms; check run: {check * 1000:.1f} ms")
    window.session.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0


if __name__ == "__main__":
    sys.exit(main())
