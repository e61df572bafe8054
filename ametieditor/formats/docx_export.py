"""DOCX export in the official layout, final and stable for digital signing.

The body of ``word/document.xml`` is generated with lxml (styles by id, the
bullet list by ``w:numId``) into a prepared template
(:mod:`ametieditor.formats.docx_template`), whose other parts are copied
unchanged. The package is written by :func:`~ametieditor.formats.docx_package.write_package`
so the same document gives the same bytes. The document's own XML travels
inside as a custom XML part (:mod:`ametieditor.formats.docx_embedded`).

Layout (DOMAIN.md, "The official layout"): approval note top right,
``AMETIJUHEND`` centred, numbered section headings, the general part as
label-row/value-row tables, the duty table with a repeated header row and
rows that do not split, rights and responsibility as intro plus bullets,
requirements as label/text rows, competency groups, additional
competencies as bold name, colon, description, amendment, signatures with
the upright marker ``(allkirjastatud digitaalselt)``.
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
from ametieditor.io.atomic import atomic_write
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error
from ametieditor.io.readback import check_zip_output
from ametieditor.model.document import (
    SIGNATURE_MARKER,
    Block,
    IntroList,
    JobDescription,
    Requirements,
    RichText,
)
from ametieditor.model.numbering import (
    Numbering,
    Section,
    additional_empty,
    blank,
    competencies_empty,
    numbering,
    section_heading,
)
from ametieditor.model.parts import general_layout_rows

TITLE = "AMETIJUHEND"
APPROVED = "KINNITATUD"
DUTY_COLUMNS = ("Põhiülesanded", "Oodatavad tulemused")

_W = f"{{{W_NS}}}"
_P, _PPR, _PSTYLE, _R, _RPR, _RSTYLE, _T = (_W + n for n in ("p", "pPr", "pStyle", "r", "rPr",
                                                             "rStyle", "t"))
_NUMPR, _ILVL, _NUMID, _VAL = _W + "numPr", _W + "ilvl", _W + "numId", _W + "val"
_TBL, _TR, _TC, _TCPR, _TCW = _W + "tbl", _W + "tr", _W + "tc", _W + "tcPr", _W + "tcW"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPECIAL = re.compile("([\n\t])")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"


@dataclass
class DocxExport:
    """An exported package and what the user should know about it."""

    data: bytes
    warnings: list[str] = field(default_factory=list)


def display_date(value: str) -> str:
    """``2023-06-11`` → ``11.06.2023``; any other text unchanged."""
    match = _ISO_DATE.fullmatch(value.strip())
    return f"{match[3]}.{match[2]}.{match[1]}" if match else value


class _Body:
    """Writes the document's paragraphs and tables into ``w:body``."""

    def __init__(self, body: etree._Element, template: PreparedTemplate) -> None:
        self.body = body
        self.section_properties = body[-1] if len(body) else None
        self.ids = template.style_ids
        self.bullet_num_id = template.bullet_num_id
        self.width = template.text_width

    # -- paragraphs -------------------------------------------------------

    def _new(self, parent: etree._Element | None, tag: str) -> etree._Element:
        if parent is not None:
            return etree.SubElement(parent, tag)
        element = etree.Element(tag)
        if self.section_properties is not None:
            self.section_properties.addprevious(element)
        else:
            self.body.append(element)
        return element

    def paragraph(self, style: StyleName, text: str = "", parent: etree._Element | None = None,
                  bullet: bool = False) -> etree._Element:
        paragraph = self._new(parent, _P)
        properties = etree.SubElement(paragraph, _PPR)
        etree.SubElement(properties, _PSTYLE).set(_VAL, self.ids[style])
        if bullet:
            numbering_properties = etree.SubElement(properties, _NUMPR)
            etree.SubElement(numbering_properties, _ILVL).set(_VAL, "0")
            etree.SubElement(numbering_properties, _NUMID).set(_VAL, self.bullet_num_id)
        if text:
            self.run(paragraph, text)
        return paragraph

    def run(self, paragraph: etree._Element, text: str,
            style: StyleName | None = None) -> etree._Element:
        run = etree.SubElement(paragraph, _R)
        if style is not None:
            etree.SubElement(etree.SubElement(run, _RPR), _RSTYLE).set(_VAL, self.ids[style])
        text = _INVALID_XML.sub("", text)
        if "\n" not in text and "\t" not in text:
            self._text(run, text)
            return run
        for piece in _SPECIAL.split(text):
            if piece == "\n":
                etree.SubElement(run, _W + "br")
            elif piece == "\t":
                etree.SubElement(run, _W + "tab")
            elif piece:
                self._text(run, piece)
        return run

    @staticmethod
    def _text(run: etree._Element, text: str) -> None:
        element = etree.SubElement(run, _T)
        element.text = text
        if text[:1].isspace() or text[-1:].isspace():
            element.set(_XML_SPACE, "preserve")

    def rich(self, blocks: RichText, style: StyleName = StyleName.BODY,
             parent: etree._Element | None = None) -> None:
        for block in blocks:
            if block.is_bullet:
                self.paragraph(StyleName.BULLET, block.text, parent, bullet=True)
            else:
                self.paragraph(style, block.text, parent)

    def spacer(self) -> None:
        self.paragraph(StyleName.BODY)

    # -- tables -----------------------------------------------------------

    def table(self, fractions: tuple[float, ...]) -> tuple[etree._Element, list[int]]:
        widths = [int(self.width * fraction) for fraction in fractions]
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
        return table, widths

    @staticmethod
    def row(table: etree._Element, header: bool = False) -> etree._Element:
        row = etree.SubElement(table, _TR)
        properties = etree.SubElement(row, _W + "trPr")
        etree.SubElement(properties, _W + "cantSplit")
        if header:
            etree.SubElement(properties, _W + "tblHeader")
        return row

    @staticmethod
    def cell(row: etree._Element, width: int) -> etree._Element:
        cell = etree.SubElement(row, _TC)
        cell_width = etree.SubElement(etree.SubElement(cell, _TCPR), _TCW)
        cell_width.set(_W + "w", str(width))
        cell_width.set(_W + "type", "dxa")
        return cell

    def label_value_table(self, pairs: list[tuple[str, str]]) -> None:
        """One general-part table: labels over values, one column per field."""
        table, widths = self.table(tuple(1 / len(pairs) for _ in pairs))
        labels, values = self.row(table), self.row(table)
        for (label, value), width in zip(pairs, widths, strict=True):
            self.paragraph(StyleName.LABEL, label, self.cell(labels, width))
            self.paragraph(StyleName.CELL, value, self.cell(values, width))


