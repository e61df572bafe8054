"""The wording dialogs driven as a user would: typing, arrows, Enter, buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from ametieditor.gui.wording_picker import (
    AddToLibraryDialog,
    LibraryManagerDialog,
    WordingPicker,
)
from ametieditor.model.document import Block
from ametieditor.wording import storage
from ametieditor.wording.entry import Category, Entry, entry_to_blocks
from ametieditor.wording.library import WordingLibrary


@pytest.fixture
def library(tmp_path: Path) -> WordingLibrary:
    return WordingLibrary(tmp_path / "user")


def type_text(widget, text: str) -> None:
    """Type like a keyboard; Estonian letters go through sendKeyEvent (see PREAMBLE)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def names(dialog) -> list[str]:
    results = dialog.browser.results
    return [results.item(row).text() for row in range(results.count())]


def test_picker_is_filtered_to_the_callers_category(qtbot, library) -> None:
    picker = WordingPicker(library, Category.COMPETENCY)
    qtbot.addWidget(picker)
    assert {name.split("  [")[0] for name in names(picker)} == {
        e.name for e in library.entries(Category.COMPETENCY)}
    assert picker.browser.category.currentText() == "Kompetents"


def test_type_arrows_and_enter_choose_an_entry(qtbot, library) -> None:
    picker = WordingPicker(library, Category.ADDITIONAL)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    search = picker.browser.search
    type_text(search, "pingetaluvus")
    assert names(picker)[0].startswith("Pingetaluvus")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    second = picker.browser.current_entry()
    assert second is not None and second.name.startswith("Pingetaluvus")
    assert "Pingetaluvus" in picker.browser.preview.toPlainText()
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert picker.result() == WordingPicker.DialogCode.Accepted
    assert picker.chosen_entry() == second


def test_search_without_diacritics_finds_estonian_words(qtbot, library) -> None:
    picker = WordingPicker(library, Category.RIGHT)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.browser.search, "tooulesannete")
    assert names(picker)
    assert all("tööülesannete" in picker.browser.results.item(i).toolTip()
               for i in range(picker.browser.results.count()))
    type_text(picker.browser.search, " zzz")
    assert names(picker) == []
    assert not picker.insert_button.isEnabled()
    assert picker.browser.preview.toPlainText() == "Sobivat sõnastust ei leitud."


def test_escape_closes_without_a_choice(qtbot, library) -> None:
    picker = WordingPicker(library, Category.RIGHT)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClick(picker.browser.search, Qt.Key.Key_Escape)
    assert picker.result() == WordingPicker.DialogCode.Rejected
    assert picker.chosen_entry() is None


def test_pick_returns_the_entry_and_its_blocks(qtbot, library) -> None:
    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WordingPicker):
            QTimer.singleShot(10, drive)  # not shown yet
            return
        qtbot.keyClicks(dialog.browser.search, "kliendikesk")
        qtbot.keyClick(dialog.browser.search, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)
    entry = WordingPicker.pick(None, Category.COMPETENCY, library)
    assert isinstance(entry, Entry) and entry.name == "Kliendikesksus"
    blocks = entry_to_blocks(entry)
    assert len(blocks) == 3 and all(block.is_bullet for block in blocks)


def test_add_to_library_from_selected_text(qtbot, library, tmp_path) -> None:
    blocks = [Block.li("esindada ametit rahvusvahelistes töörühmades;")]
    dialog = AddToLibraryDialog(library, blocks, Category.RIGHT)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Esindada ametit rahvusvahelistes töörühmades"
    assert dialog.bullets.isChecked()
    assert not dialog.label.isEnabled()
    qtbot.keyClicks(dialog.tags, "ametnik, juht")
    dialog.accept()
    assert dialog.result() == AddToLibraryDialog.DialogCode.Accepted
    saved = WordingLibrary(tmp_path / "user").own_entries()
    assert [(e.name, e.tags, e.blocks) for e in saved] == [
        ("Esindada ametit rahvusvahelistes töörühmades", ("ametnik", "juht"), blocks)]


def test_add_a_competency_group_with_its_name(qtbot, library, tmp_path) -> None:
    blocks = [Block.li("Jagab teadmisi."), Block.li("Toetab kolleege.")]
    dialog = AddToLibraryDialog(library, blocks, Category.COMPETENCY, name="Meeskonnatöö")
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Meeskonnatöö"
    dialog.accept()
    saved = WordingLibrary(tmp_path / "user").own_entries()[0]
    assert (saved.category, saved.name, saved.blocks) == (Category.COMPETENCY, "Meeskonnatöö",
                                                           blocks)


def test_add_refuses_a_duplicate_and_says_which(qtbot, library) -> None:
    existing = library.entries(Category.RIGHT)[0]
    dialog = AddToLibraryDialog(library, [Block.li(existing.text.upper())], Category.RIGHT)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != AddToLibraryDialog.DialogCode.Accepted
    assert existing.name in dialog.message.text()
    assert library.own_entries() == []


def test_manager_copies_edits_deletes_and_exports(qtbot, library, tmp_path, monkeypatch) -> None:
    manager = LibraryManagerDialog(library)
    qtbot.addWidget(manager)
    qtbot.keyClicks(manager.browser.search, "korrektsus")
    bundled = manager.browser.current_entry()
    assert bundled.bundled
    assert not manager.buttons["edit"].isEnabled() and not manager.buttons["delete"].isEnabled()

    qtbot.mouseClick(manager.buttons["copy"], Qt.MouseButton.LeftButton)
    copy = manager.browser.current_entry()
    assert not copy.bundled and copy.text == bundled.text
    assert manager.buttons["edit"].isEnabled()

    def edit_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AddToLibraryDialog):
            QTimer.singleShot(10, edit_and_save)
            return
        dialog.name.setText("Korrektsus (minu)")
        dialog.accept()

    QTimer.singleShot(0, edit_and_save)
    qtbot.mouseClick(manager.buttons["edit"], Qt.MouseButton.LeftButton)
    assert WordingLibrary(tmp_path / "user").get(copy.id).name == "Korrektsus (minu)"

    target = tmp_path / "jagatud.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(manager.buttons["export"], Qt.MouseButton.LeftButton)
    assert [e.name for e in storage.read(target)] == ["Korrektsus (minu)"]

    monkeypatch.setattr("ametieditor.gui.wording_picker.confirm", lambda *a: True)
    manager.browser.search.clear()
    qtbot.keyClicks(manager.browser.search, "korrektsus (minu)")
    qtbot.mouseClick(manager.buttons["delete"], Qt.MouseButton.LeftButton)
    assert WordingLibrary(tmp_path / "user").own_entries() == []


def test_manager_import_reports_added_and_duplicates(qtbot, library, tmp_path,
                                                     monkeypatch) -> None:
    shared = tmp_path / "kolleeg.xml"
    other = WordingLibrary(tmp_path / "colleague")
    other.add(Entry(Category.RIGHT, "Uus õigus", [Block.li("kasutada ameti autot;")]))
    other.export(shared, [*other.own_entries(), library.entries(Category.RIGHT)[0]])
    manager = LibraryManagerDialog(library)
    qtbot.addWidget(manager)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(shared), ""))
    qtbot.mouseClick(manager.buttons["import"], Qt.MouseButton.LeftButton)
    assert manager.status.text() == "Lisati 1, juba olemas 1."
    assert [e.name for e in library.own_entries()] == ["Uus õigus"]
