"""Import notes moved into a part or deleted: one undoable step each."""

from __future__ import annotations

from ametieditor.commands import EditSession
from ametieditor.commands.notes import delete_note, note_targets, place_note
from ametieditor.model.document import Block, ImportNote, JobDescription
from tests.support.factories import full_document


def _session(doc: JobDescription) -> EditSession:
    doc.import_notes = [ImportNote("9. LISAD\n\nLisa 1", "rida 7"), ImportNote("Lk 1 / 2")]
    return EditSession(doc)


def test_targets_are_numbered_in_document_order() -> None:
    doc = full_document(duty_count=2)
    labels = [target.label for target in note_targets(doc)]
    assert labels == [
        "2. AMETIKOHA EESMÄRK",
        "3.1 ülesanne: Ülesanne 1 korraldamine, sh:", "3.1 tulemused",
        "3.2 ülesanne: Ülesanne 2 korraldamine, sh:", "3.2 tulemused",
        "4. ÕIGUSED", "5. VASTUTUS", "6. TÖÖVAHENDID",
        "7. AMETIKOHALE ESITATAVAD NÕUDED: Haridus",
        "7. AMETIKOHALE ESITATAVAD NÕUDED: Keeleoskus",
        "7. AMETIKOHALE ESITATAVAD NÕUDED: märkus",
        "8. AMETIJUHENDI MUUTMINE",
        "9. LISAD",  # the extra section of the full document
    ]
    paths = [target.list_path for target in note_targets(doc)]
    assert ("rights", "content") in paths and ("requirements", "items", 0, "content") in paths
    assert paths[-1] == ("extra_sections", 0, "content")


def test_placing_a_note_is_one_step_and_undo_brings_it_back() -> None:
    session = _session(full_document(duty_count=2))
    before = session.document.clone()
    target = next(t for t in note_targets(session.document) if t.list_path == ("rights",
                                                                                "content"))
    placed = place_note(session, 0, target, bullet=True)
    rights = session.document.rights.content
    assert placed == ("rights", "content", len(before.rights.content))
    assert rights[-2:] == [Block.li("9. LISAD"), Block.li("Lisa 1")]
    assert [note.text for note in session.document.import_notes] == ["Lk 1 / 2"]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.document == before
    session.undo_stack.redo()
    assert session.document.rights.content[-1] == Block.li("Lisa 1")
    assert len(session.document.import_notes) == 1


def test_a_note_can_go_to_a_part_the_document_does_not_have_yet() -> None:
    doc = full_document(duty_count=1)
    doc.work_tools = None
    session = _session(doc)
    target = next(t for t in note_targets(doc) if t.list_path == ("work_tools",))
    assert target.label == "Töövahendid (osa lisatakse)"
    place_note(session, 1, target)
    assert session.document.work_tools == [Block.p("Lk 1 / 2")]
    session.undo_stack.undo()
    assert session.document.work_tools is None
    assert len(session.document.import_notes) == 2


def test_deleting_a_note_is_undoable() -> None:
    session = _session(full_document(duty_count=1))
    delete_note(session, 0)
    assert [note.text for note in session.document.import_notes] == ["Lk 1 / 2"]
    assert session.undo_stack.undoText() == "Kustuta paigutamata tekst"
    session.undo_stack.undo()
    assert session.document.import_notes[0].source == "rida 7"
