"""The job description's own XML inside an exported DOCX, for a lossless round trip.

The exporter stores :func:`ametieditor.formats.xml_format.to_bytes` of the
document as a custom XML part (``customXml/itemN.xml`` with its
``itemPropsN.xml`` and relationships). Word keeps custom XML parts when it
saves, and opening an exported DOCX restores the document exactly, whatever
happened to its visible text.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ametieditor.formats import xml_format
from ametieditor.formats.docx_package import (
    CT_CUSTOM_XML_PROPS,
    REL_CUSTOM_XML,
    REL_CUSTOM_XML_PROPS,
    ContentTypes,
    Relationships,
    rels_name,
)
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.io.safezip import open_zip, read_member
from ametieditor.model.document import JobDescription

_ITEM = re.compile(r"customXml/item(\d+)\.xml")
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_ITEM_ID_NAMESPACE = uuid.UUID("6f1d3c52-0b57-4c57-9a55-6d3b0a1f4e21")


@dataclass(frozen=True)
class EmbeddedPart:
    item: str  # customXml/itemN.xml
    props: str  # customXml/itemPropsN.xml
    data: bytes


def embedded_part(doc: JobDescription, taken: set[str] | dict[str, bytes]) -> EmbeddedPart:
    """The custom XML part for ``doc``, numbered after the parts already in ``taken``."""
    number = 1
    while f"customXml/item{number}.xml" in taken:
        number += 1
    return EmbeddedPart(f"customXml/item{number}.xml", f"customXml/itemProps{number}.xml",
                        xml_format.to_bytes(doc))


def add_to_package(parts: dict[str, bytes], types: ContentTypes, document_rels: Relationships,
                   document_part: str, part: EmbeddedPart, doc: JobDescription) -> None:
    """Add ``part`` with its properties and relationships to a package being written."""
    item_id = uuid.uuid5(_ITEM_ID_NAMESPACE, doc.meta.id if doc.meta else "")
    props = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    props.set(f"{{{_DS}}}itemID", "{" + str(item_id).upper() + "}")
    refs = etree.SubElement(props, f"{{{_DS}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DS}}}schemaRef").set(f"{{{_DS}}}uri", xml_format.NAMESPACE)
    parts[part.item] = part.data
    parts[part.props] = (b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n'
                         + etree.tostring(props, encoding="UTF-8"))
    item_rels = Relationships()
    item_rels.add(REL_CUSTOM_XML_PROPS, part.props.rsplit("/", 1)[1])
    parts[rels_name(part.item)] = item_rels.to_bytes()
    depth = document_part.count("/")
    document_rels.add(REL_CUSTOM_XML, "../" * depth + part.item)
    types.ensure_default("xml", "application/xml")
    types.set_override(part.props, CT_CUSTOM_XML_PROPS)


def find_embedded(archive: zipfile.ZipFile, source: str | Path) -> bytes | None:
    """The bytes of the embedded job description in an open package, if there is one."""
    for name in sorted(archive.namelist(), key=_item_number):
        if not _ITEM.fullmatch(name):
            continue
        data = read_member(archive, name, source)
        try:
            root = parse_xml_bytes(data)
        except (UnsafeXmlError, etree.XMLSyntaxError):
            continue
        if (etree.QName(root).localname == "ametijuhend"
                and etree.QName(root).namespace in (None, xml_format.NAMESPACE)):
            return data
    return None


def read_embedded(data: bytes, source: str | Path) -> JobDescription | None:
    """The job description embedded in DOCX ``data``; ``None`` when there is none.

    Raises :class:`~ametieditor.io.errors.FormatError` when the package
    cannot be opened or the embedded part is damaged.
    """
    embedded = find_embedded(open_zip(data, source), source)
    if embedded is None:
        return None
    return xml_format.from_bytes(embedded, source)


def _item_number(name: str) -> int:
    match = _ITEM.fullmatch(name)
    return int(match[1]) if match else 0
