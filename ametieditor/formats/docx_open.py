"""Registry reader for ``.docx``: a DOCX exported by the editor opens losslessly.

The exporter embeds the document's own XML (:mod:`ametieditor.formats.docx_embedded`);
that part is what is read back, so ``convert X.docx Y.ametijuhend`` gives the
exact XML that was exported. Word files made by hand have no such part and
go to the importer (:func:`ametieditor.formats.docx_import.import_docx`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from ametieditor.formats.docx_embedded import find_embedded
from ametieditor.formats.docx_import import import_docx
from ametieditor.formats.docx_package import (
    PACKAGE_RELS,
    REL_OFFICE_DOCUMENT,
    W_NS,
    Relationships,
    resolve_target,
)
from ametieditor.formats.result import LoadResult
from ametieditor.formats.xml_format import from_bytes
from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.files import read_limited
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.io.safezip import open_zip, read_member
from ametieditor.model.document import JobDescription

_TEXT = f"{{{W_NS}}}t"


def load_result(path: Path, data: bytes | None = None) -> LoadResult:
    """The document of a DOCX: embedded by the editor, else imported from the text."""
    if data is None:
        data = read_limited(path)
    archive = open_zip(data, path)
    embedded = find_embedded(archive, path)
    if embedded is not None:
        document = from_bytes(embedded, path)
        warnings = []
        if _visible_text(archive, path) != _visible_text_of(document):
            warnings.append(tr(
                "faili teksti on pärast eksportimist muudetud (nt Wordis); avati eksportimisel "
                "salvestatud ametijuhend ja hilisemad muudatused jäävad välja",
                "the file's text was changed after the export (e.g. in Word); the job "
                "description saved at export was opened and later changes are not included"))
        return LoadResult(document=document, warnings=warnings)
    return import_docx(Path(path), data)


def _text_of_document_part(data: bytes) -> str:
    """All text of a main document part, runs joined (Word may split runs when saving)."""
    root = parse_xml_bytes(data)
    return "".join(element.text or "" for element in root.iter(_TEXT))


def _visible_text(archive: zipfile.ZipFile, path: Path) -> str | None:
    """The text of the DOCX's main document, or ``None`` when it cannot be found."""
    try:
        rels = Relationships(read_member(archive, PACKAGE_RELS, path))
        main = rels.by_type(REL_OFFICE_DOCUMENT)
        name = resolve_target("", main[0].get("Target", "")) if main else "word/document.xml"
        return _text_of_document_part(read_member(archive, name, path))
    except (FormatError, UnsafeXmlError, etree.XMLSyntaxError):
        return None


def _visible_text_of(document: JobDescription) -> str:
    """The text an export of ``document`` shows (the same for every template)."""
    from ametieditor.formats.docx_export import document_xml

    return _text_of_document_part(document_xml(document))
