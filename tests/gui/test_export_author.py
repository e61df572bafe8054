"""The author name is asked once at the first export; export warnings are shown (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from ametieditor.formats import registry
from ametieditor.gui import export_author
from ametieditor.storage import export_settings
from tests.conftest import SAMPLE_FILES
from tests.support.docx_reading import parts, xml
from tests.support.templates import THUMBNAIL, make_cluttered_template

REAL_ASK = export_author.ask_author
DC = "{http://purl.org/dc/elements/1.1/}"


def _answer_author_dialog(qtbot, text: str, seen: list[str]) -> None:
    """When the author question is on the screen: type ``text`` and press Enter."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.labelText())
        edit = dialog.findChild(QLineEdit)
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def _creator(path) -> str:
    return xml(parts(path.read_bytes())["docProps/core.xml"]).findtext(DC + "creator") or ""


def test_first_export_asks_for_the_author_once(qtbot, window, dialogs, tmp_path,
                                               monkeypatch) -> None:
    monkeypatch.setattr(export_author, "ask_author", REAL_ASK)  # the real dialog this time
    assert window.files.open_path(SAMPLE_FILES[0])
    dialogs.question_answer = QMessageBox.StandardButton.Yes  # if the sample is not ready
    first, second = tmp_path / "esimene.docx", tmp_path / "teine.docx"
    dialogs.save_names = [str(first)]
    seen: list[str] = []
    _answer_author_dialog(qtbot, "Mari Maasikas", seen)
    window.menu_bar.export_docx_action.trigger()
    assert len(seen) == 1 and "kasutajanime ei kasutata" in seen[0]
    assert _creator(first) == "Mari Maasikas"
    assert export_settings.export_author() == "Mari Maasikas"
    # the second export does not ask: a dialog now would block this test
    dialogs.save_names = [str(second)]
    window.menu_bar.export_docx_action.trigger()
    assert _creator(second) == "Mari Maasikas"
    assert len(seen) == 1


def test_author_can_be_changed_in_settings(qtbot, window, dialogs, tmp_path,
                                           monkeypatch) -> None:
    monkeypatch.setattr(export_author, "ask_author", REAL_ASK)
    export_settings.set_export_author("Vana Nimi")
    seen: list[str] = []
    _answer_author_dialog(qtbot, "Personaliosakond", seen)
    window.findChild(QAction, "exportAuthorName").trigger()  # Seaded › Autori nimi…
    assert seen and export_settings.export_author() == "Personaliosakond"


def test_cancelled_question_leaves_the_name_empty_and_is_not_repeated(
        qtbot, window, dialogs, tmp_path) -> None:
    assert window.files.open_path(SAMPLE_FILES[0])
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    dialogs.author_answer = None  # the user pressed Loobu
    dialogs.save_names = [str(tmp_path / "a.docx"), str(tmp_path / "b.docx")]
    window.menu_bar.export_docx_action.trigger()
    window.menu_bar.export_docx_action.trigger()
    assert [kind for kind in dialogs.kinds() if kind == "author"] == ["author"]
    assert _creator(tmp_path / "b.docx") == ""
    assert export_settings.export_author() == ""


def test_what_the_template_lost_is_shown_once(qtbot, window, dialogs, tmp_path,
                                              monkeypatch) -> None:
    template = make_cluttered_template(tmp_path / "asutus.docx")
    real_save = registry.save

    def save_with_template(doc, path, options=None):
        options = options or registry.WriteOptions()
        options.template = template
        return real_save(doc, path, options)

    monkeypatch.setattr(registry, "save", save_with_template)
    assert window.files.open_path(SAMPLE_FILES[0])
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    target = tmp_path / "valja.docx"
    dialogs.save_names = [str(target)]
    window.menu_bar.export_docx_action.trigger()
    [warning] = dialogs.texts("warning")
    assert str(target) in warning and warning.count(THUMBNAIL) == 1
    assert THUMBNAIL not in parts(target.read_bytes())
