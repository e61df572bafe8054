"""The side-by-side compare view, driven as a user would: list, buttons, shortcuts, links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from ametieditor.formats import xml_format
from ametieditor.gui.compare_view import CompareDialog, CompareView
from ametieditor.model.compare import ChangeKind
from tests.conftest import DATA
from tests.support.revisions import revise

SAMPLE = DATA / "001_peaspetsialist_lastemaja.ametijuhend"


@pytest.fixture
def view(qtbot) -> CompareView:
    old = xml_format.read(SAMPLE)
    widget = CompareView()
    qtbot.addWidget(widget)
    widget.set_documents(old, revise(old), "2024.ametijuhend", "2025.ametijuhend")
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _list_texts(view: CompareView) -> list[str]:
    return [view.change_list.item(i).text() for i in range(view.change_list.count())]


def test_lists_every_change_with_kind_and_flag(view: CompareView) -> None:
    texts = _list_texts(view)
    assert view.summary.text() == "Muudatusi: 8, neist sisulisi (⚠): 5"
    assert "3.2 põhiülesanne\nliigutatud 3.4 → 3.2" in texts
    assert "⚠ 3.3 põhiülesanne\nmuudetud" in texts
    assert "⚠ 2. AMETIKOHA EESMÄRK\nmuudetud" in texts
    assert "4. ÕIGUSED\nmuudetud" in texts, "wording of rights is not substantive"
    assert view.current_change == 0
    assert view.position.text() == "1 / 8"


def test_next_and_previous_buttons_and_shortcuts(view: CompareView, qtbot) -> None:
    assert not view.previous_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.current_change == 2
    assert view.change_list.currentRow() == 2
    assert view.position.text() == "3 / 8"
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.current_change == 1
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.change_list.setFocus()
    qtbot.keyClick(view.change_list, Qt.Key.Key_F8)
    assert view.current_change == 2
    qtbot.keyClick(view.change_list, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_change == 1
    for _ in range(20):
        qtbot.keyClick(view.change_list, Qt.Key.Key_F8)
    assert view.current_change == 7 and not view.next_button.isEnabled()


def test_current_change_is_highlighted_and_scrolled_to(view: CompareView, qtbot) -> None:
    view.go_to_change(6)
    html = view.to_html()
    assert html.count("#fff6d5") == 1
    row = html[html.index("#fff6d5"):].split("</tr>")[0]
    assert view.comparison.changes[6].label == "4. ÕIGUSED"
    assert "4. ÕIGUSED" in row and "teha kaugtööd" in row
    assert view.browser.verticalScrollBar().value() > 0
    top = view.browser.cursorForPosition(QPoint(10, 10))
    assert top.block().text().startswith("4. ÕIGUSED")


def test_changed_words_are_highlighted_on_each_side(view: CompareView) -> None:
    html = view.to_html()
    assert ('<span style="background-color:#f9d0d0; color:#7a0c0c; '
            'text-decoration:line-through;">koordineerimine</span>') in html
    assert '<span style="background-color:#c9efc9; color:#0b4d0b;">korraldamine</span>' in html
    plain = view.browser.toPlainText()
    assert "liigutatud 3.4 → 3.2" in plain
    assert "— puudub —" in plain, "an added duty has nothing on the old side"


def test_clicking_a_change_emits_its_location(view: CompareView, qtbot) -> None:
    row = _list_texts(view).index("3.2 põhiülesanne\nliigutatud 3.4 → 3.2")
    item = view.change_list.item(row)
    rect = view.change_list.visualItemRect(item)
    qtbot.mouseClick(view.change_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_change == row
    with qtbot.waitSignal(view.location_activated) as signal:
        qtbot.mouseDClick(view.change_list.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert signal.args == [("duties", "items", 1)]
    removed = _list_texts(view).index("⚠ varasem 3.9 põhiülesanne\neemaldatud")
    with qtbot.waitSignal(view.location_activated) as signal:
        view.change_list.setCurrentRow(removed)
        qtbot.keyClick(view.change_list, Qt.Key.Key_Return)
    assert signal.args == [("duties", "items", 8)], "a removed duty points into the old document"


def test_clicking_a_number_in_the_table_selects_that_change(view: CompareView, qtbot) -> None:
    document = view.browser.document()
    cursor = document.find("3.3")
    while not cursor.isNull() and not cursor.charFormat().isAnchor():
        cursor = document.find("3.3", cursor)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 1, QTextCursor.MoveMode.MoveAnchor)
    view.browser.setTextCursor(cursor)
    view.browser.ensureCursorVisible()
    point = view.browser.cursorRect(cursor).center()
    with qtbot.waitSignal(view.location_activated) as signal:
        qtbot.mouseClick(view.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args[0][:2] == ("duties", "items")
    assert view.comparison.changes[view.current_change].label.startswith("3.")


def test_only_changes_hides_unchanged_parts(view: CompareView, qtbot) -> None:
    assert "Metoodiliste juhendite" in view.browser.toPlainText()
    qtbot.mouseClick(view.only_changes, Qt.MouseButton.LeftButton,
                     pos=QPoint(5, view.only_changes.height() // 2))
    assert view.only_changes.isChecked()
    plain = view.browser.toPlainText()
    assert "Metoodiliste juhendite" not in plain
    assert "Lapsevanemate, kohalike" in plain, "the moved duty stays"


def test_identical_documents(qtbot) -> None:
    doc = xml_format.read(SAMPLE)
    widget = CompareView()
    qtbot.addWidget(widget)
    widget.set_documents(doc, doc.clone())
    assert widget.summary.text() == "Erinevusi ei ole."
    assert widget.change_list.count() == 0
    assert widget.position.text() == "0 / 0"
    assert not widget.next_button.isEnabled() and not widget.previous_button.isEnabled()


def test_dialog_wraps_the_view(qtbot) -> None:
    old = xml_format.read(SAMPLE)
    dialog = CompareDialog(old, revise(old), "a", "b")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Redaktsioonide võrdlus: a → b"
    kinds = {entry.kind for entry in dialog.view.comparison.changes}
    assert kinds == {ChangeKind.CHANGED, ChangeKind.MOVED, ChangeKind.ADDED, ChangeKind.REMOVED}
