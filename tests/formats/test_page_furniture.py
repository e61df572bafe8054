"""Reading a template's headers and footers (formats/page_furniture.py), no Qt.

Templates are generated the way Word users make them (tests/support/furniture_templates.py);
the odd cases (content controls, nested and foreign fields, positional tabs, tables,
unreadable pictures) are written as raw WordprocessingML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from ametieditor.formats.docx_export import build_docx
from ametieditor.formats.docx_package import REL_FOOTER, REL_HEADER, REL_SETTINGS, Relationships
from ametieditor.formats.furniture_pictures import FloatingPicture, Picture, place
from ametieditor.formats.page_furniture import (
    FurnitureParagraph,
    FurnitureTable,
    PageFurniture,
    TabStop,
    format_number,
    furniture_text,
    read_docx_furniture,
    read_furniture,
)
from ametieditor.formats.page_setup import page_setup
from ametieditor.formats.style_looks import RunLook
from tests.support.docx_reading import parts
from tests.support.factories import full_document
from tests.support.furniture_templates import (
    FURNITURE_TEMPLATES,
    HEADER_LINE,
    ORGANISATION,
)
from tests.support.templates import tiny_png

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("furniture")
    return {name: make(folder / f"{name}.docx") for name, make in FURNITURE_TEMPLATES.items()}


def texts(furniture: PageFurniture, which: str, count: int) -> list[str]:
    return [furniture_text(getattr(furniture, which)(index), furniture, index, count)
            for index in range(count)]


def test_default_template_footer_is_page_and_count_centred() -> None:
    furniture = page_setup().furniture
    assert texts(furniture, "footer", 3) == ["1 (3)", "2 (3)", "3 (3)"]
    assert texts(furniture, "header", 3) == ["", "", ""]
    (paragraph,) = furniture.footer(0).paragraphs
    assert paragraph.align == "center"
    assert [piece.kind for piece in paragraph.pieces] == ["field", "text", "field", "text"]
    # Times New Roman from the defaults, 10 pt from the Footer style
    assert {piece.look for piece in paragraph.pieces} == {RunLook("Times New Roman", 10.0)}


def test_page_of_pages_right_aligned_in_arial(templates) -> None:
    setup = page_setup(templates["page-of-pages"])
    furniture = setup.furniture
    assert texts(furniture, "footer", 2) == ["Lehekülg 1 / 2", "Lehekülg 2 / 2"]
    (paragraph,) = furniture.footer(1).paragraphs
    assert paragraph.align == "right"
    assert {(piece.look.font, piece.look.size) for piece in paragraph.pieces} == {("Arial", 9.0)}


def test_name_left_number_right_with_a_tab(templates) -> None:
    setup = page_setup(templates["name-and-number"])
    (paragraph,) = setup.furniture.footer(0).paragraphs
    assert furniture_text(setup.furniture.footer(4), setup.furniture, 4, 9) == \
        f"{ORGANISATION}\t5"
    # the Footer style's centre tab is cleared, its right tab and the paragraph's remain
    assert paragraph.tabs == (TabStop(pytest.approx(setup.text_width, abs=0.1), "right"),)
    field = next(piece for piece in paragraph.pieces if piece.kind == "field")
    assert field.look.bold and not paragraph.pieces[0].look.bold


def test_header_line_and_the_default_footer(templates) -> None:
    furniture = page_setup(templates["header-line"]).furniture
    assert texts(furniture, "header", 2) == [HEADER_LINE] * 2
    assert texts(furniture, "footer", 2) == ["1 (2)", "2 (2)"]
    (paragraph,) = furniture.header(0).paragraphs
    assert paragraph.align == "center"
    assert paragraph.pieces[0].look == RunLook("Arial", 10.0, bold=True)


def test_first_page_has_its_own(templates) -> None:
    furniture = page_setup(templates["first-page"]).furniture
    assert furniture.title_page
    assert texts(furniture, "header", 3) == [ORGANISATION, "", ""]
    assert texts(furniture, "footer", 3) == ["", "Lk 2 (3)", "Lk 3 (3)"]


def test_sectionpages_becomes_numpages_in_the_export(templates) -> None:
    """SECTIONPAGES (one section: the page count) is written as NUMPAGES, not frozen at
    its cached "1" (LibreOffice 7.4 would show the cached value), and not reported."""
    export = build_docx(full_document(), templates["first-page"])
    furniture = read_docx_furniture(export.data, "out.docx")
    assert texts(furniture, "footer", 3) == ["", "Lk 2 (3)", "Lk 3 (3)"]
    footers = b"".join(data for name, data in parts(export.data).items()
                       if name.startswith("word/footer"))
    assert b"SECTIONPAGES" not in footers and footers.count(b"NUMPAGES") == 1
    assert export.warnings == []


def test_no_footer(templates) -> None:
    furniture = page_setup(templates["no-footer"]).furniture
    assert furniture.footer(0).empty and furniture.header(0).empty
    assert texts(furniture, "footer", 2) == ["", ""]


def test_even_pages_have_their_own(templates) -> None:
    furniture = page_setup(templates["even-pages"]).furniture
    assert furniture.even_and_odd
    assert texts(furniture, "footer", 4) == ["1", "paaris 2", "3", "paaris 4"]
    assert furniture.footer(1).paragraphs[0].align == "left"
    assert furniture.footer(2).paragraphs[0].align == "right"


def test_logo_in_the_header_is_read_at_its_size(templates) -> None:
    setup = page_setup(templates["tall-header"])
    pieces = [piece for paragraph in setup.furniture.header(0).paragraphs
              for piece in paragraph.pieces if piece.kind == "image"]
    assert len(pieces) == 1
    assert pieces[0].image == tiny_png()
    assert pieces[0].width == pytest.approx(2 / 2.54 * 72, abs=0.1)
    assert pieces[0].height == pytest.approx(pieces[0].width * 24 / 60, abs=0.1)
    assert setup.header == pytest.approx(1 / 2.54 * 72, abs=0.1)


@pytest.mark.parametrize("name", list(FURNITURE_TEMPLATES))
def test_exported_docx_has_the_templates_furniture(templates, name: str) -> None:
    export = build_docx(full_document(), templates[name])
    assert read_docx_furniture(export.data, "out.docx") == page_setup(templates[name]).furniture


# -- raw WordprocessingML -----------------------------------------------------------

_STYLES = (f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>'
           '<w:rFonts w:ascii="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>'
           '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
           '<w:name w:val="Normal"/></w:style>'
           '<w:style w:type="character" w:styleId="Rhutud"><w:name w:val="Rõhutud"/>'
           '<w:rPr><w:i/></w:rPr></w:style></w:styles>')


def _field(code: str, shown: str) -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> {code} '
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _package(header: str, section_extra: str = "", settings: str = "",
             extra_parts: dict[str, bytes] | None = None) -> tuple[PageFurniture, dict]:
    rels = Relationships()
    rels.add(REL_HEADER, "header1.xml")
    rels.add(REL_SETTINGS, "settings.xml")
    rels.add(REL_FOOTER, "missing.xml")  # a reference to a part that is not there
    parts = {
        "word/_rels/document.xml.rels": rels.to_bytes(),
        "word/header1.xml": (f'<w:hdr xmlns:w="{W}" xmlns:r="{R}">{header}</w:hdr>').encode(),
        "word/settings.xml": f'<w:settings xmlns:w="{W}">{settings}</w:settings>'.encode(),
        **(extra_parts or {}),
    }
    section = etree.fromstring(
        f'<w:sectPr xmlns:w="{W}" xmlns:r="{R}"><w:headerReference w:type="default" '
        f'r:id="rId1"/><w:footerReference w:type="default" r:id="rId3"/>{section_extra}'
        "</w:sectPr>")
    return read_furniture(parts, "word/document.xml", section,
                          etree.fromstring(_STYLES.encode())), parts


def test_content_controls_nested_and_foreign_fields() -> None:
    """Word's "Page X of Y" gallery wraps the paragraph in a content control; a DATE
    field shows its cached text; a PAGE field inside another field's result counts."""
    header = ('<w:sdt><w:sdtContent><w:p><w:pPr><w:jc w:val="end"/></w:pPr>'
              '<w:r><w:t xml:space="preserve">Lk </w:t></w:r>' + _field("PAGE", "9")
              + '<w:r><w:t xml:space="preserve"> / </w:t></w:r>'
              + '<w:fldSimple w:instr="NUMPAGES \\* MERGEFORMAT"><w:r><w:t>9</w:t></w:r>'
              '</w:fldSimple></w:p></w:sdtContent></w:sdt>'
              '<w:p><w:r><w:t xml:space="preserve">Kuupäev </w:t></w:r>'
              + _field('DATE \\@ "dd.MM.yyyy"', "01.02.2025")
              + '<w:r><w:br/><w:t>rida</w:t></w:r></w:p>')
    furniture, _ = _package(header)
    assert texts(furniture, "header", 2) == [
        "Lk 1 / 2\nKuupäev 01.02.2025\nrida", "Lk 2 / 2\nKuupäev 01.02.2025\nrida"]
    assert furniture.header(0).paragraphs[0].align == "right"
    assert furniture.footer(0).empty  # the footer part is missing: none, no error
    assert {piece.look for piece in furniture.header(0).paragraphs[0].pieces} == {
        RunLook("Calibri", 11.0)}


