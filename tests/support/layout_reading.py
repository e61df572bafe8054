"""The structure of the two outputs of one layout, read back for comparison.

Both readers give the same shape: a list of ``("p", style name, text, bold
texts)`` for a paragraph and ``("table", rows)`` for a table, a row being
``(header, cells)`` and a cell ``(shaded, paragraphs)``. Bold texts are the runs
made bold on purpose (the 3.n numbers, competency names), not a bold style.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from ametieditor.formats.docx_styles import StyleName, style_id

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
_STYLE_BY_ID = {style_id(name): name.value for name in StyleName}


def document_body(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml")).find(_W + "body")


def _docx_paragraph(element: etree._Element) -> tuple:
    style = element.find(f"{_W}pPr/{_W}pStyle")
    name = _STYLE_BY_ID.get(style.get(_W + "val"), "") if style is not None else ""
    texts, bold = [], []
    for run in element.iterfind(_W + "r"):
        text = "".join(node.text or "" if node.tag == _W + "t" else "\n"
                       for node in run if node.tag in (_W + "t", _W + "br"))
        texts.append(text)
        properties = run.find(_W + "rPr")
        if properties is not None and (properties.find(_W + "b") is not None or any(
                child.get(_W + "val") == style_id(StyleName.NAME)
                for child in properties.iterfind(_W + "rStyle"))):
            bold.append(text)
    return ("p", name, "".join(texts), tuple(bold))


def docx_structure(data: bytes) -> list[tuple]:
    out: list[tuple] = []
    for element in document_body(data):
        if element.tag == _W + "p":
            out.append(_docx_paragraph(element))
        elif element.tag == _W + "tbl":
            rows = []
            for row in element.iterfind(_W + "tr"):
                header = row.find(f"{_W}trPr/{_W}tblHeader") is not None
                cells = tuple(
                    (cell.find(f"{_W}tcPr/{_W}shd") is not None,
                     tuple(_docx_paragraph(p) for p in cell.iterfind(_W + "p")))
                    for cell in row.iterfind(_W + "tc"))
                rows.append((header, cells))
            out.append(("table", tuple(rows)))
    return out
