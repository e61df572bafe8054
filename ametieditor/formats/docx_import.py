"""Importing a Word file typed by hand (``.docx`` without the editor's own XML part).

The package is opened with :mod:`ametieditor.io.safezip` and its XML
parts parsed with :mod:`ametieditor.io.safexml`. The body is walked
with lxml in document order (python-docx's paragraph API skips content
controls), producing the :class:`~ametieditor.formats.textparse.SourceLine`
sequence the shared structural parser reads:

* a paragraph is a line; soft line breaks (``w:br``) split it into several;
  tabs inside it separate cells (``Haridus<TAB>Kõrgharidus``);
* Word list numbering (``w:numPr`` on the paragraph or its style) becomes a
  typed bullet (``• ``) for bullet formats and the computed number
  (``3.1.``) for decimal formats, so numbered headings and duties are
  recognised as if typed;
* a table row is one line with cells (nested tables are flattened into
  their cell);
* content controls (``w:sdt``), text boxes (``w:txbxContent``, the
  ``mc:Fallback`` copy skipped), inserted text of tracked changes, the
  headers and footers, footnotes and endnotes are read too (page furniture
  and notes end up as import notes unless they hold the approval note or
  signatures); deleted text (``w:delText``) and field
  codes (``w:instrText``) are not text.

:func:`import_docx` is what ``docx_open`` calls when a DOCX carries no
embedded Ametieditor XML part.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ametieditor.formats.import_report import import_warnings
from ametieditor.formats.result import LoadResult
from ametieditor.formats.textparse import SourceLine, parse_lines
from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.io.safezip import open_zip, read_member

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_W = f"{{{W}}}"
_FALLBACK = f"{{{MC}}}Fallback"
_TXBX = _W + "txbxContent"

_MAIN_PART = "word/document.xml"


def _parse(archive: zipfile.ZipFile, name: str, source: Path) -> etree._Element:
    try:
        return parse_xml_bytes(read_member(archive, name, source))
    except UnsafeXmlError as error:
        raise FormatError(source, str(error)) from None
    except etree.XMLSyntaxError:
        raise FormatError(source, tr("DOCX-i osa {name} on rikutud (vigane XML)",
                                     "the DOCX part {name} is damaged (malformed XML)",
                                     name=name)) from None


# --------------------------------------------------------------------------
# Numbering


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    """Word list definitions and the running counters of each list."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> levels
    abstract_of: dict[str, str] = field(default_factory=dict)
    style_num: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId -> (numId, ilvl)
    bullet_styles: set[str] = field(default_factory=set)
    counters: dict[str, list[int]] = field(default_factory=dict)  # abstract id -> counters

    def prefix(self, num_id: str, level: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        definition = levels.get(level, _Level())
        if definition.fmt == "bullet":
            return "• "
        if definition.fmt == "none":
            return ""
        key = self.abstract_of.get(num_id, num_id)
        counters = self.counters.setdefault(key, [0] * 9)
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        for upper in range(level):
            if counters[upper] == 0:
                counters[upper] = levels.get(upper, _Level()).start
        counters[level] = counters[level] + 1 if counters[level] else definition.start
        text = definition.text
        for index in range(9):
            text = text.replace(f"%{index + 1}", str(counters[index]))
        if definition.fmt not in ("decimal", "decimalZero"):
            # Letters and roman numerals: keep the list structure, not the glyphs.
            return "• " if definition.fmt not in ("lowerLetter", "upperLetter",
                                                  "lowerRoman", "upperRoman") else f"{text} "
        return f"{text} "


def _read_numbering(archive: zipfile.ZipFile, source: Path) -> _Numbering:
    numbering = _Numbering()
    names = set(archive.namelist())
    if "word/numbering.xml" in names:
        root = _parse(archive, "word/numbering.xml", source)
        abstract: dict[str, dict[int, _Level]] = {}
        for element in root.iterfind(_W + "abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in element.iterfind(_W + "lvl"):
                level = _Level(
                    fmt=_val(lvl.find(_W + "numFmt")) or "decimal",
                    text=_val(lvl.find(_W + "lvlText")) or "",
                    start=int(_val(lvl.find(_W + "start")) or 1)
                    if (_val(lvl.find(_W + "start")) or "1").isdigit() else 1,
                )
                ilvl = lvl.get(_W + "ilvl", "0")
                levels[int(ilvl) if ilvl.isdigit() else 0] = level
            abstract[element.get(_W + "abstractNumId", "")] = levels
        for num in root.iterfind(_W + "num"):
            num_id = num.get(_W + "numId", "")
            abstract_id = _val(num.find(_W + "abstractNumId")) or ""
            numbering.levels[num_id] = abstract.get(abstract_id, {})
            numbering.abstract_of[num_id] = abstract_id
    if "word/styles.xml" in names:
        root = _parse(archive, "word/styles.xml", source)
        based: dict[str, str] = {}
        for style in root.iterfind(_W + "style"):
            style_id = style.get(_W + "styleId", "")
            if (num_pr := style.find(f"{_W}pPr/{_W}numPr")) is not None:
                num_id = _val(num_pr.find(_W + "numId")) or ""
                ilvl = _val(num_pr.find(_W + "ilvl")) or "0"
                numbering.style_num[style_id] = (num_id, int(ilvl) if ilvl.isdigit() else 0)
            name = (_val(style.find(_W + "name")) or "").lower()
            if "bullet" in name or "täpp" in name or "täpploend" in name:
                numbering.bullet_styles.add(style_id)
            if (base := _val(style.find(_W + "basedOn"))) is not None:
                based[style_id] = base
        for style_id, base in based.items():
            seen = {style_id}
            while base and base not in seen and style_id not in numbering.style_num:
                seen.add(base)
                if base in numbering.style_num:
                    numbering.style_num[style_id] = numbering.style_num[base]
                base = based.get(base, "")
    return numbering


def _val(element: etree._Element | None) -> str | None:
    return element.get(_W + "val") if element is not None else None


# --------------------------------------------------------------------------
# Walking the body


class _Walker:
    def __init__(self, numbering: _Numbering) -> None:
        self.numbering = numbering
        self.lines: list[SourceLine] = []
        self.counter = 0

    def block(self, parent: etree._Element, origin: str, out: list[SourceLine]) -> None:
        """Paragraphs and tables under ``parent`` (body, cell, sdtContent, text box)."""
        for child in parent:
            tag = child.tag
            if tag == _W + "p":
                self.paragraph(child, origin, out)
            elif tag == _W + "tbl":
                self.table(child, origin, out)
            elif tag in (_W + "sdt", _W + "customXml", _W + "smartTag", _W + "ins",
                         _W + "moveTo"):
                content = child.find(_W + "sdtContent") if tag == _W + "sdt" else child
                if content is not None:
                    self.block(content, origin, out)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self.block(choice, origin, out)

    def paragraph(self, paragraph: etree._Element, origin: str, out: list[SourceLine]) -> None:
        self.counter += 1
        number = self.counter
        pieces: list[str] = []
        boxes: list[etree._Element] = []
        self._runs(paragraph, pieces, boxes)
        text = "".join(pieces)
        prefix = self._list_prefix(paragraph)
        for index, line in enumerate(text.split("\n")):
            if index == 0 and prefix and line.strip():
                line = prefix + line.strip()
            self._emit(line, number, origin, out)
        for box in boxes:
            self.block(box, tr("tekstikast", "text box"), out)

    def _emit(self, line: str, number: int, origin: str, out: list[SourceLine]) -> None:
        stripped = line.strip("\t ")
        if "\t" in stripped:
            cells = [[cell.strip()] for cell in re.split(r"\t+", stripped) if cell.strip()]
            if len(cells) > 1:
                out.append(SourceLine(stripped, number, cells, origin, hard=True))
                return
        out.append(SourceLine(line.replace("\t", " ").strip(), number, None, origin, hard=True))

    def _runs(self, element: etree._Element, pieces: list[str],
              boxes: list[etree._Element]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == _W + "t":
                pieces.append(child.text or "")
            elif tag == _W + "tab":
                pieces.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                pieces.append("\n" if child.get(_W + "type") != "page" else " ")
            elif tag == _W + "noBreakHyphen":
                pieces.append("-")
            elif tag == _W + "softHyphen":
                continue
            elif tag == _TXBX:
                boxes.append(child)
            elif tag in (_FALLBACK, _W + "del", _W + "moveFrom", _W + "pPr", _W + "rPr",
                         _W + "instrText", _W + "delText"):
                continue
            else:
                self._runs(child, pieces, boxes)

    def _list_prefix(self, paragraph: etree._Element) -> str:
        ppr = paragraph.find(_W + "pPr")
        if ppr is None:
            return ""
        num_pr = ppr.find(_W + "numPr")
        style = _val(ppr.find(_W + "pStyle")) or ""
        if num_pr is not None:
            num_id = _val(num_pr.find(_W + "numId")) or ""
            ilvl = _val(num_pr.find(_W + "ilvl")) or ""
            if not ilvl and style in self.numbering.style_num:
                ilvl = str(self.numbering.style_num[style][1])
            return self.numbering.prefix(num_id, int(ilvl) if ilvl.isdigit() else 0)
        if style in self.numbering.style_num:
            num_id, level = self.numbering.style_num[style]
            return self.numbering.prefix(num_id, level)
        if style in self.numbering.bullet_styles:
            return "• "
        return ""

    def table(self, table: etree._Element, origin: str, out: list[SourceLine]) -> None:
        for row in table.iter(_W + "tr"):
            if _inside_nested_table(row, table):
                continue
            cells: list[list[str]] = []
            for cell in row.iter(_W + "tc"):  # (SourceLine cells hold plain strings)
                if _inside_nested_table(cell, table):
                    continue
                tcpr = cell.find(_W + "tcPr")
                merged = tcpr is not None and tcpr.find(_W + "vMerge") is not None \
                    and _val(tcpr.find(_W + "vMerge")) in (None, "continue")
                lines: list[SourceLine] = []
                self.block(cell, origin, lines)
                cell_lines = [line.text for line in lines if line.text.strip()]
                if merged and not cell_lines:
                    continue
                cells.append(cell_lines)
            self.counter += 1
            texts = ["\t".join(" ".join(cell) for cell in cells)]
            out.append(SourceLine(texts[0], self.counter, cells, origin, hard=True))


def _inside_nested_table(element: etree._Element, table: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not table:
        if parent.tag == _W + "tbl":
            return True
        parent = parent.getparent()
    return False


def _related_parts(archive: zipfile.ZipFile, source: Path, kind: str) -> list[str]:
    """Header or footer parts of the main document, in relationship order."""
    rels_name = "word/_rels/document.xml.rels"
    if rels_name not in archive.namelist():
        return []
    root = _parse(archive, rels_name, source)
    names: list[str] = []
    for rel in root.iterfind(f"{{{REL}}}Relationship"):
        if rel.get("Type", "").endswith(f"/{kind}") and rel.get("TargetMode") != "External":
            target = posixpath.normpath(posixpath.join("word", rel.get("Target", "")))
            if target in archive.namelist() and target not in names:
                names.append(target)
    return names


def docx_lines(archive: zipfile.ZipFile, source: Path) -> list[SourceLine]:
    """The source lines of a DOCX: headers, body, footers, in that order."""
    if _MAIN_PART not in archive.namelist():
        raise FormatError(source, tr("see ei ole Wordi dokument (word/document.xml puudub)",
                                     "this is not a Word document (word/document.xml is missing)"))
    walker = _Walker(_read_numbering(archive, source))
    lines: list[SourceLine] = []
    seen_texts: set[str] = set()

    def add_parts(kind: str, origin: str) -> None:
        for name in _related_parts(archive, source, kind):
            part_lines: list[SourceLine] = []
            walker.block(_parse(archive, name, source), origin, part_lines)
            text = "\n".join(line.text for line in part_lines).strip()
            if text and text not in seen_texts:  # first-page and even headers repeat
                seen_texts.add(text)
                for line in [*part_lines, SourceLine("", walker.counter)]:
                    line.margin = True
                    lines.append(line)

    add_parts("header", tr("päis", "header"))
    body = _parse(archive, _MAIN_PART, source).find(_W + "body")
    if body is not None:
        walker.block(body, "", lines)
    add_parts("footer", tr("jalus", "footer"))
    for name, origin in (("word/footnotes.xml", tr("allmärkus", "footnote")),
                         ("word/endnotes.xml", tr("lõpumärkus", "endnote"))):
        if name in archive.namelist():
            for note in _parse(archive, name, source):
                if note.get(_W + "type") in ("separator", "continuationSeparator",
                                             "continuationNotice"):
                    continue
                note_lines: list[SourceLine] = []
                walker.block(note, origin, note_lines)
                for line in note_lines:
                    line.margin = True
                    lines.append(line)
    return lines


def import_docx(path: Path, data: bytes) -> LoadResult:
    """A hand-made Word file read into a document, with an import report."""
    archive = open_zip(data, path)
    with archive:
        lines = docx_lines(archive, path)
    if not any(line.text.strip() for line in lines):
        raise FormatError(path, tr("Wordi dokumendis ei ole teksti",
                                   "the Word document contains no text"))
    document, report = parse_lines(lines, "docx")
    return LoadResult(document=document, warnings=import_warnings(report), native=False,
                      report=report)
