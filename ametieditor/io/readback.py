"""Writers check their output against the readers' limits: what the editor writes it reads.

A document of many megabytes (a large text import, a paragraph pasted ten
times over) could otherwise be saved as a file that the editor then refuses
to open: an ``.ametijuhend`` over the XML size limit or with a text node
beyond libxml2's, a DOCX that looks like a ZIP bomb. Each writer passes its
bytes through the same gates the readers use (:func:`parse_xml_bytes`,
:func:`open_zip`) before anything is written, and refuses with the reader's
reason, so the old file stays and the user knows why.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.limits import MAX_INPUT_BYTES
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.io.safezip import open_zip, read_member

#: Members of a written package that a reader parses as XML.
_XML_SUFFIXES = (".xml", ".rels", ".ametijuhend")


class UnreadableOutputError(FormatError):
    """The writer's output would be refused by the reader; nothing was written.

    ``reason`` is the reader's own reason (which limit), without the file name.
    """

    def __init__(self, path: str | Path, problem: str, reason: str) -> None:
        super().__init__(path, problem)
        self.reason = reason


def _refusal(path: str | Path, reason: str) -> UnreadableOutputError:
    return UnreadableOutputError(path, tr(
        "dokument on liiga suur, et seda hiljem uuesti avada ({reason}); faili ei kirjutatud; "
        "lühendage pikki tekste või jagage dokument osadeks",
        "the document is too large to be opened again ({reason}); the file was not written; "
        "shorten long texts or split the document", reason=reason), reason)


def xml_problem(data: bytes) -> str | None:
    """Why the XML readers would refuse ``data``, or None when they read it."""
    try:
        parse_xml_bytes(data)
    except UnsafeXmlError as error:
        return str(error)
    except etree.XMLSyntaxError as error:
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        if "too long" in message or "huge" in message.lower():
            return tr("üks tekstilõik on üle 10 MB pikk",
                      "one paragraph is longer than 10 MB")
        return message
    return None


def check_xml_output(data: bytes, path: str | Path) -> None:
    """Refuse (:class:`UnreadableOutputError`) XML the reader would refuse."""
    problem = _size_problem(data) or xml_problem(data)
    if problem:
        raise _refusal(path, problem)


def check_zip_output(data: bytes, path: str | Path) -> None:
    """Refuse a package the reader would refuse: ZIP limits, then every XML part."""
    problem = _size_problem(data)
    if problem:
        raise _refusal(path, problem)
    try:
        archive = open_zip(data, path)
        for info in archive.infolist():
            if info.filename.lower().endswith(_XML_SUFFIXES):
                problem = xml_problem(read_member(archive, info.filename, path))
                if problem:
                    raise _refusal(path, f"{info.filename}: {problem}")
    except UnreadableOutputError:
        raise
    except FormatError as error:
        raise _refusal(path, error.problem) from None
    except zipfile.BadZipFile as error:  # pragma: no cover - our own packages are whole
        raise _refusal(path, str(error)) from None


def _size_problem(data: bytes) -> str | None:
    if len(data) <= MAX_INPUT_BYTES:
        return None
    return tr("{size} MB; lubatud kuni {limit} MB", "{size} MB; at most {limit} MB allowed",
              size=len(data) // (1024 * 1024), limit=MAX_INPUT_BYTES // (1024 * 1024))
