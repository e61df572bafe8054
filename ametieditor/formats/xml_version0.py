"""Reading the editor's first file format (version 0) as version 1.

Version 0 had no namespace, kept tasks and results as plain text ("- "
starting a bullet) and the approval date as ``dd.mm.yyyy``. Kept apart from
:mod:`ametieditor.formats.xml_format` because nothing else needs its details.
"""

from __future__ import annotations

import re

from lxml import etree


def _sub(parent: etree._Element, tag: str, text: str | None = None,
         **attrs: str) -> etree._Element:
    """A child in the parent's namespace."""
    namespace = etree.QName(parent).namespace
    element = etree.SubElement(parent, f"{{{namespace}}}{tag}", attrs or None)
    if text is not None:
        element.text = text
    return element


def upgrade_0_to_1(old: etree._Element, namespace: str) -> etree._Element:
    """Version 0 (no namespace, plain-text tasks) → version 1 in ``namespace``."""
    new = etree.Element(f"{{{namespace}}}ametijuhend", {"version": "1"},
                        nsmap={None: namespace})
    for part in old:
        tag = part.tag
        if tag == "meta":
            meta = _sub(new, "meta")
            for child in part:
                _sub(meta, child.tag, child.text or "")
        elif tag == "approval":
            _upgrade_approval_0(part, _sub(new, "approval"))
        elif tag == "general":
            general = _sub(new, "general")
            renamed = {"replacedBy": "substitutedBy", "replaces": "substitutes"}
            for child in part:
                _sub(general, renamed.get(child.tag, child.tag), child.text or "")
        elif tag == "duties":
            _upgrade_duties_0(part, new)
        elif tag in ("rights", "responsibilities"):
            element = _sub(new, tag)
            if intro := part.get("intro", "").strip():
                _sub(element, "intro", intro)
            for item in part.iter("item"):
                _sub(element, "li", item.text or "")
        else:
            # The remaining parts have the same shape in both versions.
            element = _sub(new, tag, **dict(part.attrib))
            _copy_into_namespace(part, element)
    return new


def _upgrade_approval_0(part: etree._Element, approval: etree._Element) -> None:
    """Version 0 kept the approver as text and the date as ``dd.mm.yyyy``."""
    if (part.text or "").strip():
        _sub(approval, "approver", part.text.strip())
    if date := part.get("date", "").strip():
        match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", date)
        iso = f"{match[3]}-{int(match[2]):02d}-{int(match[1]):02d}" if match else date
        _sub(approval, "date", iso)
    if decree := part.get("decree", "").strip():
        _sub(approval, "decree", decree)


def _upgrade_duties_0(part: etree._Element, new: etree._Element) -> None:
    """Version 0 kept tasks and results as plain text, "- " starting a bullet."""
    heading = part.findtext("heading") or "TEENISTUSKOHUSTUSED"
    duties = _sub(new, "duties", heading=heading.strip())
    for duty in part.iter("duty"):
        row = _sub(duties, "duty")
        _lines_to_rich(duty.findtext("task") or "", _sub(row, "task"))
        _lines_to_rich(duty.findtext("results") or "", _sub(row, "results"))


def _lines_to_rich(text: str, target: etree._Element) -> None:
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("- "):
            _sub(target, "li", stripped[2:].strip())
        else:
            _sub(target, "p", stripped)


def _copy_into_namespace(source: etree._Element, target: etree._Element) -> None:
    target.text = source.text if len(source) == 0 else None
    for child in source:
        element = _sub(target, child.tag, **dict(child.attrib))
        _copy_into_namespace(child, element)
