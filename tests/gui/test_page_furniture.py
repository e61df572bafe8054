"""The preview and print draw the template's own header and footer (gui/page_furniture.py).

What is drawn is read back two ways: the text of each page of a print to PDF (pypdf),
and where the ink is on the painted page (alignment, the logo, the room a header takes).
The slow test puts the same pages beside LibreOffice's conversion of the exported DOCX.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from ametieditor.formats import libreoffice, xml_format
from ametieditor.formats.docx_export import build_docx
from ametieditor.formats.layout import layout
from ametieditor.formats.page_furniture import read_docx_furniture
from ametieditor.formats.page_setup import page_setup
from ametieditor.gui.page_document import PageDocument, px
from ametieditor.gui.printing import prepare_printer, print_pages
from tests.conftest import SAMPLE_FILES
from tests.support.furniture_templates import (
    FURNITURE_TEMPLATES,
    HEADER_LINE,
    ORGANISATION,
)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | None]:
    folder = tmp_path_factory.mktemp("furniture")
    made: dict[str, Path | None] = {"default": None}
    made.update({name: make(folder / f"{name}.docx")
                 for name, make in FURNITURE_TEMPLATES.items()})
    return made


def _document():
    return xml_format.read(SAMPLE_FILES[-1])  # four pages


def _pages(template: Path | None) -> PageDocument:
    pages = PageDocument(page_setup(template))
    pages.update(layout(_document()))
    return pages


def expected(name: str, number: int, count: int) -> tuple[str, str]:
    """(header, footer) of page ``number`` (1-based) of ``count``, whitespace collapsed."""
    return {
        "default": ("", f"{number} ({count})"),
        "page-of-pages": ("", f"Lehekülg {number} / {count}"),
        "name-and-number": ("", f"{ORGANISATION} {number}"),
        "header-line": (HEADER_LINE, f"{number} ({count})"),
        "first-page": (ORGANISATION, "") if number == 1 else ("", f"Lk {number} ({count})"),
        "no-footer": ("", ""),
        "even-pages": ("", f"paaris {number}" if number % 2 == 0 else str(number)),
        "floating-logo": (ORGANISATION, f"{number} ({count})"),
        "header-table": (f"{ORGANISATION} Lk {number}", f"{number} ({count})"),
        "tall-header": ("\n".join(f"{ORGANISATION}, aadressirida {line}"
                                  for line in range(1, 6)), f"{number} ({count})"),
    }[name]


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _printed(pages: PageDocument, target: Path) -> list[str]:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    prepare_printer(printer, pages)
    print_pages(printer, pages)
    return [_collapsed(page.extract_text()) for page in PdfReader(target).pages]


def _image(pages: PageDocument, number: int) -> QImage:
    image = QImage(pages.pages.size.toSize(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    pages.paint_page(painter, number)
    painter.end()
    return image


def _ink(image: QImage, top: float, bottom: float, red: bool = False) -> QRect:
    """The box around the dark (or the logo's red) pixels between ``top`` and ``bottom``."""
    box = QRect()
    for y in range(max(0, int(top)), min(image.height(), int(bottom) + 1)):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            hit = (colour.red() > 150 > colour.green() + 60) if red else colour.value() < 128
            if hit:
                box = box.united(QRect(x, y, 1, 1))
    return box


@pytest.mark.parametrize("name", ["default", *FURNITURE_TEMPLATES])
def test_each_page_draws_its_header_and_footer(qapp, templates, tmp_path, name: str) -> None:
    pages = _pages(templates[name])
    count = pages.page_count()
    assert count >= 4
    printed = _printed(pages, tmp_path / "prinditud.pdf")
    assert len(printed) == count
    for number in range(count):
        header, footer = expected(name, number + 1, count)
        assert _collapsed(pages.furniture_text("header", number)) == _collapsed(header)
        assert _collapsed(pages.furniture_text("footer", number)) == footer
        text = printed[number]
        assert text.startswith(_collapsed(header)), (name, number, text[:80])
        assert text.endswith(footer), (name, number, text[-80:])
        if name != "default":  # and no fixed "n (m)" besides
            assert not text.endswith(f"{footer} {number + 1} ({count})".strip())


def _footer_band(pages: PageDocument) -> tuple[float, float]:
    setup = pages.setup
    bottom = px(setup.height - setup.footer)
    return bottom - px(20), bottom + 1


@pytest.mark.parametrize(("name", "where"), [
    ("default", "center"), ("page-of-pages", "right"), ("name-and-number", "both"),
    ("even-pages", "right"),
])
def test_footer_alignment_as_in_the_template(qapp, templates, name: str, where: str) -> None:
    pages = _pages(templates[name])
    left, right = px(pages.setup.left), px(pages.setup.width - pages.setup.right)
    ink = _ink(_image(pages, 0), *_footer_band(pages))
    assert not ink.isEmpty()
    if where == "center":
        assert abs((ink.left() + ink.right()) / 2 - (left + right) / 2) < 4
    if where in ("right", "both"):
        assert abs(ink.right() - right) < 4
        assert where == "both" or ink.left() > (left + right) / 2
    if where == "both":
        assert abs(ink.left() - left) < 4
    if name == "even-pages":  # the even page's footer is on the left
        even = _ink(_image(pages, 1), *_footer_band(pages))
        assert abs(even.left() - left) < 4 and even.right() < (left + right) / 2


def test_no_footer_and_no_header_leave_the_margins_blank(qapp, templates) -> None:
    pages = _pages(templates["no-footer"])
    image = _image(pages, 1)
    assert _ink(image, 0, px(pages.setup.top) - 1).isEmpty()
    assert _ink(image, px(pages.setup.height - pages.setup.bottom) + 1, image.height()).isEmpty()


def test_header_line_is_drawn_centred_below_the_header_distance(qapp, templates) -> None:
    pages = _pages(templates["header-line"])
    setup = pages.setup
    ink = _ink(_image(pages, 2), 0, px(setup.top) - 1)
    assert 0 <= ink.top() - px(setup.header + 6) < 5  # its 6 pt spacing before kept
    middle = (px(setup.left) + px(setup.width - setup.right)) / 2
    assert abs((ink.left() + ink.right()) / 2 - middle) < 4
    assert pages.body(2)[0] == px(setup.top)  # the line fits above the top margin


def test_first_page_header_only_on_the_first_page(qapp, templates) -> None:
    pages = _pages(templates["first-page"])
    top = px(pages.setup.top) - 1
    assert not _ink(_image(pages, 0), 0, top).isEmpty()
    assert _ink(_image(pages, 1), 0, top).isEmpty()
    assert _ink(_image(pages, 0), *_footer_band(pages)).isEmpty()
    assert not _ink(_image(pages, 1), *_footer_band(pages)).isEmpty()


def test_tall_header_moves_the_body_down_and_shows_the_logo(qapp, templates) -> None:
    """A header taller than the room above the top margin pushes the body down, as Word
    and LibreOffice do; the logo is drawn at its size at the header's start."""
    pages = _pages(templates["tall-header"])
    setup = pages.setup
    top, height = pages.body(0)
    assert top > px(setup.top) + px(50)
    assert top == pytest.approx(px(setup.header) + pages.furniture.height("header", 0))
    assert height == pytest.approx(px(setup.height - setup.bottom) - top)
    image = _image(pages, 0)
    header_ink = _ink(image, 0, top - 1)
    body_ink = _ink(image, top, px(setup.height - setup.bottom))
    assert header_ink.bottom() < body_ink.top()
    assert header_ink.top() >= px(setup.header) - 1
    logo = _ink(image, 0, px(setup.top), red=True)
    assert abs(logo.left() - px(setup.left)) < 3
    assert logo.width() == pytest.approx(px(2 / 2.54 * 72), abs=3)
    for placed in pages.pages.pages[0]:
        assert placed.y + placed.shown <= height + 0.5


def test_floating_logo_is_drawn_where_its_anchor_says(qapp, templates) -> None:
    """Right edge of the text area, 0.6 cm from the page's top, 3 cm wide; the body
    stays at the top margin (a floating picture takes no room)."""
    pages = _pages(templates["floating-logo"])
    setup = pages.setup
    logo = _ink(_image(pages, 3), 0, px(setup.top) + px(40), red=True)
    assert abs(logo.right() + 1 - px(setup.width - setup.right)) <= 2
    assert abs(logo.top() - px(0.6 / 2.54 * 72)) <= 2
    assert abs(logo.width() - px(3 / 2.54 * 72)) <= 2
    assert pages.body(3)[0] == px(setup.top)


def test_header_table_cells_side_by_side(qapp, templates) -> None:
    """The logo in the left cell, the name and page number right-aligned in the right
    cell, both inside Word's 5.4 pt cell margins; the empty paragraph above the table
    takes its line, and the header's height pushes the body down."""
    pages = _pages(templates["header-table"])
    setup = pages.setup
    top = pages.body(1)[0]
    image = _image(pages, 1)
    logo = _ink(image, 0, top - 2, red=True)
    text = _ink(image, 0, top - 2)
    margin = px(5.4)
    assert abs(logo.left() - (px(setup.left) + margin)) <= 2
    assert abs(text.right() + 1 - (px(setup.width - setup.right) - margin)) <= 3
    assert logo.top() > px(setup.header) + px(10)  # below the empty paragraph's line
    assert abs(logo.top() - text.top()) <= 4  # one row
    assert top > px(setup.top)


# -- LibreOffice ------------------------------------------------------------------


def _office_page(pdf: Path, folder: Path) -> QImage:
    """The first page of LibreOffice's PDF as an image at the preview's 96 dpi."""
    subprocess.run(["pdftoppm", "-png", "-r", "96", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(folder / pdf.stem)], check=True)
    return QImage(str(folder / f"{pdf.stem}.png"))


def _same_place(drawn: QRect, office: QRect, what: tuple) -> None:
    assert drawn.isEmpty() == office.isEmpty(), what
    for side in ("left", "top", "right", "bottom"):
        if not drawn.isEmpty():
            assert abs(getattr(drawn, side)() - getattr(office, side)()) <= 4, (*what, side)


def _office_bands(pdf: Path, pages: PageDocument) -> list[tuple[str, str]]:
    """For each page of LibreOffice's PDF: the words above and below the preview's body."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    root = etree.fromstring(html.encode(), etree.HTMLParser(encoding="utf-8"))
    bands = []
    for number, page in enumerate(root.iter("page")):
        top, height = (value * 72 / 96 for value in pages.body(number))
        words = sorted(((float(word.get("ymin")), float(word.get("xmin")), word.text or "")
                        for word in page.iter("word")), key=lambda word: (round(word[0]),
                                                                          word[1]))
        bands.append((" ".join(text for y, _x, text in words if y < top - 2),
                      " ".join(text for y, _x, text in words if y > top + height + 2)))
    return bands


@pytest.mark.slow
def test_libreoffice_prints_the_header_and_footer_the_preview_draws(qapp, templates,
                                                                     tmp_path) -> None:
    if libreoffice.find_soffice() is None:
        pytest.fail("LibreOffice is needed for the page tests (see setup.sh)")
    doc = _document()
    sources = []
    for name, template in templates.items():
        source = tmp_path / f"{name}.docx"
        source.write_bytes(build_docx(doc, template).data)
        sources.append(source)
    pdfs = libreoffice.convert_files(sources, "pdf", tmp_path)
    for (name, template), source, pdf in zip(templates.items(), sources, pdfs, strict=True):
        pages = _pages(template)
        # the signed file holds what the preview was drawn from
        assert read_docx_furniture(source.read_bytes(), source) == pages.setup.furniture
        bands = _office_bands(pdf, pages)
        assert len(bands) == pages.page_count(), name
        for number, (header, footer) in enumerate(bands):
            assert header == _collapsed(pages.furniture_text("header", number)), (name, number)
            assert footer == _collapsed(pages.furniture_text("footer", number)), (name, number)
        # the header, the footer and any logo in the same place on the first page
        drawn, office = _image(pages, 0), _office_page(pdf, tmp_path)
        top, height = pages.body(0)
        for band, red in (((0, top - 2), False), ((0, top - 2), True),
                          ((top + height + 2, drawn.height()), False)):
            _same_place(_ink(drawn, *band, red=red), _ink(office, *band, red=red),
                        (name, band, red))
