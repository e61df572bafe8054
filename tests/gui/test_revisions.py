"""Last year's files in the window: import report, unplaced text, containers, revisions, compare."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from ametieditor.formats import registry, xml_format
from ametieditor.gui.import_notes import MoveNoteDialog
from ametieditor.model.document import Meta
from tests.conftest import DATA, SAMPLES
from tests.gui.helpers import click, show_started, type_text
from tests.support.revisions import revise

TEXT_SAMPLE = sorted(SAMPLES.glob("001_*.txt"))[0]
NATIVE_001 = DATA / "001_peaspetsialist_lastemaja.ametijuhend"
SEVERAL = DATA / "legacy" / "several_files.asice"


def _tree_item(panel, startswith: str):
    matches = [item for item in panel.items() if item.text(0).startswith(startswith)]
    assert matches, [item.text(0) for item in panel.items()]
    return matches[0]


def _click_tree(qtbot, panel, item) -> None:
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _open(window, dialogs, path: Path) -> None:
    dialogs.open_name = str(path)
    window.menu_bar.open_action.trigger()
    assert window.files.path == path


def _junk_text(tmp_path: Path) -> Path:
    """Sample 001 as text with stray lines before the first chapter, a page number inside
    and an unknown chapter at the end (that one becomes an extra section, not a note)."""
    lines = TEXT_SAMPLE.read_text(encoding="utf-8").splitlines()
    middle = next(n for n, line in enumerate(lines) if line.strip().startswith("4. "))
    lines[middle:middle] = ["Lk 2 / 3"]
    first = next(n for n, line in enumerate(lines) if line.strip().startswith("1. "))
    lines[first:first] = ["Eelnõu, ringlusse 2023", "Lisa 1. Tööohutuse juhend"]
    lines += ["9. LISAD", "Lisa 1. Tööohutuse juhend"]
    path = tmp_path / "vana_2023.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- the import report ------------------------------------------------------------------


def test_opening_a_text_file_shows_the_report_and_a_click_goes_to_the_duty(
        qtbot, window, dialogs) -> None:
    revisions = window.import_docks
    assert not revisions.report_dock.isVisible()
    _open(window, dialogs, TEXT_SAMPLE)
    assert revisions.report_dock.isVisible()
    panel = revisions.report_panel
    assert panel.heading.text().startswith(f"Imporditud failist {TEXT_SAMPLE.name} (TXT).")
    texts = [item.text(0) for item in panel.items()]
    assert "TEENISTUSKOHUSTUSED — 9 põhiülesannet, rida 42" in texts
    assert _tree_item(panel, "Paigutamata tekst").text(0) == "Paigutamata tekst (0)"
    assert window.files.native is False  # Save must ask for a new name
    window.show_part("general")
    _click_tree(qtbot, panel, _tree_item(panel, "3.4 "))
    assert window.stack.currentWidget() is window.panes["duties"]
    assert window.panes["duties"].current_row() == 3
    assert window.panes["duties"].ui.taskEdit.hasFocus()


def test_the_report_dock_goes_away_for_native_files_and_new(qtbot, window, dialogs) -> None:
    _open(window, dialogs, TEXT_SAMPLE)
    assert window.import_docks.report_dock.isVisible()
    _open(window, dialogs, NATIVE_001)
    assert not window.import_docks.report_dock.isVisible()
    assert window.import_docks.report_panel.report is None
    _open(window, dialogs, TEXT_SAMPLE)
    window.menu_bar.new_official_action.trigger()
    assert not window.import_docks.report_dock.isVisible()
    assert not window.import_docks.notes_dock.isVisible()


# -- unplaced text ---------------------------------------------------------------------------


def _notes(window) -> list[str]:
    return [note.text for note in window.session.document.import_notes]


def _in_dialog(qtbot, action) -> None:
    """Run ``action(dialog)`` on the modal dialog that opens next."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MoveNoteDialog)
        action(dialog)
    QTimer.singleShot(0, act)


