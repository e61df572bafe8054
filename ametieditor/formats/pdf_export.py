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
from ametieditor.io.atomic import atomic_write
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error
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
        try:
            atomic_write(path, pdf.read_bytes())
        except OSError as error:
            raise FormatError(path, describe_os_error(error)) from error
    return export.warnings
