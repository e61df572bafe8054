"""Extra sections (9. LISAD …): numbering, checks, text search, compare, preview and DOCX."""

from __future__ import annotations

import re

from ametieditor.formats.docx_export import build_docx
from ametieditor.formats.html_render import render_html
from ametieditor.model.checks import check_document
from ametieditor.model.compare import ChangeKind, compare
from ametieditor.model.document import Block, ExtraSection
from ametieditor.model.numbering import extra_heading, numbering
from ametieditor.model.texts import iter_texts
from tests.support.docx_reading import docx_texts
from tests.support.factories import full_document


def _with_extras(*extras: ExtraSection):
    doc = full_document(1)
    doc.extra_sections = list(extras)
    return doc


def test_extra_sections_are_numbered_after_the_last_official_one() -> None:
    doc = _with_extras(ExtraSection("LISAD"), ExtraSection("KOOSKÕLASTUS"))
    assert numbering(doc).extras == (9, 10)
    assert extra_heading(doc, 1) == "10. KOOSKÕLASTUS"
    doc.work_tools = None
    doc.amendment = None
    assert numbering(doc).extras == (7, 8)


def test_text_search_and_checks_see_extra_sections() -> None:
    doc = _with_extras(ExtraSection("LISAD", [Block.p("Lisa 1"), Block.li("")]),
                       ExtraSection("", []))
    pieces = [(piece.part, piece.location, piece.text) for piece in iter_texts(doc)
              if piece.location[0] == "extra_sections"]
    assert pieces[:3] == [("9. LISAD", ("extra_sections", 0, "heading"), "LISAD"),
                          ("9. LISAD", ("extra_sections", 0, "content", 0), "Lisa 1"),
                          ("9. LISAD", ("extra_sections", 0, "content", 1), "")]
    problems = [(p.part, p.location) for p in check_document(doc)
                if p.location[0] == "extra_sections"]
    assert problems == [("9. LISAD", ("extra_sections", 0, "content", 1)),
                        ("10. Lisaosa", ("extra_sections", 1, "heading")),
                        ("10. Lisaosa", ("extra_sections", 1, "content"))]


def test_compare_matches_extra_sections_by_heading() -> None:
    old = _with_extras(ExtraSection("LISAD", [Block.p("Lisa 1. Riskianalüüs")]))
    new = _with_extras(ExtraSection("KOOSKÕLASTUS", [Block.p("Jurist")]),
                       ExtraSection("LISAD", [Block.p("Lisa 1. Riskianalüüs uuendatud")]))
    entries = [entry for entry in compare(old, new).entries
               if entry.section == "extra_sections"]
    assert [(entry.label, entry.kind) for entry in entries] == [
        ("9. KOOSKÕLASTUS", ChangeKind.ADDED), ("10. LISAD", ChangeKind.CHANGED)]
    assert entries[1].old_location == ("extra_sections", 0)
    assert entries[1].new_location == ("extra_sections", 1)


def _tags_only(html: str) -> str:
    """The HTML without attributes: what is printed, not how it is styled."""
    return re.sub(r"<(\w+)[^>]*>", r"<\1>", html)


def test_preview_and_docx_print_extra_sections_after_the_amendment() -> None:
    doc = _with_extras(ExtraSection("LISAD", [Block.p("Lisa 1. Riskianalüüs"),
                                              Block.li("Lisa 2. Ohutusjuhend")]))
    html = _tags_only(render_html(doc))
    amendment = html.index("8. AMETIJUHENDI MUUTMINE")
    assert amendment < html.index("<h2>9. LISAD</h2><p>Lisa 1. Riskianalüüs</p>"
                                  "<ul><li>Lisa 2. Ohutusjuhend</li></ul>")
    assert html.index("9. LISAD") < html.index("(allkirjastatud digitaalselt)")
    texts = docx_texts(build_docx(doc).data)
    start = texts.index("8. AMETIJUHENDI MUUTMINE")
    assert texts[start + 2: start + 5] == ["9. LISAD", "Lisa 1. Riskianalüüs",
                                           "Lisa 2. Ohutusjuhend"]


def test_in_print_extra_sections_follow_the_last_printed_section() -> None:
    doc = _with_extras(ExtraSection("LISAD", [Block.p("Lisa 1")]))
    doc.work_tools = []  # on but empty: not printed, later sections move up in print
    numbers = numbering(doc)
    assert (numbers.extras, numbers.printed_extras) == ((9,), (8,))
    assert extra_heading(doc, 0) == "9. LISAD"
    assert extra_heading(doc, 0, printed=True) == "8. LISAD"
    assert "<h2>8. LISAD</h2>" in _tags_only(render_html(doc))
    assert "8. LISAD" in docx_texts(build_docx(doc).data)
