"""Every size limit of the editor's readers, in one place (docs/RELIABILITY.md lists them).

The readers refuse input beyond these limits with a message that says what
was not read; the writers check their own output against the same limits
(:mod:`ametieditor.io.readback`), so whatever the editor writes it can read
back. Tests patch the names in the modules that use them (``files``,
``safexml``, ``safezip``), which import them from here.
"""

from __future__ import annotations

#: Largest input file any reader accepts (bytes). Job descriptions are tens
#: of kilobytes; a DOCX with a logo or a scanned PDF a few megabytes.
MAX_INPUT_BYTES = 50 * 1024 * 1024

#: Largest XML document any reader accepts (bytes). Real job descriptions
#: are 20–80 kB; 20 MB leaves room for embedded oddities and stops abuse.
MAX_XML_BYTES = 20 * 1024 * 1024
#: libxml2's own limit for one text node without XML_PARSE_HUGE (which stays off):
#: a paragraph longer than this cannot be read back.
MAX_XML_TEXT_NODE_BYTES = 10_000_000
#: libxml2's nesting limit without XML_PARSE_HUGE.
MAX_XML_DEPTH = 256

#: ZIP packages (DOCX, ASiC-E): a real DOCX has < 100 entries and unpacks to a few MB.
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_MEMBER_BYTES = 50 * 1024 * 1024
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 200  # uncompressed / compressed ...
#: ... for members larger than this. Below it the absolute limits bound the memory, and
#: a long, repetitive document of the editor's own (1 MB of text in a DOCX) compresses
#: past 200:1 and must still open.
ZIP_RATIO_CHECKED_FROM = 10 * 1024 * 1024

#: Pages of a PDF the importer reads; a PDF with more is refused whole (a job
#: description has 2–6 pages), never read in part.
MAX_PDF_PAGES = 200

#: Bytes of a text file the importer reads. A job description is 10–60 kB of
#: text; the parser's time grows faster than the text (1 MB: ~2 s, 4 MB: ~25 s of
#: CPU, measured with ``time ametieditor-cli convert`` on repeated sample lines), so
#: a larger file is refused at once instead of keeping the user waiting.
MAX_TEXT_IMPORT_BYTES = 2 * 1024 * 1024
