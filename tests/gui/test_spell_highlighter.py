"""Spell checking in real editors: underline, suggestions, the user's dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from ametieditor.gui.spell_highlighter import SpellService, attach_spelling
from ametieditor.spelling.checker import SpellChecker
from ametieditor.spelling.user_dictionary import UserDictionary


@pytest.fixture
def dictionary_path(tmp_path: Path) -> Path:
    return tmp_path / "spelling" / "minu-sonastik.txt"


@pytest.fixture
def service(dictionary_path: Path) -> SpellService:
    service = SpellService(lambda: SpellChecker(user_dictionary=UserDictionary(dictionary_path)))
    yield service
    service.wait()


def underlined(editor: QPlainTextEdit | QTextEdit, word: str) -> bool:
    """Whether the highlighter put a red wavy underline on ``word``."""
    block = editor.document().begin()
    while block.isValid():
        start = block.text().find(word)
        if start >= 0:
            for fmt in block.layout().formats():
                if fmt.start <= start and start + len(word) <= fmt.start + fmt.length \
                        and fmt.format.underlineStyle() == \
                        QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                    return True
        block = block.next()
    return False


def type_text(widget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def point_of(editor: QPlainTextEdit, word: str):
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().find(word) + 2)
    return editor.cursorRect(cursor).center()


@pytest.mark.parametrize("kind", [QPlainTextEdit, QTextEdit])
def test_misspelt_word_is_underlined_and_correct_one_is_not(qtbot, service, kind) -> None:
    editor = kind()
    qtbot.addWidget(editor)
    attach_spelling(editor, service)
    editor.setFocus()
    type_text(editor, "Osakonna tööülesanete jaotamine")
    qtbot.waitUntil(lambda: underlined(editor, "tööülesanete"), timeout=10000)
    assert not underlined(editor, "Osakonna")
    assert not underlined(editor, "jaotamine")


def test_typing_never_waits_for_the_engine(qtbot, dictionary_path) -> None:
    """Before the engine has answered, nothing is underlined and typing goes on."""
    service = SpellService(lambda: SpellChecker(user_dictionary=UserDictionary(
        dictionary_path)))
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    attach_spelling(editor, service)
    editor.setPlainText("tööülesanete")
    # highlighting returned at once without an answer: the word waits for the worker
    assert service.cached("tööülesanete") is None
    assert not underlined(editor, "tööülesanete")
    qtbot.waitUntil(lambda: underlined(editor, "tööülesanete"), timeout=10000)
    service.wait()


def test_choosing_a_suggestion_replaces_the_word(qtbot, service) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.resize(500, 200)
    editor.show()
    qtbot.waitExposed(editor)
    attach_spelling(editor, service)
    editor.setPlainText("Osakonna tööülesanete jaotamine")
    qtbot.waitUntil(lambda: underlined(editor, "tööülesanete"), timeout=10000)

    from ametieditor.gui.spell_highlighter import SpellMenu

    helper = editor.findChild(SpellMenu)
    menu = helper.build_menu(point_of(editor, "tööülesanete"))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "tööülesannete"
    assert "Lisa minu sõnastikku" in texts
    assert len(texts) > 4  # the standard actions (undo, copy, paste …) are still there
    menu.actions()[0].trigger()
    assert editor.toPlainText() == "Osakonna tööülesannete jaotamine"
    qtbot.waitUntil(lambda: not underlined(editor, "tööülesannete"), timeout=10000)
    editor.undo()
    assert editor.toPlainText() == "Osakonna tööülesanete jaotamine"


def test_correct_word_gets_the_plain_menu(qtbot, service) -> None:
    from ametieditor.gui.spell_highlighter import SpellMenu

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    attach_spelling(editor, service)
    editor.setPlainText("Osakonna jaotamine")
    qtbot.waitUntil(lambda: service.cached("Osakonna") is True, timeout=10000)
    menu = editor.findChild(SpellMenu).build_menu(point_of(editor, "Osakonna"))
    assert "Lisa minu sõnastikku" not in [a.text() for a in menu.actions()]


def test_add_to_dictionary_removes_underline_and_persists(qtbot, service,
                                                          dictionary_path) -> None:
    from ametieditor.gui.spell_highlighter import SpellMenu

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    attach_spelling(editor, service)
    editor.setPlainText("Meeskonna kovisioon aitab")
    qtbot.waitUntil(lambda: underlined(editor, "kovisioon"), timeout=10000)
    menu = editor.findChild(SpellMenu).build_menu(point_of(editor, "kovisioon"))
    add = next(a for a in menu.actions() if a.text() == "Lisa minu sõnastikku")
    add.trigger()
    qtbot.waitUntil(lambda: not underlined(editor, "kovisioon"), timeout=10000)

    # a restart: a new service and editor reading the same dictionary file
    restarted = SpellService(lambda: SpellChecker(user_dictionary=UserDictionary(
        dictionary_path)))
    again = QPlainTextEdit()
    qtbot.addWidget(again)
    attach_spelling(again, restarted)
    again.setPlainText("kovisioon ja tööülesanete")
    qtbot.waitUntil(lambda: underlined(again, "tööülesanete"), timeout=10000)
    assert not underlined(again, "kovisioon")
    restarted.wait()


def test_line_edit_gets_suggestions(qtbot, service) -> None:
    from ametieditor.gui.spell_highlighter import LineEditSpelling, SpellMenu

    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    attach_spelling(editor, service)
    editor.setText("Peaspetsialist tööülesanete")
    helper = editor.findChild(LineEditSpelling)
    qtbot.waitUntil(lambda: [w.text for w in helper.misspelt] == ["tööülesanete"],
                    timeout=10000)
    x = editor.fontMetrics().horizontalAdvance("Peaspetsialist tööü") + 4
    menu = editor.findChild(SpellMenu).build_menu(editor.rect().center().__class__(
        x, editor.height() // 2))
    menu.actions()[0].trigger()
    assert editor.text() == "Peaspetsialist tööülesannete"


def test_missing_engine_is_reported_once_and_nothing_is_underlined(qtbot) -> None:
    from ametieditor.spelling.backend import SpellerUnavailable

    def missing() -> SpellChecker:
        raise SpellerUnavailable("eesti keele speller ei ole paigaldatud")

    service = SpellService(missing)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    with qtbot.waitSignal(service.unavailable, timeout=10000) as blocker:
        attach_spelling(editor, service)
        editor.setPlainText("tööülesanete")
    assert blocker.args == ["eesti keele speller ei ole paigaldatud"]
    service.wait()
    editor.setPlainText("veel tööülesanete")
    assert not underlined(editor, "tööülesanete")
    assert service.problem


def test_whole_document_is_checked_in_the_background_for_the_check_panel(qtbot,
                                                                        service) -> None:
    from ametieditor.model.document import Block
    from tests.support.factories import full_document

    doc = full_document()
    doc.duties.items[1].results = [Block.p("Tööülesanete jaotus on selge.")]
    with qtbot.waitSignal(service.document_checked, timeout=10000) as blocker:
        service.check_document(doc)
    problems = blocker.args[0]
    assert [(p.part, p.message) for p in problems] == [
        ("3.2 tulemused", '"Tööülesanete" → Tööülesannete')]
    doc.duties.items[1].results = []  # the service checked its own copy
    assert problems[0].location[:4] == ("duties", "items", 1, "results")
