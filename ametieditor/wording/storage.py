"""Reading and writing wording library files (``urn:ametieditor:wording:1``).

Format: docs/WORDING.md, schema ``resources/schema/wording-1.xsd``. Reading
is hardened (:mod:`ametieditor.io.safexml`) and validated; a file that
cannot be used raises :class:`~ametieditor.io.errors.FormatError` with
one plain sentence. Writing is atomic and canonical (stable order, 2-space
indent), so a shared library file diffs well.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

from ametieditor.i18n import tr
from ametieditor.io.atomic import atomic_write
from ametieditor.io.errors import FormatError
from ametieditor.io.files import read_limited
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.model.document import Block, BlockKind
from ametieditor.resources import resource_path
from ametieditor.wording.entry import Category, Entry

NAMESPACE = "urn:ametieditor:wording:1"
VERSION = 1
EXTENSION = ".xml"
_N = f"{{{NAMESPACE}}}"
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(resource_path("schema/wording-1.xsd"))))


def to_bytes(entries: list[Entry], comment: str = "") -> bytes:
    root = etree.Element(f"{_N}wording", nsmap={None: NAMESPACE})
    root.set("version", str(VERSION))
    if comment:
        root.append(etree.Comment(f" {comment} "))
    for entry in entries:
        element = etree.SubElement(root, f"{_N}entry", id=entry.id,
                                   category=entry.category.value)
        etree.SubElement(element, f"{_N}name").text = entry.name
        if entry.label:
            etree.SubElement(element, f"{_N}label").text = entry.label
        for tag in entry.tags:
            etree.SubElement(element, f"{_N}tag").text = tag
        text = etree.SubElement(element, f"{_N}text")
        for block in entry.blocks or [Block.p("")]:
            etree.SubElement(text, f"{_N}{block.kind.value}").text = block.text
    etree.indent(root, space="  ")
    return _DECLARATION + etree.tostring(root, encoding="UTF-8") + b"\n"


def write(path: str | Path, entries: list[Entry], comment: str = "") -> None:
    """Save ``entries`` to ``path`` atomically (the old file stays whole on failure)."""
    atomic_write(path, to_bytes(entries, comment))


def read(path: str | Path, bundled: bool = False) -> list[Entry]:
    """The entries of a library file; :class:`FormatError` when it cannot be used."""
    data = read_limited(path)
    try:
        root = parse_xml_bytes(data)
    except UnsafeXmlError as error:
        raise FormatError(path, str(error)) from None
    except etree.XMLSyntaxError as error:
        raise FormatError(path, tr("fail ei ole korrektne XML ({error})",
                                   "the file is not well-formed XML ({error})",
                                   error=error)) from None
    if root.tag != f"{_N}wording":
        raise FormatError(path, tr("see ei ole sõnastikufail",
                                   "this is not a wording library file"))
    version = root.get("version", "")
    if version.isdigit() and int(version) > VERSION:
        raise FormatError(path, tr(
            "sõnastikufail on tehtud uuema programmiversiooniga (vorming {version})",
            "the wording library was written by a newer version (format {version})",
            version=version))
    schema = _schema()
    if not schema.validate(root):
        last = schema.error_log.last_error
        raise FormatError(path, tr("sõnastikufail ei vasta skeemile (rida {line}: {message})",
                                   "the wording library does not match its schema "
                                   "(line {line}: {message})",
                                   line=last.line, message=last.message))
    entries = []
    for element in root.iterfind(f"{_N}entry"):
        blocks = [Block(BlockKind(child.tag[len(_N):]), child.text or "")
                  for child in element.find(f"{_N}text")]
        entries.append(Entry(
            category=Category(element.get("category")),
            name=element.findtext(f"{_N}name") or "",
            blocks=blocks,
            tags=tuple(tag.text or "" for tag in element.iterfind(f"{_N}tag")),
            label=element.findtext(f"{_N}label") or "",
            id=element.get("id", ""),
            bundled=bundled,
        ))
    return entries
