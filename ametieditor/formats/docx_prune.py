"""Keep of an organisation template only what a template is for; say what was dropped.

A DOCX that is signed and archived for years must carry nothing but the job
description and its look. From a template the exporter keeps the styles,
the bullet numbering, the font table (with embedded fonts), the theme, the
settings (cleaned, see :func:`clean_settings`), the page setup (the last
section of the body), footnote separators, and the headers and footers with
the pictures they show. Everything else is dropped:

* package-level extras: the thumbnail, custom document properties, the
  template's own core and app properties (the exporter writes its own);
* custom XML parts (a bibliography, SharePoint data): the job description's
  own XML is then always ``customXml/item1.xml``;
* embedded objects (OLE, embedded packages) and altChunks, with the elements
  that show them in a header or footer;
* every part no kept part refers to (the old body's pictures, web settings,
  ``stylesWithEffects``, people, …);
* document ids (``w14:docId``, ``w15:docId``, rsids, paragraph ids), the
  proofing state, document variables, and any compatibility mode older than
  Word 2013's (``compatibilityMode`` is always 15).

:func:`prune_template` works on the part mapping of
:mod:`ametieditor.formats.docx_template` and returns one sentence listing
what went, for the export's warnings.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from ametieditor.formats import docx_clean
from ametieditor.formats.docx_package import (
    CONTENT_TYPES,
    PACKAGE_RELS,
    R_NS,
    REL_APP,
    REL_CORE,
    REL_CUSTOM_XML,
    REL_FOOTER,
    REL_HEADER,
    REL_NUMBERING,
    REL_OFFICE_DOCUMENT,
    REL_SETTINGS,
    REL_STYLES,
    W_NS,
    ContentTypes,
    Relationships,
    rels_name,
    resolve_target,
)
from ametieditor.i18n import tr

_W = f"{{{W_NS}}}"
_R = f"{{{R_NS}}}"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
#: Word's current compatibility mode (Word 2013 and later).
COMPATIBILITY_MODE = "15"

REL_FONT_TABLE = R_NS + "/fontTable"
REL_THEME = R_NS + "/theme"
REL_FOOTNOTES = R_NS + "/footnotes"
REL_ENDNOTES = R_NS + "/endnotes"
REL_IMAGE = R_NS + "/image"
REL_FONT = R_NS + "/font"
REL_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
REL_OLE = R_NS + "/oleObject"
REL_PACKAGE = R_NS + "/package"
REL_ALT_CHUNK = R_NS + "/aFChunk"
REL_CUSTOM_PROPERTIES = R_NS + "/custom-properties"

#: Parts of the main document a template is for; kept without being referenced in its XML.
_DOCUMENT_PARTS = frozenset({REL_STYLES, REL_NUMBERING, REL_SETTINGS, REL_FONT_TABLE, REL_THEME,
                             REL_FOOTNOTES, REL_ENDNOTES})
#: Kept where the source part's XML refers to them by ``r:id`` (a header, its logo).
_REFERENCED = frozenset({REL_HEADER, REL_FOOTER, REL_IMAGE, REL_FONT})

#: Elements that show an embedded object or pull in foreign content; removed wherever kept.
_EMBEDDING_ELEMENTS = (_W + "object", _W + "altChunk", _W + "subDoc")
#: Settings that are ids, proofing state or foreign data, not look.
_SETTINGS_DROPPED_IDS = (_W + "rsids", f"{{{W14_NS}}}docId",
                         "{http://schemas.microsoft.com/office/word/2012/wordml}docId")
_SETTINGS_DROPPED_OTHER: dict[str, tuple[str, str]] = {
    _W + "proofState": ("õigekirjakontrolli olek", "proofing state"),
    _W + "docVars": ("dokumendi muutujad", "document variables"),
    _W + "savePreviewPicture": ("pisipildi salvestamise säte", "the save-thumbnail setting"),
    _W + "attachedSchema": ("viide XML-skeemile", "a reference to an XML schema"),
}


def _label(rel_type: str) -> tuple[str, str]:
    """Words for what a relationship of ``rel_type`` brings (Estonian, English)."""
    labels = {
        REL_THUMBNAIL: ("pisipilt", "thumbnail"),
        REL_CUSTOM_XML: ("kohandatud XML-andmed", "custom XML data"),
        REL_OLE: ("manustatud objekt", "embedded object"),
        REL_PACKAGE: ("manustatud objekt", "embedded object"),
        REL_ALT_CHUNK: ("altChunk-sisu", "altChunk content"),
    }
    return labels.get(rel_type, ("muu osa", "other part"))


@dataclass
class PruneReport:
    """What :func:`prune_template` removed, grouped for one warning."""

    parts: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    settings: list[tuple[str, str]] = field(default_factory=list)

    def add_part(self, label: tuple[str, str], name: str) -> None:
        names = self.parts.setdefault(label, [])
        if name not in names:
            names.append(name)

    def add_setting(self, label: tuple[str, str]) -> None:
        if label not in self.settings:
            self.settings.append(label)

    def warning(self) -> str | None:
        """One sentence naming everything dropped, or ``None`` when nothing was."""
        items = [f"{tr(et, en)} ({', '.join(found)})" for (et, en), found in self.parts.items()]
        items += [tr(et, en) for et, en in self.settings]
        if not items:
            return None
        return tr("mallist jäeti eksporditud dokumendist välja: {items}",
                  "left out of the exported document from the template: {items}",
                  items="; ".join(items))


class _Pruner:
    def __init__(self, parts: dict[str, bytes], types: ContentTypes, main: str,
                 parse: Callable[[str], etree._Element], main_root: etree._Element,
                 report: PruneReport) -> None:
        self.parts = parts
        self.types = types
        self.main = main
        self.parse = parse
        self.roots: dict[str, etree._Element] = {main: main_root}
        self.report = report
        self.covered: set[str] = set()

    def root(self, name: str) -> etree._Element | None:
        if name not in self.roots and name.endswith(".xml") and name in self.parts:
            self.roots[name] = self.parse(name)
        return self.roots.get(name)

    def run(self) -> None:
        self._package_rels()
        kept = {self.main}
        queue = [self.main]
        while queue:
            source = queue.pop()
            for target in self._prune_rels_of(source):
                if target not in kept and target in self.parts:
                    kept.add(target)
                    queue.append(target)
        for name in list(self.parts):
            if name in kept or name in (CONTENT_TYPES, PACKAGE_RELS):
                continue
            if name.endswith(".rels") and _source_of_rels(name) in kept:
                continue
            if not name.endswith(".rels") and name not in self._reported():
                self.report.add_part(("kasutamata osa", "unused part"), name)
            self.parts.pop(name)
            self.types.remove_override(name)
        self._drop_unused_defaults()

    def _reported(self) -> set[str]:
        names = {name for found in self.report.parts.values() for name in found}
        return names | self.covered

    def _cover(self, part: str) -> None:
        """Parts a dropped part brings along (a custom XML item's properties): not listed."""
        if part in self.covered or rels_name(part) not in self.parts:
            return
        for rel in Relationships(self.parts[rels_name(part)]):
            if rel.get("TargetMode") != "External":
                target = resolve_target(part, rel.get("Target", ""))
                self.covered.add(target)
                self._cover(target)

    def _package_rels(self) -> None:
        """Only the main document stays; core and app properties are the exporter's own."""
        rels = Relationships(self.parts[PACKAGE_RELS])
        for rel in list(rels):
            rel_type = rel.get("Type", "")
            if rel_type == REL_OFFICE_DOCUMENT:
                continue
            rels.remove(rel)
            target = resolve_target("", rel.get("Target", ""))
            if rel_type in (REL_CORE, REL_APP):
                self.parts.pop(target, None)  # replaced by the exporter's own
                self.types.remove_override(target)
            elif rel_type == REL_CUSTOM_PROPERTIES:
                self.report.add_part(("kohandatud omadused", "custom properties"), target)
            else:
                self.report.add_part(_label(rel_type), target)
        self.parts[PACKAGE_RELS] = rels.to_bytes()

    def _prune_rels_of(self, source: str) -> list[str]:
        """Drop the relationships of ``source`` a template is not for; return the kept targets."""
        name = rels_name(source)
        if name not in self.parts:
            return []
        rels = Relationships(self.parts[name])
        root = self.root(source)
        if root is not None:
            for element in [e for tag in _EMBEDDING_ELEMENTS for e in root.iter(tag)]:
                run = element.getparent()
                docx_clean.remove(element)
                if run is not None and run.tag == _W + "r" and all(
                        child.tag == _W + "rPr" for child in run):
                    docx_clean.remove(run)  # nothing left to show
        used = _referenced_ids(root) if root is not None else set()
        kept: list[str] = []
        removed: set[str] = set()
        for rel in list(rels):
            rel_type = rel.get("Type", "")
            target = resolve_target(source, rel.get("Target", ""))
            keep = ((source == self.main and rel_type in _DOCUMENT_PARTS)
                    or (rel_type in _REFERENCED and rel.get("Id") in used))
            if keep and rel.get("TargetMode") != "External":
                kept.append(target)
                continue
            rels.remove(rel)
            removed.add(rel.get("Id", ""))
            if rel_type in (REL_CUSTOM_XML, REL_OLE, REL_PACKAGE, REL_ALT_CHUNK):
                self.report.add_part(_label(rel_type), target)
                self._cover(target)
        if removed and root is not None:
            docx_clean.drop_references(root, removed)
        self.parts[name] = rels.to_bytes()
        return kept

    def _drop_unused_defaults(self) -> None:
        used = {posixpath.splitext(name)[1].lstrip(".").lower() for name in self.parts}
        for element in list(self.types.root):
            extension = element.get("Extension")
            if extension and extension.lower() not in used | {"xml", "rels"}:
                self.types.root.remove(element)


def prune_template(parts: dict[str, bytes], types: ContentTypes, main: str,
                   parse: Callable[[str], etree._Element], main_root: etree._Element,
                   report: PruneReport) -> dict[str, etree._Element]:
    """Drop from ``parts`` (in place) what a template is not for (see the module docstring).

    ``main_root`` is the template's main document with its body already
    emptied, so the old body's pictures and objects are left behind. What
    was dropped is added to ``report``; the XML parts that were changed are
    returned parsed (the caller stores them).
    """
    pruner = _Pruner(parts, types, main, parse, main_root, report)
    pruner.run()
    folder = posixpath.dirname(main)
    for name in list(parts):
        if name.endswith(".xml") and posixpath.dirname(name) == folder:
            pruner.root(name)  # headers, footers, styles …: their ids go too
    changed = {name: root for name, root in pruner.roots.items() if name in parts}
    if any([strip_ids(root) for root in changed.values()]):
        report.add_setting(_IDS_LABEL)
    return changed


_IDS_LABEL = ("dokumendi tunnused (docId, rsid)", "document ids (docId, rsid)")
_ID_ATTRIBUTES = frozenset({f"{{{W14_NS}}}paraId", f"{{{W14_NS}}}textId"})


def strip_ids(root: etree._Element) -> bool:
    """Remove revision-session ids (``w:rsid*``) and paragraph ids; True if any were there."""
    found = False
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in [str(name) for name in element.attrib]:
            if attribute in _ID_ATTRIBUTES or attribute.startswith(_W + "rsid"):
                del element.attrib[attribute]
                found = True
    return found


def clean_settings(root: etree._Element, report: PruneReport) -> None:
    """Ids, proofing state and document variables out; compatibility mode 15."""
    for tag in (*_SETTINGS_DROPPED_IDS, *_SETTINGS_DROPPED_OTHER):
        for element in list(root.iter(tag)):
            docx_clean.remove(element)
            report.add_setting(_SETTINGS_DROPPED_OTHER.get(tag, _IDS_LABEL))
    mode, legacy = _set_compatibility_mode(root)
    if mode != COMPATIBILITY_MODE:
        report.add_setting((f"ühilduvusrežiim {mode or 'puudus'} (nüüd {COMPATIBILITY_MODE})",
                            f"compatibility mode {mode or 'none'} (now {COMPATIBILITY_MODE})"))
    if legacy:
        report.add_setting(("vanemate Wordi versioonide paigutussätted",
                            "layout settings of older Word versions"))


#: Settings that come after ``w:compat`` in the schema's sequence (CT_Settings).
_AFTER_COMPAT = ("docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
                 "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
                 "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                 "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
                 "listSeparator")


def _set_compatibility_mode(root: etree._Element) -> tuple[str | None, bool]:
    """``compatibilityMode`` 15 and no legacy flags; the old mode and whether flags were there."""
    compat = root.find(_W + "compat")
    if compat is None:
        compat = etree.Element(_W + "compat")
        following = [child for child in root if isinstance(child.tag, str)
                     and etree.QName(child).localname in _AFTER_COMPAT]
        if following:
            following[0].addprevious(compat)
        else:
            root.append(compat)
    mode: str | None = None
    legacy = False
    for child in list(compat):
        if child.tag == _W + "compatSetting":
            if child.get(_W + "name") == "compatibilityMode":
                mode = child.get(_W + "val")
                compat.remove(child)
        else:
            compat.remove(child)  # Word 2003–2010 layout flags (w:useFELayout, …)
            legacy = True
    setting = etree.Element(_W + "compatSetting")
    setting.set(_W + "name", "compatibilityMode")
    setting.set(_W + "uri", "http://schemas.microsoft.com/office/word")
    setting.set(_W + "val", COMPATIBILITY_MODE)
    compat.insert(0, setting)
    return mode, legacy


def _referenced_ids(root: etree._Element) -> set[str]:
    """Every relationship id an ``r:`` attribute of ``root`` names."""
    ids: set[str] = set()
    for element in root.iter():
        if isinstance(element.tag, str):
            ids.update(str(value) for name, value in element.attrib.items()
                       if str(name).startswith(_R))
    return ids


def _source_of_rels(rels_part: str) -> str:
    folder, name = posixpath.split(rels_part)
    return posixpath.join(posixpath.dirname(folder), name[: -len(".rels")])
