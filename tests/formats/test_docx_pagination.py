"""Pagination rules the exporter writes into word/document.xml, whatever the template says.

Package-level checks with lxml on the produced part, for the samples, a generated
worst case and a template whose styles have no keep-with-next; then LibreOffice
counts the pages and no page ends with a heading.
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from ametieditor.formats import libreoffice, xml_format
from ametieditor.formats.docx_export import build_docx
from ametieditor.formats.docx_styles import StyleName, style_id
from ametieditor.formats.docx_template import default_template_path
from ametieditor.model.document import SIGNATURE_MARKER, Duty
from ametieditor.model.numbering import Section, numbered_heading
from tests.conftest import SAMPLE_FILES
from tests.support.factories import worst_case_document
from tests.support.layout_reading import document_body

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
CASES = [*SAMPLE_FILES, "worst"]
KEPT_STYLES = {style_id(name) for name in (StyleName.TITLE, StyleName.SECTION,
                                           StyleName.SUBHEADING, StyleName.GROUP)}


def load(case):
    return worst_case_document() if case == "worst" else xml_format.read(case)


def twenty_two_duties():
    """The largest real document's size: sample 001's rows repeated to 22 duties."""
    doc = xml_format.read(SAMPLE_FILES[0])
    rows = doc.duties.items
    doc.duties.items = [Duty(task=list(rows[i % len(rows)].task),
                             results=list(rows[i % len(rows)].results)) for i in range(22)]
    return doc


def style_of(paragraph: etree._Element) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style.get(_W + "val") if style is not None else ""


def keeps(paragraph: etree._Element) -> bool:
    """Direct keep-with-next: present and not switched off."""
    keep = paragraph.find(f"{_W}pPr/{_W}keepNext")
    assert keep is not None, "keep-with-next must be set directly on every paragraph"
    return keep.get(_W + "val", "1") not in ("0", "false")


def text_of(paragraph: etree._Element) -> str:
    return "".join(paragraph.itertext())


def without_keep_next(path: Path) -> Path:
    """The default template with every w:keepNext and w:keepLines removed from its styles."""
    with zipfile.ZipFile(default_template_path()) as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/styles.xml":
                data = re.sub(rb"<w:keep(Next|Lines)/>", b"", data)
                assert b"keepNext" not in data
            out.writestr(item, data)
    return path


@pytest.mark.parametrize("case", CASES, ids=lambda case: str(case)[-18:])
def test_headings_keep_with_next_directly(case) -> None:
    body = document_body(build_docx(load(case)).data)
    paragraphs = list(body.iter(_W + "p"))
    headings = [p for p in paragraphs if style_of(p) in KEPT_STYLES]
    assert len(headings) >= 8
    assert all(keeps(p) for p in headings)
    for paragraph in paragraphs:
        keeps(paragraph)  # set (on or off) on every paragraph, never left to the style
    # an intro ("Ametnik vastutab:") never ends a page alone either
    doc = load(case)
    intro_texts = {part.intro for part in (doc.rights, doc.responsibilities) if part and part.intro}
    intros = [p for p in body.iterfind(_W + "p") if text_of(p) in intro_texts]
    assert intros and all(keeps(p) for p in intros)


@pytest.mark.parametrize("case", CASES, ids=lambda case: str(case)[-18:])
def test_rows_never_split_and_tables_break_between_rows(case) -> None:
    body = document_body(build_docx(load(case)).data)
    rows = list(body.iter(_W + "tr"))
    assert rows and all(row.find(f"{_W}trPr/{_W}cantSplit") is not None for row in rows)
    requirements = body.findall(_W + "tbl")[-1]  # the last table is the requirements'
    assert text_of(requirements).startswith("Haridus")
    label_paragraphs = [row.find(f"{_W}tc/{_W}p") for row in requirements.iterfind(_W + "tr")]
    assert label_paragraphs and not any(keeps(p) for p in label_paragraphs)
    duties = next(table for table in body.iterfind(_W + "tbl")
                  if table.find(f"{_W}tr/{_W}trPr/{_W}tblHeader") is not None)
    duty_rows = duties.findall(_W + "tr")
    assert all(keeps(p) for p in duty_rows[0].iter(_W + "p"))  # the header keeps with row 1
    assert not any(keeps(p) for row in duty_rows[1:] for p in row.iter(_W + "p"))


@pytest.mark.parametrize("case", CASES, ids=lambda case: str(case)[-18:])
def test_signatures_stay_together_without_empty_paragraphs(case) -> None:
    body = document_body(build_docx(load(case)).data)
    top = [element for element in body if element.tag == _W + "p"]
    signature = style_id(StyleName.SIGNATURE)
    first = next(index for index, p in enumerate(top) if style_of(p) == signature)
    block = top[first:]
    assert all(style_of(p) == signature and text_of(p) for p in block)  # no empty paragraphs
    assert all(keeps(p) for p in [top[first - 1], *block[:-1]])
    assert not keeps(block[-1])
    spaced = [p for p in block if text_of(p) == SIGNATURE_MARKER
              or text_of(p).startswith("Ametijuhendiga")]
    assert spaced and all(int(p.find(f"{_W}pPr/{_W}spacing").get(_W + "before")) > 0
                          for p in spaced)
    # no empty top-level paragraph except the one Word needs between two tables
    for index, element in enumerate(body):
        if element.tag == _W + "p" and not text_of(element):
            assert body[index - 1].tag == body[index + 1].tag == _W + "tbl"
    assert body[-1].tag == _W + "sectPr" and text_of(body[-2])  # no empty trailing paragraph


def test_a_template_without_keep_next_gives_the_same_document(tmp_path: Path) -> None:
    template = without_keep_next(tmp_path / "ilma-hoidmiseta.docx")
    doc = worst_case_document()
    with zipfile.ZipFile(io.BytesIO(build_docx(doc, template).data)) as package:
        own = package.read("word/document.xml")
        assert b"keepNext" not in package.read("word/styles.xml")
    with zipfile.ZipFile(io.BytesIO(build_docx(doc).data)) as package:
        assert own == package.read("word/document.xml")


# -- LibreOffice ------------------------------------------------------------------


def _pages(pdf: Path) -> list[list[str]]:
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()]
            for page in text.split("\f") if page.strip()]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, object]]:
    """name → (PDF made by LibreOffice, document), one LibreOffice run for all."""
    if libreoffice.find_soffice() is None:
        pytest.fail("LibreOffice is needed for the page tests (see setup.sh)")
    folder = tmp_path_factory.mktemp("pages")
    docs = {path.stem[:3]: xml_format.read(path) for path in SAMPLE_FILES}
    docs["22"] = twenty_two_duties()
    docs["worst"] = worst_case_document()
    docs["org-worst"] = worst_case_document()
    sources = []
    template = without_keep_next(folder / "mall.docx")
    for name, doc in docs.items():
        source = folder / f"{name}.docx"
        source.write_bytes(build_docx(doc, template if name.startswith("org") else None).data)
        sources.append(source)
    pdfs = libreoffice.convert_files(sources, "pdf", folder)
    return {name: (pdf, docs[name]) for name, pdf in zip(docs, pdfs, strict=True)}


@pytest.mark.slow
def test_no_page_ends_with_a_heading(converted) -> None:
    for name, (pdf, doc) in converted.items():
        headings = {numbered_heading(doc, section) for section in Section} - {""}
        if doc.requirements is not None and doc.requirements.competencies is not None:
            headings.add(doc.requirements.competencies.heading)
        if doc.requirements is not None and doc.requirements.additional is not None:
            headings.add(doc.requirements.additional.heading)
        pages = _pages(pdf)
        for number, lines in enumerate(pages[:-1], start=1):
            body = [line for line in lines if not re.fullmatch(r"\d+ \(\d+\)", line)]
            assert body[-1] not in headings, f"{name}: page {number} ends with {body[-1]!r}"
            assert not body[-1].endswith(("vastutab:", "õigus:")), f"{name}: page {number}"


def _content_bottoms(pdf: Path) -> list[float]:
    """For each page, the lowest text above the footer (points from the page top)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    root = etree.fromstring(html.encode(), etree.HTMLParser())
    bottoms = []
    for page in root.iter("page"):
        footer_top = float(page.get("height")) - 56.7  # the bottom margin of the template
        words = [float(word.get("ymax")) for word in page.iter("word")]
        bottoms.append(max(y for y in words if y < footer_top))
    return bottoms


@pytest.mark.slow
def test_pages_are_filled_before_they_break(converted) -> None:
    """No half-empty page: every page but the last is filled to at least 3/4 of its text
    area (the 22-duty document had a half-empty page before the requirements table).
    Real documents only: the worst case's half-page rows may rightly move whole."""
    for name, (pdf, _doc) in converted.items():
        if "worst" in name:
            continue
        bottoms = _content_bottoms(pdf)
        text_bottom = 841.9 - 56.7
        for number, bottom in enumerate(bottoms[:-1], start=1):
            assert bottom > 56.7 + 0.75 * (text_bottom - 56.7), f"{name}: page {number}"


@pytest.mark.slow
def test_the_preview_has_the_pages_libreoffice_has(converted, qapp) -> None:
    """The paged preview breaks pages where LibreOffice breaks the exported DOCX."""
    from ametieditor.formats.layout import layout
    from ametieditor.formats.page_setup import page_setup
    from ametieditor.gui.page_document import PageDocument

    for name, (pdf, doc) in converted.items():
        pages = PageDocument(page_setup())
        pages.update(layout(doc))
        assert pages.page_count() == len(_pages(pdf)), name
