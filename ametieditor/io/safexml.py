"""Hardened XML parsing for every reader of the project.

No DTDs, no entity expansion, no network access, a size limit. A document
that declares a DOCTYPE or an entity is refused before libxml2 sees it, so a
billion-laughs or external-entity file costs microseconds, not memory.
"""

from __future__ import annotations

import re

from lxml import etree

from ametieditor.i18n import tr
from ametieditor.io.limits import MAX_XML_BYTES

_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class UnsafeXmlError(ValueError):
    """The XML was refused; the message says why, in the current language."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml_bytes(data: bytes) -> etree._Element:
    """Parse ``data`` safely and return the root element.

    Raises :class:`UnsafeXmlError` for a DOCTYPE/entity declaration or an
    oversized input, and :class:`etree.XMLSyntaxError` for malformed XML.
    """
    if len(data) > MAX_XML_BYTES:
        raise UnsafeXmlError(
            tr(
                "XML on liiga suur ({size} MB; lubatud kuni {limit} MB)",
                "the XML is too large ({size} MB; at most {limit} MB allowed)",
                size=len(data) // (1024 * 1024),
                limit=MAX_XML_BYTES // (1024 * 1024),
            )
        )
    if _DECLARATION.search(data):
        raise UnsafeXmlError(
            tr(
                "fail sisaldab DTD- või olemideklaratsiooni (DOCTYPE/ENTITY), "
                "mida ohutuse tõttu ei loeta",
                "the file contains a DTD or entity declaration (DOCTYPE/ENTITY), "
                "which is refused for safety",
            )
        )
    root = etree.fromstring(data, _parser())
    if root.getroottree().docinfo.doctype:
        raise UnsafeXmlError(tr("fail sisaldab DTD-d", "the file contains a DTD"))
    return root
