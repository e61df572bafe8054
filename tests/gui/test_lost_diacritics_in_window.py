"""Lost diacritics in the window (issue 15, items 6 and 9).

An OCR text without õ ä ö ü: the import report names its parts with their
diacritics, and the speller underlines a word that only reads as a compound
without its marks and offers the right spelling first in its menu.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from ametieditor.commands.notes import note_targets
from ametieditor.gui.spell_highlighter import SpellMenu
from tests.conftest import DATA
from tests.gui.helpers import choose_part, type_text
from tests.gui.test_spelling_in_window import _started, _underlined

OCR = DATA / "legacy" / "003_ocr_no_diacritics.txt"
PLAIN_HEADINGS = ("ULDOSA", "EESMARK", "OIGUSED", "TOOVAHENDID", "NOUDED")


def test_the_import_report_and_the_part_list_spell_headings_right(qtbot, window,
                                                                  dialogs) -> None:
    dialogs.open_name = str(OCR)
    window.menu_bar.open_action.trigger()
    panel = window.import_docks.report_panel
    found = panel.tree.topLevelItem(0)  # "Leitud osad"; the guesses quote the file itself
    assert found.text(0).startswith("Leitud osad")
    texts = [found.child(row).text(0) for row in range(found.childCount())]
    for heading in ("ÜLDOSA", "AMETIKOHA EESMÄRK", "ÕIGUSED", "TÖÖVAHENDID",
                    "AMETIKOHALE ESITATAVAD NÕUDED"):
        assert any(text.startswith(heading) for text in texts), (heading, texts)
    assert not [text for text in texts if any(plain in text for plain in PLAIN_HEADINGS)]
    labels = [target.label for target in note_targets(window.session.document)]
    assert "6. TÖÖVAHENDID" in labels
    assert not [label for label in labels if any(p in label for p in PLAIN_HEADINGS)]


def test_a_word_without_its_marks_is_underlined_and_restored_from_the_menu(qtbot,
                                                                          window) -> None:
    _started(qtbot, window)
    choose_part(qtbot, window, "duties")
    task = window.panes["duties"].ui.taskEdit
    task.setFocus()
    type_text(qtbot, task, "Tegutseb kooskolas seadusega")
    qtbot.waitUntil(lambda: _underlined(task, "kooskolas"), timeout=10000)
    assert not _underlined(task, "seadusega")
    cursor = QTextCursor(task.document())
    cursor.setPosition(len("Tegutseb ") + 3)
    menu = task.findChild(SpellMenu).build_menu(task.cursorRect(cursor).center())
    suggestions = [a for a in menu.actions() if a.text() and a.font().bold()]
    assert suggestions[0].text() == "kooskõlas"
    suggestions[0].trigger()
    menu.deleteLater()
    assert window.session.document.duties.items[0].task[0].text == \
        "Tegutseb kooskõlas seadusega"
