"""A whole drafting session driven through the window as a user would."""

from __future__ import annotations

import datetime as dt
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ametieditor.formats import registry
from ametieditor.model.document import Block
from tests.gui.helpers import choose_part, click, click_check, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _navigator_texts(window) -> list[str]:
    return [window.navigator.item(row).text() for row in range(window.navigator.count())]


def test_new_document_to_saved_file_and_back(qtbot, window, dialogs, tmp_path) -> None:
    doc = lambda: window.session.document  # noqa: E731 (the session's document changes)
    stack = window.session.undo_stack
    assert window.windowTitle().startswith("Nimetu")
    assert not window.isWindowModified()
    template = doc().clone()

    # 1 Üldosa: type every field; the title follows the post title.
    general = window.panes["general"].ui
    for widget, text in ((general.titleEdit, "Peaspetsialist (õigusküsimused)"),
                         (general.unitEdit, "Õigusosakond"),
                         (general.managerEdit, "Osakonnajuhataja"),
                         (general.substitutedByEdit, "Nõunik"),
                         (general.substitutesEdit, "Nõunikku")):
        click(qtbot, widget)
        type_text(qtbot, widget, text)
    assert doc().general.title == "Peaspetsialist (õigusküsimused)"
    assert doc().general.substitutes == "Nõunikku"
    assert "Peaspetsialist (õigusküsimused)" in window.windowTitle()
    assert window.isWindowModified()
    general.employeeGroupCombo.setFocus()
    qtbot.keyClick(general.employeeGroupCombo, Qt.Key.Key_Down)
    assert doc().general.employee_group == "Töötaja"
    click(qtbot, general.approverEdit)
    type_text(qtbot, general.approverEdit, "Sotsiaalkindlustusameti peadirektori")
    click_check(qtbot, general.noDateCheck)  # the approval gets a date: today
    assert doc().approval.date == dt.date.today().isoformat()
    click(qtbot, general.decreeEdit)
    type_text(qtbot, general.decreeEdit, "94")

    # 2 Eesmärk: two paragraphs.
    choose_part(qtbot, window, "purpose")
    purpose = window.panes["purpose"].ui.editor
    click(qtbot, purpose)
    type_text(qtbot, purpose, "Õigusalane nõustamine.\nÕigusaktide eelnõude koostamine.")
    assert doc().purpose == [Block.p("Õigusalane nõustamine."),
                             Block.p("Õigusaktide eelnõude koostamine.")]

    # 3 duties: the template has one empty row; write it, add rows, reorder, delete.
    choose_part(qtbot, window, "duties")
    duties = window.panes["duties"]
    task = duties.ui.taskEdit
    click(qtbot, task)
    type_text(qtbot, task, "Lepingute koostamine, sh:\n- üürilepingud\nostulepingud")
    # Enter after a bullet continues the list; Ctrl+Shift+L turns a line to a paragraph and back.
    assert doc().duties.items[0].task[-1] == Block.li("ostulepingud")
    qtbot.keyClick(task, Qt.Key.Key_L, CTRL_SHIFT)
    assert doc().duties.items[0].task[-1] == Block.p("ostulepingud")
    qtbot.keyClick(task, Qt.Key.Key_L, CTRL_SHIFT)
    click(qtbot, duties.ui.resultsEdit)
    type_text(qtbot, duties.ui.resultsEdit, "Lepingud on õigeaegselt sõlmitud.")
    assert doc().duties.items[0].task == [Block.p("Lepingute koostamine, sh:"),
                                          Block.li("üürilepingud"), Block.li("ostulepingud")]
    for text in ("Teine ülesanne.", "Kolmas ülesanne."):
        qtbot.keyClick(duties.ui.resultsEdit if text.startswith("T") else task,
                       Qt.Key.Key_Return, CTRL)
        assert task.hasFocus()
        type_text(qtbot, task, text)
    assert [d.task[0].text for d in doc().duties.items] == [
        "Lepingute koostamine, sh:", "Teine ülesanne.", "Kolmas ülesanne."]
    qtbot.keyClick(task, Qt.Key.Key_Up, CTRL_SHIFT)  # move "Kolmas" up
    assert [d.task[0].text for d in doc().duties.items][1:] == [
        "Kolmas ülesanne.", "Teine ülesanne."]
    assert duties.model.data(duties.model.index(1, 0)) == "3.2"
    click(qtbot, duties.ui.duplicateButton)
    assert len(doc().duties.items) == 4
    click(qtbot, duties.ui.removeButton)
    assert [d.task[0].text for d in doc().duties.items][1:] == [
        "Kolmas ülesanne.", "Teine ülesanne."]

    # 4 rights: the template's intro, two items added with the button.
    choose_part(qtbot, window, "rights")
    rights = window.panes["rights"].ui
    click(qtbot, rights.addButton)
    type_text(qtbot, rights.editor, "saada tööks vajalikku teavet;")
    click(qtbot, rights.addButton)
    type_text(qtbot, rights.editor, "teha ettepanekuid.")
    assert doc().rights.intro == "Ametnikul on õigus:"
    assert doc().rights.content == [Block.li("saada tööks vajalikku teavet;"),
                                    Block.li("teha ettepanekuid.")]

    # 5 responsibility: "- " at a line start makes a bullet.
    choose_part(qtbot, window, "responsibilities")
    editor = window.panes["responsibilities"].ui.editor
    click(qtbot, editor)
    type_text(qtbot, editor, "- vara säilimise eest.")
    assert doc().responsibilities.content == [Block.li("vara säilimise eest.")]

    # 6 work tools: a new document starts without them; switched on they are empty (not
    # printed, marked in the navigator) and later sections move; off again they move back.
    assert doc().work_tools is None
    assert _navigator_texts(window)[6] == "6. Nõuded (tühi)"  # only labels so far
    choose_part(qtbot, window, "work_tools")
    click_check(qtbot, window.panes["work_tools"].ui.enabledCheck)
    assert doc().work_tools == []
    assert _navigator_texts(window)[5:7] == ["6. Töövahendid (tühi)", "7. Nõuded (tühi)"]
    click_check(qtbot, window.panes["work_tools"].ui.enabledCheck)
    assert doc().work_tools is None
    assert _navigator_texts(window)[6] == "6. Nõuded (tühi)"
    assert window.panes["requirements"].ui.headingLabel.text().startswith("6. ")

    # 7 requirements: fill Haridus, add a labelled row from the usual labels.
    choose_part(qtbot, window, "requirements")
    requirements = window.panes["requirements"].ui.requirementsEditor.ui
    requirements.itemsList.setCurrentRow(0)
    click(qtbot, requirements.contentEdit)
    type_text(qtbot, requirements.contentEdit, "Kõrgharidus õigusteaduses.")
    requirements.itemsList.setCurrentRow(requirements.itemsList.count() - 1)
    click(qtbot, requirements.addButton)
    assert requirements.nameCombo.hasFocus()
    type_text(qtbot, requirements.nameCombo, "Teadmised")
    assert doc().requirements.items[0].content == [Block.p("Kõrgharidus õigusteaduses.")]
    assert doc().requirements.items[-1].label == "Teadmised"
    assert _navigator_texts(window)[6] == "6. Nõuded"  # has content now: printed

    # Signatures.
    choose_part(qtbot, window, "signatures")
    signatures = window.panes["signatures"].ui
    click(qtbot, signatures.approverNameEdit)
    type_text(qtbot, signatures.approverNameEdit, "Maret Maripuu")
    assert doc().signatures.approver.name == "Maret Maripuu"

    # Undo everything, then redo everything: the widgets show each state.
    final = doc().clone()
    for _ in range(stack.count()):
        qtbot.keyClick(window.panes["signatures"].ui.approverNameEdit, Qt.Key.Key_Z, CTRL)
    assert stack.index() == 0
    assert doc() == template
    assert general.titleEdit.text() == ""
    assert signatures.approverNameEdit.text() == ""
    assert _navigator_texts(window)[6] == "6. Nõuded (tühi)"  # the new document again
    stack.setIndex(stack.count() // 2)
    stack.setIndex(stack.count())
    assert doc() == final
    assert general.titleEdit.text() == "Peaspetsialist (õigusküsimused)"
    assert duties.ui.table.model().rowCount() == 3

    # Save (asks a name for a new document), reopen: the same model.
    target = tmp_path / "peaspetsialist.ametijuhend"
    dialogs.save_names = [str(target)]
    qtbot.keyClick(signatures.approverNameEdit, Qt.Key.Key_S, CTRL)
    assert target.exists()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("peaspetsialist.ametijuhend")
    # The save stamped <modified> (issue 15); nothing else differs from the edited document.
    assert doc().meta.modified >= final.meta.modified
    final.meta.modified = doc().meta.modified
    assert registry.load(target).document == final == doc()
    window.files.new_document("tootaja")
    assert doc().general.employee_group == "Töötaja"
    assert window.files.open_path(target)
    assert doc() == final
    assert general.titleEdit.text() == "Peaspetsialist (õigusküsimused)"
    assert dialogs.texts("critical") == []

    # Export DOCX with Ctrl+E: the body has the text, and the file opens to the same model.
    exported = tmp_path / "peaspetsialist.docx"
    dialogs.save_names = [str(exported)]
    # Two results are still empty: the export asks before writing a file meant for signing.
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    choose_part(qtbot, window, "general")
    qtbot.keyClick(general.titleEdit, Qt.Key.Key_E, CTRL)
    assert "Eksportida ikkagi?" in dialogs.texts("question")[-1]
    assert exported.exists()
    with zipfile.ZipFile(exported) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert "Peaspetsialist (õigusküsimused)" in body
    assert registry.load(exported).document == final
    assert dialogs.texts("critical") == []
