"""The one place that decides what a file is: by its content, then by its extension.

People rename files: a ``.txt`` that is really a Word package, a ``.docx``
that is plain text or a PDF. :func:`content_kind` looks at the bytes and the
registry hands them to the one reader of that kind; no reader sniffs bytes
or calls another reader.
"""

from __future__ import annotations

from enum import StrEnum

ZIP_SIGNATURE = b"PK\x03\x04"
PDF_SIGNATURE = b"%PDF-"
#: An OLE2 compound file: a Word 97–2003 .doc (or an encrypted .docx).
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"
#: How far into the file a PDF header or a NUL byte is looked for.
_SNIFF_BYTES = 2000


class Content(StrEnum):
    """What the bytes of a file are, whatever its name says."""

    PDF = "pdf"
    PACKAGE = "package"  # a ZIP (OOXML) or OLE2 package: the DOCX reader decides
    TEXT = "text"


def content_kind(data: bytes, extension: str) -> Content:
    """The kind of ``data``; ``extension`` (".txt", ".docx") breaks ties.

    A PDF or ZIP signature always wins. Otherwise a ``.txt`` is text; a
    ``.docx`` is text unless it looks binary (an OLE2 header or NUL bytes),
    in which case the package reader reports what is wrong with it.
    """
    if data.lstrip()[:1024].startswith(PDF_SIGNATURE):
        return Content.PDF
    if data.startswith(ZIP_SIGNATURE):
        return Content.PACKAGE
    if extension == ".txt":
        return Content.TEXT
    if data.startswith(OLE_SIGNATURE) or b"\x00" in data[:_SNIFF_BYTES]:
        return Content.PACKAGE
    return Content.TEXT
