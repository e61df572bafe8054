#!/usr/bin/env python3
"""In-window screenshots of the wording picker and the spelling menu for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1400x900x24" env PYTHONPATH=. \\
        .venv/bin/python scripts/make_wording_screenshots.py

Writes docs/screenshots/picker.png (F4 over the additional competencies) and
docs/screenshots/spelling.png (right-click on a typo in a task of the duty table)
(generated; run again after changing either). Both grab the screen, because the
picker and the context menu are windows of their own. Settings and the user's
data go to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QPoint, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

OUT = REPO / "docs" / "screenshots"
SAMPLE = REPO / "tests" / "data" / "001_peaspetsialist_lastemaja.ametijuhend"


def settle(app: QApplication, ms: int = 300) -> None:
    QTest.qWait(ms)
    app.processEvents()


def grab(app: QApplication, area: QRect, name: str) -> None:
    screen = app.primaryScreen()
    area = area.intersected(QRect(QPoint(0, 0), screen.size()))
    image = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
    image.save(str(OUT / name))


def type_into(widget: QWidget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def make_window(app: QApplication):
    from ametieditor.gui.app import create_window

    window = create_window(SAMPLE)
    window.resize(1180, 720)
    window.move(20, 20)
    window.show()
    window.install_features()  # (normally just after the first paint)
    window.spelling.start()
    settle(app, 500)
    return window


def picker_screenshot(app: QApplication) -> None:
    """F4 over 7.'s additional competencies of an official's document: kinds, twins, two chosen."""
    from ametieditor.gui.wording_actions import target_of
    from ametieditor.gui.wording_picker import WordingPicker
    from ametieditor.wording.listing import document_kind

    window = make_window(app)
    window.show_part("requirements")
    ui = window.panes["requirements"].ui
    ui.tabs.setCurrentWidget(ui.additionalTab)
    settle(app)
    target = target_of(window.current_pane())
    picker = WordingPicker(None, target.category, window,
                           document_kind(window.session.document))
    picker.resize(900, 480)
    picker.show()
    picker.move(window.frameGeometry().center() - picker.rect().center() + QPoint(60, 40))
    settle(app)
    results = picker.browser.results
    results.setCurrentRow(2)
    results.item(5).setSelected(True)  # a second entry, as with Ctrl+click
    settle(app, 500)
    grab(app, window.frameGeometry().united(picker.frameGeometry()).adjusted(-4, -4, 4, 4),
         "picker.png")
    picker.close()
    window.session.undo_stack.setClean()
    window.close()


def spelling_screenshot(app: QApplication) -> None:
    from ametieditor.gui.spell_highlighter import SpellMenu

    window = make_window(app)
    window.show_part("duties")
    pane = window.panes["duties"]
    pane.select_row(1)
    task = pane.ui.taskEdit
    task.focus_block(0)
    cursor = task.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.Left)  # before the closing full stop
    task.setTextCursor(cursor)
    type_into(task, ", sh tööülesanete jaotamine")
    window.spelling.service.wait()
    settle(app, 2200)  # the check panel's spelling run follows a pause of 1.5 s
    window.spelling.service.wait()
    settle(app, 300)
    cursor = QTextCursor(task.document())
    cursor.setPosition(task.toPlainText().find("tööülesanete") + 4)
    menu = task.findChild(SpellMenu).build_menu(task.cursorRect(cursor).center())
    area = window.frameGeometry()

    def shoot() -> None:
        grab(app, area.united(menu.geometry()).adjusted(-4, -4, 4, 4), "spelling.png")
        menu.close()

    QTimer.singleShot(700, shoot)
    below = task.cursorRect(cursor).bottomLeft() + QPoint(0, 6)
    menu.exec(task.viewport().mapToGlobal(below))
    window.session.undo_stack.setClean()
    window.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["AMETIEDITOR_DATA_DIR"] = str(Path(folder) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        from ametieditor.gui.app import configure_application

        configure_application()
        picker_screenshot(app)
        spelling_screenshot(app)


if __name__ == "__main__":
    main()
