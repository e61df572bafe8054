"""Real mouse drags in the real main window, for the GUI tests of the reorderable lists.

Qt's offscreen platform, on which the other GUI tests run, has no drag and drop:
its QPlatformDrag is a stub whose ``drag()`` returns at once, so ``QDrag.exec()``
never enters the drag loop and no drop ever reaches a widget. This script therefore
starts the editor on the xcb platform (the test runs it under ``xvfb-run``) and
moves the X pointer with xdotool, as a user's mouse would: the X server delivers
press, motion and release; Qt's own X11 drag (XDND) carries the drag; the view
gets its drag-move and drop events. Keys (Ctrl+Z) go the same way.

``python -m tests.gui.x11_drag SCENARIO`` prints one JSON object: what the window
showed after each step. Tests call :func:`run_scenario` and judge it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QEvent, QObject, QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

REPO = Path(__file__).resolve().parents[2]
#: Xvfb's default screen (640x480) is smaller than the main window.
SCREEN = "-screen 0 1600x1000x24"
#: Pause between pointer steps, in seconds: the app handles each before the next.
STEP = "0.04"


def run_xdotool(*arguments: str) -> None:
    """Run one xdotool command while this process keeps handling its events."""
    process = subprocess.Popen(["xdotool", *arguments])
    deadline = QDeadlineTimer(20_000)
    while process.poll() is None:
        if deadline.hasExpired():
            process.kill()
            raise SystemExit("xdotool did not finish")
        QTest.qWait(10)
    if process.returncode:
        raise SystemExit(f"xdotool {arguments[0]} failed with {process.returncode}")
    QTest.qWait(50)  # the last events (a drop, a key) are handled


def on_screen(widget: QWidget, point: QPoint) -> list[str]:
    spot = widget.mapToGlobal(point)
    return [str(spot.x()), str(spot.y())]


def click(widget: QWidget, point: QPoint) -> None:
    run_xdotool("mousemove", *on_screen(widget, point), "sleep", STEP, "click", "1")


def key(name: str) -> None:
    run_xdotool("key", name)


class DragWatch(QObject):
    """Watches a view's drag events: what its drop indicator showed over which row.

    At each drag-move or drop the view has finished handling the previous move,
    so its indicator then belongs to the row of that move; the pair is recorded.
    The last pair is what the user saw when releasing the button.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__()
        self.view = view
        self.samples: list[tuple[str, int]] = []
        self.dropped_at = -2
        self._row = -2

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragMove, QEvent.Type.Drop):
            if self._row != -2:
                sample = (self.view.dropIndicatorPosition().name, self._row)
                if not self.samples or self.samples[-1] != sample:
                    self.samples.append(sample)
            self._row = self.view.indexAt(event.position().toPoint()).row()
            if kind == QEvent.Type.Drop:
                self.dropped_at, self._row = self._row, -2
                snapshot = os.environ.get("DRAG_SNAPSHOT")  # to look at the indicator by eye
                if snapshot and not Path(snapshot).exists():
                    self.view.viewport().grab().save(snapshot)
        return False


def drag(view: QAbstractItemView, source: Callable[[], QPoint],
         target: Callable[[], QPoint]) -> dict[str, Any]:
    """Press on ``source``, move past the drag distance and on to ``target``, release.

    Points are in the view's viewport, asked for once its rows have settled. Returns
    the (drop indicator, row under the pointer) pairs the view showed while the drag
    was on, and the row dropped on.
    """
    settle(view)
    source, target = source(), target()
    viewport = view.viewport()
    watch = DragWatch(view)
    viewport.installEventFilter(watch)
    steps = ["mousemove", *on_screen(viewport, source), "sleep", STEP, "mousedown", "1"]
    for n in range(1, 7):
        between = source + (target - source) * n / 6
        steps += ["sleep", STEP, "mousemove", *on_screen(viewport, between)]
    steps += ["sleep", STEP, "mousemove", *on_screen(viewport, target), "sleep", "0.1",
              "mouseup", "1"]
    run_xdotool(*steps)
    viewport.removeEventFilter(watch)
    return {"indicator": watch.samples, "dropped_on_row": watch.dropped_at}


def settle(view: QAbstractItemView) -> None:
    """Wait until the rows keep their places (row heights follow column widths a bit later)."""
    model = view.model()

    def places() -> list[tuple[int, int, int, int]]:
        return [view.visualRect(model.index(row, 0)).getRect()
                for row in range(model.rowCount())]

    deadline = QDeadlineTimer(10_000)
    before = places()
    while not deadline.hasExpired():
        QTest.qWait(150)
        now = places()
        if now == before:
            return
        before = now
    raise SystemExit("the rows never stopped moving")


