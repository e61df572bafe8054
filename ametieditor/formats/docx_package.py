"""The OPC package under a DOCX: parts, content types, relationships, deterministic ZIP.

Shared by the DOCX exporter and ``scripts/make_template.py``. A package is an
ordered mapping of part names (``word/document.xml``, no leading slash) to
bytes; :func:`write_package` turns it into ZIP bytes that are the same for
the same parts: fixed entry order (content types and package relationships
first), fixed timestamps and attributes, fixed compression level.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator

from lxml import etree

from ametieditor.io.safexml import parse_xml_bytes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

REL_OFFICE_DOCUMENT = R_NS + "/officeDocument"
REL_STYLES = R_NS + "/styles"
REL_NUMBERING = R_NS + "/numbering"
REL_SETTINGS = R_NS + "/settings"
REL_CUSTOM_XML = R_NS + "/customXml"
REL_CUSTOM_XML_PROPS = R_NS + "/customXmlProps"
REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
REL_APP = R_NS + "/extended-properties"
REL_FOOTER = R_NS + "/footer"
REL_HEADER = R_NS + "/header"

CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
CT_NUMBERING = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
CT_SETTINGS = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
CT_FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
CT_FONT_TABLE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"

CONTENT_TYPES = "[Content_Types].xml"
PACKAGE_RELS = "_rels/.rels"

#: Timestamp of every ZIP entry (the earliest a ZIP can hold): the same input
#: gives the same bytes.
FIXED_ZIP_DATE = (1980, 1, 1, 0, 0, 0)

_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def xml_bytes(root: etree._Element) -> bytes:
    """A part's bytes as Word writes them: declaration with standalone, UTF-8."""
    body: bytes = etree.tostring(root, encoding="UTF-8")
    return _DECLARATION + body


APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def app_properties() -> bytes:
    """``docProps/app.xml`` of every export: the application, nothing of a template's.

    No version number, page or word counts: they would differ between
    editor versions and machines and say nothing the document does not.
    """
    root = etree.Element(f"{{{APP_NS}}}Properties", nsmap={None: APP_NS})
    etree.SubElement(root, f"{{{APP_NS}}}Application").text = "Ametieditor"
    etree.SubElement(root, f"{{{APP_NS}}}DocSecurity").text = "0"
    return xml_bytes(root)


def put_package_part(parts: dict[str, bytes], types: ContentTypes, rel_type: str,
                     default_part: str, content_type: str, data: bytes) -> str:
    """Set the package-level part of ``rel_type`` (core or app properties) to ``data``.

    The part is added with its relationship when the package has none.
    Returns its name.
    """
    package_rels = Relationships(parts[PACKAGE_RELS])
    found = package_rels.by_type(rel_type)
    if found:
        name = resolve_target("", found[0].get("Target", ""))
    else:
        name = default_part
        package_rels.add(rel_type, name)
        parts[PACKAGE_RELS] = package_rels.to_bytes()
    types.set_override(name, content_type)
    parts[name] = data
    return name


def rels_name(part: str) -> str:
    """``word/document.xml`` → ``word/_rels/document.xml.rels``."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def resolve_target(source_part: str, target: str) -> str:
    """The part name a relationship target points to, relative to its source part."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))


def write_package(parts: dict[str, bytes]) -> bytes:
    """ZIP bytes of ``parts``, deterministic (see the module docstring)."""
    first = [name for name in (CONTENT_TYPES, PACKAGE_RELS) if name in parts]
    order = first + [name for name in parts if name not in first]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in order:
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, parts[name], compresslevel=6)
    return buffer.getvalue()


class ContentTypes:
    """``[Content_Types].xml``: defaults by extension and overrides by part."""

    def __init__(self, data: bytes) -> None:
        self.root = parse_xml_bytes(data)  # hardened: parts come from outside

    def override(self, part: str) -> str | None:
        for element in self.root.iterfind(f"{{{CT_NS}}}Override"):
            if element.get("PartName", "").lstrip("/").lower() == part.lower():
                found: str | None = element.get("ContentType")
                return found
        return None

    def content_type(self, part: str) -> str | None:
        found = self.override(part)
        if found is not None:
            return found
        extension = posixpath.splitext(part)[1].lstrip(".").lower()
        for element in self.root.iterfind(f"{{{CT_NS}}}Default"):
            if element.get("Extension", "").lower() == extension:
                by_extension: str | None = element.get("ContentType")
                return by_extension
        return None

    def set_override(self, part: str, content_type: str) -> None:
        self.remove_override(part)
        etree.SubElement(self.root, f"{{{CT_NS}}}Override",
                         PartName="/" + part, ContentType=content_type)

    def remove_override(self, part: str) -> None:
        for element in list(self.root.iterfind(f"{{{CT_NS}}}Override")):
            if element.get("PartName", "").lstrip("/").lower() == part.lower():
                self.root.remove(element)

    def ensure_default(self, extension: str, content_type: str) -> None:
        for element in self.root.iterfind(f"{{{CT_NS}}}Default"):
            if element.get("Extension", "").lower() == extension.lower():
                return
        element = etree.Element(f"{{{CT_NS}}}Default", Extension=extension,
                                ContentType=content_type)
        self.root.insert(0, element)

    def remove_default(self, extension: str) -> None:
        for element in list(self.root.iterfind(f"{{{CT_NS}}}Default")):
            if element.get("Extension", "").lower() == extension.lower():
                self.root.remove(element)

    def to_bytes(self) -> bytes:
        return xml_bytes(self.root)


class Relationships:
    """One ``.rels`` part."""

    def __init__(self, data: bytes | None = None) -> None:
        if data:
            self.root = parse_xml_bytes(data)  # hardened: parts come from outside
        else:
            self.root = etree.Element(f"{{{PKG_REL_NS}}}Relationships",
                                      nsmap={None: PKG_REL_NS})

    def __iter__(self) -> Iterator[etree._Element]:
        return iter(self.root.iterfind(f"{{{PKG_REL_NS}}}Relationship"))

    def by_type(self, rel_type: str) -> list[etree._Element]:
        return [rel for rel in self if rel.get("Type") == rel_type]

    def add(self, rel_type: str, target: str) -> str:
        """Add a relationship with a fresh id and return the id."""
        taken = {rel.get("Id") for rel in self}
        number = len(taken) + 1
        while f"rId{number}" in taken:
            number += 1
        rel_id = f"rId{number}"
        etree.SubElement(self.root, f"{{{PKG_REL_NS}}}Relationship",
                         Id=rel_id, Type=rel_type, Target=target)
        return rel_id

    def remove(self, rel: etree._Element) -> None:
        self.root.remove(rel)

    def to_bytes(self) -> bytes:
        return xml_bytes(self.root)
