"""The review round trip through the window: export for review, read the answer back.

The returned file is a real export of the window, edited the way Word records a
manager's comment and a lawyer's tracked changes (tests/support/word_review.py).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from ametieditor.formats import xml_format
from ametieditor.gui.review import ReviewPanel
from tests.gui.test_revisions import _click_tree, _open
from tests.support.factories import full_document
from tests.support.word_review import WordReview

LAWYER, MANAGER = "Juta Jurist", "Mari Mets"


def _action(window, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None and action in window.menus["file"].actions()
    return action


def _item(panel: ReviewPanel, starts: str):
    """The entry whose text (after its state, if any: "✓ vastu võetud: …") starts so."""
    matches = [item for item in panel.items()
               if item.text(0).split(": ", 1)[-1].startswith(starts)
               or item.text(0).startswith(starts)]
    assert len(matches) == 1, [item.text(0) for item in panel.items()]
    return matches[0]


def _sent_and_returned(qtbot, window, dialogs, tmp_path: Path) -> Path:
    source = tmp_path / "peaspetsialist.ametijuhend"
    xml_format.write(full_document(3), source)
    _open(window, dialogs, source)
    sent = tmp_path / "peaspetsialist_ülevaatamiseks.docx"
    dialogs.save_names = [str(sent)]
    dialogs.author_answer = "Personaliosakond"
    _action(window, "exportForReview").trigger()
    saves = [call for call in dialogs.calls if call[0] == "save"]
    assert saves[-1][2] == str(sent)  # the name proposed
    assert dialogs.kinds()[-1] == "author"  # asked once, at the first export, as any export
    with zipfile.ZipFile(sent) as archive:
        assert b"<w:trackRevisions/>" in archive.read("word/settings.xml")
        assert b"<dc:creator>Personaliosakond</dc:creator>" in archive.read("docProps/core.xml")

    review = WordReview(sent.read_bytes())
    review.comment(review.paragraph("3.2 Ülesanne 2"),
                   "Kas see on ikka meie osakonna ülesanne?", MANAGER)
    review.comment(review.paragraph("AMETIJUHEND"), "Vaatasin läbi, muud pole.", MANAGER,
                   anchored=False)
    review.replace(review.paragraph("Juhtivspetsialist"), "Juhtivspetsialist",
                   "Osakonnajuhataja", LAWYER)
    review.replace(review.paragraph("saada tööks vajalikku infot;"), "vajalikku",
                   "vajalikku ja ajakohast", LAWYER)
    returned = tmp_path / "peaspetsialist_jurist.docx"
    returned.write_bytes(review.package())
    return returned


def test_comments_are_notes_on_their_part_and_changes_are_accepted_or_rejected(
        qtbot, window, dialogs, tmp_path) -> None:
    returned = _sent_and_returned(qtbot, window, dialogs, tmp_path)
    doc = lambda: window.session.document  # noqa: E731 (the session's document changes)
    stack = window.session.undo_stack
    before = doc().clone()
    dialogs.open_name = str(returned)
    _action(window, "readReview").trigger()

    dock = window.findChild(QDockWidget, "reviewDock")
    panel = window.findChild(ReviewPanel, "reviewPanel")
    assert dock.isVisible()
    assert panel.heading.text() == "Ülevaatus failist peaspetsialist_jurist.docx"
    # the comment that lost its anchor is kept with the document, in the unplaced text
    assert [note.text for note in doc().import_notes] == [
        "Kommentaar: Vaatasin läbi, muud pole."]
    assert window.findChild(QDockWidget, "importNotesDock").isVisible()

    # The manager's comment is a note on task 3.2: a click shows that task.
    note = _item(panel, "3.2 ülesanne — Mari Mets:\nKas see on ikka meie osakonna")
    window.show_part("general")
    _click_tree(qtbot, panel, note)
    assert window.stack.currentWidget() is window.panes["duties"]
    assert window.panes["duties"].current_row() == 1
    assert "Tekst: „3.2 Ülesanne 2 korraldamine, sh:”" in panel.detail.text()

    # The lawyer's change of the line manager is accepted: one undo step.
    change = _item(panel, "1.3 Vahetu juht — Juta Jurist:")
    _click_tree(qtbot, panel, change)
    assert window.stack.currentWidget() is window.panes["general"]
    count = stack.count()
    _click_tree(qtbot, panel, _item(panel, "1.3 Vahetu juht"))
    assert panel.accept_button.isEnabled()
    panel.accept_button.click()
    assert doc().general.manager == "Osakonnajuhataja (lastemaja)"
    assert window.panes["general"].ui.managerEdit.text() == "Osakonnajuhataja (lastemaja)"
    assert stack.count() == count + 1
    assert _item(panel, "1.3 Vahetu juht").text(0).startswith("✓ vastu võetud: 1.3 Vahetu")
    window.menu_bar.undo_action.trigger()
    assert doc().general.manager == before.general.manager
    assert _item(panel, "1.3 Vahetu juht").text(0).startswith("1.3 Vahetu")  # pending again
    window.menu_bar.redo_action.trigger()
    assert doc().general.manager == "Osakonnajuhataja (lastemaja)"

    # The other change is rejected: the document keeps its text.
    _click_tree(qtbot, panel, _item(panel, "4. Õigused — Juta Jurist:"))
    panel.reject_button.click()
    assert doc().rights == before.rights
    assert _item(panel, "4. Õigused").text(0).startswith("✗ tagasi lükatud: 4. Õigused")
    assert not panel.accept_button.isEnabled() and not panel.accept_all_button.isEnabled()
    assert stack.count() == count + 1  # rejecting changes nothing


def test_accept_all_is_one_undo_step(qtbot, window, dialogs, tmp_path) -> None:
    returned = _sent_and_returned(qtbot, window, dialogs, tmp_path)
    before = window.session.document.clone()
    dialogs.open_name = str(returned)
    _action(window, "readReview").trigger()
    panel = window.findChild(ReviewPanel, "reviewPanel")
    stack = window.session.undo_stack
    count = stack.count()
    panel.accept_all_button.click()
    doc = window.session.document
    assert doc.general.manager == "Osakonnajuhataja (lastemaja)"
    assert doc.rights.content[0].text == "saada tööks vajalikku ja ajakohast infot;"
    assert stack.count() == count + 1
    window.menu_bar.undo_action.trigger()
    assert doc.general == before.general and doc.rights == before.rights


def test_an_unreadable_review_file_says_so_in_one_line(qtbot, window, dialogs,
                                                       tmp_path) -> None:
    broken = tmp_path / "katki.docx"
    broken.write_bytes(b"PK\x03\x04 katki")
    dialogs.open_name = str(broken)
    _action(window, "readReview").trigger()
    assert dialogs.kinds()[-1] == "critical"
    assert dialogs.texts("critical")[-1].startswith(str(broken))
    assert not window.findChild(QDockWidget, "reviewDock").isVisible()


def test_a_review_of_another_document_says_so_and_applies_nothing_stale(
        qtbot, window, dialogs, tmp_path) -> None:
    returned = _sent_and_returned(qtbot, window, dialogs, tmp_path)
    other = full_document(1)
    other.meta.id = "teine"
    other.general.manager = "Osakonnajuhataja"
    path = tmp_path / "teine.ametijuhend"
    xml_format.write(other, path)
    _open(window, dialogs, path)
    dialogs.open_name = str(returned)
    _action(window, "readReview").trigger()
    panel = window.findChild(ReviewPanel, "reviewPanel")
    assert "NB! Ülevaadatud on teist dokumenti" in panel.heading.text()
    stale = _item(panel, "1.3 Vahetu juht")
    assert stale.text(0).startswith("⚠ tekst on vahepeal muutunud: 1.3 Vahetu juht")
    _click_tree(qtbot, panel, stale)
    assert not panel.accept_button.isEnabled()
    # the comment was on task 3.2, which this document does not have: nothing happens
    window.show_part("general")
    _click_tree(qtbot, panel, _item(panel, "3.2 ülesanne — Mari Mets"))
    assert window.stack.currentWidget() is window.panes["general"]
    count = window.session.undo_stack.count()
    panel.accept_all_button.click()  # only the rights change still applies
    assert window.session.document.general.manager == "Osakonnajuhataja"
    assert window.session.document.rights.content[0].text == \
        "saada tööks vajalikku ja ajakohast infot;"
    assert window.session.undo_stack.count() == count + 1
