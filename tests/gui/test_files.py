"""Files in the window: prompts for unsaved changes, error dialogs, export, drops."""

from __future__ import annotations

import shutil
import sys

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from ametieditor.formats import registry
from ametieditor.gui import files as files_module
from tests.conftest import DATA, SAMPLE_FILES
from tests.gui.helpers import click, type_text

SAMPLE = SAMPLE_FILES[0]
SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard
CANCEL = QMessageBox.StandardButton.Cancel


def _edit_title(qtbot, window, text: str = "Muudetud") -> None:
    edit = window.panes["general"].ui.titleEdit
    window.show_part("general")
    click(qtbot, edit)
    type_text(qtbot, edit, text)


def test_command_line_file_opens_in_the_window(qtbot, dialogs, own) -> None:
    from ametieditor.gui.app import create_window

    window = create_window(SAMPLE)
    own(window)
    assert window.windowTitle().startswith(SAMPLE.name)
    assert window.session.document == registry.load(SAMPLE).document
    assert window.panes["general"].ui.titleEdit.text() == window.session.document.general.title


@pytest.mark.parametrize("answer", [CANCEL, DISCARD, SAVE])
def test_opening_with_unsaved_changes_asks(qtbot, window, dialogs, tmp_path, answer) -> None:
    target = tmp_path / "mine.ametijuhend"
    window.files.path = target  # as if it had been saved there before
    _edit_title(qtbot, window, "Esimene")
    dialogs.unsaved_answer = answer
    opened = window.files.open_path(SAMPLE)
    assert "Salvestamata muudatused" in [title for _k, title, _t in dialogs.calls]
    assert sorted(dialogs.buttons[-1]) == ["&Loobu", "&Salvesta", "&Ära salvesta"]
    if answer == CANCEL:
        assert not opened
        assert window.session.document.general.title.endswith("Esimene")
        assert window.isWindowModified()
    else:
        assert opened
        assert window.session.document == registry.load(SAMPLE).document
        assert not window.isWindowModified()
    assert target.exists() == (answer == SAVE)


def test_closing_with_unsaved_changes_can_be_cancelled(qtbot, window, dialogs) -> None:
    _edit_title(qtbot, window)
    dialogs.unsaved_answer = CANCEL
    assert not window.close()
    assert window.isVisible()
    dialogs.unsaved_answer = DISCARD
    assert window.close()


def test_closing_a_clean_document_does_not_ask(qtbot, window, dialogs) -> None:
    assert window.close()
    assert dialogs.calls == []


def test_an_unreadable_file_is_a_dialog_naming_it(qtbot, window, dialogs, tmp_path) -> None:
    broken = tmp_path / "katki.ametijuhend"
    broken.write_text("<ametijuhend", encoding="utf-8")
    before = window.session.document.clone()
    assert not window.files.open_path(broken)
    [message] = dialogs.texts("critical")
    assert str(broken) in message
    assert window.session.document == before


def test_unknown_file_type_is_a_dialog(qtbot, window, dialogs, tmp_path) -> None:
    other = tmp_path / "pilt.png"
    other.write_bytes(b"\x89PNG")
    assert not window.files.open_path(other)
    assert "tundmatu failitüüp .png" in dialogs.texts("critical")[0]


def test_export_docx_goes_through_the_registry_and_reports_errors(
        qtbot, window, dialogs, tmp_path, monkeypatch) -> None:
    written = []
    real_save = registry.save
    monkeypatch.setattr(registry, "save", lambda doc, path, options=None: written.append(path))
    dialogs.question_answer = QMessageBox.StandardButton.Yes  # export the unfinished anyway
    dialogs.save_names = [str(tmp_path / "valja")]
    assert window.files.export(".docx")
    assert written == [tmp_path / "valja.docx"]
    monkeypatch.setattr(registry, "save", real_save)
    dialogs.save_names = [str(tmp_path / "valja.docx")]
    window.menu_bar.export_docx_action.trigger()
    messages = dialogs.texts("critical")
    if ".docx" in registry.writable_extensions():  # once the DOCX writer is merged
        assert messages == [] and (tmp_path / "valja.docx").exists()
    else:
        assert len(messages) == 1 and "valja.docx" in messages[0]
        assert "ei ole selles versioonis veel võimalik" in messages[0]


