"""PDF export: the DOCX export converted by LibreOffice.

The PDF is made in a temporary folder and then moved into place in one
step, so an existing PDF stays whole if anything fails. Without LibreOffice
the user gets a clear message; DOCX export never needs any of this.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ametieditor.formats import libreoffice
from ametieditor.formats.docx_export import build_docx
from ametieditor.i18n import tr
from ametieditor.io.atomic import atomic_write
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error
from ametieditor.io.limits import MAX_INPUT_BYTES, MAX_PDF_PAGES
from ametieditor.io.readback import UnreadableOutputError
from ametieditor.model.document import JobDescription


def save_document(doc: JobDescription, path: Path, options: object = None) -> list[str]:
    """Registry writer: export ``doc`` as PDF to ``path`` (atomic); returns warnings."""
    soffice = libreoffice.find_soffice()
    if soffice is None:
        raise FormatError(path, libreoffice.not_installed_message())
    export = build_docx(doc, getattr(options, "template", None),
                        getattr(options, "author", "") or "")
    with tempfile.TemporaryDirectory(prefix="ametieditor-pdf-") as work:
        source = Path(work) / "ametijuhend.docx"
        source.write_bytes(export.data)
        out_dir = Path(work) / "out"
        out_dir.mkdir()
        try:
            (pdf,) = libreoffice.convert_files([source], "pdf", out_dir, soffice=soffice)
        except FormatError as error:
            raise FormatError(path, error.problem) from None
        data = pdf.read_bytes()
        _check_readable_back(data, path)
        try:
            atomic_write(path, data)
        except OSError as error:
            raise FormatError(path, describe_os_error(error)) from error
    return export.warnings


def _check_readable_back(data: bytes, path: Path) -> None:
    """Refuse a PDF the PDF importer would refuse (too many pages, too large)."""
    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(data)).pages)
    if pages > MAX_PDF_PAGES or len(data) > MAX_INPUT_BYTES:
        raise UnreadableOutputError(path, tr(
            "PDF-is oleks {pages} lehekülge ({size} MB); imporditakse kuni {limit} lehekülge "
            "ja {bytes} MB; faili ei kirjutatud; lühendage dokumenti",
            "the PDF would have {pages} pages ({size} MB); at most {limit} pages and {bytes} MB "
            "are imported; the file was not written; shorten the document",
            pages=pages, size=len(data) // (1024 * 1024), limit=MAX_PDF_PAGES,
            bytes=MAX_INPUT_BYTES // (1024 * 1024)), "pages")
