"""Spell checking in the window: every field, underline while typing, menu, check panel."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit

from ametieditor.gui import spell_highlighter
from ametieditor.gui.spell_highlighter import LineEditSpelling, SpellMenu
from ametieditor.gui.spelling_support import text_fields
from ametieditor.spelling import checker
from ametieditor.spelling.backend import SpellerUnavailable
from tests.conftest import DATA
from tests.gui.helpers import choose_part, show_started, type_text

TYPO = "tööülesanete"


def _underlined(editor, word: str) -> bool:
    block = editor.document().begin()
    while block.isValid():
        start = block.text().find(word)
        for fmt in block.layout().formats():
            if (fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
                    and start >= 0 and fmt.start == start and fmt.length == len(word)):
                return True
        block = block.next()
    return False


def _started(qtbot, window) -> None:
    """The speller starts shortly after the window (not to slow its first paint)."""
    qtbot.waitUntil(lambda: window.spelling.started, timeout=5000)


def test_every_text_field_of_every_pane_is_checked(qtbot, window) -> None:
    _started(qtbot, window)
    for part in window.parts:
        pane = window.panes[part.key]  # made on first use: the hook attaches then
        fields = text_fields(pane)
        assert fields, part.key
        assert all(field.property("spellingAttached") for field in fields), part.key


def test_typo_in_a_task_is_underlined_and_corrected_from_the_menu(qtbot, window) -> None:
    _started(qtbot, window)
    choose_part(qtbot, window, "duties")
    task = window.panes["duties"].ui.taskEdit
    task.setFocus()
    type_text(qtbot, task, f"Korraldada {TYPO} jaotust")
    qtbot.waitUntil(lambda: _underlined(task, TYPO), timeout=10000)
    assert not _underlined(task, "Korraldada")

    cursor = QTextCursor(task.document())
    cursor.setPosition(len("Korraldada ") + 3)
    menu = task.findChild(SpellMenu).build_menu(task.cursorRect(cursor).center())
    [suggestion] = [a for a in menu.actions() if a.text() == "tööülesannete"]
    assert any(a.objectName() == "addToDictionary" for a in menu.actions())
    suggestion.trigger()
    menu.deleteLater()
    task_text = window.session.document.duties.items[0].task[0].text
    assert task_text == "Korraldada tööülesannete jaotust"
    window.menu_bar.undo_action.trigger()  # the correction is its own step
    assert window.session.document.duties.items[0].task[0].text == \
        f"Korraldada {TYPO} jaotust"


def test_spelling_findings_reach_the_check_panel_and_lead_to_the_field(qtbot, window) -> None:
    _started(qtbot, window)
    choose_part(qtbot, window, "duties")
    task = window.panes["duties"].ui.taskEdit
    task.setFocus()
    type_text(qtbot, task, TYPO)
    panel = window.check_panel

    def spelling_row() -> int:
        for row in range(panel.count()):
            if f'"{TYPO}"' in panel.item(row).text():
                return row
        return -1

    qtbot.waitUntil(lambda: spelling_row() >= 0, timeout=10000)
    assert "tööülesannete" in panel.item(spelling_row()).text()  # the suggestion
    choose_part(qtbot, window, "general")
    panel.itemClicked.emit(panel.item(spelling_row()))
    assert window.current_pane() is window.panes["duties"]
    qtbot.waitUntil(task.hasFocus)


@pytest.fixture
def no_speller(monkeypatch):
    """A fresh spell service whose engine cannot be loaded."""
    def missing():
        raise SpellerUnavailable("eesti keele speller ei ole paigaldatud")

    monkeypatch.setattr(checker, "default_backend", missing)
    monkeypatch.setattr(spell_highlighter, "_shared", None)
    yield
    service = spell_highlighter._shared
    if service is not None:
        service.wait()


def test_without_the_speller_the_editor_works_and_says_so(qtbot, no_speller, dialogs, own) -> None:
    from ametieditor.gui.app import create_window

    window = create_window()
    own(window)
    show_started(qtbot, window)
    status = window.spelling.status
    qtbot.waitUntil(status.isVisible, timeout=10000)
    assert "Õigekirja ei kontrollita" in status.text()
    assert "ei ole paigaldatud" in status.text()
    choose_part(qtbot, window, "duties")
    task = window.panes["duties"].ui.taskEdit
    task.setFocus()
    type_text(qtbot, task, TYPO)
    assert window.session.document.duties.items[0].task[0].text == TYPO
    assert not _underlined(task, TYPO)


def test_a_word_that_only_lost_its_marks_is_underlined_only_in_a_text_without_them(
        qtbot, window) -> None:
    """``erihoolekande`` reads as ``erihoolekände`` (a stump) without its marks: in a
    document that has its marks it is what it seems, in one that lost them it is
    underlined, in a line edit as in a text editor, and the menu follows the underline."""
    from ametieditor.formats import registry

    _started(qtbot, window)
    word = "erihoolekande"
    for path, expected in ((DATA / "003_koordinaator_kaitstud_too.ametijuhend", False),
                           (DATA / "legacy/003_ocr_no_diacritics.txt", True)):
        window.session.replace_document(registry.load(path).document)
        window.session.undo_stack.setClean()
        choose_part(qtbot, window, "duties")
        task = window.panes["duties"].ui.taskEdit
        task.setFocus()
        type_text(qtbot, task, f" {TYPO} {word}")
        qtbot.waitUntil(lambda editor=task: _underlined(editor, TYPO), timeout=10000)
        assert _underlined(task, word) is expected, path
        menu = task.findChild(SpellMenu)
        block = task.document().lastBlock()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + block.text().index(word) + 2)
        built = menu.build_menu(task.cursorRect(cursor).center())
        suggested = any(a.objectName() == "addToDictionary" for a in built.actions())
        built.deleteLater()
        assert suggested is expected, path
        choose_part(qtbot, window, "general")
        unit = window.panes["general"].findChild(QLineEdit, "unitEdit")
        spelling = unit.findChild(LineEditSpelling)
        unit.setText(f"Sotsiaalteenuste osakonna {word} talitus")
        qtbot.waitUntil(lambda s=spelling: s.service.cached(word) is not None, timeout=10000)
        spelling.update()
        assert (word in [w.text for w in spelling.misspelt]) is expected, path