def test_export_pdf_is_enabled_only_with_libreoffice(qtbot, dialogs, monkeypatch, own) -> None:
    from ametieditor.gui.main_window import MainWindow

    monkeypatch.setattr("ametieditor.gui.menu_bar.find_soffice", lambda: None)
    window = MainWindow()
    own(window)
    window.show()
    file_menu = window.menus["file"]

    def open_file_menu() -> None:  # looked up each time the menu opens
        file_menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(file_menu.isVisible)
        file_menu.hide()

    open_file_menu()
    assert not window.menu_bar.export_pdf_action.isEnabled()
    assert "LibreOffice" in window.menu_bar.export_pdf_action.toolTip()
    monkeypatch.setattr("ametieditor.gui.menu_bar.find_soffice", lambda: "/usr/bin/soffice")
    open_file_menu()  # LibreOffice installed while the editor runs
    assert window.menu_bar.export_pdf_action.isEnabled()
    from ametieditor.formats.libreoffice import find_soffice

    found = find_soffice()
    assert files_module.find_soffice() == (str(found) if found else None)


def test_a_failed_save_keeps_the_old_file_and_says_why(qtbot, window, dialogs, tmp_path,
                                                       monkeypatch) -> None:
    target = tmp_path / "dok.ametijuhend"
    shutil.copy(SAMPLE, target)
    assert window.files.open_path(target)
    _edit_title(qtbot, window)

    def disk_full(_source, _target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ametieditor.io.atomic.os.replace", disk_full)
    assert not window.files.save()  # the message offers Save As; the stub answers Cancel
    [message] = dialogs.texts("question")
    assert str(target) in message
    assert target.read_bytes() == SAMPLE.read_bytes()
    # Only the file and the editor's lock file: no temporary left behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~lock.dok.ametijuhend#",
                                                          "dok.ametijuhend"]
    assert window.isWindowModified()


def test_an_imported_file_is_saved_under_a_new_name(qtbot, window, dialogs, tmp_path,
                                                    monkeypatch) -> None:
    legacy = DATA / "legacy" / "003_ocr_no_diacritics.txt"
    original = legacy.read_bytes()
    assert window.files.open_path(legacy)
    assert window.files.native is False
    _edit_title(qtbot, window)
    target = tmp_path / "uus.ametijuhend"
    dialogs.save_names = [str(target)]
    assert window.files.save()
    assert [kind for kind in dialogs.kinds() if kind == "save"] == ["save"]
    assert target.exists()
    assert legacy.read_bytes() == original
    assert window.files.path == target


def test_an_older_format_version_opens_without_a_question(qtbot, window, dialogs,
                                                          tmp_path) -> None:
    """Last year's file opens straight into the window; a slim bar says what Save does."""
    from ametieditor.formats import xml_format

    older = tmp_path / "eelmine.ametijuhend"
    shutil.copy(DATA / "legacy" / "v0_draft.ametijuhend", older)
    assert window.files.open_path(older)
    assert dialogs.calls == []  # no modal dialog of any kind
    bar = window.info_bar
    assert bar.isVisible()
    assert bar.text() == ("eelmine.ametijuhend: fail on vanemas vormingus (versioon 0); "
                          "salvestamisel kirjutatakse see praeguses vormingus "
                          f"(versioon {xml_format.CURRENT_VERSION})")
    assert bar.height() < 3 * window.fontMetrics().height()  # slim: one line
    assert not window.isWindowModified()
    # Save writes the file in the current format, in place, without asking for a name.
    _edit_title(qtbot, window)
    assert window.files.save()
    assert "save" not in dialogs.kinds()
    assert f'version="{xml_format.CURRENT_VERSION}"' in older.read_text(encoding="utf-8")
    assert registry.load(older).document.general.title.endswith("Muudetud")
    click(qtbot, bar.close_button)
    assert not bar.isVisible()
    # The bar belongs to that file: it goes when another document comes.
    assert window.files.open_path(older)
    assert not bar.isVisible()  # now current: nothing to say
    shutil.copy(DATA / "legacy" / "v0_draft.ametijuhend", older)
    window.files.open_path(older)
    assert bar.isVisible()
    window.files.new_document("ametnik")
    assert not bar.isVisible()


def test_a_file_from_a_newer_version_is_still_refused_with_its_reason(qtbot, window, dialogs,
                                                                       tmp_path) -> None:
    from ametieditor.formats import xml_format

    newer = tmp_path / "uuem.ametijuhend"
    text = (DATA / "legacy" / "v0_draft.expected.ametijuhend").read_text(encoding="utf-8")
    current = f'version="{xml_format.CURRENT_VERSION}"'
    newer.write_text(text.replace(current, 'version="99"', 1), encoding="utf-8")
    assert not window.files.open_path(newer)
    [message] = dialogs.texts("critical")
    assert "uuema versiooniga" in message and str(newer) in message
    assert not window.info_bar.isVisible()


def test_dropping_a_file_opens_it(qtbot, window, dialogs) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.files.path == SAMPLE
    assert window.session.document == registry.load(SAMPLE).document


