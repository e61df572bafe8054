"""Templates with their own headers and footers, made as Word users make them (python-docx
on the default template): page-number fields as Word writes them (complex fields with a
cached result), tab stops, a header line, a different first page, even pages, a logo.

Each maker writes the template to ``path`` and returns it; ``FURNITURE_TEMPLATES`` maps a
short name to a maker, for tests that go through all of them.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ametieditor.formats.docx_template import default_template_path
from tests.support.templates import tiny_png

ORGANISATION = "Sotsiaalkindlustusamet"
HEADER_LINE = "Sotsiaalkindlustusamet · Ametijuhend"


def add_field(paragraph, code: str, shown: str = "1", *, bold: bool = False,
              size: float | None = None) -> None:
    """A complex field as Word writes it: begin, code, separate, cached result, end."""
    def run_with(child) -> None:
        run = paragraph.add_run()
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    run_with(instruction)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    result = paragraph.add_run(shown)
    result.bold = bold or None
    if size:
        result.font.size = Pt(size)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _start(path: Path):
    document = docx.Document(str(default_template_path()))
    return document, document.sections[0]


def _clear(part) -> None:
    """Empty a header or footer part (keeping one empty paragraph)."""
    part.is_linked_to_previous = False
    for paragraph in part.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    paragraph = part.paragraphs[0]
    for child in list(paragraph._p):
        if child.tag != qn("w:pPr"):
            paragraph._p.remove(child)
    return paragraph


def page_of_pages(path: Path) -> Path:
    """Footer "Lehekülg n / m", right-aligned, Arial 9, 12 pt spacing after."""
    document, section = _start(path)
    paragraph = _clear(section.footer)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for text, code in (("Lehekülg ", "PAGE"), (" / ", "NUMPAGES")):
        run = paragraph.add_run(text)
        run.font.name, run.font.size = "Arial", Pt(9)
        add_field(paragraph, code)
    for run in paragraph.runs:
        run.font.name, run.font.size = "Arial", Pt(9)
    paragraph.paragraph_format.space_after = Pt(12)  # Word lifts the footer by it
    document.save(str(path))
    return path


def name_and_number(path: Path) -> Path:
    """Footer: the organisation's name left, a tab, the page number right (the Footer
    style's centre tab cleared, a right tab at the text area's edge)."""
    document, section = _start(path)
    paragraph = _clear(section.footer)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    stops = paragraph.paragraph_format.tab_stops
    stops.add_tab_stop(Pt(4677 / 20), WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(section.page_width - section.left_margin - section.right_margin,
                       WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(ORGANISATION + "\t")
    add_field(paragraph, "PAGE", bold=True)
    document.save(str(path))
    return path


def header_line(path: Path) -> Path:
    """A header line, Arial 10 bold, centred, 6 pt spacing before; the default "n (m)"
    footer stays."""
    document, section = _start(path)
    paragraph = _clear(section.header)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(HEADER_LINE)
    run.font.name, run.font.size, run.bold = "Arial", Pt(10), True
    paragraph.paragraph_format.space_before = Pt(6)  # Word lowers the header by it
    document.save(str(path))
    return path


def first_page_different(path: Path) -> Path:
    """The first page: a header with the organisation's name and no footer; the other
    pages: no header and "Lk n (m)" centred (SECTIONPAGES for the count)."""
    document, section = _start(path)
    section.different_first_page_header_footer = True
    _clear(section.first_page_header).add_run(ORGANISATION)
    _clear(section.first_page_footer)
    paragraph = _clear(section.footer)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Lk ")
    add_field(paragraph, "PAGE")
    paragraph.add_run(" (")
    add_field(paragraph, "SECTIONPAGES")
    paragraph.add_run(")")
    document.save(str(path))
    return path


def no_footer(path: Path) -> Path:
    """No header and no footer at all."""
    document, section = _start(path)
    section.footer.is_linked_to_previous = True  # drops the footer reference
    document.save(str(path))
    return path


def even_pages(path: Path) -> Path:
    """Odd pages: the number right; even pages: the number left (``evenAndOddHeaders``)."""
    document, section = _start(path)
    document.settings.odd_and_even_pages_header_footer = True
    odd = _clear(section.footer)
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(odd, "PAGE")
    even = _clear(section.even_page_footer)
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    even.add_run("paaris ")
    add_field(even, "PAGE")
    document.save(str(path))
    return path


def tall_header(path: Path, lines: int = 5) -> Path:
    """A logo and ``lines`` lines of 12-point address in the header, a top margin of
    1.5 cm with the header at 1 cm: the header needs more room than the margin leaves."""
    document, section = _start(path)
    section.top_margin, section.header_distance = Cm(1.5), Cm(1)
    paragraph = _clear(section.header)
    paragraph.add_run().add_picture(io.BytesIO(tiny_png()), width=Cm(2))
    # Word writes the distances from the text; without them LibreOffice 7.4 puts 9 pt
    # left of an inline picture (python-docx leaves them out).
    inline = paragraph._p.find(".//" + qn("wp:inline"))
    for name in ("distT", "distB", "distL", "distR"):
        inline.set(name, "0")
    for number in range(lines):
        paragraph = section.header.add_paragraph(f"{ORGANISATION}, aadressirida {number + 1}")
        paragraph.runs[0].font.size = Pt(12)
    document.save(str(path))
    return path


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def floating_logo(path: Path) -> Path:
    """The organisation's name left in the header and the logo floating at the right
    edge of the text area, 0.6 cm from the top of the page (Word: *In Front of Text*)."""
    document, section = _start(path)
    paragraph = _clear(section.header)
    paragraph.add_run(ORGANISATION)
    paragraph.add_run().add_picture(io.BytesIO(tiny_png()), width=Cm(3))
    inline = paragraph._p.find(".//" + qn("wp:inline"))
    anchor = OxmlElement("wp:anchor")
    for name, value in (("distT", "0"), ("distB", "0"), ("distL", "114300"),
                        ("distR", "114300"), ("simplePos", "0"), ("relativeHeight", "1"),
                        ("behindDoc", "0"), ("locked", "0"), ("layoutInCell", "1"),
                        ("allowOverlap", "1")):
        anchor.set(name, value)
    simple = OxmlElement("wp:simplePos")
    simple.set("x", "0")
    simple.set("y", "0")
    anchor.append(simple)
    for tag, origin, child, text in (("positionH", "margin", "align", "right"),
                                     ("positionV", "page", "posOffset", str(Cm(0.6)))):
        position = OxmlElement(f"wp:{tag}")
        position.set("relativeFrom", origin)
        value = OxmlElement(f"wp:{child}")
        value.text = text
        position.append(value)
        anchor.append(position)
    children = {child.tag: child for child in inline}
    anchor.append(children[qn("wp:extent")])
    anchor.append(OxmlElement("wp:wrapNone"))
    for tag in ("wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"):
        if qn(tag) in children:
            anchor.append(children[qn(tag)])
    inline.getparent().replace(inline, anchor)
    document.save(str(path))
    return path


def header_table(path: Path) -> Path:
    """A borderless two-column table in the header: the logo left, the name and the page
    number right-aligned in the right cell (a common letterhead layout)."""
    document, section = _start(path)
    _clear(section.header)
    width = section.page_width - section.left_margin - section.right_margin
    table = section.header.add_table(1, 2, width)
    table.columns[0].width, table.columns[1].width = Cm(5), width - Cm(5)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(5), width - Cm(5)
    run = left.paragraphs[0].add_run()
    run.add_picture(io.BytesIO(tiny_png()), width=Cm(2))
    inline = left.paragraphs[0]._p.find(".//" + qn("wp:inline"))
    for name in ("distT", "distB", "distL", "distR"):  # as Word writes them
        inline.set(name, "0")
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    right.paragraphs[0].add_run(ORGANISATION).bold = True
    second = right.add_paragraph("Lk ")
    second.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(second, "PAGE")
    document.save(str(path))
    return path


FURNITURE_TEMPLATES: dict[str, Callable[[Path], Path]] = {
    "page-of-pages": page_of_pages,
    "name-and-number": name_and_number,
    "header-line": header_line,
    "first-page": first_page_different,
    "no-footer": no_footer,
    "even-pages": even_pages,
    "tall-header": tall_header,
    "floating-logo": floating_logo,
    "header-table": header_table,
}