def test_notes_are_moved_deleted_undone_and_saved(qtbot, window, dialogs, tmp_path) -> None:
    source = _junk_text(tmp_path)
    _open(window, dialogs, source)
    revisions = window.import_docks
    panel = revisions.notes_panel
    assert revisions.notes_dock.isVisible()
    notes = _notes(window)
    assert "Lk 2 / 3" in notes and any(text.startswith("Eelnõu") for text in notes)
    assert [extra.heading for extra in window.session.document.extra_sections] == ["LISAD"]
    assert panel.list.count() == len(notes) == 2
    report_group = _tree_item(revisions.report_panel, "Paigutamata tekst")
    assert report_group.text(0) == "Paigutamata tekst (2)"
    purpose_before = list(window.session.document.purpose)

    # Move the stray lines into the purpose, as paragraphs.
    chapter = next(n for n, text in enumerate(notes) if text.startswith("Eelnõu"))
    panel.list.setCurrentRow(chapter)

    def choose_purpose(dialog: MoveNoteDialog) -> None:
        row = next(n for n, target in enumerate(dialog.targets)
                   if target.list_path == ("purpose",))
        assert dialog.targets[row].label == "2. AMETIKOHA EESMÄRK"
        dialog.target_list.setCurrentRow(row)
        click(qtbot, dialog.ok_button)

    _in_dialog(qtbot, choose_purpose)
    click(qtbot, panel.move_button)
    purpose = window.session.document.purpose
    assert [block.text for block in purpose[len(purpose_before):]] == [
        "Eelnõu, ringlusse 2023", "Lisa 1. Tööohutuse juhend"]
    assert _notes(window) == ["Lk 2 / 3"]
    assert panel.list.count() == 1
    assert _tree_item(revisions.report_panel, "Paigutamata tekst").text(0) == \
        "Paigutamata tekst (1)"
    assert window.stack.currentWidget() is window.panes["purpose"]
    assert "Lisa 1. Tööohutuse juhend" in window.panes["purpose"].ui.editor.toPlainText()

    # One undo brings the note back and takes the text out of the purpose.
    window.menu_bar.undo_action.trigger()
    assert window.session.document.purpose == purpose_before
    assert sorted(_notes(window)) == sorted(notes)
    assert panel.list.count() == 2
    window.menu_bar.redo_action.trigger()
    assert _notes(window) == ["Lk 2 / 3"]

    # Add the chapter back by undoing, then delete the page number instead.
    window.menu_bar.undo_action.trigger()
    page = _notes(window).index("Lk 2 / 3")
    panel.list.setCurrentRow(page)
    click(qtbot, panel.delete_button)
    assert [text.startswith("Eelnõu") for text in _notes(window)] == [True]
    assert window.menu_bar.undo_action.text() == "&Võta tagasi Kustuta paigutamata tekst"

    target = tmp_path / "uus.ametijuhend"
    dialogs.save_names = [str(target)]
    window.menu_bar.save_action.trigger()  # an import: Save asks for a name
    assert [kind for kind in dialogs.kinds() if kind == "save"] == ["save"]
    assert target.exists()
    remaining = list(window.session.document.import_notes)
    _open(window, dialogs, target)
    assert window.session.document.import_notes == remaining
    assert revisions.notes_dock.isVisible()  # still beside the document
    assert not revisions.report_dock.isVisible()  # the report was about the import
    assert panel.list.count() == 1


def test_clicking_a_note_in_the_report_selects_it_beside_the_document(
        qtbot, window, dialogs, tmp_path) -> None:
    _open(window, dialogs, _junk_text(tmp_path))
    revisions = window.import_docks
    revisions.notes_panel.list.setCurrentRow(0)
    item = _tree_item(revisions.report_panel, "„Lk 2 / 3")
    _click_tree(qtbot, revisions.report_panel, item)
    index = _notes(window).index("Lk 2 / 3")
    assert revisions.notes_panel.list.currentRow() == index
    assert revisions.notes_panel.list.hasFocus()


