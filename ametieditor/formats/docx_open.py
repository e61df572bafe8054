"""Registry reader for ``.docx``: a DOCX exported by the editor opens losslessly.

The exporter embeds the document's own XML (:mod:`ametieditor.formats.docx_embedded`);
that part is what is read back, so ``convert X.docx Y.ametijuhend`` gives the
exact XML that was exported. Word files made by hand have no such part and
go to the importer (``ametieditor.formats.docx_import``) when it is there.
"""

from __future__ import annotations

from pathlib import Path

from ametieditor.formats.docx_embedded import find_embedded
from ametieditor.formats.errors import FormatError
from ametieditor.formats.files import read_limited
from ametieditor.formats.safezip import open_zip
from ametieditor.formats.xml_format import from_bytes
from ametieditor.i18n import tr


def load_result(path: Path):  # -> LoadResult (registry imports lazily)
    """The document of a DOCX: embedded by the editor, else imported from the text."""
    from ametieditor.formats.registry import LoadResult

    data = read_limited(path)
    archive = open_zip(data, path)
    embedded = find_embedded(archive, path)
    if embedded is not None:
        return LoadResult(document=from_bytes(embedded, path))
    try:
        from ametieditor.formats.docx_import import import_docx
    except ImportError:
        raise FormatError(path, tr(
            "see Wordi fail ei ole tehtud Ametieditoriga; teiste Wordi failide avamine ei ole "
            "selles versioonis veel võimalik",
            "this Word file was not made by Ametieditor; opening other Word files is not "
            "possible in this version yet")) from None
    return import_docx(Path(path), data)
