"""Importing a job description from plain text (``.txt``): text copied out of last year's files.

The bytes are decoded (:func:`decode_text`: UTF-8 with or without BOM,
UTF-16 with BOM, otherwise the Baltic Windows code page cp1257, which also
covers Latin-1 texts in Estonian, since õ ä ö ü sit at the same bytes), split
into lines (a line with tabs is a table row) and handed to the structural
parser in :mod:`ametieditor.formats.textparse`, which the PDF and DOCX
importers share.

A ``.txt`` that is really a DOCX or a PDF never reaches this module:
:mod:`ametieditor.formats.detect` decides by content first.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ametieditor.formats.import_report import import_warnings
from ametieditor.formats.result import LoadResult
from ametieditor.formats.textparse import lines_from_text, parse_lines
from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError


def decode_text(data: bytes, source: str | Path = "<mälu>") -> str:
    """The text of ``data`` in whichever encoding it was saved."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    sample = data[:4000]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without a BOM: the zero bytes sit on the odd or the even positions.
        little = sample[1::2].count(0) > sample[0::2].count(0)
        return data.decode("utf-16-le" if little else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise FormatError(source, tr("see ei ole tekstifail (sisaldab binaarandmeid)",
                                     "this is not a text file (it holds binary data)"))
    return data.decode("cp1257", errors="replace")


def import_text_bytes(source: Path, data: bytes, source_kind: str = "txt") -> LoadResult:
    """A :class:`LoadResult` for text ``data`` (already read)."""
    text = decode_text(data, source)
    if not text.strip():
        raise FormatError(source, tr("fail on tühi", "the file is empty"))
    document, report = parse_lines(lines_from_text(text), source_kind)
    if not report.parts:
        raise FormatError(source, tr(
            "failist ei leitud ametijuhendi osi (ÜLDOSA, TEENISTUSKOHUSTUSED …)",
            "no part of a job description (ÜLDOSA, duties …) was found in the file"))
    warnings = import_warnings(report)
    return LoadResult(document=document, warnings=warnings, native=False, report=report)
