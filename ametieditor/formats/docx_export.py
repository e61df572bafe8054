"""DOCX export in the official layout, final and stable for digital signing.

The body of ``word/document.xml`` is generated with lxml (styles by id, the
bullet list by ``w:numId``) into a prepared template
(:mod:`ametieditor.formats.docx_template`), whose other parts are copied
unchanged. The package is written by :func:`~ametieditor.formats.docx_package.write_package`
so the same document gives the same bytes. The document's own XML travels
inside as a custom XML part (:mod:`ametieditor.formats.docx_embedded`).

The layout itself (what is grouped, numbered, shaded, kept together) comes
from :func:`ametieditor.formats.layout.layout`, the same blocks the preview
shows; this module only writes them as OOXML. Pagination is written as
direct paragraph properties on every paragraph (``w:keepNext`` on or off),
so a template's styles cannot change it; every row is ``w:cantSplit``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from ametieditor.formats import docx_embedded
from ametieditor.formats.docx_package import (
    CONTENT_TYPES,
    CT_APP,
    CT_CORE,
    REL_APP,
    REL_CORE,
    W_NS,
    ContentTypes,
    Relationships,
    app_properties,
    put_package_part,
    rels_name,
    write_package,
    xml_bytes,
)
from ametieditor.formats.docx_styles import StyleName
from ametieditor.formats.docx_template import PreparedTemplate, load_template
from ametieditor.formats.layout import (
    SHADED,
    Cell,
    LaidOut,
    Paragraph,
    Row,
    Run,
    Table,
    display_date,
    layout,
)
from ametieditor.io.atomic import atomic_write
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error
from ametieditor.io.readback import check_zip_output
from ametieditor.model.document import JobDescription

__all__ = ["DocxExport", "build_docx", "core_properties", "display_date", "document_xml",
           "save_document"]

_W = f"{{{W_NS}}}"
_P, _PPR, _PSTYLE, _R, _RPR, _RSTYLE, _T = (_W + n for n in ("p", "pPr", "pStyle", "r", "rPr",
                                                             "rStyle", "t"))
_NUMPR, _ILVL, _NUMID, _VAL = _W + "numPr", _W + "ilvl", _W + "numId", _W + "val"
_TBL, _TR, _TC, _TCPR, _TCW = _W + "tbl", _W + "tr", _W + "tc", _W + "tcPr", _W + "tcW"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPECIAL = re.compile("([\n\t])")

_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"


@dataclass
class DocxExport:
    """An exported package and what the user should know about it."""

    data: bytes
    warnings: list[str] = field(default_factory=list)


class _Body:
    """Writes the layout's paragraphs and tables into ``w:body``."""

    def __init__(self, body: etree._Element, template: PreparedTemplate) -> None:
        self.body = body
        self.section_properties = body[-1] if len(body) else None
        self.ids = template.style_ids
        self.bullet_num_id = template.bullet_num_id
        self.width = template.text_width

    def write(self, blocks: list[LaidOut]) -> None:
        for laid in blocks:
            if isinstance(laid.block, Table):
                self.table(laid.block)
            else:
                self.paragraph(laid.block)
        if blocks and isinstance(blocks[-1].block, Table):
            # Word needs a paragraph after a table that ends the body.
            self.paragraph(Paragraph(StyleName.BODY))

    def _new(self, parent: etree._Element | None, tag: str) -> etree._Element:
        if parent is not None:
            return etree.SubElement(parent, tag)
        element = etree.Element(tag)
        if self.section_properties is not None:
            self.section_properties.addprevious(element)
        else:
            self.body.append(element)
        return element

    def paragraph(self, block: Paragraph, parent: etree._Element | None = None,
                  keep_next: bool | None = None) -> etree._Element:
        """One paragraph; keep-with-next always set directly (never left to the style)."""
        paragraph = self._new(parent, _P)
        properties = etree.SubElement(paragraph, _PPR)
        etree.SubElement(properties, _PSTYLE).set(_VAL, self.ids[block.style])
        keep = etree.SubElement(properties, _W + "keepNext")
        if not (block.keep_next if keep_next is None else keep_next):
            keep.set(_VAL, "0")
        if block.keep_lines:
            etree.SubElement(properties, _W + "keepLines")
        if block.bullet:
            numbering_properties = etree.SubElement(properties, _NUMPR)
            etree.SubElement(numbering_properties, _ILVL).set(_VAL, "0")
            etree.SubElement(numbering_properties, _NUMID).set(_VAL, self.bullet_num_id)
        if block.space_before:
            etree.SubElement(properties, _W + "spacing").set(_W + "before",
                                                            str(block.space_before))
        for run in block.runs:
            self.run(paragraph, run)
        return paragraph

    def run(self, paragraph: etree._Element, piece: Run) -> etree._Element:
        run = etree.SubElement(paragraph, _R)
        if piece.style is not None or piece.bold:
            properties = etree.SubElement(run, _RPR)
            if piece.style is not None:
                etree.SubElement(properties, _RSTYLE).set(_VAL, self.ids[piece.style])
            if piece.bold:
                etree.SubElement(properties, _W + "b")
        text = _INVALID_XML.sub("", piece.text)
        if "\n" not in text and "\t" not in text:
            self._text(run, text)
            return run
        for part in _SPECIAL.split(text):
            if part == "\n":
                etree.SubElement(run, _W + "br")
            elif part == "\t":
                etree.SubElement(run, _W + "tab")
            elif part:
                self._text(run, part)
        return run

    @staticmethod
    def _text(run: etree._Element, text: str) -> None:
        element = etree.SubElement(run, _T)
        element.text = text
        if text[:1].isspace() or text[-1:].isspace():
            element.set(_XML_SPACE, "preserve")

    # -- tables -----------------------------------------------------------

    def table(self, block: Table) -> etree._Element:
        """A grid whose rows never split; it may break between rows (no keep unless asked)."""
        widths = [int(self.width * fraction) for fraction in block.widths]
        widths[-1] = self.width - sum(widths[:-1])
        table = self._new(None, _TBL)
        properties = etree.SubElement(table, _W + "tblPr")
        etree.SubElement(properties, _W + "tblStyle").set(_VAL, self.ids[StyleName.TABLE])
        width = etree.SubElement(properties, _W + "tblW")
        width.set(_W + "w", str(self.width))
        width.set(_W + "type", "dxa")
        etree.SubElement(properties, _W + "tblLayout").set(_W + "type", "fixed")
        look = etree.SubElement(properties, _W + "tblLook")
        look.set(_VAL, "04A0")
        for name, value in (("firstRow", "1"), ("lastRow", "0"), ("firstColumn", "0"),
                            ("lastColumn", "0"), ("noHBand", "1"), ("noVBand", "1")):
            look.set(_W + name, value)
        grid = etree.SubElement(table, _W + "tblGrid")
        for column in widths:
            etree.SubElement(grid, _W + "gridCol").set(_W + "w", str(column))
        for row in block.rows:
            self.row(table, row, widths)
        return table

    def row(self, table: etree._Element, row: Row, widths: list[int]) -> None:
        element = etree.SubElement(table, _TR)
        properties = etree.SubElement(element, _W + "trPr")
        etree.SubElement(properties, _W + "cantSplit")
        if row.header:
            etree.SubElement(properties, _W + "tblHeader")
        for cell, width in zip(row.cells, widths, strict=True):
            self.cell(element, cell, width, row.keep_next)

    def cell(self, row: etree._Element, cell: Cell, width: int, keep_next: bool) -> None:
        element = etree.SubElement(row, _TC)
        properties = etree.SubElement(element, _TCPR)
        cell_width = etree.SubElement(properties, _TCW)
        cell_width.set(_W + "w", str(width))
        cell_width.set(_W + "type", "dxa")
        if cell.shaded:
            shading = etree.SubElement(properties, _W + "shd")
            shading.set(_VAL, "clear")
            shading.set(_W + "color", "auto")
            shading.set(_W + "fill", SHADED)
        for block in cell.paragraphs or (Paragraph(StyleName.CELL),):
            self.paragraph(block, element, keep_next=keep_next or block.keep_next)


