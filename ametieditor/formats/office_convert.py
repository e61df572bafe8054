"""Opening ``.doc``, ``.odt`` and ``.rtf`` by converting them to DOCX with LibreOffice.

To be merged with ``libreoffice.py`` (the DOCX/PDF export's LibreOffice
helper, written at the same time on another branch): :func:`find_soffice`
and :func:`convert_to_docx` duplicate its ``find_soffice``/``convert_files``
on purpose so that neither branch waited for the other.

The file is converted in a temporary folder, with a private LibreOffice
profile (``-env:UserInstallation``) so it never collides with a LibreOffice
the user has open, under a timeout; the DOCX is then read with
:func:`ametieditor.formats.registry.load`, so whichever DOCX reader is
registered does the reading. The original file is only read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ametieditor.formats.errors import FormatError
from ametieditor.formats.files import read_limited
from ametieditor.i18n import tr

EXTENSIONS = (".doc", ".odt", ".rtf")

#: Seconds one conversion may take (a cold start with a fresh profile is the slow part).
TIMEOUT = 120

#: Where LibreOffice usually lives when it is not on PATH.
USUAL_PLACES: tuple[Path, ...] = (
    Path("/usr/lib/libreoffice/program/soffice"),
    Path("/opt/libreoffice/program/soffice"),
    Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
    Path(r"C:\Program Files\LibreOffice\program\soffice.exe"),
    Path(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"),
)


def find_soffice() -> Path | None:
    """The LibreOffice program: on ``PATH`` first, then in :data:`USUAL_PLACES`."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    for place in USUAL_PLACES:
        if place.is_file() and os.access(place, os.X_OK):
            return place
    return None


def convert_to_docx(source: Path, out_dir: Path, timeout: float | None = None) -> Path:
    """Convert ``source`` to DOCX in ``out_dir``; the path of the DOCX.

    Raises :class:`FormatError` naming ``source`` when LibreOffice is not
    installed, fails, or takes longer than ``timeout`` seconds.
    """
    timeout = TIMEOUT if timeout is None else timeout
    program = find_soffice()
    if program is None:
        raise FormatError(source, tr(
            "{kind}-faili avamiseks on vaja LibreOffice'i, mida selles arvutis ei leitud; "
            "paigaldage LibreOffice või salvestage fail Wordis DOCX-vormingus",
            "opening a {kind} file needs LibreOffice, which was not found on this computer; "
            "install LibreOffice or save the file as DOCX in Word",
            kind=source.suffix.lstrip(".").upper()))
    with tempfile.TemporaryDirectory(prefix="ametieditor-lo-") as work:
        profile = Path(work) / "profile"
        # Convert a copy with a plain name: LibreOffice mangles some names on some systems.
        copy = Path(work) / ("dokument" + source.suffix.lower())
        copy.write_bytes(read_limited(source))
        command = [str(program), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                   "--norestore", "--nologo", "--nodefault", "--convert-to", "docx",
                   "--outdir", str(out_dir), str(copy)]
        try:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       stdin=subprocess.DEVNULL,
                                       start_new_session=sys.platform != "win32")
            try:
                _, stderr = process.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                _kill(process)
                raise FormatError(source, tr(
                    "LibreOffice ei lõpetanud teisendamist {seconds} sekundiga",
                    "LibreOffice did not finish the conversion within {seconds} seconds",
                    seconds=int(timeout))) from None
        except OSError as error:
            raise FormatError(source, tr("LibreOffice'i ei saa käivitada: {reason}",
                                         "LibreOffice cannot be started: {reason}",
                                         reason=error.strerror or error)) from None
    result = out_dir / "dokument.docx"
    if not result.is_file() or result.stat().st_size == 0:
        detail = stderr.decode("utf-8", "replace").strip().splitlines()
        raise FormatError(source, tr(
            "LibreOffice ei suutnud faili DOCX-vormingusse teisendada ({detail})",
            "LibreOffice could not convert the file to DOCX ({detail})",
            detail=detail[-1] if detail else f"exit {process.returncode}"))
    return result


def _kill(process: subprocess.Popen) -> None:
    """End the conversion and whatever LibreOffice started for it."""
    if sys.platform != "win32":
        import signal

        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            process.kill()
    else:
        process.kill()
    process.communicate()


def load_result(path: Path):  # -> registry.LoadResult
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
