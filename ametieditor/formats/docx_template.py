"""Reading a template DOCX once and preparing it for export.

The exporter fills whichever template it is given: the organisation's
fonts, margins, header, footer and logo stay as they are. It finds its
places by the named styles of :class:`~ametieditor.formats.docx_styles.StyleName`
(docs/TEMPLATES.md). What the template lacks is taken from the default
template and reported in :attr:`PreparedTemplate.warnings`; what would make
the document change once opened (macros, fields other than page numbers,
tracked changes, comments, outside links) is removed, and so is everything
a template is not for (thumbnail, foreign custom XML, embedded objects,
unreferenced parts, document ids: :mod:`~ametieditor.formats.docx_prune`),
listed in one warning.

A prepared template is cached by path, size and modification time, so the
second export with the same template does no ZIP or style work.
"""

from __future__ import annotations

import copy
import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ametieditor.formats import docx_clean, docx_prune
from ametieditor.formats.docx_package import (
    CONTENT_TYPES,
    CT_DOCUMENT,
    CT_FOOTER,
    CT_HEADER,
    CT_NUMBERING,
    CT_SETTINGS,
    CT_STYLES,
    PACKAGE_RELS,
    REL_NUMBERING,
    REL_OFFICE_DOCUMENT,
    REL_STYLES,
    W_NS,
    ContentTypes,
    Relationships,
    rels_name,
    resolve_target,
    xml_bytes,
)
from ametieditor.formats.docx_styles import STYLE_TYPES, StyleName
from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error, read_limited
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.io.safezip import open_zip, read_member
from ametieditor.resources import resource_path

DEFAULT_TEMPLATE = "templates/ametijuhend.docx"
AMETIJUHEND_NAMESPACE = "urn:ametieditor:ametijuhend:1"

_W = f"{{{W_NS}}}"
_MAIN_TYPES = {
    CT_DOCUMENT,
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
#: Parts that never go into an exported document: macros, ActiveX, comments, glossary.
_DROPPED_TYPES = {
    "application/vnd.ms-office.vbaproject",
    "application/vnd.ms-word.vbadata+xml",
    "application/vnd.ms-office.activex+xml",
    "application/vnd.ms-office.activex",
    "application/vnd.ms-word.keymapcustomizations+xml",
    "application/vnd.ms-word.attachedtoolbars",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsextended+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsids+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsextensible+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
}
_CLEANED_TYPES = {
    CT_HEADER,
    CT_FOOTER,
    CT_STYLES,
    CT_NUMBERING,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
}
_MACRO_NAME = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml)$", re.IGNORECASE)
_A4_TEXT_WIDTH = 11906 - 1701 - 851


@dataclass
class PreparedTemplate:
    """A template ready to be filled; shared between exports, never modified by them."""

    #: Every part to copy into the export (cleaned), in the template's order.
    parts: dict[str, bytes]
    #: The name of the main document part (usually ``word/document.xml``).
    document_part: str
    #: The template's main document with an empty body (its last ``w:sectPr`` kept).
    document_root: etree._Element
    #: Style id for each style name.
    style_ids: dict[StyleName, str]
    #: ``w:numId`` of the bullet list.
    bullet_num_id: str
    #: Width of the text area in twentieths of a point (page width minus margins).
    text_width: int
    #: What the template lacked or what was removed from it, for the user.
    warnings: list[str] = field(default_factory=list)

    def new_document_root(self) -> etree._Element:
        return copy.deepcopy(self.document_root)


def default_template_path() -> Path:
    return resource_path(DEFAULT_TEMPLATE)


def load_template(path: Path | None = None) -> PreparedTemplate:
    """The prepared template at ``path`` (the default template when ``None``)."""
    target = Path(path) if path is not None else default_template_path()
    try:
        stat = target.stat()
    except OSError as error:
        raise FormatError(target, tr("malli ei saa lugeda: {reason}",
                                     "the template cannot be read: {reason}",
                                     reason=describe_os_error(error))) from None
    try:
        return _load_cached(str(target.resolve()), stat.st_size, stat.st_mtime_ns)
    except (UnsafeXmlError, etree.XMLSyntaxError) as error:  # a package part read raw
        raise FormatError(target, tr("mall on vigane ({detail})",
                                     "the template is malformed ({detail})",
                                     detail=str(error).splitlines()[0])) from None


@lru_cache(maxsize=8)
def _load_cached(path: str, size: int, mtime_ns: int) -> PreparedTemplate:
    del size, mtime_ns  # part of the cache key only
    return _Preparer(Path(path)).prepare()


@lru_cache(maxsize=1)
def _default_styles() -> etree._Element:
    """styles.xml of the default template: the source of missing styles."""
    return _Preparer.read_part_of(default_template_path(), "word/styles.xml")


