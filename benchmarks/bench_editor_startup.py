#!/usr/bin/env python3
"""Time from process start to the main window shown with the largest sample open.

Compared, in the same run, with a bare PySide6 window holding a 22-row table
(the brief's yardstick: the editor should take at most 2.5 times as long).

    python benchmarks/bench_editor_startup.py [--runs 7]

Each measurement is a fresh process, timed from just before it is started to
the moment it prints that its window is shown (``show()`` and one round of
events: the window and its children painted); the median is reported. The
features beyond the panes (import report, revisions, wording, spelling,
templates, folder check) are installed just after the first paint; the time
until they are in is reported too.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication([])
window = QMainWindow()
table = QTableWidget(22, 2)
for row in range(22):
    for column in range(2):
        table.setItem(row, column, QTableWidgetItem(f"rida {row} veerg {column}"))
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()
app.processEvents()
print("shown", flush=True)
"""

EDITOR = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ametieditor.gui.app import create_window
window = create_window(Path(sys.argv[1]))
window.show()
app.processEvents()
print("shown", "docx" in sys.modules, window.features_ready, flush=True)
while not window.features_ready:  # the features that follow the first paint
    app.processEvents()
print("ready", flush=True)
"""


def largest_sample() -> Path:
    return max((REPO / "tests" / "data").glob("00*.ametijuhend"), key=lambda p: p.stat().st_size)


def time_once(code: str, *args: str, lines: int = 1) -> list[tuple[float, str]]:
    """Start ``code`` in a fresh process: (seconds since start, text) of its first lines."""
    environment = dict(os.environ, PYTHONPATH=str(REPO))
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               text=True, env=environment, cwd=REPO)
    assert process.stdout is not None
    seen = []
    for _ in range(lines):
        line = process.stdout.readline()
        seen.append((time.perf_counter() - start, line.strip()))
    process.kill()
    process.wait()
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args(argv)
    sample = largest_sample()
    # An installed editor runs from compiled bytecode (pip and PyInstaller compile it);
    # without it, every start would compile the package's sources again.
    compileall.compile_dir(REPO / "ametieditor", quiet=1)
    time_once(BARE)  # warm the file cache
    time_once(EDITOR, str(sample), lines=2)
    bare, editor, ready, docx_loaded, features_at_paint = [], [], [], False, False
    for _ in range(arguments.runs):
        bare.append(time_once(BARE)[0][0])
        (shown, line), (complete, _ready) = time_once(EDITOR, str(sample), lines=2)
        editor.append(shown)
        ready.append(complete)
        _word, docx, features = line.split()
        docx_loaded |= docx == "True"
        features_at_paint |= features == "True"
    bare_median, editor_median = statistics.median(bare), statistics.median(editor)
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, cpus: {os.cpu_count()}")
    print(f"bare PySide6 window, 22-row table: median {bare_median:.3f} s")
    print(f"editor with {sample.name}: median {editor_median:.3f} s")
    print(f"ratio: {editor_median / bare_median:.2f} (target <= 2.5)")
    print(f"features (revisions, wording, spelling, templates, folder check) in: "
          f"median {statistics.median(ready):.3f} s")
    print(f"python-docx imported at start: {docx_loaded}")
    print(f"features installed before the window was shown: {features_at_paint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