def _w3c_date(value: str) -> str | None:
    """An ISO date or date-time as the W3CDTF UTC form core properties use."""
    text = value.strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T"
            f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}Z")


def core_properties(doc: JobDescription, author: str) -> bytes:
    """``docProps/core.xml``: title, subject, author, language, dates from the document."""
    root = etree.Element(f"{{{_CP}}}coreProperties",
                         nsmap={"cp": _CP, "dc": _DC, "dcterms": _DCTERMS, "xsi": _XSI})

    def add(namespace: str, name: str, text: str) -> etree._Element:
        element = etree.SubElement(root, f"{{{namespace}}}{name}")
        element.text = _INVALID_XML.sub("", text)
        return element

    general = doc.general
    add(_DC, "title", general.title)
    add(_DC, "subject", f"Ametijuhend, {general.unit}" if general.unit else "Ametijuhend")
    add(_DC, "creator", author)
    add(_CP, "keywords", "ametijuhend")
    add(_DC, "language", "et-EE")
    add(_CP, "lastModifiedBy", author)
    if doc.meta is not None:
        add(_CP, "revision", str(doc.meta.revision))
    created = _w3c_date(doc.meta.created) if doc.meta else None
    modified = (_w3c_date(doc.meta.modified) if doc.meta else None) or created
    if created is None and doc.approval is not None:
        created = modified = _w3c_date(doc.approval.date)
    for name, value in (("created", created), ("modified", modified)):
        if value:
            add(_DCTERMS, name, value).set(f"{{{_XSI}}}type", "dcterms:W3CDTF")
    return xml_bytes(root)