def test_recent_files_and_last_folder_are_remembered(qtbot, window, dialogs) -> None:
    assert window.files.open_path(SAMPLE)
    assert window.files.recent_files()[0] == str(SAMPLE)
    actions = window.menu_bar.recent_menu.actions()
    assert actions[0].text() == f"&1 {SAMPLE}"
    assert actions[0].data() == str(SAMPLE)
    window.files.new_document()
    actions[0].trigger()
    assert window.files.path == SAMPLE
    assert QSettings().value("files/lastFolder") == str(SAMPLE.parent)


def test_open_dialog_offers_every_registered_format(qtbot, window, dialogs) -> None:
    dialogs.open_name = str(SAMPLE)
    window.menu_bar.open_action.trigger()
    [(_kind, _title, file_filter)] = [call for call in dialogs.calls if call[0] == "open"]
    for entry in registry.reader_entries():
        assert f"*{entry.extension}" in file_filter
    assert window.files.path == SAMPLE


def test_settings_are_isolated_per_test(isolated_settings) -> None:
    settings = QSettings()
    assert str(isolated_settings) in settings.fileName()
    assert settings.value("files/recent") is None


def test_unexpected_errors_become_a_dialog(qtbot, window, dialogs, monkeypatch) -> None:
    from ametieditor.gui.dialogs import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise RuntimeError("katki")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    [message] = dialogs.texts("critical")
    assert "RuntimeError: katki" in message
    assert "Traceback" not in message


def test_export_docx_and_pdf_from_the_menu(qtbot, window, dialogs, tmp_path) -> None:
    assert window.files.open_path(SAMPLE)
    dialogs.question_answer = QMessageBox.StandardButton.Yes  # if the sample is not ready
    dialogs.save_names = [str(tmp_path / "ametijuhend.docx"), str(tmp_path / "ametijuhend")]
    window.menu_bar.export_docx_action.trigger()
    assert (tmp_path / "ametijuhend.docx").read_bytes()[:2] == b"PK"
    assert window.menu_bar.export_pdf_action.isEnabled()  # LibreOffice is installed here and in CI
    window.menu_bar.export_pdf_action.trigger()
    assert (tmp_path / "ametijuhend.pdf").read_bytes()[:5] == b"%PDF-"
    assert dialogs.texts("critical") == []


def test_window_layout_is_remembered(qtbot, dialogs, own) -> None:
    from ametieditor.gui.main_window import MainWindow

    first = MainWindow()
    own(first)
    first.show()
    first.resize(700, 500)  # within the offscreen screen
    first.splitter.setSizes([150, 700, 250])
    first.menu_bar.preview_action.trigger()  # hide the preview
    state = first.splitter.saveState()
    assert first.close()
    assert QSettings().value("window/splitter") == state
    second = MainWindow()
    own(second)
    second.show()
    assert not second.menu_bar.preview_action.isChecked()
    assert not second.preview.isVisible()
    assert second.size().height() == 500


def test_export_docx_asks_before_replacing_a_read_only_file(qtbot, window, dialogs, tmp_path,
                                                            monkeypatch) -> None:
    target = tmp_path / "allkirjastamiseks.docx"
    target.write_bytes(b"signed last year")
    target.chmod(0o444)
    asked: list[str] = []
    answers = {"kirjutuskaitstud": [QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.Yes]}

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        if "kirjutuskaitstud" in text:
            return answers["kirjutuskaitstud"].pop(0)
        return QMessageBox.StandardButton.Yes  # export an unfinished document anyway

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert window.files.open_path(SAMPLE)
    dialogs.save_names = [str(target)]
    window.menu_bar.export_docx_action.trigger()  # Ctrl+E; the answer is No
    read_only_questions = [text for text in asked if "kirjutuskaitstud" in text]
    assert read_only_questions == [
        "Fail allkirjastamiseks.docx on kirjutuskaitstud.\n\nKas asendada see ikkagi?"]
    assert target.read_bytes() == b"signed last year"
    dialogs.save_names = [str(target)]
    window.menu_bar.export_docx_action.trigger()  # asked again; now Yes
    assert target.read_bytes()[:2] == b"PK"
    assert dialogs.texts("critical") == []


def test_export_onto_a_writable_file_asks_nothing_more(qtbot, window, dialogs, tmp_path,
                                                       monkeypatch) -> None:
    target = tmp_path / "tavaline.docx"
    target.write_bytes(b"old export")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *_a, **_k: (asked.append(text), QMessageBox.StandardButton.Yes)[1]))
    assert window.files.open_path(SAMPLE)
    dialogs.save_names = [str(target)]
    window.menu_bar.export_docx_action.trigger()
    assert target.read_bytes()[:2] == b"PK"
    assert not any("asendada" in text for text in asked)
