"""What a user meets at first sight: keys, words, widths, hints (from a screenshot review)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from ametieditor.gui.language import apply_language
from tests.conftest import REPO, SAMPLE_FILES, SAMPLES
from tests.gui.conftest import when_modal
from tests.gui.helpers import choose_part, show_started

TRANSLATIONS = REPO / "resources" / "translations"


@pytest.fixture
def english():
    QSettings().setValue("language", "en")
    yield apply_language()
    apply_language("et")


@pytest.fixture
def estonian():
    """The Estonian interface as the editor starts it (with Qt's own texts translated)."""
    QSettings().setValue("language", "et")
    yield apply_language()
    apply_language("et")


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _duplicates(texts: list[str]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for text in texts:
        key = _mnemonic(text)
        if key is not None:
            keys.setdefault(key, []).append(text)
    return {key: found for key, found in keys.items() if len(found) > 1}


def _pane_keys(window, key: str) -> list[str]:
    """Alt+letter keys live while ``key``'s pane is shown: menu bar, labels, buttons, tabs."""
    window.show_part(key)
    QApplication.processEvents()
    pane = window.panes[key]
    texts = [menu.title() for menu in window.menus.values()]
    texts += [label.text() for label in pane.findChildren(QLabel)
              if label.buddy() is not None and label.isVisibleTo(window)]
    texts += [button.text() for button in pane.findChildren(QAbstractButton)
              if button.isVisibleTo(window)]
    texts += [group.title() for group in pane.findChildren(QGroupBox)
              if group.isCheckable() and group.isVisibleTo(window)]
    for tabs in pane.findChildren(QTabWidget):
        texts += [tabs.tabText(index) for index in range(tabs.count())]
    return texts


def _menu_keys(menu: QMenu) -> dict[str, dict[str, list[str]]]:
    menu.aboutToShow.emit()
    found = {menu.title(): _duplicates([action.text() for action in menu.actions()
                                        if not action.isSeparator() and action.isVisible()])}
    for action in menu.actions():
        if action.menu() is not None:
            found.update(_menu_keys(action.menu()))
    return found


def _check_keys(window) -> None:
    for part in window.parts:
        assert _duplicates(_pane_keys(window, part.key)) == {}, part.key
    for menu in window.menus.values():
        assert {title: dups for title, dups in _menu_keys(menu).items() if dups} == {}


def test_no_key_is_taken_twice_in_a_menu_or_over_a_pane(qtbot, window) -> None:
    """Alt+S over the general pane went to a field and never opened "Seaded"."""
    _check_keys(window)
    assert window.panes["general"].ui.titleLabel.text() == "1.1 Ameti&nimetus"


def test_no_key_is_taken_twice_in_english_either(qtbot, english, dialogs, own) -> None:
    from ametieditor.gui.app import create_window

    window = create_window()
    own(window)
    show_started(qtbot, window)
    _check_keys(window)
    assert [menu.title() for menu in window.menus.values()][:2] == ["&File", "&Edit"]


def test_the_text_menu_of_a_field_has_one_key_per_entry(qtbot, window) -> None:
    from ametieditor.gui.spell_highlighter import SpellMenu

    choose_part(qtbot, window, "purpose")
    editor = window.panes["purpose"].ui.editor
    qtbot.waitUntil(lambda: editor.findChild(SpellMenu) is not None, timeout=5000)
    menu = editor.findChild(SpellMenu).build_menu(editor.rect().center())
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert "Vali tüüp&sõnastusest…" in texts
    assert _duplicates(texts) == {}


def test_row_actions_in_the_edit_menu_work_only_over_the_duty_table(qtbot, window) -> None:
    """"Muuda › Kustuta" chosen over the rights pane deleted a duty out of sight."""
    choose_part(qtbot, window, "rights")
    window.menus["edit"].aboutToShow.emit()
    menu = window.menu_bar.duty_menu
    assert [action.text() for action in menu.actions()] == [
        "Lisa rida &allapoole", "Lisa rida &ülespoole", "Tee reast &koopia", "Kustuta &rida",
        "&Tõsta rida üles", "Tõsta rida a&lla"]
    assert not menu.isEnabled()
    assert "Ülesanded ja tulemused" in menu.menuAction().toolTip()
    choose_part(qtbot, window, "duties")
    window.menus["edit"].aboutToShow.emit()
    assert menu.isEnabled()
    assert "Ülesanded ja tulemused" not in menu.menuAction().toolTip()


def test_qt_own_buttons_and_menus_speak_estonian(qtbot, estonian) -> None:
    """Qt ships no Estonian: "Cancel", "&Yes" and "Cu&t" showed in the Estonian interface."""
    box = QMessageBox(QMessageBox.Icon.Question, "Kustuta", "Kas kustutada?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Jah"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Ei"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Loobu"
    field = QLineEdit("tekst")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions()
             if not action.isSeparator()]
    assert {"&Lõika", "&Kopeeri", "Kl&eebi", "V&ali kõik"} <= set(texts)
    assert _duplicates(texts) == {}


def test_qt_estonian_is_compiled_from_its_source(tmp_path) -> None:
    from tests.support.scripts import load_script

    module = load_script("build_translations")
    fresh = tmp_path / "qt_et.qm"
    module.release(TRANSLATIONS / "qt_et.ts", fresh)
    assert (TRANSLATIONS / "qt_et.qm").read_bytes() == fresh.read_bytes(), \
        "run scripts/build_translations.py"


def test_recent_files_have_keys_and_keep_an_ampersand(qtbot, window, tmp_path) -> None:
    path = tmp_path / "R&D osakond.ametijuhend"
    shutil.copy(SAMPLE_FILES[0], path)
    assert window.files.open_path(path, ask=False)
    [action] = window.menu_bar.recent_menu.actions()
    assert action.text() == f"&1 {str(path).replace('&', '&&')}"
    window.files.new_document()
    action.trigger()
    assert window.files.path == path


def test_a_disabled_pdf_export_says_why(qtbot, window, monkeypatch) -> None:
    from ametieditor.gui import menu_bar as main_window

    monkeypatch.setattr(main_window, "find_soffice", lambda: None)
    window.menus["file"].aboutToShow.emit()
    action = window.menu_bar.export_pdf_action
    assert not action.isEnabled()
    assert "LibreOffice" in action.text()
    assert window.menus["file"].toolTipsVisible()
    monkeypatch.setattr(main_window, "find_soffice", lambda: Path("/usr/bin/soffice"))
    window.menus["file"].aboutToShow.emit()
    assert action.isEnabled() and action.text() == "Ekspordi &PDF…"


def test_the_wording_dialogs_use_the_menus_word(qtbot, window) -> None:
    from ametieditor.gui.wording_picker import (
        AddToLibraryDialog,
        LibraryManagerDialog,
        WordingPicker,
    )

    menu_words = [window.wording_actions.pick_action.text(),
                  window.wording_actions.add_action.text(),
                  window.wording_actions.manage_action.text()]
    assert all("tüüpsõnastus" in text.replace("&", "").lower() for text in menu_words)
    for dialog in (WordingPicker(None, None, window), AddToLibraryDialog(None, [], None, window),
                   LibraryManagerDialog(None, window)):
        assert "tüüpsõnastus" in dialog.windowTitle().lower()
        dialog.deleteLater()


def test_the_wording_dialogs_use_the_menus_words_in_english(qtbot, english, own) -> None:
    from ametieditor.gui.app import create_window
    from ametieditor.gui.wording_picker import AddToLibraryDialog, LibraryManagerDialog

    window = create_window()
    own(window)
    show_started(qtbot, window)
    assert window.wording_actions.manage_action.text() == "&Standard wording…"
    assert LibraryManagerDialog(None, window).windowTitle() == "Standard wording"
    assert AddToLibraryDialog(None, [], None, window).windowTitle() == "Add to standard wording"


def test_disabled_library_buttons_say_why(qtbot) -> None:
    from ametieditor.gui.wording_picker import LibraryManagerDialog

    manager = LibraryManagerDialog()
    qtbot.addWidget(manager)
    assert manager.browser.current_entry().bundled
    for name in ("edit", "delete", "export"):
        assert not manager.buttons[name].isEnabled()
        assert "koopia" in manager.buttons[name].toolTip().lower()
    manager.buttons["copy"].click()
    assert manager.buttons["edit"].isEnabled() and manager.buttons["edit"].toolTip() == ""
    assert manager.buttons["export"].isEnabled() and manager.buttons["export"].toolTip() == ""


def test_the_template_name_question_is_narrow_and_estonian(qtbot, estonian, window) -> None:
    from ametieditor.gui.template_actions import ask_template_name

    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        seen["width"] = dialog.width()
        seen["buttons"] = sorted(button.text() for button in dialog.findChildren(QAbstractButton))

    when_modal(look)
    assert ask_template_name(window, "Nõunik") == ("Nõunik", False)
    # was a single line about 1 060 px wide, with "OK" and "Cancel"
    assert seen["width"] < 60 * window.fontMetrics().averageCharWidth()
    assert seen["buttons"] == ["Loobu", "Salvesta"]


def test_the_general_pane_has_the_same_numbered_heading_as_the_others(qtbot, window) -> None:
    general = window.panes["general"].ui.headingLabel
    choose_part(qtbot, window, "purpose")
    purpose = window.panes["purpose"].ui.headingLabel
    assert general.text() == "1. ÜLDOSA"
    assert purpose.text() == "2. AMETIKOHA EESMÄRK"
    assert general.font().weight() == purpose.font().weight() == QFont.Weight.Bold
    assert general.font().pointSize() == purpose.font().pointSize()


def test_empty_editors_say_what_to_write(qtbot, window) -> None:
    window.files.new_document("tootaja")
    for key in ("purpose", "rights", "responsibilities", "work_tools", "amendment"):
        choose_part(qtbot, window, key)
        editor = window.panes[key].ui.editor
        assert editor.placeholderText(), key
        if key != "amendment":  # (the template brings the usual text)
            assert editor.document().isEmpty(), key
    assert "F4" in window.panes["rights"].ui.editor.placeholderText()
    choose_part(qtbot, window, "duties")
    assert "sh:" in window.panes["duties"].ui.taskEdit.placeholderText()
    assert window.panes["duties"].ui.resultsEdit.placeholderText()


def test_docks_beside_the_document_leave_the_preview_and_the_parts_readable(
        qtbot, window, dialogs) -> None:
    """Opening a text file opens the import report; the preview went down to a letter a line."""
    window.resize(1280, 800)
    text = sorted(SAMPLES.glob("001_*.txt"))[0]
    assert window.files.open_path(text, ask=False)
    choose_part(qtbot, window, "duties")
    qtbot.waitUntil(lambda: window.import_docks.report_dock.isVisible())
    QApplication.processEvents()
    characters = window.preview.fontMetrics().averageCharWidth()
    assert window.preview.width() >= 30 * characters
    navigator = window.navigator
    widest = max(navigator.fontMetrics().horizontalAdvance(navigator.item(row).text())
                 for row in range(navigator.count()))
    assert navigator.viewport().width() >= widest


def _tab_sequence(window, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits after ``start`` (visible, enabled, taking Tab focus)."""
    found: list[QWidget] = []
    widget = start.nextInFocusChain()
    while widget is not start and len(found) < steps:
        if (widget.isVisibleTo(window) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


@pytest.mark.parametrize("key", ["purpose", "duties", "rights", "requirements", "signatures"])
def test_tab_goes_from_the_parts_to_the_pane_then_to_the_preview(qtbot, window, key) -> None:
    """Panes made on first use came after the preview and the check panel."""
    choose_part(qtbot, window, key)
    pane = window.panes[key]
    sequence = _tab_sequence(window, window.navigator, 40)
    assert pane.isAncestorOf(sequence[0]), sequence[0].objectName()
    after = [widget for widget in sequence if not pane.isAncestorOf(widget)]
    assert after[:2] == [window.preview, window.check_panel]
    assert all(pane.isAncestorOf(widget) for widget in sequence[:sequence.index(after[0])])


@pytest.mark.parametrize("key, hint", [("purpose", "hintLabel"), ("rights", "hintLabel"),
                                       ("duties", "hintLabel"), ("signatures", "signersHint")])
def test_a_long_hint_wraps_instead_of_widening_the_pane(qtbot, window, key, hint) -> None:
    """The one-line hints made every text pane at least 600 px wide (too wide at 150 %)."""
    choose_part(qtbot, window, key)
    pane = window.panes[key]
    label = getattr(pane.ui, hint)
    assert label.wordWrap()
    assert pane.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(label.text())


def test_a_long_competency_name_shows_its_start(qtbot, window) -> None:
    """"…s, sh selge ja veenev eneseväljendusoskus" showed the end of the name, cut."""
    assert window.files.open_path(SAMPLE_FILES[1], ask=False)
    choose_part(qtbot, window, "requirements")
    pane = window.panes["requirements"]
    pane.ui.tabs.setCurrentWidget(pane.ui.additionalTab)
    editor = pane.ui.additionalEditor.ui
    editor.itemsList.setCurrentRow(1)
    editor.itemsList.setCurrentRow(0)
    name = editor.nameCombo.currentText()
    assert len(name) > 40
    assert editor.nameCombo.lineEdit().cursorPosition() == 0
    assert editor.itemsList.item(0).toolTip() == name
    assert editor.itemsList.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_the_calendar_speaks_the_interface_language(qtbot, estonian, dialogs, own) -> None:
    """The approval date's calendar said "June" and "Sun" in the Estonian interface."""
    from ametieditor.gui.app import create_window

    window = create_window()
    own(window)
    calendar = window.panes["general"].ui.dateEdit.calendarWidget()
    assert calendar.locale().monthName(6) == "juuni"
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    apply_language("en")
    english = create_window()
    own(english)
    assert english.panes["general"].ui.dateEdit.calendarWidget().locale().monthName(6) == "June"
