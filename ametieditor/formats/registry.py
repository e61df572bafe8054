"""Which reader or writer handles a file, chosen by its extension.

Every format registers itself here with the dotted path of its function, so
nothing is imported until a file of that kind is actually read or written:
the GUI starts without loading python-docx, and the CLI and the GUI share the
same functions.

A reader takes a path and returns a :class:`LoadResult`; a writer takes a
document, a path and :class:`WriteOptions`. Both raise
:class:`~ametieditor.io.errors.FormatError` with a user-readable message.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ametieditor.formats.detect import Content, content_kind
from ametieditor.formats.result import LoadResult as LoadResult
from ametieditor.formats.result import WriteOptions as WriteOptions
from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error, read_limited
from ametieditor.model.document import JobDescription


@dataclass(frozen=True)
class FormatEntry:
    extension: str
    target: str  # "package.module:function"
    description: str  # shown in file dialogs, e.g. "Ametijuhend"

    def load(self) -> Callable[..., Any]:
        """The reader or writer function (its module is imported now, not at start)."""
        return _function(self.target)


def _function(target: str) -> Callable[..., Any]:
    module_name, function_name = target.split(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module_name), function_name)
    return function


_READERS: dict[str, FormatEntry] = {}
_WRITERS: dict[str, FormatEntry] = {}


def register_reader(extension: str, target: str, description: str) -> None:
    _READERS[extension.lower()] = FormatEntry(extension.lower(), target, description)


def register_writer(extension: str, target: str, description: str) -> None:
    _WRITERS[extension.lower()] = FormatEntry(extension.lower(), target, description)


def readable_extensions() -> list[str]:
    return sorted(_READERS)


def writable_extensions() -> list[str]:
    return sorted(_WRITERS)


def reader_entries() -> list[FormatEntry]:
    return [_READERS[key] for key in sorted(_READERS)]


def writer_entries() -> list[FormatEntry]:
    return [_WRITERS[key] for key in sorted(_WRITERS)]


def extension_of(path: str | Path) -> str:
    return Path(path).suffix.lower()


def _unknown(path: str | Path, entries: dict[str, FormatEntry], reading: bool) -> FormatError:
    extension = extension_of(path) or tr("(laiend puudub)", "(no extension)")
    known = ", ".join(sorted(entries))
    if reading:
        return FormatError(
            path,
            tr("tundmatu failitüüp {ext}; avada saab faile: {known}",
               "unknown file type {ext}; files that can be opened: {known}",
               ext=extension, known=known),
        )
    return FormatError(
        path,
        tr("tundmatu failitüüp {ext}; salvestada saab: {known}",
           "unknown file type {ext}; files that can be written: {known}",
           ext=extension, known=known),
    )


def reader_for(path: str | Path) -> FormatEntry:
    entry = _READERS.get(extension_of(path))
    if entry is None:
        raise _unknown(path, _READERS, reading=True)
    return entry


def writer_for(path: str | Path) -> FormatEntry:
    entry = _WRITERS.get(extension_of(path))
    if entry is None:
        raise _unknown(path, _WRITERS, reading=False)
    return entry


def load(path: str | Path) -> LoadResult:
    """Read any supported file into a document.

    An import (any file not in the editor's own format) must give a document
    that can be saved: one that would make an ``.ametijuhend`` the reader
    refuses is refused here, whole, with the reason.
    """
    result: LoadResult = reader_for(path).load()(Path(path))
    if not result.native:
        _check_savable(result.document, Path(path))
    return result


def _check_savable(document: JobDescription, path: Path) -> None:
    from ametieditor.formats import xml_format
    from ametieditor.io.readback import UnreadableOutputError, check_xml_output

    try:
        data = xml_format.to_bytes(document)
    except ValueError:  # text XML cannot carry: the save itself says so
        return
    try:
        check_xml_output(data, path)
    except UnreadableOutputError as error:
        raise FormatError(path, tr(
            "imporditud dokument oleks salvestamiseks liiga suur ({reason}); faili ei "
            "imporditud",
            "the imported document would be too large to save ({reason}); nothing was "
            "imported", reason=error.reason)) from None


#: The reader of each kind of content, all called as ``reader(path, data)``.
_CONTENT_READERS: dict[Content, str] = {
    Content.PDF: "ametieditor.formats.pdf_import:import_pdf_bytes",
    # docx_open reads the editor's embedded XML, or imports a Word file made by hand
    Content.PACKAGE: "ametieditor.formats.docx_open:load_result",
    Content.TEXT: "ametieditor.formats.text_import:import_text_bytes",
}


def load_by_content(path: Path) -> LoadResult:
    """Read a file whose name may not say what it is: decided by its bytes first."""
    data = read_limited(path)
    kind = content_kind(data, extension_of(path))
    result: LoadResult = _function(_CONTENT_READERS[kind])(path, data)
    return result


def save(doc: JobDescription, path: str | Path,
         options: WriteOptions | None = None) -> list[str]:
    """Write a document in the format its extension names; atomic for every writer.

    Returns the writer's warnings for the user (e.g. what a template lacked).
    """
    warnings = writer_for(path).load()(doc, Path(path), options or WriteOptions())
    return list(warnings or [])


def _register_builtin() -> None:
    register_reader(".ametijuhend", "ametieditor.formats.xml_format:load_result", "Ametijuhend")
    register_writer(".ametijuhend", "ametieditor.formats.xml_format:save_document",
                    "Ametijuhend")
    # .docx and .txt are read by content (a ".docx" that is really text or a PDF, a
    # ".txt" that is a Word package): see load_by_content.
    register_reader(".docx", "ametieditor.formats.registry:load_by_content", "Word (DOCX)")
    register_writer(".docx", "ametieditor.formats.docx_export:save_document", "Word (DOCX)")
    register_reader(".txt", "ametieditor.formats.registry:load_by_content", "Tekst")
    register_reader(".pdf", "ametieditor.formats.pdf_import:load_pdf", "PDF")
    register_writer(".pdf", "ametieditor.formats.pdf_export:save_document", "PDF")
    register_reader(".asice", "ametieditor.formats.asice:load_result",
                    "Allkirjastatud konteiner (ASiC-E)")
    register_reader(".bdoc", "ametieditor.formats.asice:load_result",
                    "Allkirjastatud konteiner (BDOC)")
    for extension, kind in ((".doc", "Word 97–2003 (DOC)"), (".odt", "OpenDocument (ODT)"),
                            (".rtf", "RTF")):
        register_reader(extension, "ametieditor.formats.office_convert:load_result", kind)


_register_builtin()


#: Names never read from a folder: Office's owner files ("~$Ametijuhend.docx", which
#: hold the name of whoever has the file open) are not documents.
_NOT_DOCUMENTS = ("~$",)


def folder_files(folder: str | Path, *,
                 recursive: bool = False) -> tuple[list[Path], list[FormatError]]:
    """The files of ``folder`` a reader exists for, in path order, and the folders not read.

    With ``recursive``, files in subfolders too, but not in hidden folders
    (``.git``, ``.Trash-1000``) and not through links to folders (a link loop on a
    shared drive would never end). Not ``is_file()``: a pipe or device named
    ``.txt`` is listed and refused by its reader, never skipped without a word.
    """
    readable = set(_READERS)
    found: list[Path] = []
    unreadable: list[FormatError] = []
    pending = [Path(folder)]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        if recursive and not entry.name.startswith("."):
                            pending.append(Path(entry.path))
                    elif (not entry.is_dir() and extension_of(entry.name) in readable
                          and not entry.name.startswith(_NOT_DOCUMENTS)):
                        found.append(Path(entry.path))
        except OSError as error:
            unreadable.append(FormatError(current, describe_os_error(error)))
    return sorted(found, key=lambda path: path.parts), unreadable


def load_or_error(path: Path) -> LoadResult | FormatError:
    """:func:`load`, with what stopped it as a :class:`FormatError` naming the file."""
    try:
        return load(path)
    except FormatError as error:
        return error
    except OSError as error:
        return FormatError(path, describe_os_error(error))
