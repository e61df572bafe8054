"""Quitting the editor while the speller is busy is quick and prints nothing."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ametieditor.formats import registry
from ametieditor.model.document import Block, BlockKind
from ametieditor.spelling.backend import is_installed
from tests.conftest import REPO
from tests.support.factories import full_document

#: The offscreen platform plugin's own remark on every window; not the editor's output.
PLATFORM_NOISE = "This plugin does not support propagateSizeHints()"

#: The editor in a process of its own. It starts a whole-document spell check of a
#: document full of unknown words (a minute of suggestions), and quits the moment the
#: worker is inside the check: by QApplication.quit (the menu's Quit) or by SIGINT.
EDITOR = r"""
import os, signal, sys, threading
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ametieditor.gui import app as gui_app
from ametieditor.gui import spell_highlighter

inside = threading.Event()
real = spell_highlighter.spelling_problems
def watched(*args, **kwargs):
    inside.set()
    return real(*args, **kwargs)
spell_highlighter.spelling_problems = watched

application = QApplication([sys.argv[0]])
how = sys.argv[2]

def start_check():
    for widget in QApplication.topLevelWidgets():
        if hasattr(widget, "spelling"):
            widget.spelling.check_document()

def quit_when_inside():
    if not inside.is_set():
        QTimer.singleShot(50, quit_when_inside)
        return
    print("inside the check", flush=True)
    if how == "quit":
        QTimer.singleShot(300, QApplication.quit)
    else:
        QTimer.singleShot(300, lambda: os.kill(os.getpid(), signal.SIGINT))

QTimer.singleShot(1000, start_check)
QTimer.singleShot(1000, quit_when_inside)
sys.exit(gui_app.main([sys.argv[1]]))
"""


def document_of_unknown_words(path: Path, count: int = 6000) -> None:
    rng = random.Random(4)
    letters = "abdeghijklmnoprstuvõäöü"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(5, 10)))
             for _ in range(count)]
    doc = full_document()
    doc.purpose[:] = [Block(BlockKind.PARAGRAPH, " ".join(words[i:i + 60]))
                      for i in range(0, count, 60)]
    registry.save(doc, path)


@pytest.mark.skipif(not is_installed(), reason="the Estonian speller (spell extra) is needed")
@pytest.mark.parametrize("how", ["quit", "sigint"])
def test_quitting_during_a_spell_check_is_quick_and_silent(tmp_path: Path, how: str) -> None:
    document = tmp_path / "sõnad.ametijuhend"
    document_of_unknown_words(document)
    started = time.monotonic()
    finished = subprocess.run(
        [sys.executable, "-c", EDITOR, str(document), how],
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120)
    took = time.monotonic() - started
    assert "inside the check" in finished.stdout, finished.stderr
    stderr = [line for line in finished.stderr.splitlines() if line != PLATFORM_NOISE]
    assert stderr == []
    assert finished.returncode == 0
    assert took < 30  # the check itself would run on for a minute

