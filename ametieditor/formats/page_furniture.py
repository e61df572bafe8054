"""The header and footer of a DOCX template, as a plain description the preview draws.

Word calls a page's header and footer its *furniture*. The exported DOCX keeps
the template's (:mod:`~ametieditor.formats.docx_template`), so the preview and
print must draw the same: this module reads, from the last ``w:sectPr``, the
default header and footer, the first-page ones when ``w:titlePg`` is set and
the even-page ones when the settings have ``w:evenAndOddHeaders``, into
paragraphs of pieces (text, a page-number field, a tab, an inline picture) with
their alignment, tab stops, spacing and resolved fonts (document defaults, the
paragraph style such as ``Footer``, the character style, direct formatting).

Fields: PAGE, NUMPAGES and SECTIONPAGES are filled in per page (with the
section's ``w:pgNumType`` start and format, and a ``\\* ROMAN``-style switch);
any other field (DATE, FILENAME, …) shows its cached result text, which is what
the export writes too (:func:`ametieditor.formats.docx_clean.strip_fields`).
Tables are read with their grid's column widths (borders and shading are not);
pictures: :mod:`~ametieditor.formats.furniture_pictures`; text boxes and shapes
are not read. No Qt here.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from ametieditor.formats.docx_clean import ALLOWED_FIELDS, RENAMED_FIELDS
from ametieditor.formats.docx_package import (
    PACKAGE_RELS,
    R_NS,
    REL_FOOTER,
    REL_HEADER,
    REL_OFFICE_DOCUMENT,
    REL_SETTINGS,
    REL_STYLES,
    Relationships,
    rels_name,
    resolve_target,
)
from ametieditor.formats.furniture_pictures import (
    FloatingPicture,
    floating_picture,
    inline_picture,
)
from ametieditor.formats.style_looks import (
    RunLook,
    StyleSheet,
    W,
    apply_holder,
    apply_paragraph,
    apply_run,
    length,
    points,
)
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.io.safezip import open_zip, read_member

#: The fields filled in per page: the ones an export keeps and SECTIONPAGES (which the
#: export writes as NUMPAGES, the same in a one-section document).
NUMBER_FIELDS = ALLOWED_FIELDS | RENAMED_FIELDS.keys()
_R = f"{{{R_NS}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Elements whose children are read in place (content controls, links, smart tags).
_INLINE_WRAPPERS = frozenset(W + name for name in (
    "hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo"))
_KINDS = ("default", "first", "even")


@dataclass(frozen=True)
class Piece:
    """A stretch of a paragraph: text (``\\t`` a tab, ``\\n`` a line break), a page-number
    field, a positional tab (Word's ``w:ptab``: ``text`` is its alignment) or a picture."""

    kind: str  # "text", "field", "ptab", "image"
    text: str = ""
    look: RunLook = field(default_factory=RunLook)
    #: For a field: its number format ("" as the section's, "ROMAN", "roman", …).
    number_format: str = ""
    image: bytes = b""
    width: float = 0.0  # a picture's size in points
    height: float = 0.0


@dataclass(frozen=True)
class TabStop:
    """A tab stop: ``position`` in points from the paragraph's left edge."""

    position: float
    kind: str  # left, center, right, decimal


@dataclass(frozen=True)
class FurnitureParagraph:
    """One header or footer paragraph; lengths in points."""

    pieces: tuple[Piece, ...] = ()
    align: str = "left"  # left, center, right, both
    tabs: tuple[TabStop, ...] = ()
    indent_left: float = 0.0
    indent_right: float = 0.0
    before: float = 0.0
    after: float = 0.0
    #: The paragraph mark's font (sets the height of an empty paragraph).
    look: RunLook = field(default_factory=RunLook)


@dataclass(frozen=True)
class FurnitureCell:
    """A table cell: its paragraphs, spanning ``span`` grid columns."""

    paragraphs: tuple[FurnitureParagraph, ...] = ()
    span: int = 1


@dataclass(frozen=True)
class FurnitureTable:
    """A table in a header or footer (a logo beside the address); borders not read."""

    widths: tuple[float, ...]  # the grid columns, points
    rows: tuple[tuple[FurnitureCell, ...], ...]


@dataclass(frozen=True)
class Furniture:
    """A header or a footer: its paragraphs and tables, top to bottom."""

    blocks: tuple[FurnitureParagraph | FurnitureTable, ...] = ()
    #: Floating pictures, placed on the page (they take no room).
    pictures: tuple[FloatingPicture, ...] = ()

    @property
    def paragraphs(self) -> tuple[FurnitureParagraph, ...]:
        """Every paragraph, tables' cell by cell."""
        return tuple(paragraph for block in self.blocks for paragraph in (
            [block] if isinstance(block, FurnitureParagraph) else
            [p for row in block.rows for cell in row for p in cell.paragraphs]))

    @property
    def empty(self) -> bool:
        return not self.pictures and not any(paragraph.pieces for paragraph in self.paragraphs)


@dataclass(frozen=True)
class PageFurniture:
    """Every header and footer of the section and when each is shown."""

    headers: Mapping[str, Furniture] = field(default_factory=dict)
    footers: Mapping[str, Furniture] = field(default_factory=dict)
    title_page: bool = False  # w:titlePg: the first page has its own
    even_and_odd: bool = False  # w:evenAndOddHeaders: even pages have their own
    first_number: int = 1  # w:pgNumType w:start
    number_format: str = "decimal"  # w:pgNumType w:fmt

    def kind(self, index: int) -> str:
        """Which header and footer page ``index`` (0-based) shows."""
        if self.title_page and index == 0:
            return "first"
        if self.even_and_odd and (self.first_number + index) % 2 == 0:
            return "even"
        return "default"

    def header(self, index: int) -> Furniture:
        """The header of page ``index``; a kind the section does not define is empty,
        as in Word (a first page without its own header shows none)."""
        return self.headers.get(self.kind(index), Furniture())

    def footer(self, index: int) -> Furniture:
        return self.footers.get(self.kind(index), Furniture())

    def page_number(self, index: int, number_format: str = "") -> str:
        """The PAGE field of page ``index`` as shown."""
        return format_number(self.first_number + index, number_format or self.number_format)


def format_number(value: int, number_format: str) -> str:
    """``value`` in a ``w:numFmt``/field-switch format (decimal when unknown)."""
    kind = number_format.lower()
    if kind in ("upperroman", "lowerroman", "roman") and value > 0:
        text = _roman(value)
        return text.lower() if number_format in ("lowerRoman", "roman") else text
    if kind in ("upperletter", "lowerletter", "alphabetic") and value > 0:
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.lower() if number_format in ("lowerLetter", "alphabetic") else letter
    return str(value)


def _roman(value: int) -> str:
    digits = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    text = ""
    for amount, letters in digits:
        while value >= amount:
            text, value = text + letters, value - amount
    return text


def piece_text(piece: Piece, furniture: PageFurniture, index: int, count: int) -> str:
    """What ``piece`` shows on page ``index`` of ``count`` (a picture: nothing)."""
    if piece.kind == "field":
        if piece.text == "PAGE":
            return furniture.page_number(index, piece.number_format)
        return format_number(count, piece.number_format)
    return {"text": piece.text, "ptab": "\t"}.get(piece.kind, "")


def paragraph_text(paragraph: FurnitureParagraph, furniture: PageFurniture, index: int,
                   count: int) -> str:
    """The paragraph's text on page ``index`` of ``count`` (tabs as ``\\t``)."""
    return "".join(piece_text(piece, furniture, index, count) for piece in paragraph.pieces)


def furniture_text(part: Furniture, furniture: PageFurniture, index: int, count: int) -> str:
    """A header's or footer's text on page ``index`` of ``count``: a line per paragraph,
    a table a line per row with its cells apart by tabs."""
    def text(paragraphs: tuple[FurnitureParagraph, ...]) -> str:
        return "\n".join(paragraph_text(paragraph, furniture, index, count)
                         for paragraph in paragraphs)

    return "\n".join(text((block,)) if isinstance(block, FurnitureParagraph) else "\n".join(
        "\t".join(text(cell.paragraphs) for cell in row) for row in block.rows)
        for block in part.blocks)


# -- reading ----------------------------------------------------------------------


def _parse(parts: Mapping[str, bytes], name: str) -> etree._Element | None:
    data = parts.get(name)
    if not data:
        return None
    try:
        return parse_xml_bytes(data)
    except (UnsafeXmlError, etree.XMLSyntaxError):
        return None  # an unreadable header is drawn as none; the export reports the part


def read_furniture(parts: Mapping[str, bytes], main: str, section: etree._Element | None,
                   styles: etree._Element | None) -> PageFurniture:
    """The furniture of ``section`` (the last ``w:sectPr``) of the package ``parts``
    whose main document is ``main``."""
    if section is None:
        return PageFurniture()
    rels = Relationships(parts.get(rels_name(main)))
    targets = {rel.get("Id"): resolve_target(main, rel.get("Target", "")) for rel in rels
               if rel.get("Type") in (REL_HEADER, REL_FOOTER)}
    sheet = StyleSheet(styles)
    found: dict[str, dict[str, Furniture]] = {"headerReference": {}, "footerReference": {}}
    for tag, by_kind in found.items():
        for reference in section.iterfind(W + tag):
            kind = reference.get(W + "type", "default")
            name = targets.get(reference.get(_R + "id"))
            root = _parse(parts, name) if name else None
            if kind in _KINDS and root is not None:
                by_kind[kind] = _PartReader(parts, name or "", sheet).read(root)
    numbering = section.find(W + "pgNumType")
    start = numbering.get(W + "start") if numbering is not None else None
    return PageFurniture(
        headers=found["headerReference"], footers=found["footerReference"],
        title_page=_is_on(section.find(W + "titlePg")),
        even_and_odd=_even_and_odd(parts, main, rels),
        first_number=int(start) if start and start.lstrip("-").isdigit() else 1,
        number_format=(numbering.get(W + "fmt") if numbering is not None else None)
        or "decimal")


def _is_on(element: etree._Element | None) -> bool:
    return element is not None and element.get(W + "val", "1") not in ("0", "false", "off")


def _even_and_odd(parts: Mapping[str, bytes], main: str, rels: Relationships) -> bool:
    for rel in rels.by_type(REL_SETTINGS):
        settings = _parse(parts, resolve_target(main, rel.get("Target", "")))
        if settings is not None:
            return _is_on(settings.find(W + "evenAndOddHeaders"))
    return False


@dataclass
class _OpenField:
    """A complex field being read (``w:fldChar`` begin … separate … end)."""

    begin_look: RunLook
    code: list[str] = field(default_factory=list)
    separated: bool = False
    look: RunLook | None = None  # of its first result run

    @property
    def name(self) -> str:
        words = "".join(self.code).split()
        return words[0].upper() if words else ""

    @property
    def numbered(self) -> bool:
        return self.name in NUMBER_FIELDS


def _number_switch(code: str) -> str:
    """The ``\\* ROMAN``-style format switch of a field code ("" when none)."""
    words = code.split()
    for before, after in itertools.pairwise(words):
        if before == "\\*" and after.lower() in ("roman", "alphabetic", "arabic"):
            return "" if after.lower() == "arabic" else after
    return ""


class _PartReader:
    """Reads one header or footer part."""

    def __init__(self, parts: Mapping[str, bytes], name: str, sheet: StyleSheet) -> None:
        self.parts, self.name, self.sheet = parts, name, sheet
        self._rels: dict[str, str] | None = None
        # The paragraph being read: its resolved look, open fields and pieces so far.
        self._base: dict[str, object] = {}
        self._fields: list[_OpenField] = []
        self._pieces: list[Piece] = []
        self._floating: list[FloatingPicture] = []

    def read(self, root: etree._Element) -> Furniture:
        blocks: list[FurnitureParagraph | FurnitureTable] = []
        for child in _blocks(root):
            if child.tag == W + "tbl":
                blocks.append(self._table(child))
            else:
                blocks.append(self._paragraph(child))
        return Furniture(tuple(blocks), tuple(self._floating))

    def _table(self, table: etree._Element) -> FurnitureTable:
        widths = tuple(points(column, "w", 0.0) for column in
                       table.iterfind(f"{W}tblGrid/{W}gridCol"))
        rows = []
        for row in table.iterfind(W + "tr"):
            cells = []
            for cell in row.iterfind(W + "tc"):
                span = cell.find(f"{W}tcPr/{W}gridSpan")
                value = span.get(W + "val", "1") if span is not None else "1"
                cells.append(FurnitureCell(
                    tuple(self._paragraph(p) for p in _block_paragraphs(cell)),
                    int(value) if value.isdigit() and int(value) > 0 else 1))
            rows.append(tuple(cells))
        return FurnitureTable(widths, tuple(rows))

    # -- paragraphs -----------------------------------------------------------

    def _paragraph(self, paragraph: etree._Element) -> FurnitureParagraph:
        properties = paragraph.find(W + "pPr")
        style = properties.find(W + "pStyle") if properties is not None else None
        style_id = self.sheet.paragraph_style(style.get(W + "val") if style is not None else None)
        base = self.sheet.look(style_id)
        apply_paragraph(base, properties)
        mark = dict(base)
        if properties is not None:
            apply_run(mark, properties.find(W + "rPr"))
        self._base, self._fields, self._pieces = base, [], []
        self._inline(paragraph)
        indent = properties.find(W + "ind") if properties is not None else None
        return FurnitureParagraph(
            pieces=tuple(_merged(self._pieces)), align=str(base["align"]),
            tabs=self._tabs(style_id, properties), indent_left=length(base, "indent_left"),
            indent_right=points(indent, "right", points(indent, "end", 0.0)),
            before=length(base, "before"), after=length(base, "after"), look=_run_look(mark))

    def _tabs(self, style_id: str | None, properties: etree._Element | None) -> tuple[TabStop, ...]:
        """Tab stops of the style chain and the paragraph (``clear`` removes one)."""
        stops: dict[float, str] = {}
        holders = [style.find(W + "pPr") for style in self.sheet.chain(style_id)]
        for holder in [*holders, properties]:
            for tab in holder.iterfind(f"{W}tabs/{W}tab") if holder is not None else ():
                position = points(tab, "pos", -1.0)
                kind = tab.get(W + "val", "left")
                if kind == "clear":
                    stops.pop(position, None)
                elif position >= 0 and kind != "bar":
                    stops[position] = {"start": "left", "end": "right", "num": "left"}.get(
                        kind, kind)
        return tuple(TabStop(position, kind) for position, kind in sorted(stops.items()))

    # -- runs and fields ------------------------------------------------------

    def _shown(self) -> bool:
        """Whether text here is shown: outside fields, or in a non-number field's result."""
        return all(frame.separated and not frame.numbered for frame in self._fields)

    def _inline(self, container: etree._Element) -> None:
        for child in container:
            if child.tag == W + "r":
                self._run(child)
            elif child.tag == W + "fldSimple":
                self._simple_field(child)
            elif child.tag in _INLINE_WRAPPERS:
                self._inline(child)
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self._inline(content)

    def _simple_field(self, element: etree._Element) -> None:
        code = element.get(W + "instr", "")
        words = code.split()
        if not words or words[0].upper() not in NUMBER_FIELDS:
            self._inline(element)  # its cached result, as the export keeps it
            return
        first = element.find(f".//{W}r")
        look = self._run_look(first) if first is not None else _run_look(self._base)
        if self._shown():
            self._pieces.append(Piece("field", words[0].upper(), look, _number_switch(code)))

    def _field_char(self, run: etree._Element, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(_OpenField(self._run_look(run)))
        elif kind == "separate" and self._fields:
            self._fields[-1].separated = True
        elif kind == "end" and self._fields:
            frame = self._fields.pop()
            if frame.numbered and self._shown():
                look = frame.look or frame.begin_look
                self._pieces.append(Piece("field", frame.name, look,
                                          _number_switch("".join(frame.code))))

    def _run(self, run: etree._Element) -> None:
        char = run.find(W + "fldChar")
        if char is not None:
            self._field_char(run, char.get(W + "fldCharType"))
            return
        if self._fields and not self._fields[-1].separated:
            self._fields[-1].code.extend(text.text or "" for text in run.iter(W + "instrText"))
            return
        if self._fields and self._fields[-1].numbered and self._fields[-1].look is None:
            self._fields[-1].look = self._run_look(run)
        if not self._shown():
            return
        look = self._run_look(run)
        for child in run:
            self._run_content(child, look)

    def _run_content(self, child: etree._Element, look: RunLook) -> None:
        tag = child.tag
        text = {W + "tab": "\t", W + "cr": "\n", W + "noBreakHyphen": "\u2011"}.get(tag)
        if tag == W + "t":
            text = child.text or ""
        elif tag == W + "br" and child.get(W + "type", "textWrapping") == "textWrapping":
            text = "\n"
        elif tag == W + "sym":
            try:
                text = chr(int(child.get(W + "char", ""), 16))
            except ValueError:
                text = None
        elif tag == W + "ptab":
            self._pieces.append(Piece("ptab", child.get(W + "alignment", "left"), look))
        elif tag == W + "drawing":
            self._drawing(child, look)
        elif tag == _MC + "AlternateContent":
            for drawing in child.iterfind(f"{_MC}Choice/{W}drawing"):
                self._drawing(drawing, look)
                break
        if text:
            self._pieces.append(Piece("text", text, look))

    def _run_look(self, run: etree._Element) -> RunLook:
        look = dict(self._base)
        properties = run.find(W + "rPr")
        style = properties.find(W + "rStyle") if properties is not None else None
        if style is not None:
            for holder in self.sheet.chain(style.get(W + "val")):
                apply_holder(look, holder)
        apply_run(look, properties)
        return _run_look(look)

    # -- pictures -------------------------------------------------------------

    def _drawing(self, drawing: etree._Element, look: RunLook) -> None:
        """An inline picture (a logo) in the text, or a floating one on the page."""
        inline = inline_picture(drawing, self._targets(), self.parts)
        if inline is not None:
            self._pieces.append(Piece("image", "", look, image=inline.image,
                                      width=inline.width, height=inline.height))
        elif (floating := floating_picture(drawing, self._targets(), self.parts)) is not None:
            self._floating.append(floating)

    def _targets(self) -> dict[str, str]:
        if self._rels is None:
            rels = Relationships(self.parts.get(rels_name(self.name)))
            self._rels = {rel.get("Id", ""): resolve_target(self.name, rel.get("Target", ""))
                          for rel in rels if rel.get("TargetMode") != "External"}
        return self._rels


def _run_look(look: Mapping[str, object]) -> RunLook:
    return RunLook(font=str(look["font"]), size=float(look["size"]),  # type: ignore[arg-type]
                   bold=bool(look["bold"]), italic=bool(look["italic"]),
                   caps=bool(look["caps"]))


def _merged(pieces: list[Piece]) -> Iterator[Piece]:
    """Neighbouring text pieces of one look joined (Word splits runs at every edit)."""
    previous: Piece | None = None
    for piece in pieces:
        if (previous is not None and piece.kind == previous.kind == "text"
                and piece.look == previous.look):
            previous = replace(previous, text=previous.text + piece.text)
            continue
        if previous is not None:
            yield previous
        previous = piece
    if previous is not None:
        yield previous


def _blocks(container: etree._Element) -> Iterator[etree._Element]:
    """The paragraphs and tables of a header or footer in reading order."""
    for child in container:
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _blocks(content)


def _block_paragraphs(container: etree._Element) -> Iterator[etree._Element]:
    """The paragraphs of a header or footer in reading order (tables cell by cell)."""
    for child in container:
        if child.tag == W + "p":
            yield child
        elif child.tag == W + "tbl":
            for cell in child.iterfind(f"{W}tr/{W}tc"):
                yield from _block_paragraphs(cell)
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _block_paragraphs(content)


def read_docx_furniture(data: bytes, source: str | Path) -> PageFurniture:
    """The furniture of a DOCX package (an exported document or a template, as it is).

    Raises :class:`~ametieditor.io.errors.FormatError` when ``data`` is not a package."""
    archive = open_zip(data, source)
    parts = {info.filename: read_member(archive, info.filename, source)
             for info in archive.infolist() if not info.is_dir()}
    main = next((resolve_target("", rel.get("Target", "")) for rel in
                 Relationships(parts.get(PACKAGE_RELS)).by_type(REL_OFFICE_DOCUMENT)), "")
    document = _parse(parts, main)
    styles = next((_parse(parts, resolve_target(main, rel.get("Target", ""))) for rel in
                   Relationships(parts.get(rels_name(main))).by_type(REL_STYLES)), None)
    section = section_of(document) if document is not None else None
    return read_furniture(parts, main, section, styles)


def section_of(document: etree._Element) -> etree._Element | None:
    """The last ``w:sectPr`` of a main document (the one that applies to its end)."""
    body = document.find(W + "body")
    if body is None:
        return None
    section = body.find(W + "sectPr")
    if section is not None:
        return section
    sections = list(body.iter(W + "sectPr"))
    return sections[-1] if sections else None