@lru_cache(maxsize=1)
def _default_numbering() -> etree._Element:
    return _Preparer.read_part_of(default_template_path(), "word/numbering.xml")


class _Preparer:
    """One pass over a template package; see :func:`load_template`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings: list[str] = []
        self.parts: dict[str, bytes] = {}
        self.dropped = docx_prune.PruneReport()

    @staticmethod
    def read_part_of(path: Path, name: str) -> etree._Element:
        archive = open_zip(read_limited(path), path)
        return parse_xml_bytes(read_member(archive, name, path))

    # -- helpers ----------------------------------------------------------

    def _parse(self, name: str) -> etree._Element:
        try:
            return parse_xml_bytes(self.parts[name])
        except (UnsafeXmlError, etree.XMLSyntaxError) as error:
            raise FormatError(self.path, tr("malli osa {name} on vigane ({detail})",
                                            "the template part {name} is malformed ({detail})",
                                            name=name, detail=error)) from None

    def _store(self, name: str, root: etree._Element) -> None:
        self.parts[name] = xml_bytes(root)

    def _not_a_template(self, detail: str) -> FormatError:
        return FormatError(self.path, tr("see ei ole Wordi mall ega dokument ({detail})",
                                         "this is not a Word template or document ({detail})",
                                         detail=detail))

    # -- the steps --------------------------------------------------------

    def prepare(self) -> PreparedTemplate:
        archive = open_zip(read_limited(self.path), self.path)
        for info in archive.infolist():
            if not info.is_dir():
                self.parts[info.filename] = read_member(archive, info.filename, self.path)
        if CONTENT_TYPES not in self.parts or PACKAGE_RELS not in self.parts:
            raise self._not_a_template(tr("puudub pakendi sisukord",
                                          "the package table of contents is missing"))
        self.types = ContentTypes(self.parts[CONTENT_TYPES])
        package_rels = Relationships(self.parts[PACKAGE_RELS])
        main = package_rels.by_type(REL_OFFICE_DOCUMENT)
        if not main:
            raise self._not_a_template(tr("puudub põhidokument", "no main document"))
        self.main = resolve_target("", main[0].get("Target", ""))
        if self.main not in self.parts:
            raise self._not_a_template(tr("puudub põhidokument", "no main document"))
        if self.types.content_type(self.main) not in _MAIN_TYPES:
            raise self._not_a_template(self.types.content_type(self.main) or "?")
        self.types.set_override(self.main, CT_DOCUMENT)

        self._drop_unwanted_parts()
        self._drop_external_links()
        self._clean_parts()
        self.main_rels = Relationships(self.parts.get(rels_name(self.main)))
        style_ids = self._prepare_styles()
        bullet = self._prepare_numbering(style_ids)
        document_root, text_width = self._empty_document()

        self.parts[rels_name(self.main)] = self.main_rels.to_bytes()
        self._prune(document_root)
        self.parts[CONTENT_TYPES] = self.types.to_bytes()
        return PreparedTemplate(parts=self.parts, document_part=self.main,
                                document_root=document_root, style_ids=style_ids,
                                bullet_num_id=bullet, text_width=text_width,
                                warnings=self.warnings)

    def _drop_unwanted_parts(self) -> None:
        dropped = set()
        for name in list(self.parts):
            kind = (self.types.content_type(name) or "").lower()
            if (kind in _DROPPED_TYPES or _MACRO_NAME.search(name)
                    or name.startswith("word/glossary/") or self._is_our_custom_xml(name)):
                dropped.add(name)
        if any(_MACRO_NAME.search(name) for name in dropped):
            self.warnings.append(tr("mallis olid makrod; eksporditud dokumenti neid ei lisata",
                                    "the template contained macros; they are not exported"))
        for name in list(dropped):
            dropped.add(rels_name(name))
            if name.startswith("customXml/item") and "Props" not in name:
                props = self._custom_xml_props(name)
                if props:
                    dropped.add(props)
        for name in dropped:
            self.parts.pop(name, None)
            self.types.remove_override(name)
        for ext in ("bin",):
            if (self.types.content_type(f"x.{ext}") or "").lower() in _DROPPED_TYPES:
                self.types.remove_default(ext)
        for rels_part in [name for name in self.parts if name.endswith(".rels")]:
            source = _source_of_rels(rels_part)
            rels = Relationships(self.parts[rels_part])
            changed = False
            for rel in list(rels):
                if rel.get("TargetMode") == "External":
                    continue
                if resolve_target(source, rel.get("Target", "")) in dropped:
                    rels.remove(rel)
                    changed = True
            if changed:
                self.parts[rels_part] = rels.to_bytes()

    def _is_our_custom_xml(self, name: str) -> bool:
        """A custom XML part holding a job description (a template made from an export)."""
        if not re.fullmatch(r"customXml/item\d+\.xml", name):
            return False
        try:
            root = parse_xml_bytes(self.parts[name])
        except (UnsafeXmlError, etree.XMLSyntaxError):
            return False
        namespace: str | None = etree.QName(root).namespace
        return namespace == AMETIJUHEND_NAMESPACE

    def _custom_xml_props(self, item: str) -> str | None:
        rels = self.parts.get(rels_name(item))
        if not rels:
            return None
        for rel in Relationships(rels):
            return resolve_target(item, rel.get("Target", ""))
        return None

    def _drop_external_links(self) -> None:
        removed_any = False
        for rels_part in [name for name in self.parts if name.endswith(".rels")]:
            rels = Relationships(self.parts[rels_part])
            removed = {rel.get("Id") for rel in rels if rel.get("TargetMode") == "External"}
            if not removed:
                continue
            removed_any = True
            for rel in list(rels):
                if rel.get("Id") in removed:
                    rels.remove(rel)
            self.parts[rels_part] = rels.to_bytes()
            source = _source_of_rels(rels_part)
            if source in self.parts and source.endswith(".xml"):
                root = self._parse(source)
                docx_clean.drop_references(root, removed)
                self._store(source, root)
        if removed_any:
            self.warnings.append(tr(
                "mallist eemaldati viited välistele failidele või veebiaadressidele",
                "links to outside files or web addresses were removed from the template"))

    def _clean_parts(self) -> None:
        changed_fields = 0
        for name in list(self.parts):
            kind = self.types.content_type(name)
            if kind in _CLEANED_TYPES:
                root = self._parse(name)
                changed_fields += docx_clean.strip_fields(root)
                docx_clean.accept_revisions(root)
                self._store(name, root)
            elif kind == CT_SETTINGS:
                root = self._parse(name)
                docx_clean.clean_settings(root)
                docx_prune.clean_settings(root, self.dropped)
                self._store(name, root)
        if changed_fields:
            self.warnings.append(tr(
                "malli päises või jaluses olnud muutuvad väljad (nt kuupäev) asendati "
                "nende tekstiga", "changing fields (e.g. a date) in the template's header or "
                "footer were replaced by their text"))

    def _prune(self, document_root: etree._Element) -> None:
        """Only what a template is for stays (:mod:`~ametieditor.formats.docx_prune`)."""
        changed = docx_prune.prune_template(self.parts, self.types, self.main, self._parse,
                                            document_root, self.dropped)
        for name, root in changed.items():
            if name != self.main:  # the main document is written by the exporter
                self._store(name, root)
        warning = self.dropped.warning()
        if warning:
            self.warnings.append(warning)

    def _related_part(self, rel_type: str, content_type: str, default_name: str) -> str:
        """The part the main document relates to with ``rel_type``, created if missing."""
        for rel in self.main_rels.by_type(rel_type):
            name = resolve_target(self.main, rel.get("Target", ""))
            if name in self.parts:
                return name
        name = posixpath.join(posixpath.dirname(self.main), default_name)
        self.main_rels.add(rel_type, default_name)
        self.types.set_override(name, content_type)
        return name

    def _prepare_styles(self) -> dict[StyleName, str]:
        name = self._related_part(REL_STYLES, CT_STYLES, "styles.xml")
        root = self._parse(name) if name in self.parts else copy.deepcopy(_default_styles())
        found = {(_style_name(style).lower(), style.get(_W + "type")): style
                 for style in root.iterfind(_W + "style")}
        taken = {style.get(_W + "styleId") for style in root.iterfind(_W + "style")}
        defaults = _default_style_ids(root)
        source = {_style_name(style): style for style in _default_styles().iterfind(_W + "style")}
        ids: dict[StyleName, str] = {}
        missing: list[str] = []
        for style_name in StyleName:
            existing = found.get((style_name.value.lower(), STYLE_TYPES[style_name]))
            if existing is not None:
                ids[style_name] = existing.get(_W + "styleId")
                continue
            missing.append(style_name.value)
            style = copy.deepcopy(source[style_name.value])
            style_id = style.get(_W + "styleId")
            while style_id in taken:
                style_id += "1"
            taken.add(style_id)
            style.set(_W + "styleId", style_id)
            based_on = style.find(_W + "basedOn")
            if based_on is not None:
                based_on.set(_W + "val", defaults[STYLE_TYPES[style_name]])
            next_style = style.find(_W + "next")
            if next_style is not None:
                style.remove(next_style)
            for numbering in style.iter(_W + "numPr"):
                numbering.getparent().remove(numbering)
            root.append(style)
            ids[style_name] = style_id
        if missing:
            self.warnings.append(tr(
                "mallis puuduvad stiilid {names}; kasutatakse sisseehitatud vormingut",
                "the template lacks the styles {names}; built-in formatting is used",
                names=", ".join(f"„{name}”" for name in missing)))
        _set_document_language(root)
        self._store(name, root)
        self.styles_root = root
        return ids

    def _prepare_numbering(self, style_ids: dict[StyleName, str]) -> str:
        name = self._related_part(REL_NUMBERING, CT_NUMBERING, "numbering.xml")
        if name in self.parts:
            root = self._parse(name)
        else:
            root = etree.Element(_W + "numbering", nsmap={"w": W_NS})
        nums = {num.get(_W + "numId") for num in root.iterfind(_W + "num")}
        bullet_style = next(style for style in self.styles_root.iterfind(_W + "style")
                            if style.get(_W + "styleId") == style_ids[StyleName.BULLET])
        num_id = bullet_style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
        linked: str | None = num_id.get(_W + "val") if num_id is not None else None
        if linked is not None and linked in nums:
            return linked
        abstract_ids = [int(a.get(_W + "abstractNumId", "0"))
                        for a in root.iterfind(_W + "abstractNum")]
        new_abstract = str(max(abstract_ids, default=-1) + 1)
        new_num = str(max((int(n) for n in nums if n and n.isdigit()), default=0) + 1)
        abstract = copy.deepcopy(_default_numbering().find(_W + "abstractNum"))
        abstract.set(_W + "abstractNumId", new_abstract)
        # Schema order: numPicBullet*, abstractNum*, num*, numIdMacAtCleanup?
        before = root.findall(_W + "abstractNum") or root.findall(_W + "numPicBullet")
        if before:
            before[-1].addnext(abstract)
        else:
            root.insert(0, abstract)
        num = etree.Element(_W + "num")
        num.set(_W + "numId", new_num)
        etree.SubElement(num, _W + "abstractNumId").set(_W + "val", new_abstract)
        existing_nums = root.findall(_W + "num")
        if existing_nums:
            existing_nums[-1].addnext(num)
        else:
            abstract.addnext(num)
        self._store(name, root)
        return new_num

    def _empty_document(self) -> tuple[etree._Element, int]:
        root = self._parse(self.main)
        body = root.find(_W + "body")
        if body is None:
            raise self._not_a_template(tr("dokumendil puudub sisu", "the document has no body"))
        section = body[-1] if len(body) and body[-1].tag == _W + "sectPr" else None
        for child in list(body):
            if child is not section:
                body.remove(child)
        text_width = _A4_TEXT_WIDTH
        if section is not None:
            size, margins = section.find(_W + "pgSz"), section.find(_W + "pgMar")
            try:
                width = int(size.get(_W + "w")) if size is not None else 11906
                left = int(margins.get(_W + "left", 0)) if margins is not None else 1701
                right = int(margins.get(_W + "right", 0)) if margins is not None else 851
                gutter = int(margins.get(_W + "gutter", 0)) if margins is not None else 0
                text_width = max(width - left - right - gutter, 2000)
            except (TypeError, ValueError):
                pass
        self.parts[self.main] = b""  # written by the exporter
        return root, text_width


def _source_of_rels(rels_part: str) -> str:
    """``word/_rels/document.xml.rels`` → ``word/document.xml``; package rels → ``""``."""
    folder, name = posixpath.split(rels_part)
    return posixpath.join(posixpath.dirname(folder), name[: -len(".rels")])


def _style_name(style: etree._Element) -> str:
    name = style.find(_W + "name")
    return name.get(_W + "val", "") if name is not None else ""


def _default_style_ids(root: etree._Element) -> dict[str, str]:
    """The id of the default style of each type (``Normal`` in English Word)."""
    ids = {"paragraph": "Normal", "character": "DefaultParagraphFont", "table": "TableNormal"}
    for style in root.iterfind(_W + "style"):
        if style.get(_W + "default") in ("1", "true", "on"):
            ids[style.get(_W + "type", "paragraph")] = style.get(_W + "styleId")
    return ids


def _set_document_language(styles: etree._Element) -> None:
    """Estonian as the language of the whole document (spelling in Word and LibreOffice)."""
    defaults = styles.find(_W + "docDefaults")
    if defaults is None:
        defaults = etree.Element(_W + "docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(_W + "rPrDefault")
    if run_defaults is None:
        run_defaults = etree.Element(_W + "rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(_W + "rPr")
    if properties is None:
        properties = etree.SubElement(run_defaults, _W + "rPr")
    language = properties.find(_W + "lang")
    if language is None:
        language = etree.SubElement(properties, _W + "lang")
    language.set(_W + "val", "et-EE")
    for style in styles.iterfind(_W + "style"):
        if style.get(_W + "default") in ("1", "true", "on"):
            for element in style.iterfind(f"{_W}rPr/{_W}lang"):
                element.set(_W + "val", "et-EE")
