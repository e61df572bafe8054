"""Docks never crowd the work: where they open, what stays closed, sizes at 1024×700."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextEdit

from tests.conftest import DATA, SAMPLES
from tests.gui.conftest import dispose
from tests.gui.helpers import choose_part

TEXT_SAMPLE = sorted(SAMPLES.glob("001_*.txt"))[0]
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def _import_with_notes(folder: Path, name: str = "vana_2023.txt",
                       extra: tuple[str, ...] = ()) -> Path:
    """Sample 001 as text with a page number inside and an unknown chapter at the end."""
    lines = TEXT_SAMPLE.read_text(encoding="utf-8").splitlines()
    middle = next(n for n, line in enumerate(lines) if line.strip().startswith("4. "))
    lines[middle:middle] = ["Lk 2 / 3"]
    lines += ["9. LISAD", "Lisa 1. Tööohutuse juhend", *extra]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(10)


def test_every_dock_at_1024x700_leaves_the_preview_and_the_pane_usable(
        qtbot, window, dialogs, tmp_path) -> None:
    window.resize(1024, 700)
    assert window.files.open_path(_import_with_notes(tmp_path), ask=False)
    window.undo_dock.toggleViewAction().trigger()
    qtbot.keyClick(window.navigator, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    window.check_dock.show()
    choose_part(qtbot, window, "requirements")
    _settle(qtbot)
    revisions = window.import_docks
    docks = [window.check_dock, window.undo_dock, window.find_replace.dock,
             revisions.report_dock, revisions.notes_dock]
    assert all(dock.toggleViewAction().isChecked() for dock in docks)  # every one open
    # All of them below the work, as tabs of one group: nothing beside the preview.
    assert {window.dockWidgetArea(dock) for dock in docks} == {BOTTOM}
    assert set(window.tabifiedDockWidgets(window.check_dock)) == set(docks[1:])
    assert window.width() == 1024 and window.height() == 700  # nothing forced it wider
    characters = window.preview.fontMetrics().averageCharWidth()
    assert window.preview.width() >= window.preview.minimumWidth() >= 40 * characters
    pane = window.stack
    assert pane.width() >= 60 * characters
    assert pane.height() >= 0.6 * window.height()
    text_boxes = [box.width() for box in
                  window.panes["requirements"].ui.requirementsEditor.findChildren(QTextEdit)
                  if box.isVisible()]
    assert max(text_boxes) >= 40 * characters  # was ~145 px


def test_a_dock_the_user_closed_stays_closed_until_there_is_something_new(
        qtbot, window, dialogs, tmp_path) -> None:
    revisions = window.import_docks
    assert window.files.open_path(_import_with_notes(tmp_path), ask=False)
    assert revisions.report_dock.isVisible() and revisions.notes_dock.isVisible()
    # the page number; the unknown chapter "9. LISAD" is an extra section, not a note
    assert revisions.notes_dock.windowTitle() == "Paigutamata tekst (1)"
    revisions.report_dock.close()  # its × button
    revisions.notes_dock.toggleViewAction().trigger()  # View › Paigutamata tekst
    assert not revisions.report_dock.isVisible() and not revisions.notes_dock.isVisible()
    # The same import again: nothing new, so they stay closed.
    assert window.files.open_path(_import_with_notes(tmp_path, "teine.txt"), ask=False)
    assert not revisions.report_dock.isVisible()
    assert not revisions.notes_dock.isVisible()
    # Text that finds no place and was not there before: both come back.
    third = _import_with_notes(tmp_path, "kolmas.txt", ("Lk 3 / 3",))
    assert window.files.open_path(third, ask=False)
    assert revisions.report_dock.isVisible() and revisions.notes_dock.isVisible()


def test_docks_close_when_they_become_empty(qtbot, window, dialogs, tmp_path) -> None:
    revisions = window.import_docks
    assert window.files.open_path(_import_with_notes(tmp_path), ask=False)
    assert revisions.notes_dock.isVisible()
    for _ in range(len(window.session.document.import_notes)):
        revisions.notes_panel.list.setCurrentRow(0)
        revisions.notes_panel.delete_current()
    assert not revisions.notes_dock.isVisible()
    window.menu_bar.undo_action.trigger()  # a note back: something to show again
    assert revisions.notes_dock.isVisible()
    # The check panel: open while the document has problems, closed at none.
    window.session.undo_stack.setClean()
    assert window.files.open_path(DATA / "001_peaspetsialist_lastemaja.ametijuhend")
    window.check_panel.set_extra_problems([])
    assert window.check_panel.count() == 1  # "Probleeme ei leitud."
    assert not window.check_dock.isVisible()
    window.focus_location(("general", "title"))
    edit = window.panes["general"].ui.titleEdit
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    window.check_panel.recheck()
    assert window.check_dock.isVisible()
    assert "Ametinimetus" in window.check_panel.item(0).text()


def test_the_dock_layout_is_remembered(qtbot, dialogs, own) -> None:
    from ametieditor.gui.app import create_window

    first = create_window()
    first.show()
    qtbot.waitUntil(lambda: first.features_ready)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.undo_dock)
    first.undo_dock.show()
    first.find_replace.dock.show()
    first.save_settings()
    first.session.undo_stack.setClean()
    dispose(first)
    again = create_window()
    own(again)
    again.show()
    qtbot.waitUntil(lambda: again.features_ready)
    assert again.dockWidgetArea(again.undo_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert again.undo_dock.isVisible()
    assert again.find_replace.dock.isVisible()  # a dock added after the first paint too
    assert again.dockWidgetArea(again.find_replace.dock) == BOTTOM
