"""Organisation templates, the signing check before export and the folder check, in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ametieditor.formats import xml_format
from ametieditor.formats.document_templates import user_folder
from ametieditor.gui import template_actions
from ametieditor.model.document import General, JobDescription
from tests.gui.helpers import choose_part, type_text


def test_save_as_template_then_new_from_it(qtbot, window, dialogs, monkeypatch) -> None:
    general = window.panes["general"]
    choose_part(qtbot, window, "rights")
    editor = window.panes["rights"].ui.editor
    editor.setFocus()
    type_text(qtbot, editor, "Kasutada osakonna ühist kalendrit")
    choose_part(qtbot, window, "general")
    title = general.findChild(type(general.ui.titleEdit), "titleEdit")
    title.setFocus()
    type_text(qtbot, title, "Nõunik")
    asked = []
    def ask(_parent, proposed):
        asked.append(proposed)
        return "Meie osakond", True

    monkeypatch.setattr(template_actions, "ask_template_name", ask)
    window.template_actions.save_action.trigger()
    assert asked == ["Nõunik"]
    assert (user_folder() / "Meie osakond.ametijuhend").is_file()

    window.menu_bar.new_menu.aboutToShow.emit()
    action = window.template_actions.template_actions()["Meie osakond"]
    assert action in window.menu_bar.new_menu.actions()
    dialogs.unsaved_answer = QMessageBox.StandardButton.Discard
    action.trigger()
    document = window.session.document
    assert [b.text for b in document.rights.content] == ["Kasutada osakonna ühist kalendrit"]
    assert document.general.title == ""  # post-specific parts are emptied
    assert document.meta is not None and document.meta.revision == 1
    assert window.session.undo_stack.isClean()


def test_bundled_new_entries_use_the_template_mechanism(qtbot, window) -> None:
    window.menu_bar.new_employee_action.trigger()
    assert window.session.document.general.employee_group == "Töötaja"
    assert window.session.document.meta is not None  # new_from_template gives fresh meta


def test_own_templates_can_be_deleted(qtbot, window, dialogs, monkeypatch) -> None:
    from ametieditor.gui.template_actions import TemplateManager

    monkeypatch.setattr(template_actions, "ask_template_name",
                        lambda _parent, _proposed: ("Ajutine", True))
    assert window.template_actions.save_as_template()
    manager = TemplateManager(window)
    assert manager.list.item(0).text() == "Ajutine"
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(manager.delete_button, Qt.MouseButton.LeftButton)
    assert not (user_folder() / "Ajutine.ametijuhend").exists()
    assert not manager.delete_button.isEnabled()
    manager.deleteLater()
    window.template_actions.fill_menu()
    assert "Ajutine" not in window.template_actions.template_actions()


def test_export_with_a_placeholder_asks_first(qtbot, window, dialogs, tmp_path) -> None:
    choose_part(qtbot, window, "purpose")
    editor = window.panes["purpose"].ui.editor
    editor.setFocus()
    type_text(qtbot, editor, "Ametikoha eesmärk on [täida]")
    dialogs.save_names = [str(tmp_path / "valmis.docx")]
    window.menu_bar.export_docx_action.trigger()  # the answer is not "Yes": nothing is written
    [question] = dialogs.texts("question")
    assert "Eksportida ikkagi?" in question
    assert "[täida]" in question
    assert not (tmp_path / "valmis.docx").exists()
    assert dialogs.save_names  # not even the file dialog was shown
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    window.menu_bar.export_docx_action.trigger()
    assert (tmp_path / "valmis.docx").read_bytes()[:2] == b"PK"


def _post(title: str, substitutes: str = "", substituted_by: str = "") -> JobDescription:
    return JobDescription(general=General(title=title, unit="Arendusosakond",
                                          substitutes=substitutes,
                                          substituted_by=substituted_by))


def test_folder_check_lists_problems_and_opens_the_file(qtbot, window, dialogs, tmp_path,
                                                        monkeypatch) -> None:
    folder = tmp_path / "osakond"
    folder.mkdir()
    xml_format.write(_post("Nõunik", substitutes="Koordinaator"), folder / "nounik.ametijuhend")
    xml_format.write(_post("Koordinaator"), folder / "koordinaator.ametijuhend")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(folder)))
    window.folder_check.action.trigger()  # read and compared in a worker thread
    qtbot.waitUntil(lambda: window.folder_check.results is not None, timeout=20000)
    results = window.folder_check.results
    assert results.count() >= 1
    texts = [results.item(row).text() for row in range(results.count())]
    assert any(text.startswith(("nounik.ametijuhend: ", "koordinaator.ametijuhend: "))
               for text in texts), texts
    item = results.item(0)
    window.session.undo_stack.resetClean()  # pretend unsaved changes: the prompt comes first
    dialogs.unsaved_answer = QMessageBox.StandardButton.Discard
    results.itemActivated.emit(item)
    assert window.files.path == folder / item.data(Qt.ItemDataRole.UserRole).split("/")[-1]
    assert dialogs.kinds()[-1] == "question"  # the unsaved-changes prompt was asked
