#!/usr/bin/env python3
"""Time to handle one keystroke in a task cell with 50 duties.

A keystroke is delivered with QTest.keyClick to the task editor of row 25;
the call returns after the editor, the model (through an undo command), the
table row and the check/preview timers have all been updated. The preview
refresh itself is debounced and not part of the keystroke; its cost is
reported separately.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor_keystroke.py [--keys 300]
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
    window.show_part("duties")
    pane = window.panes["duties"]
    pane.select_row(arguments.duties // 2)
    editor = pane.ui.taskEdit
    editor.setFocus()
    app.processEvents()
    times = []
    for index in range(arguments.keys):
        key = Qt.Key.Key_A if index % 10 else Qt.Key.Key_Space
        start = time.perf_counter()
        QTest.keyClick(editor, key)
        times.append(time.perf_counter() - start)
    assert window.preview.pending, "the preview refresh must be scheduled, not done"
    start = time.perf_counter()
    window.preview.refresh()
    preview = time.perf_counter() - start
    start = time.perf_counter()
    window.check_panel.recheck()
    check = time.perf_counter() - start
    times.sort()
    print(f"{arguments.duties} duties, {arguments.keys} keystrokes in task "
          f"3.{arguments.duties // 2 + 1}")
    print(f"keystroke: median {statistics.median(times) * 1000:.2f} ms, "
          f"95th percentile {times[int(len(times) * 0.95)] * 1000:.2f} ms, "
          f"max {times[-1] * 1000:.2f} ms (target < 16 ms)")
    print(f"debounced preview refresh: {preview * 1000:.1f} ms; check run: {check * 1000:.1f} ms")
    window.session.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return 0


if __name__ == "__main__":
    sys.exit(main())
