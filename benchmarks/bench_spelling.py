#!/usr/bin/env python3
"""Spell checking speed: a whole document cold and warm, and typing latency.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python benchmarks/bench_spelling.py

1. *Cold*: a fresh Python process loads Vabamorf and checks every word of
   the largest sample (with suggestions for the misspelt ones), as
   ``ametieditor-cli check`` does; measured inside the process from the
   first import of the speller.
2. *Engine warm, cache cold*: a new SpellChecker over the loaded engine.
3. *Warm*: the same document again (every answer cached).
4. *Typing*: a QPlainTextEdit holding the whole sample text, with the
   highlighter attached and the engine loaded; a sentence is typed key by
   key at the end. Each key's handling on the GUI thread (key event,
   re-highlighting the block, queued answers arriving) is timed. The
   budget is one frame, 16 ms.

Figures go to docs/PERFORMANCE.md, section "Spelling".
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SAMPLE = REPO / "tests" / "data" / "003_koordinaator_kaitstud_too.ametijuhend"

COLD = f"""
import sys, time
sys.path.insert(0, {str(REPO)!r})
from ametieditor.formats import xml_format
doc = xml_format.read({str(SAMPLE)!r})
start = time.perf_counter()
from ametieditor.spelling.checker import SpellChecker
from ametieditor.spelling.report import spelling_problems
from ametieditor.spelling.user_dictionary import UserDictionary
problems = spelling_problems(doc, SpellChecker(user_dictionary=UserDictionary(
    __import__('pathlib').Path({tempfile.gettempdir()!r}) / 'bench-dict.txt')))
print((time.perf_counter() - start) * 1000, len(problems))
"""


def document_words() -> list[str]:
    from ametieditor.formats import xml_format
    from ametieditor.model.texts import iter_texts
    from ametieditor.spelling.tokenizer import iter_words

    doc = xml_format.read(SAMPLE)
    return [w.text for piece in iter_texts(doc) for w in iter_words(piece.text)]


def bench_document() -> None:
    from ametieditor.formats import xml_format
    from ametieditor.spelling.checker import SpellChecker
    from ametieditor.spelling.report import spelling_problems
    from ametieditor.spelling.user_dictionary import UserDictionary

    colds = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True,
                             check=True).stdout.split()
        colds.append(float(out[0]))
    words = document_words()
    doc = xml_format.read(SAMPLE)
    with tempfile.TemporaryDirectory() as folder:
        dictionary = UserDictionary(Path(folder) / "d.txt")
        spelling_problems(doc, SpellChecker(user_dictionary=dictionary))  # engine loaded
        engine_warm = []
        warm = []
        for _ in range(5):
            checker = SpellChecker(user_dictionary=dictionary)
            start = time.perf_counter()
            spelling_problems(doc, checker)
            engine_warm.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            spelling_problems(doc, checker)
            warm.append((time.perf_counter() - start) * 1000)
    print(f"document: {SAMPLE.name}, {len(words)} words, {len(set(words))} distinct")
    print(f"cold (new process, engine load + check + suggestions): "
          f"median {statistics.median(colds):.0f} ms")
    print(f"engine warm, cache cold: median {statistics.median(engine_warm):.1f} ms")
    print(f"warm (cached): median {statistics.median(warm):.2f} ms")


def type_and_time(with_spelling: bool) -> list[float]:
    """Milliseconds per key typed at the end of the whole sample text."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from ametieditor.formats import xml_format
    from ametieditor.gui.spell_highlighter import SpellService, attach_spelling
    from ametieditor.model.texts import iter_texts
    from ametieditor.spelling.checker import SpellChecker
    from ametieditor.spelling.user_dictionary import UserDictionary

    app = QApplication.instance() or QApplication([])

    def key(ch: str) -> None:
        QTest.sendKeyEvent(QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)

    with tempfile.TemporaryDirectory() as folder:
        service = SpellService(lambda: SpellChecker(
            user_dictionary=UserDictionary(Path(folder) / "d.txt")))
        editor = QPlainTextEdit()
        editor.resize(800, 600)
        editor.show()
        text = "\n".join(p.text for p in iter_texts(xml_format.read(SAMPLE)) if p.text)
        editor.setPlainText(text)
        if with_spelling:
            attach_spelling(editor, service)
            service.wait()
        app.processEvents()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        key(" ")  # warm-up: the first key after a jump lays out and paints the view
        app.processEvents()
        sentence = (" Koordinaator korraldab kaitstud töötamise teenuse osutamist, "
                    "peab tööülesanete arvestust ja nõustab kliente")
        times = []
        for ch in sentence * 2:
            start = time.perf_counter()
            key(ch)
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        service.wait()
        app.processEvents()
        editor.close()
    return times


def bench_typing() -> None:
    for with_spelling in (False, True):
        times = sorted(type_and_time(with_spelling))
        label = "with the highlighter" if with_spelling else "without spelling (baseline)"
        print(f"typing {len(times)} keys at the end of the sample, {label}: "
              f"median {statistics.median(times):.2f} ms, 95th percentile "
              f"{times[int(len(times) * 0.95)]:.2f} ms, worst {times[-1]:.2f} ms "
              f"(budget 16 ms)")


def main() -> int:
    bench_document()
    bench_typing()
    return 0


if __name__ == "__main__":
    sys.exit(main())
