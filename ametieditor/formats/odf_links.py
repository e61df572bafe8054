"""Removing links to outside content from an OpenDocument package before LibreOffice opens it.

A linked picture (``<draw:image xlink:href="http://…">``), a section or table
whose content comes from another file (``text:section-source``,
``table:table-source``) or a linked object makes LibreOffice fetch that
content while converting: a network request, or a connection to a file
server, made by merely opening last year's file. The editor reads only the
text, so these links are removed from a copy before conversion; hyperlinks
(``text:a``, ``draw:a``), which nothing follows, are kept. The user's file
is only read.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from ametieditor.io.errors import FormatError
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.io.safezip import open_zip, read_member

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#: Links the user follows by clicking; converting never fetches them.
HYPERLINKS = frozenset({f"{{{_TEXT}}}a", f"{{{_DRAW}}}a", f"{{{_OFFICE}}}event-listener"})
#: Elements that only say where outside content comes from: removed whole.
SOURCES = frozenset({f"{{{_TEXT}}}section-source", f"{{{_TABLE}}}table-source",
                     f"{{{_OFFICE}}}dde-source", f"{{{_TABLE}}}cell-range-source"})
#: Package parts that may carry links.
_PARTS = ("content.xml", "styles.xml")


def is_external(href: str) -> bool:
    """Whether ``href`` points outside the package (a URL, an absolute or parent path)."""
    target = href.strip().replace("\\", "/")
    if not target or target.startswith("#"):
        return False
    if ":" in target.split("/", 1)[0] or target.startswith("/"):
        return True  # http:, https:, file:, smb:, C:/…, //server/…, /abs/path
    parts = [part for part in target.split("/") if part not in ("", ".")]
    return bool(parts) and parts[0] == ".."


def strip_tree(root: etree._Element) -> int:
    """Remove external links from one parsed part; the number removed."""
    removed = 0
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        href = element.get(XLINK_HREF)
        if href is None or not is_external(href) or element.tag in HYPERLINKS:
            continue
        if element.tag in SOURCES and element.getparent() is not None:
            element.getparent().remove(element)
        else:
            del element.attrib[XLINK_HREF]
        removed += 1
    return removed


def strip_external_links(data: bytes, source: str | Path) -> tuple[bytes, int]:
    """A copy of the ODF package ``data`` without external links; and how many were removed.

    A package that is not a readable ZIP is returned unchanged (LibreOffice then
    says what is wrong with it, as before).
    """
    try:
        archive = open_zip(data, source)
        parts = {info.filename: read_member(archive, info.filename, source)
                 for info in archive.infolist()}
    except FormatError:  # not a package we can read: LibreOffice says what is wrong
        return data, 0
    removed = 0
    for name in _PARTS:
        if name not in parts:
            continue
        try:
            root = parse_xml_bytes(parts[name])
        except (UnsafeXmlError, etree.XMLSyntaxError):
            continue
        count = strip_tree(root)
        if count:
            parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            removed += count
    if not removed:
        return data, 0
    return _package(parts), removed


def _package(parts: dict[str, bytes]) -> bytes:
    """An ODF package: ``mimetype`` first and stored, the rest deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        if "mimetype" in parts:
            out.writestr(zipfile.ZipInfo("mimetype"), parts["mimetype"], zipfile.ZIP_STORED)
        for name, content in parts.items():
            if name != "mimetype":
                out.writestr(name, content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
