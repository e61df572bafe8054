#!/usr/bin/env python3
"""Screenshots of the wording picker and the spelling menu for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1280x800x24" env PYTHONPATH=. \\
        .venv/bin/python scripts/make_wording_screenshots.py

Writes docs/screenshots/picker.png and docs/screenshots/spelling.png
(generated; run again after changing either widget). The spelling shot grabs
the screen, because the context menu is a window of its own.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QPoint, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

OUT = REPO / "docs" / "screenshots"


def settle(app: QApplication, ms: int = 300) -> None:
    QTest.qWait(ms)
    app.processEvents()


def picker_screenshot(app: QApplication, folder: Path) -> None:
    from ametieditor.gui.wording_picker import WordingPicker
    from ametieditor.wording.entry import Category
    from ametieditor.wording.library import WordingLibrary

    picker = WordingPicker(WordingLibrary(folder / "wording"), Category.RIGHT)
    picker.show()
    settle(app)
    for ch in "saada":
        QTest.sendKeyEvent(QTest.KeyAction.Click, picker.browser.search, Qt.Key.Key_unknown,
                           ch, Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(picker.browser.search, Qt.Key.Key_Down)
    settle(app)
    picker.grab().save(str(OUT / "picker.png"))
    picker.close()


def spelling_screenshot(app: QApplication, folder: Path) -> None:
    from ametieditor.gui.spell_highlighter import SpellMenu, SpellService, attach_spelling
    from ametieditor.spelling.checker import SpellChecker
    from ametieditor.spelling.user_dictionary import UserDictionary

    service = SpellService(lambda: SpellChecker(
        user_dictionary=UserDictionary(folder / "dict.txt")))
    editor = QPlainTextEdit()
    editor.setWindowTitle("Ametieditor – 3.4 ülesanne")
    editor.resize(560, 300)
    editor.move(40, 40)
    attach_spelling(editor, service)
    editor.setPlainText(
        "Lastemajateenuse osutamise korraldamine, sh:\n"
        "tööülesanete jaotamine meeskonnas ja teenistuskohustuste täitmise jälgimine;\n"
        "koostöö korraldamine kohalike omavalitsuste ja kovisiooni pakkujatega.")
    editor.show()
    service.wait()
    settle(app, 500)
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().find("tööülesanete") + 4)
    point = editor.cursorRect(cursor).center()
    menu = editor.findChild(SpellMenu).build_menu(point)
    QTimer.singleShot(600, lambda: shoot(app, editor, menu))
    # shown just under the word, so the underline stays visible in the picture
    below = editor.cursorRect(cursor).bottomLeft() + QPoint(0, 6)
    menu.exec(editor.viewport().mapToGlobal(below))


def shoot(app: QApplication, editor: QPlainTextEdit, menu) -> None:
    screen = app.primaryScreen()
    area = editor.frameGeometry().united(menu.geometry()).adjusted(-8, -8, 8, 8)
    area = area.intersected(QRect(QPoint(0, 0), screen.size()))
    screen.grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(
        str(OUT / "spelling.png"))
    menu.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        picker_screenshot(app, Path(folder))
        spelling_screenshot(app, Path(folder))


if __name__ == "__main__":
    main()