def test_number_formats_start_and_switches() -> None:
    header = ('<w:p>' + _field("PAGE \\* ROMAN", "I") + '<w:r><w:t xml:space="preserve"> '
              '</w:t></w:r>' + _field("PAGE", "i") + '<w:r><w:t xml:space="preserve"> '
              '</w:t></w:r>' + _field("NUMPAGES \\* Arabic", "1") + "</w:p>")
    furniture, _ = _package(header, '<w:pgNumType w:fmt="lowerRoman" w:start="3"/>')
    assert texts(furniture, "header", 2) == ["III iii 2", "IV iv 2"]
    assert format_number(28, "upperLetter") == "BB"
    assert format_number(1994, "upperRoman") == "MCMXCIV"
    assert format_number(0, "lowerRoman") == "0"


def test_positional_tabs_character_styles_and_tables() -> None:
    header = ('<w:p><w:r><w:rPr><w:rStyle w:val="Rhutud"/></w:rPr><w:t>Amet</w:t></w:r>'
              '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>'
              '<w:t>Lk</w:t></w:r></w:p>'
              '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>vasak</w:t></w:r></w:p></w:tc>'
              '<w:tc><w:p><w:r><w:t>parem</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    furniture, _ = _package(header)
    first = furniture.header(0).paragraphs[0]
    assert [piece.kind for piece in first.pieces] == ["text", "ptab", "text"]
    assert first.pieces[0].look.italic and not first.pieces[2].look.italic
    assert first.pieces[1].text == "right"
    assert texts(furniture, "header", 1) == ["Amet\tLk\nvasak\tparem"]  # a row, a line


def test_header_table_is_read_as_a_table(templates) -> None:
    setup = page_setup(templates["header-table"])
    header = setup.furniture.header(0)
    empty, table = header.blocks
    assert isinstance(empty, FurnitureParagraph) and not empty.pieces
    assert isinstance(table, FurnitureTable)
    assert table.widths == (pytest.approx(5 / 2.54 * 72, abs=0.1),
                            pytest.approx(setup.text_width - 5 / 2.54 * 72, abs=0.1))
    ((logo, name),) = table.rows
    assert [piece.kind for piece in logo.paragraphs[0].pieces] == ["image"]
    assert [paragraph.align for paragraph in name.paragraphs] == ["right", "right"]
    assert texts(setup.furniture, "header", 2) == [f"\n\t{ORGANISATION}\nLk 1",
                                                   f"\n\t{ORGANISATION}\nLk 2"]


def test_spanned_cells_and_nested_tables() -> None:
    header = ('<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="3000"/></w:tblGrid>'
              '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>lai</w:t>'
              '</w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r>'
              '<w:t>sees</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc><w:tc><w:p>'
              '<w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>')
    furniture, _ = _package(header)
    table = furniture.header(0).blocks[0]
    assert isinstance(table, FurnitureTable)
    assert table.widths == (100.0, 150.0)
    assert [[cell.span for cell in row] for row in table.rows] == [[2], [1, 1]]
    assert texts(furniture, "header", 1) == ["lai\nsees\n\tb\n"]


def test_pictures_that_cannot_be_drawn_do_not_break_reading() -> None:
    """A picture whose part is missing is left out; one whose bytes are no image is kept
    (the drawing side skips it); a floating one is kept apart from the text."""
    drawing = ('<w:r><w:drawing><wp:{kind} xmlns:wp="http://schemas.openxmlformats.org/'
               'drawingml/2006/wordprocessingDrawing"><wp:extent cx="635000" cy="317500"/>'
               '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
               '<a:graphicData><a:blip r:embed="{rel}"/></a:graphicData></a:graphic>'
               '</wp:{kind}></w:drawing></w:r>')
    header = ("<w:p>" + drawing.format(kind="anchor", rel="rIdPic")
              + drawing.format(kind="inline", rel="rIdNone")
              + drawing.format(kind="inline", rel="rIdPic") + "<w:r><w:t>Logo</w:t></w:r></w:p>")
    rels = Relationships()
    rels.add("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
             "media/logo.emf")
    data = rels.to_bytes().replace(b'Id="rId1"', b'Id="rIdPic"')
    furniture, _ = _package(header, extra_parts={"word/_rels/header1.xml.rels": data,
                                                 "word/media/logo.emf": b"not a picture"})
    pieces = furniture.header(0).paragraphs[0].pieces
    assert [(piece.kind, piece.width, piece.height) for piece in pieces] == [
        ("image", 50.0, 25.0), ("text", 0.0, 0.0)]
    assert texts(furniture, "header", 1) == ["Logo"]
    (floating,) = furniture.header(0).pictures
    assert (floating.from_x, floating.from_y, floating.x, floating.y) == (
        "column", "paragraph", 0.0, 0.0)  # no position given: Word's defaults


def test_floating_logo_is_read_with_its_anchor(templates) -> None:
    setup = page_setup(templates["floating-logo"])
    header = setup.furniture.header(0)
    assert texts(setup.furniture, "header", 1) == [ORGANISATION]
    (floating,) = header.pictures
    assert floating.picture.image == tiny_png()
    assert (floating.from_x, floating.align_x, floating.x) == ("margin", "right", None)
    assert (floating.from_y, floating.y) == ("page", pytest.approx(0.6 / 2.54 * 72))
    x, y = place(floating, (setup.width, setup.height),
                 (setup.top, setup.right, setup.bottom, setup.left), setup.header)
    assert x == pytest.approx(setup.width - setup.right - 3 / 2.54 * 72)
    assert y == pytest.approx(0.6 / 2.54 * 72)


@pytest.mark.parametrize(("axis", "expected"), [
    (("page", 10.0, "left", "page", 20.0, "top"), (10.0, 20.0)),
    (("margin", None, "center", "margin", None, "bottom"), (80.0 + (380 - 40) / 2,
                                                           800 - 60 - 30)),
    (("rightMargin", None, "right", "topMargin", None, "center"), (500 - 40, 35.0)),
    (("column", 5.0, "left", "line", 3.0, "top"), (85.0, 33.0)),
])
def test_floating_picture_places(axis, expected) -> None:
    from_x, x, align_x, from_y, y, align_y = axis
    picture = FloatingPicture(Picture(b"x", 40.0, 30.0), from_x, from_y, x, y, align_x, align_y)
    assert place(picture, (500.0, 800.0), (100.0, 40.0, 60.0, 80.0), 30.0) == \
        pytest.approx(expected)


def test_unreadable_header_part_is_no_header() -> None:
    furniture, parts = _package("<w:p><w:r><w:t>x</w:t></w:r></w:p>")
    parts["word/header1.xml"] = b"<w:hdr"  # not XML
    section = etree.fromstring(f'<w:sectPr xmlns:w="{W}" xmlns:r="{R}"><w:headerReference '
                               'w:type="default" r:id="rId1"/></w:sectPr>')
    broken = read_furniture(parts, "word/document.xml", section, None)
    assert texts(furniture, "header", 1) == ["x"]
    assert broken.header(0).empty
