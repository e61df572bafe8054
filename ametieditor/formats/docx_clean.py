"""Make template parts final and stable: no changing fields, revisions, comments or links.

A document signed digitally must not change when opened (DOMAIN.md,
"Conventions"). The exporter builds the body itself, so only what it copies
from a template (headers, footers, footnotes, styles, settings) needs
cleaning: fields other than PAGE/NUMPAGES become their shown text, tracked
changes are accepted, comment marks are removed, and anything that points
to an outside file is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ametieditor.formats.docx_package import R_NS, W_NS

#: The only fields allowed in an exported document (page numbers in headers and footers).
ALLOWED_FIELDS = frozenset({"PAGE", "NUMPAGES"})
#: Fields written as another allowed one that shows the same: an export has one section,
#: so its page count is the section's (and LibreOffice 7.4 leaves SECTIONPAGES at its
#: cached value).
RENAMED_FIELDS = {"SECTIONPAGES": "NUMPAGES"}

_W = f"{{{W_NS}}}"
_REMOVE_WITH_CONTENT = ("del", "moveFrom", "rPrChange", "pPrChange", "sectPrChange",
                        "tblPrChange", "trPrChange", "tcPrChange", "numberingChange",
                        "tblGridChange", "moveFromRangeStart", "moveFromRangeEnd",
                        "moveToRangeStart", "moveToRangeEnd", "commentRangeStart",
                        "commentRangeEnd", "commentReference", "customXmlDelRangeStart",
                        "customXmlDelRangeEnd", "customXmlInsRangeStart",
                        "customXmlInsRangeEnd")
_UNWRAP = ("ins", "moveTo")
#: Settings that make a document change or track changes by themselves.
_UNSTABLE_SETTINGS = ("trackRevisions", "updateFields", "mailMerge", "attachedTemplate",
                      "linkStyles", "doNotTrackMoves")


def field_code(instruction: str) -> str:
    """``" PAGE  \\* MERGEFORMAT "`` → ``"PAGE"``."""
    words = instruction.split()
    return words[0].upper() if words else ""


def unwrap(element: etree._Element) -> None:
    """Replace ``element`` by its children, keeping their order and text."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    remove(element)


def remove(element: etree._Element) -> None:
    """Remove ``element`` but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


@dataclass
class _OpenField:
    """A complex field being read: its code so far and the runs that carry it."""

    runs: list[etree._Element]
    code: list[str] = field(default_factory=list)
    #: Past the ``separate`` mark: the runs that follow are the shown text.
    separated: bool = False


def strip_fields(root: etree._Element) -> int:
    """Turn every field but the page numbers (ALLOWED_FIELDS) into its shown text; count them.

    SECTIONPAGES becomes NUMPAGES (:data:`RENAMED_FIELDS`), not counted: it shows the same."""
    count = 0
    for simple in list(root.iter(_W + "fldSimple")):
        if field_code(simple.get(_W + "instr", "")) in RENAMED_FIELDS:
            simple.set(_W + "instr", _renamed(simple.get(_W + "instr", "")))
        if field_code(simple.get(_W + "instr", "")) not in ALLOWED_FIELDS:
            unwrap(simple)
            count += 1
    stack: list[_OpenField] = []
    for run in list(root.iter(_W + "r")):
        char = run.find(_W + "fldChar")
        kind = char.get(_W + "fldCharType") if char is not None else None
        if kind == "begin":
            stack.append(_OpenField(runs=[run]))
        elif not stack:
            continue
        elif kind == "separate":
            stack[-1].separated = True
            stack[-1].runs.append(run)
        elif kind == "end":
            frame = stack.pop()
            frame.runs.append(run)
            if field_code("".join(frame.code)) in RENAMED_FIELDS:
                for marker in frame.runs:
                    for text in marker.iter(_W + "instrText"):
                        text.text = _renamed(text.text or "")
                continue
            if field_code("".join(frame.code)) not in ALLOWED_FIELDS:
                count += 1
                for marker in frame.runs:
                    remove(marker)
        elif not stack[-1].separated:
            stack[-1].code.extend(text.text or "" for text in run.iter(_W + "instrText"))
            stack[-1].runs.append(run)
    return count


def _renamed(instruction: str) -> str:
    """``" SECTIONPAGES \\* Arabic "`` → ``" NUMPAGES \\* Arabic "``."""
    for old, new in RENAMED_FIELDS.items():
        instruction = re.sub(rf"\b{old}\b", new, instruction, flags=re.IGNORECASE)
    return instruction


def accept_revisions(root: etree._Element) -> int:
    """Accept tracked changes and remove comment marks; return how many were found."""
    count = 0
    for name in _REMOVE_WITH_CONTENT:
        for element in list(root.iter(_W + name)):
            parent = element.getparent()
            remove(element)
            count += 1
            if (name == "commentReference" and parent is not None
                    and parent.tag == _W + "r" and all(c.tag == _W + "rPr" for c in parent)):
                remove(parent)
    for name in _UNWRAP:
        for element in list(root.iter(_W + name)):
            unwrap(element)
            count += 1
    return count


def drop_references(root: etree._Element, removed_ids: set[str]) -> None:
    """Remove what refers to relationships that were dropped (outside links).

    A hyperlink keeps its text; a linked picture keeps an embedded copy if
    it has one; anything else that names a dropped id is removed.
    """
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        for attribute, value in list(element.attrib.items()):
            if not attribute.startswith(f"{{{R_NS}}}") or value not in removed_ids:
                continue
            if element.tag == _W + "hyperlink":
                unwrap(element)
            elif attribute == f"{{{R_NS}}}link" and element.get(f"{{{R_NS}}}embed"):
                del element.attrib[attribute]
            else:
                remove(element)
            break


def clean_settings(root: etree._Element) -> None:
    """Drop settings that make the document change or track changes by itself."""
    for name in _UNSTABLE_SETTINGS:
        for element in list(root.iter(_W + name)):
            remove(element)
    for element in root.iter(_W + "themeFontLang"):
        element.set(_W + "val", "et-EE")
