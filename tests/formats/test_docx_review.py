"""The review round trip in the formats layer: export with tracking on, read a returned file.

The returned files are made in the tests from a real export, edited the way Word
records a reviewer's work (tests/support/word_review.py).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from ametieditor.formats import registry
from ametieditor.formats.docx_review import read_review, review_docx, save_for_review
from ametieditor.io.errors import FormatError
from ametieditor.model.document import Block, JobDescription
from ametieditor.model.review import ProposalState, accepted_value, proposal_state, value_at
from tests.support.factories import full_document
from tests.support.word_review import WordReview

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LAWYER, MANAGER = "Juta Jurist", "Mari Mets"


def _returned(tmp_path: Path, doc: JobDescription, edit) -> Path:
    review = WordReview(review_docx(doc))
    edit(review)
    path = tmp_path / "tagasi.docx"
    path.write_bytes(review.package())
    return path


def _accept(doc: JobDescription, proposal) -> None:
    found = accepted_value(doc, proposal)
    assert found is not None, proposal
    path, value = found
    parent = value_at(doc, path[:-1])
    if isinstance(path[-1], int):
        parent[path[-1]] = value
    else:
        setattr(parent, path[-1], value)


def test_the_review_export_tracks_changes_and_carries_the_document(tmp_path: Path) -> None:
    doc = full_document()
    path = tmp_path / "ülevaatamiseks.docx"
    save_for_review(doc, path)
    with zipfile.ZipFile(path) as archive:
        settings = etree.fromstring(archive.read("word/settings.xml"))
    names = [etree.QName(child).localname for child in settings]
    assert names.index("zoom") < names.index("trackRevisions") < names.index("defaultTabStop")
    assert registry.load(path).document == doc  # the document sent is in the file
    # reading it back untouched finds nothing to do
    review = read_review(path, doc)
    assert (review.proposals, review.comments, review.unplaced) == ([], [], [])


def test_changes_become_proposals_on_the_fields_they_change(tmp_path: Path) -> None:
    doc = full_document()

    def edit(review: WordReview) -> None:
        review.replace(review.paragraph("Juhtivspetsialist"), "Juhtivspetsialist",
                       "Osakonnajuhataja", LAWYER)
        review.replace(review.paragraph("3.2 Ülesanne 2"), "korraldamine", "koordineerimine",
                       LAWYER)
        review.delete(review.paragraph("saada tööks vajalikku infot;"), LAWYER)
        review.insert_after(review.paragraph("Ametikoha eesmärk on"),
                            "Eesmärk on ka koostöö arendamine.", LAWYER)

    review = read_review(_returned(tmp_path, doc, edit), doc)
    assert review.unplaced == [] and review.comments == []
    found = {proposal.path: proposal for proposal in review.proposals}
    assert set(found) == {("general", "manager"), ("duties", "items", 1, "task"),
                          ("rights", "content"), ("purpose",)}
    manager = found[("general", "manager")]
    assert (manager.part, manager.old, manager.new) == (
        "1.3 Vahetu juht", "Juhtivspetsialist (lastemaja)", "Osakonnajuhataja (lastemaja)")
    assert manager.authors == (LAWYER,) and manager.date.startswith("2026-12-01")
    task = found[("duties", "items", 1, "task")]
    assert task.part == "3.2 ülesanne"
    assert task.new == (Block.p("Ülesanne 2 koordineerimine, sh:"),)  # "3.2 " is layout
    assert found[("rights", "content")].new == ()
    assert found[("purpose",)].new == (*doc.purpose,
                                       Block.p("Eesmärk on ka koostöö arendamine."))

    expected = doc.clone()
    expected.general.manager = "Osakonnajuhataja (lastemaja)"
    expected.duties.items[1].task[0] = Block.p("Ülesanne 2 koordineerimine, sh:")
    expected.rights.content = []
    expected.purpose.append(Block.p("Eesmärk on ka koostöö arendamine."))
    current = doc.clone()
    for proposal in reversed(review.proposals):  # any order
        assert proposal_state(current, proposal) is ProposalState.PENDING
        _accept(current, proposal)
        assert proposal_state(current, proposal) is ProposalState.ACCEPTED
    assert current == expected


def test_two_changes_in_one_list_apply_in_either_order(tmp_path: Path) -> None:
    doc = full_document()
    doc.purpose = [Block.p("Esimene lõik."), Block.p("Teine lõik."), Block.p("Kolmas lõik.")]

    def edit(review: WordReview) -> None:
        review.delete(review.paragraph("Esimene lõik."), LAWYER)
        review.replace(review.paragraph("Kolmas lõik."), "Kolmas", "Viimane", LAWYER)

    review = read_review(_returned(tmp_path, doc, edit), doc)
    assert len(review.proposals) == 2
    for order in (review.proposals, list(reversed(review.proposals))):
        current = doc.clone()
        for proposal in order:
            _accept(current, proposal)
        assert current.purpose == [Block.p("Teine lõik."), Block.p("Viimane lõik.")]


def test_comments_are_placed_on_their_part_and_the_rest_is_kept_as_notes(
        tmp_path: Path) -> None:
    doc = full_document()

    def edit(review: WordReview) -> None:
        review.comment(review.paragraph("3.2 Ülesanne 2"),
                       "Kas see on ikka meie osakonna ülesanne?", MANAGER)
        review.comment(review.paragraph("2. AMETIKOHA EESMÄRK"), "Eesmärk on liiga üldine.",
                       MANAGER)
        review.comment(review.paragraph("3.1 Ülesanne 1"), "Vt ka eelmise aasta juhendit.",
                       MANAGER, anchored=False)
        review.replace(review.paragraph("7. AMETIKOHALE"), "NÕUDED", "NÕUDMISED", LAWYER)

    review = read_review(_returned(tmp_path, doc, edit), doc)
    assert [(c.author, c.part, c.location, c.text) for c in review.comments] == [
        (MANAGER, "3.2 ülesanne", ("duties", "items", 1, "task", 0),
         "Kas see on ikka meie osakonna ülesanne?"),
        (MANAGER, "2. AMETIKOHA EESMÄRK", ("purpose",), "Eesmärk on liiga üldine."),
    ]
    assert review.comments[0].quoted == "3.2 Ülesanne 2 korraldamine, sh:"
    assert review.proposals == []
    notes = {note.text: note.source for note in review.unplaced}
    assert notes == {
        "Enne: 7. AMETIKOHALE ESITATAVAD NÕUDED\nPärast: 7. AMETIKOHALE ESITATAVAD NÕUDMISED":
            f"ülevaatus ({LAWYER}, tagasi.docx)",
        "Kommentaar: Vt ka eelmise aasta juhendit.": f"ülevaatus ({MANAGER}, tagasi.docx)",
    }


def test_a_change_to_text_edited_since_is_stale(tmp_path: Path) -> None:
    doc = full_document()

    def edit(review: WordReview) -> None:
        review.replace(review.paragraph("Juhtivspetsialist"), "Juhtivspetsialist",
                       "Osakonnajuhataja", LAWYER)

    review = read_review(_returned(tmp_path, doc, edit), doc)
    current = doc.clone()
    current.general.manager = "Juhataja"
    (proposal,) = review.proposals
    assert proposal_state(current, proposal) is ProposalState.STALE
    assert accepted_value(current, proposal) is None


def test_text_changed_without_tracking_is_kept_as_a_note(tmp_path: Path) -> None:
    doc = full_document()

    def edit(review: WordReview) -> None:
        text = next(t for t in review.document.iter(f"{W}t")
                    if t.text == "Töövahenditeks on sülearvuti.")
        text.text = "Töövahenditeks on lauaarvuti."

    review = read_review(_returned(tmp_path, doc, edit), doc)
    texts = [note.text for note in review.unplaced]
    assert "Tekst, mida saadetud dokumendis ei olnud: Töövahenditeks on lauaarvuti." in texts
    assert any("Töövahenditeks on sülearvuti." in text for text in texts)


@pytest.mark.parametrize("data, expected", [
    (b"not a zip", "ZIP"),
    (b"", "tühi"),
])
def test_an_unreadable_review_file_gives_one_line(tmp_path: Path, data: bytes,
                                                  expected: str) -> None:
    path = tmp_path / "vigane.docx"
    path.write_bytes(data)
    with pytest.raises(FormatError) as caught:
        read_review(path, full_document())
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_a_zip_without_a_word_document_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "x")
    path = tmp_path / "pole.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(FormatError, match="ei ole Wordi dokument"):
        read_review(path, full_document())