def row_point(view: QAbstractItemView, row: int, where: str,
              column: int = 0) -> Callable[[], QPoint]:
    """A point in ``row``: "middle", or 3 pixels inside its "top" or "bottom" edge."""

    def point() -> QPoint:
        rect = view.visualRect(view.model().index(row, column))
        y = {"top": rect.top() + 3, "middle": rect.center().y(),
             "bottom": rect.bottom() - 3}[where]
        return QPoint(rect.center().x(), y)

    return point


def open_window(document: Any, part: str):
    from ametieditor.gui.app import create_window

    window = create_window()
    window.move(0, 0)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    window.session.replace_document(document)
    navigator = window.navigator
    row = [each.key for each in window.parts].index(part)
    click(navigator.viewport(), navigator.visualItemRect(navigator.item(row)).center())
    if window.stack.currentWidget() is not window.panes[part]:
        raise SystemExit(f"clicking the navigator did not open {part}")
    return window


def duties() -> dict[str, Any]:
    """Drag duty 1 before duty 4, then duty 4 to the top; undo both with Ctrl+Z."""
    from tests.support.factories import full_document

    window = open_window(full_document(4), "duties")
    pane = window.panes["duties"]
    table = pane.ui.table
    model = pane.model
    table.setFocus()

    def seen(during: dict[str, Any] | None = None) -> dict[str, Any]:
        items = window.session.document.duties.items
        return {
            "tasks": [duty.task[0].text for duty in items],
            "numbers": [model.data(model.index(row, 0)) for row in range(model.rowCount())],
            "task_cells": [model.data(model.index(row, 1)) for row in range(model.rowCount())],
            "current_row": pane.current_row(),
            "selected_rows": sorted({index.row() for index in table.selectedIndexes()}),
            "task_label": pane.ui.taskLabel.text(),
            "task_editor": pane.ui.taskEdit.toPlainText(),
            "undo_steps": window.session.undo_stack.index(),
            "undo_text": window.session.undo_stack.undoText(),
            "during_drag": during,
        }

    steps = {"start": seen()}
    steps["first_to_before_last"] = seen(drag(table, row_point(table, 0, "middle", 1),
                                              row_point(table, 3, "top", 1)))
    steps["last_to_top"] = seen(drag(table, row_point(table, 3, "middle", 1),
                                     row_point(table, 0, "top", 1)))
    key("ctrl+z")
    steps["undo_once"] = seen()
    key("ctrl+z")
    steps["undo_twice"] = seen()
    window.session.undo_stack.setClean()
    return steps


def requirements() -> dict[str, Any]:
    """Drag the first requirement below the third in the named-items list; undo it."""
    from ametieditor.model.document import Block, Requirement
    from tests.support.factories import full_document

    document = full_document(2)
    document.requirements.items.append(Requirement("Arvutioskus", [Block.p("MS Office.")]))
    window = open_window(document, "requirements")
    editor = window.panes["requirements"].ui.requirementsEditor
    view = editor.ui.itemsList

    def seen(during: dict[str, Any] | None = None) -> dict[str, Any]:
        items = window.session.document.requirements.items
        return {
            "labels": [item.label for item in items],
            "shown": [view.item(row).text() for row in range(view.count())],
            "current_row": view.currentRow(),
            "name_field": editor.ui.nameCombo.currentText(),
            "text_field": editor.ui.contentEdit.toPlainText(),
            "undo_steps": window.session.undo_stack.index(),
            "during_drag": during,
        }

    steps = {"start": seen()}
    steps["first_below_third"] = seen(drag(view, row_point(view, 0, "middle"),
                                           row_point(view, 2, "bottom")))
    key("ctrl+z")
    steps["undo_once"] = seen()
    window.session.undo_stack.setClean()
    return steps


SCENARIOS: dict[str, Callable[[], dict[str, Any]]] = {
    "duties": duties, "requirements": requirements}


def run_scenario(name: str) -> dict[str, Any]:
    """Run ``name`` in a fresh editor under Xvfb; HOME and the rest come from the caller."""
    environment = dict(os.environ, QT_QPA_PLATFORM="xcb",
                       PYTHONPATH=os.pathsep.join(filter(None, [str(REPO),
                                                                os.environ.get("PYTHONPATH")])))
    command = ["xvfb-run", "-a", "-s", SCREEN, sys.executable, "-m", "tests.gui.x11_drag", name]
    for _attempt in range(3):
        result = subprocess.run(command, cwd=REPO, env=environment, capture_output=True,
                                text=True, timeout=120)
        # "-a" picks a free display; another Xvfb starting at the same moment can take it.
        if "Xvfb failed to start" not in result.stderr:
            break
    if result.returncode != 0:
        raise AssertionError(f"{name} under Xvfb failed:\n{result.stderr[-4000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(name: str) -> int:
    app = QApplication([sys.argv[0]])
    if app.platformName() != "xcb":
        raise SystemExit(f"needs the xcb platform (under Xvfb), not {app.platformName()}")
    print(json.dumps(SCENARIOS[name](), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
