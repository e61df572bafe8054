"""Opening ``.doc``, ``.odt`` and ``.rtf`` by converting them to DOCX with LibreOffice.

The file is converted in a temporary folder by
:func:`ametieditor.formats.libreoffice.convert_files` (private offline profile,
timeout; an ``.odt`` first loses its links to outside content,
:mod:`ametieditor.formats.odf_links`); the DOCX is then read with
:func:`ametieditor.formats.registry.load`, so whichever DOCX reader is
registered does the reading. The original file is
only read.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ametieditor.formats import libreoffice
from ametieditor.formats.odf_links import strip_external_links
from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.files import read_limited

if TYPE_CHECKING:  # the registry imports this module; at run time it is imported late
    from ametieditor.formats.registry import LoadResult

EXTENSIONS = (".doc", ".odt", ".rtf")

#: Seconds one conversion may take (a cold start with a fresh profile is the slow part).
TIMEOUT = libreoffice.DEFAULT_TIMEOUT


def convert_to_docx(source: Path, out_dir: Path, timeout: float | None = None) -> Path:
    """Convert ``source`` to DOCX in ``out_dir``; the path of the DOCX.

    Raises :class:`FormatError` naming ``source`` when LibreOffice is not
    installed, fails, or takes longer than ``timeout`` seconds.
    """
    program = libreoffice.find_soffice()
    if program is None:
        raise FormatError(source, tr(
            "{kind}-faili avamiseks on vaja LibreOffice'i, mida selles arvutis ei leitud; "
            "paigaldage LibreOffice või salvestage fail Wordis DOCX-vormingus",
            "opening a {kind} file needs LibreOffice, which was not found on this computer; "
            "install LibreOffice or save the file as DOCX in Word",
            kind=source.suffix.lstrip(".").upper()))
    with tempfile.TemporaryDirectory(prefix="ametieditor-lo-") as work:
        # Convert a copy with a plain name: LibreOffice mangles some names on some systems.
        copy = Path(work) / ("dokument" + source.suffix.lower())
        data = read_limited(source)
        if source.suffix.lower() == ".odt":  # links to outside content are never fetched
            data, _removed = strip_external_links(data, source)
        copy.write_bytes(data)
        try:
            (result,) = libreoffice.convert_files(
                [copy], "docx", out_dir, timeout=TIMEOUT if timeout is None else timeout,
                soffice=program)
        except FormatError as error:
            raise FormatError(source, error.problem) from None
    return result


def load_result(path: Path) -> LoadResult:
    """Registry reader for ``.doc``/``.odt``/``.rtf``: convert to DOCX, then read that."""
    from ametieditor.formats import registry

    source = Path(path)
    read_limited(source)  # missing, unreadable or huge: say so before starting LibreOffice
    with tempfile.TemporaryDirectory(prefix="ametieditor-docx-") as folder:
        converted = convert_to_docx(source, Path(folder))
        try:
            inner = registry.load(converted)
        except FormatError as error:
            raise FormatError(source, tr(
                "teisendati LibreOffice'iga DOCX-vormingusse, kuid {problem}",
                "converted to DOCX with LibreOffice, but {problem}",
                problem=error.problem)) from None
    note = tr("fail teisendati LibreOffice'iga DOCX-vormingusse; kontrollige tulemust",
              "the file was converted to DOCX with LibreOffice; check the result")
    return registry.LoadResult(document=inner.document, warnings=[note, *inner.warnings],
                               signatures=inner.signatures, native=False, report=inner.report)