def test_a_note_goes_as_bullets_into_a_duty_result_and_cancel_changes_nothing(
        qtbot, window, dialogs, tmp_path) -> None:
    _open(window, dialogs, _junk_text(tmp_path))
    panel = window.import_docks.notes_panel
    page = _notes(window).index("Lk 2 / 3")
    panel.list.setCurrentRow(page)
    _in_dialog(qtbot, lambda dialog: dialog.reject())
    assert panel.move_current() is None
    assert "Lk 2 / 3" in _notes(window)

    def second_results(dialog: MoveNoteDialog) -> None:
        labels = [target.label for target in dialog.targets]
        dialog.target_list.setCurrentRow(labels.index("3.2 tulemused"))
        click(qtbot, dialog.bullet_button)
        dialog.accept()

    results_before = len(window.session.document.duties.items[1].results)
    _in_dialog(qtbot, second_results)
    placed = panel.move_current()
    assert placed == ("duties", "items", 1, "results", results_before)
    results = window.session.document.duties.items[1].results
    assert results[-1].text == "Lk 2 / 3" and results[-1].is_bullet
    assert window.panes["duties"].current_row() == 1


# -- signed containers --------------------------------------------------------------------


@pytest.fixture
def choose_in_container(monkeypatch):
    """Stands in for the container's choice dialog: records the offer, picks ``answer``."""
    record: dict = {"answer": "koordinaator_kaitstud_too.ametijuhend"}

    def run(dialog: QInputDialog) -> int:
        record["items"] = dialog.comboBoxItems()
        record["offered"] = dialog.textValue()
        record["label"] = dialog.labelText()
        if record["answer"] is None:
            return QDialog.DialogCode.Rejected
        dialog.setTextValue(record["answer"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", run)
    return record


def test_a_container_with_several_files_asks_and_shows_the_signatures(
        qtbot, window, dialogs, tmp_path, choose_in_container) -> None:
    container = tmp_path / "several_files.asice"
    shutil.copyfile(SEVERAL, container)
    before = (container.read_bytes(), container.stat().st_mtime_ns)
    _open(window, dialogs, container)
    assert choose_in_container["items"] == [
        "kaaskiri.txt", "koordinaator_kaitstud_too.ametijuhend", "lisa.pdf"]
    assert choose_in_container["offered"] == "koordinaator_kaitstud_too.ametijuhend"
    expected = xml_format.read(DATA / "003_koordinaator_kaitstud_too.ametijuhend")
    assert window.session.document.general.title == expected.general.title
    bar = window.containers.signature_bar
    assert window.containers.signature_dock.isVisible()
    qtbot.waitUntil(lambda: bar.verification is not None)
    text = bar.summary_text()
    assert text.startswith("Allkirjastatud: MARY ÄNN O’CONNEŽ-ŠUSLIK TESTNUMBER, ")
    assert "2023" in text
    assert "ALLKIRI EI KEHTI" in text  # the fixtures' signature values are placeholders
    assert ("Konteineris on mitu faili; avati koordinaator_kaitstud_too.ametijuhend, "
            "avamata jäid: kaaskiri.txt, lisa.pdf") in bar.details_text()
    # The bar says it all; a pop-up is only for the document's own news (its older format).
    assert not any("llkirj" in text or "konteiner" in text for text in dialogs.texts("warning"))

    target = tmp_path / "koordinaator_2025.ametijuhend"
    dialogs.save_names = [str(target)]
    window.menu_bar.save_action.trigger()  # not native: Save asks for a new name
    assert dialogs.kinds().count("save") == 1
    assert target.exists() and window.files.path == target
    assert (container.read_bytes(), container.stat().st_mtime_ns) == before
    _open(window, dialogs, NATIVE_001)
    assert not window.containers.signature_dock.isVisible()


def test_cancelling_the_choice_keeps_the_open_document(qtbot, window, dialogs,
                                                      choose_in_container) -> None:
    _open(window, dialogs, NATIVE_001)
    choose_in_container["answer"] = None
    dialogs.open_name = str(SEVERAL)
    window.menu_bar.open_action.trigger()
    assert window.files.path == NATIVE_001
    assert "items" in choose_in_container


def test_a_container_with_one_file_opens_it_without_asking(
        qtbot, window, dialogs, choose_in_container) -> None:
    _open(window, dialogs, DATA / "legacy" / "signed_ametijuhend.asice")
    assert "items" not in choose_in_container
    assert window.session.document.general.title == \
        xml_format.read(NATIVE_001).general.title
    bar = window.containers.signature_bar
    qtbot.waitUntil(lambda: bar.verification is not None)
    text = bar.summary_text()
    assert "JAAK-KRISTJAN JÕEORG" in text and "MARY ÄNN" in text
    assert text.count("ALLKIRI EI KEHTI") == 2


# -- new revision --------------------------------------------------------------------------


def test_new_revision_is_saved_as_a_new_file_and_the_old_stays(qtbot, window, dialogs,
                                                              tmp_path) -> None:
    old_file = tmp_path / "peaspetsialist_2024.ametijuhend"
    last_year = xml_format.read(NATIVE_001)
    last_year.meta = Meta(id="0123456789abcdef" * 2, revision=3,
                          created="2024-05-02T10:00:00+03:00")
    xml_format.write(last_year, old_file)
    before = (old_file.read_bytes(), old_file.stat().st_mtime_ns)
    _open(window, dialogs, old_file)
    old = registry.load(old_file).document
    assert old.approval.date and old.approval.decree
    window.revisions.new_revision_action.trigger()
    doc = window.session.document
    assert doc.meta.revision == old.meta.revision + 1
    assert doc.meta.based_on == old.meta.id and doc.meta.id != old.meta.id
    assert doc.approval.date == "" and doc.approval.decree == ""
    assert doc.approval.approver == old.approval.approver
    assert doc.duties == old.duties
    assert window.windowTitle().startswith("peaspetsialist_2024 (redaktsioon 4)")
    assert window.isWindowModified()
    assert window.panes["general"].ui.decreeEdit.text() == ""

    target = tmp_path / "peaspetsialist_2025.ametijuhend"
    dialogs.save_names = [str(target)]
    window.menu_bar.save_action.trigger()
    save_calls = [text for kind, _title, text in dialogs.calls if kind == "save"]
    assert len(save_calls) == 1
    assert save_calls[0].endswith("peaspetsialist_2024 (redaktsioon 4).ametijuhend")
    assert (old_file.read_bytes(), old_file.stat().st_mtime_ns) == before
    saved = registry.load(target).document
    assert saved.meta.based_on == old.meta.id and saved.meta.revision == 4
    assert saved.approval.date == ""
    assert window.windowTitle().startswith(target.name)


def test_new_revision_is_one_undoable_step(qtbot, window, dialogs) -> None:
    _open(window, dialogs, NATIVE_001)
    old = window.session.document.clone()
    assert old.meta is None  # a file without an id: the revision still names its base
    window.revisions.new_revision_action.trigger()
    meta = window.session.document.meta
    assert meta.revision == 2
    assert meta.based_on == window.revisions.previous[0].meta.id != meta.id
    assert window.menu_bar.undo_action.text() == "&Võta tagasi Uus redaktsioon"
    window.menu_bar.undo_action.trigger()
    assert window.session.document == old
    assert window.files.path is None  # the old file still is not the target of Save


# -- compare -----------------------------------------------------------------------------------


def test_compare_with_a_file_lists_moved_and_changed_duties_and_jumps(
        qtbot, window, dialogs, tmp_path) -> None:
    this_year = tmp_path / "uus.ametijuhend"
    xml_format.write(revise(xml_format.read(NATIVE_001)), this_year)
    _open(window, dialogs, this_year)
    dialogs.open_name = str(DATA / "legacy" / "001_word_tables.docx")
    window.revisions.compare_action.trigger()
    dialog = window.revisions.compare_dialog
    assert dialog is not None and dialog.isVisible()
    view = dialog.view
    changes = view.change_list
    texts = [changes.item(row).text() for row in range(changes.count())]
    assert any("liigutatud 3.4 → 3.2" in text for text in texts), texts
    assert any(text.startswith("⚠ ") for text in texts)
    assert "001_word_tables.docx" in view.to_html() and "uus.ametijuhend" in view.to_html()

    moved = next(row for row, text in enumerate(texts) if "liigutatud 3.4 → 3.2" in text)
    qtbot.waitExposed(dialog)
    item = changes.item(moved)
    changes.scrollToItem(item)
    rect = changes.visualItemRect(item)
    window.show_part("general")
    qtbot.mouseClick(changes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_change == moved
    qtbot.mouseDClick(changes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.panes["duties"]
    assert window.panes["duties"].current_row() == 1

    removed = next(row for row, text in enumerate(texts) if "eemaldatud" in text)
    window.show_part("general")
    changes.setCurrentRow(removed)
    qtbot.keyClick(changes, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.panes["general"]  # not in this document
    assert window.statusBar().currentMessage() == "See osa on ainult varasemas dokumendis."


def test_compare_with_the_previous_revision(qtbot, window, dialogs) -> None:
    _open(window, dialogs, NATIVE_001)
    assert not window.revisions.compare_previous_action.isEnabled()
    window.revisions.new_revision_action.trigger()
    assert window.revisions.compare_previous_action.isEnabled()
    edit = window.panes["general"].ui.titleEdit
    window.show_part("general")
    click(qtbot, edit)
    edit.end(False)
    type_text(qtbot, edit, " (2025)")
    window.revisions.compare_previous_action.trigger()
    view = window.revisions.compare_dialog.view
    texts = [view.change_list.item(row).text() for row in range(view.change_list.count())]
    assert any(text.startswith("1.1 Ametinimetus") for text in texts), texts
    assert "(2025)" in view.to_html()
    assert NATIVE_001.name in view.to_html()
    dialogs.unsaved_answer = QMessageBox.StandardButton.Discard
    window.menu_bar.new_official_action.trigger()
    assert not window.revisions.compare_previous_action.isEnabled()


def test_the_new_actions_and_docks_speak_english(qtbot, dialogs, own) -> None:
    from PySide6.QtCore import QSettings

    from ametieditor.gui.app import create_window
    from ametieditor.gui.language import apply_language

    QSettings().setValue("language", "en")
    try:
        apply_language()
        window = create_window()
        own(window)
        show_started(qtbot, window)
        assert window.revisions.new_revision_action.text() == "New &revision"
        assert window.revisions.compare_action.text() == "&Compare…"
        docks = window.import_docks
        assert docks.report_dock.windowTitle() == "Import report"
        assert docks.notes_panel.move_button.text() == "Add to part…"
        assert docks.notes_panel.heading.text() == "No unplaced text."
    finally:
        apply_language("et")


def test_docks_left_open_last_time_do_not_come_back_empty(qtbot, window, dialogs,
                                                         own) -> None:
    from ametieditor.gui.app import create_window

    _open(window, dialogs, DATA / "legacy" / "signed_docx.bdoc")
    revisions = window.import_docks
    assert revisions.report_dock.isVisible() and window.containers.signature_dock.isVisible()
    assert revisions.report_panel.heading.text().startswith(
        "Imporditud failist signed_docx.bdoc › koordinaator_srt.docx (DOCX)")
    window.session.undo_stack.setClean()
    window.close()  # saves the window state with both docks open
    again = create_window()
    own(again)
    show_started(qtbot, again)
    qtbot.waitUntil(lambda: not again.import_docks.report_dock.isVisible())
    assert not again.containers.signature_dock.isVisible()


def test_the_check_panel_lists_unplaced_text_until_it_is_deleted(qtbot, window, dialogs,
                                                                 tmp_path) -> None:
    _open(window, dialogs, _junk_text(tmp_path))
    panel = window.check_panel

    def texts() -> list[str]:
        return [panel.item(row).text() for row in range(panel.count())]

    wanted = "Paigutamata tekst: „Lk 2 / 3” ootab paigutamist või kustutamist"
    assert wanted in texts()
    row = texts().index(wanted)
    window.import_docks.notes_panel.list.setCurrentRow(0 if row else 1)
    rect = panel.visualItemRect(panel.item(row))
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    notes_list = window.import_docks.notes_panel.list
    assert notes_list.currentItem().text().startswith("Lk 2 / 3")
    click(qtbot, window.import_docks.notes_panel.delete_button)
    qtbot.waitUntil(lambda: wanted not in texts())