def document_xml(doc: JobDescription, template: Path | None = None) -> bytes:
    """Only the main document part of the export (e.g. to compare visible text)."""
    return _document_xml(doc, load_template(template))


def _document_xml(doc: JobDescription, prepared: PreparedTemplate) -> bytes:
    root = prepared.new_document_root()
    _Body(root.find(_W + "body"), prepared).write(layout(doc))
    return xml_bytes(root)


def build_docx(doc: JobDescription, template: Path | None = None,
               author: str = "") -> DocxExport:
    """The DOCX package of ``doc`` filled into ``template`` (the default when ``None``)."""
    prepared = load_template(template)
    parts = dict(prepared.parts)
    types = ContentTypes(parts[CONTENT_TYPES])
    document_rels = Relationships(parts.get(rels_name(prepared.document_part)))

    parts[prepared.document_part] = _document_xml(doc, prepared)

    try:
        embedded = docx_embedded.embedded_part(doc, parts)
    except ValueError as error:  # text that XML cannot carry
        raise FormatError("<ametijuhend>", str(error)) from None
    docx_embedded.add_to_package(parts, types, document_rels, prepared.document_part,
                                 embedded, doc)

    put_package_part(parts, types, REL_CORE, "docProps/core.xml", CT_CORE,
                     core_properties(doc, author))
    put_package_part(parts, types, REL_APP, "docProps/app.xml", CT_APP, app_properties())

    parts[rels_name(prepared.document_part)] = document_rels.to_bytes()
    parts[CONTENT_TYPES] = types.to_bytes()
    return DocxExport(write_package(parts), list(prepared.warnings))


def save_document(doc: JobDescription, path: Path, options: object = None) -> list[str]:
    """Registry writer: export ``doc`` as DOCX to ``path`` (atomic); returns warnings."""
    template = getattr(options, "template", None)
    author = getattr(options, "author", "") or ""
    export = build_docx(doc, template, author)
    check_zip_output(export.data, path)  # never a package the reader would refuse
    try:
        atomic_write(path, export.data)
    except OSError as error:
        raise FormatError(path, describe_os_error(error)) from error
    return export.warnings