class _Writer:
    """Lays out one document (see the module docstring)."""

    def __init__(self, doc: JobDescription, body: _Body) -> None:
        self.doc = doc
        self.out = body
        self.numbers: Numbering = numbering(doc)

    def write(self) -> None:
        self.approval()
        self.out.paragraph(StyleName.TITLE, TITLE)
        self.general()
        doc, printed = self.doc, self.numbers.printed  # an empty part is left out
        if printed(Section.PURPOSE) and doc.purpose is not None:
            self.heading(Section.PURPOSE)
            self.out.rich(doc.purpose)
        if printed(Section.DUTIES) and doc.duties is not None:
            self.heading(Section.DUTIES)
            self.duties()
        for section, part in ((Section.RIGHTS, doc.rights),
                              (Section.RESPONSIBILITIES, doc.responsibilities)):
            if printed(section) and part is not None:
                self.heading(section)
                self.intro_list(part)
        if printed(Section.WORK_TOOLS) and doc.work_tools is not None:
            self.heading(Section.WORK_TOOLS)
            self.out.rich(doc.work_tools)
        if printed(Section.REQUIREMENTS) and doc.requirements is not None:
            self.heading(Section.REQUIREMENTS)
            self.requirements(doc.requirements)
        if printed(Section.AMENDMENT) and doc.amendment is not None:
            self.heading(Section.AMENDMENT)
            self.out.rich(doc.amendment)
        self.signatures()

    def heading(self, section: Section) -> None:
        number = self.numbers.printed_section(section)
        self.out.paragraph(StyleName.SECTION,
                           f"{number}. {section_heading(self.doc, section)}")

    def approval(self) -> None:
        approval = self.doc.approval
        if approval is None:
            return
        self.out.paragraph(StyleName.APPROVAL, APPROVED)
        second = " ".join(text for text in (approval.approver, display_date(approval.date))
                          if text)
        if second:
            self.out.paragraph(StyleName.APPROVAL, second)
        if approval.decree:
            self.out.paragraph(StyleName.APPROVAL, f"käskkirjaga nr {approval.decree}")

    def general(self) -> None:
        self.heading(Section.GENERAL)
        general = self.doc.general

        rows = [[(self.numbers.general_label(spec.attribute), getattr(general, spec.attribute))
                 for spec in row
                 if spec.printed_when_empty or getattr(general, spec.attribute)]
                for row in general_layout_rows()]
        for index, row in enumerate(filter(None, rows)):
            if index:
                self.out.spacer()
            self.out.label_value_table(row)

    def duties(self) -> None:
        out = self.out
        table, widths = out.table((0.5, 0.5))
        header = out.row(table, header=True)
        for title, width in zip(DUTY_COLUMNS, widths, strict=True):
            out.paragraph(StyleName.LABEL, title, out.cell(header, width))
        for index, duty in enumerate(self.doc.duties.items):
            row = out.row(table)
            task_cell = out.cell(row, widths[0])
            number = self.numbers.printed_duty(index)
            task = duty.task
            if task and not task[0].is_bullet:
                out.paragraph(StyleName.CELL, f"{number} {task[0].text}", task_cell)
                task = task[1:]
            else:
                out.paragraph(StyleName.CELL, number, task_cell)
            out.rich(task, StyleName.CELL, task_cell)
            result_cell = out.cell(row, widths[1])
            if duty.results:
                out.rich(duty.results, StyleName.CELL, result_cell)
            else:
                out.paragraph(StyleName.CELL, "", result_cell)

    def intro_list(self, part: IntroList) -> None:
        if part.intro:
            self.out.paragraph(StyleName.BODY, part.intro)
        self.out.rich(part.content)

    def requirements(self, requirements: Requirements) -> None:
        out = self.out
        if requirements.items:
            table, widths = out.table((0.3, 0.7))
            for requirement in requirements.items:
                row = out.row(table)
                out.paragraph(StyleName.LABEL, requirement.label, out.cell(row, widths[0]))
                value_cell = out.cell(row, widths[1])
                out.rich(requirement.content or [Block.p("")], StyleName.CELL, value_cell)
        if (competencies := requirements.competencies) and not competencies_empty(competencies):
            out.paragraph(StyleName.SUBHEADING, competencies.heading)
            for group in competencies.groups:
                out.paragraph(StyleName.GROUP, _with_colon(group.name))
                out.rich(group.content)
        if (additional := requirements.additional) and not additional_empty(additional):
            out.paragraph(StyleName.SUBHEADING, additional.heading)
            for item in additional.items:
                content = item.content
                paragraph = out.paragraph(StyleName.BULLET, bullet=True)
                out.run(paragraph, item.name, StyleName.NAME)
                if content and not content[0].is_bullet:
                    out.run(paragraph, f": {content[0].text}")
                    content = content[1:]
                else:
                    out.run(paragraph, ":")
                out.rich(content)
        if requirements.note is not None and not blank(requirements.note):
            out.spacer()
            out.rich(requirements.note)

    def signatures(self) -> None:
        out = self.out
        signatures = self.doc.signatures
        if signatures is not None and (approver := signatures.approver) is not None:
            out.spacer()
            out.paragraph(StyleName.SIGNATURE, SIGNATURE_MARKER)
            for line in (approver.name, approver.title):
                if line:
                    out.paragraph(StyleName.SIGNATURE, line)
        if signatures is not None and (ack := signatures.acknowledgement) is not None:
            out.spacer()
            out.paragraph(StyleName.SIGNATURE, ack.heading)
            for signer in ack.signers:
                out.spacer()
                out.paragraph(StyleName.SIGNATURE, SIGNATURE_MARKER)
                out.paragraph(StyleName.SIGNATURE, signer)
        out.spacer()  # a body never ends with a table


def _with_colon(name: str) -> str:
    return name if not name or name.rstrip().endswith(":") else f"{name}:"


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
    _Writer(doc, _Body(root.find(_W + "body"), prepared)).write()
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
