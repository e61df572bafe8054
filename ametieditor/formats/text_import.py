"""Importing a job description from plain text (``.txt``): text copied out of last year's files.

The bytes are decoded by :func:`ametieditor.io.textdecode.decode_text`
(byte-order marks, UTF-16 without one, strict UTF-8, UTF-8 with a few stray
bytes that are replaced and reported by line, otherwise the legacy code page
whose reading has the most Estonian letters), split into lines (a line with
tabs is a table row) and handed to the structural parser in
:mod:`ametieditor.formats.textparse`, which the PDF and DOCX importers
share. Bytes that had to be replaced are named in a warning and in an import
note per line, so the user checks them; a file in a legacy code page gets a
warning naming it.

A ``.txt`` that is really a DOCX or a PDF never reaches this module:
:mod:`ametieditor.formats.detect` decides by content first.
"""

from __future__ import annotations

from pathlib import Path

from ametieditor.formats.import_report import import_warnings
from ametieditor.formats.result import LoadResult
from ametieditor.formats.textparse import lines_from_text, parse_lines
from ametieditor.i18n import tr
from ametieditor.io import textdecode
from ametieditor.io.errors import FormatError
from ametieditor.io.limits import MAX_TEXT_IMPORT_BYTES
from ametieditor.io.textdecode import DecodedText
from ametieditor.model.document import ImportNote


def decode_text(data: bytes, source: str | Path = "<mälu>") -> str:
    """The text of ``data`` in whichever encoding it was saved."""
    return _decode(data, Path(source)).text


def _decode(data: bytes, source: Path) -> DecodedText:
    try:
        return textdecode.decode_text(data)
    except textdecode.NotText:
        raise FormatError(source, tr("see ei ole tekstifail (sisaldab binaarandmeid)",
                                     "this is not a text file (it holds binary data)")) from None


def encoding_warnings(decoded: DecodedText) -> list[str]:
    """What the user should know about how the bytes were read."""
    if decoded.replaced_lines:
        lines = ", ".join(map(str, decoded.replaced_lines[:10]))
        if len(decoded.replaced_lines) > 10:
            lines += tr(" ja veel {n}", " and {n} more", n=len(decoded.replaced_lines) - 10)
        reading = (tr("need loeti {page} märkidena", "they were read as {page}",
                      page=textdecode.display_name(decoded.fallback)) if decoded.fallback
                   else tr("need asendati märgiga �", "they were replaced by �"))
        return [tr("fail on {encoding}-kodeeringus, kuid real {lines} on baite, mida see "
                   "kodeering ei luba; {reading}; kontrollige neid ridu (impordimärkmed)",
                   "the file is in {encoding}, but line {lines} holds bytes that encoding "
                   "does not allow; {reading}; check those lines (import notes)",
                   encoding=decoded.encoding_name, lines=lines, reading=reading)]
    if decoded.legacy:
        return [tr("fail ei ole UTF-8-kodeeringus; see loeti kui {encoding}",
                   "the file is not in UTF-8; it was read as {encoding}",
                   encoding=decoded.encoding_name)]
    return []


def encoding_notes(decoded: DecodedText) -> list[ImportNote]:
    """One import note per line whose bytes were replaced: the line as read, and where."""
    lines = decoded.text.split("\n")
    notes = []
    for number in decoded.replaced_lines:
        text = lines[number - 1].strip() if number <= len(lines) else ""
        notes.append(ImportNote(text=text or decoded.replacements[number], source=tr(
            "rida {line}; baidid, mida {encoding} ei luba, loeti kui „{read}”; kontrollige",
            "line {line}; bytes {encoding} does not allow were read as “{read}”; check them",
            line=number, encoding=decoded.encoding_name, read=decoded.replacements[number])))
    return notes


def import_text_bytes(source: Path, data: bytes, source_kind: str = "txt") -> LoadResult:
    """A :class:`LoadResult` for text ``data`` (already read)."""
    if len(data) > MAX_TEXT_IMPORT_BYTES:
        raise FormatError(source, tr(
            "tekst on liiga pikk ({size} MB; imporditakse kuni {limit} MB, ametijuhend on "
            "tavaliselt alla 0,1 MB); faili ei imporditud",
            "the text is too long ({size} MB; at most {limit} MB is imported, a job "
            "description is usually under 0.1 MB); nothing was imported",
            size=round(len(data) / 1024 / 1024, 1), limit=MAX_TEXT_IMPORT_BYTES // 1024 // 1024))
    decoded = _decode(data, source)
    if not decoded.text.strip():
        raise FormatError(source, tr("fail on tühi", "the file is empty"))
    document, report = parse_lines(lines_from_text(decoded.text), source_kind)
    if not report.parts:
        raise FormatError(source, tr(
            "failist ei leitud ametijuhendi osi (ÜLDOSA, TEENISTUSKOHUSTUSED …)",
            "no part of a job description (ÜLDOSA, duties …) was found in the file"))
    notes = encoding_notes(decoded)
    document.import_notes.extend(notes)
    report.notes.extend(notes)
    warnings = [*encoding_warnings(decoded), *import_warnings(report)]
    return LoadResult(document=document, warnings=warnings, native=False, report=report)
