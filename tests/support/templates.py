"""Template DOCX files for export tests: an organisation's, a plain Word one, a risky one."""

from __future__ import annotations

import io
import re
import struct
import zlib
from pathlib import Path

import docx
from docx.shared import Cm, Pt

from ametieditor.formats.docx_package import Relationships, write_package
from ametieditor.formats.docx_template import default_template_path
from tests.support.docx_reading import parts

ORG_HEADER = "Näidisameti ametijuhendid"
ORG_FONT = "Arial"
ORG_LEFT_MARGIN = Cm(2.5)


def tiny_png(width: int = 60, height: int = 24) -> bytes:
    """A small red PNG (a stand-in for an organisation's logo)."""
    raw = b"".join(b"\x00" + bytes([200, 30, 30]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def make_org_template(path: Path) -> Path:
    """The default template as an organisation would change it in Word.

    Arial 11 instead of Times New Roman 12, other margins, a header with the
    organisation's name and logo.
    """
    document = docx.Document(str(default_template_path()))
    normal = document.styles["Normal"]
    normal.font.name = ORG_FONT
    normal.font.size = Pt(11)
    section = document.sections[0]
    section.left_margin = ORG_LEFT_MARGIN
    section.right_margin = Cm(2)
    section.top_margin = Cm(3)
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.add_run().add_picture(io.BytesIO(tiny_png()), width=Cm(2))
    paragraph.add_run(" " + ORG_HEADER)
    document.save(str(path))
    return path


def make_plain_template(path: Path) -> Path:
    """A Word document with none of the named styles (python-docx's own default)."""
    docx.Document().save(str(path))
    return path


VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

_RUN = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'
_DATED = 'w:author="x" w:date="2025-01-01T00:00:00Z"'


def _complex_field(code: str, shown: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + _RUN.format(shown) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


RISKY_HEADER = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:hdr xmlns:w="{W}" xmlns:r="{R}"><w:p>' + _RUN.format("Kuupäev: ")
    + '<w:fldSimple w:instr=" DATE \\@ &quot;dd.MM.yyyy&quot; ">'
    + _RUN.format("01.02.2025") + "</w:fldSimple>"
    + _complex_field("FILENAME", "mall.docm") + _RUN.format(" lk ")
    + _complex_field("PAGE", "1")
    + '<w:hyperlink r:id="rIdLink">' + _RUN.format(" www.example.ee") + "</w:hyperlink>"
    + f'<w:ins w:id="1" {_DATED}>' + _RUN.format(" lisatud") + "</w:ins>"
    + f'<w:del w:id="2" {_DATED}><w:r><w:delText>kustutatud</w:delText></w:r></w:del>'
    + "</w:p></w:hdr>")

COMMENTS_XML = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="x">'
                "<w:p><w:r><w:t>märkus</w:t></w:r></w:p></w:comment></w:comments>")


def make_risky_template(path: Path) -> Path:
    """A macro-enabled template (.docm) with a VBA project, changing fields, an outside
    link, a tracked change and comments in its header: nothing of it may reach an export."""
    package = parts(default_template_path().read_bytes())
    types = package["[Content_Types].xml"].decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    ).replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        '<Override PartName="/word/header9.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/comments.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
    package["[Content_Types].xml"] = types.encode()
    rels = Relationships(package["word/_rels/document.xml.rels"])
    rels.add(VBA, "vbaProject.bin")
    header_id = rels.add(HEADER, "header9.xml")
    rels.add(COMMENTS, "comments.xml")
    package["word/_rels/document.xml.rels"] = rels.to_bytes()
    package["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 not really VBA"
    package["word/header9.xml"] = RISKY_HEADER.encode()
    package["word/_rels/header9.xml.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        f'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLink" '
        f'Type="{HYPERLINK}" Target="https://www.example.ee/" TargetMode="External"/>'
        "</Relationships>").encode()
    package["word/comments.xml"] = COMMENTS_XML.encode()
    document = package["word/document.xml"].decode()
    package["word/document.xml"] = document.replace(
        "<w:sectPr>", f'<w:sectPr><w:headerReference w:type="default" r:id="{header_id}"/>'
    ).encode()
    path.write_bytes(write_package(package))
    return path


# -- an organisation template with everything a signed file must not carry ---------------

_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
THUMBNAIL = "docProps/thumbnail.jpeg"
BIBLIOGRAPHY = "customXml/item1.xml"
OLE_PART = "word/embeddings/oleObject1.bin"
ALT_CHUNK_PART = "word/afchunk1.htm"
ORPHAN_PART = "word/orphan.xml"
BIBLIOGRAPHY_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
    '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" '
    'SelectedStyle="\\APA.XSL" StyleName="APA"><b:Source><b:Tag>Kask21</b:Tag>'
    "<b:Title>Avaliku teenistuse seadus</b:Title></b:Source></b:Sources>")
_OLE_RUN = (
    '<w:r><w:object w:dxaOrig="1531" w:dyaOrig="990"><v:shape id="_x0000_i1025" '
    'type="#_x0000_t75" style="width:76.5pt;height:49.5pt"><v:imagedata r:id="{preview}" '
    'o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" '
    'ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1700000000" r:id="{ole}"/>'
    "</w:object></w:r>")
_VML = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def _add_rel(package: dict[str, bytes], rels_part: str, rel_type: str, target: str) -> str:
    rels = Relationships(package.get(rels_part))
    rel_id = rels.add(rel_type, target)
    package[rels_part] = rels.to_bytes()
    return rel_id


def _add_type(package: dict[str, bytes], text: str) -> None:
    types = package["[Content_Types].xml"].decode().replace("</Types>", text + "</Types>")
    package["[Content_Types].xml"] = types.encode()


def make_cluttered_template(path: Path) -> Path:
    """:func:`make_org_template` (Arial, logo in the header) after years in Word.

    It gained a thumbnail, a bibliography (custom XML), an embedded Excel
    object in the header and one in the body, an altChunk, a part nothing
    refers to, compatibility mode 14, Word document ids, rsids and the
    proofing state.
    """
    make_org_template(path)
    package = parts(path.read_bytes())
    _add_type(package, '<Default Extension="jpeg" ContentType="image/jpeg"/>'
              '<Default Extension="bin" ContentType="application/'
              'vnd.openxmlformats-officedocument.oleObject"/>'
              '<Default Extension="htm" ContentType="application/xhtml+xml"/>'
              '<Override PartName="/word/orphan.xml" ContentType="application/xml"/>')
    package[THUMBNAIL] = b"\xff\xd8\xff\xe0 not really a JPEG"
    _add_rel(package, "_rels/.rels", _PKG + "/metadata/thumbnail", THUMBNAIL)
    package[BIBLIOGRAPHY] = BIBLIOGRAPHY_XML.encode()
    _add_rel(package, "word/_rels/document.xml.rels", _OFFICE + "/customXml",
             "../" + BIBLIOGRAPHY)
    package[OLE_PART] = b"\xd0\xcf\x11\xe0 not really OLE"
    package[ALT_CHUNK_PART] = b"<html><body><p>Vana sisu</p></body></html>"
    package[ORPHAN_PART] = b"<?xml version='1.0'?><vana/>"
    document_rels = "word/_rels/document.xml.rels"
    ole = _add_rel(package, document_rels, _OFFICE + "/oleObject", "embeddings/oleObject1.bin")
    preview = _add_rel(package, document_rels, _OFFICE + "/image", "media/image1.png")
    chunk = _add_rel(package, document_rels, _OFFICE + "/aFChunk", "afchunk1.htm")
    document = package["word/document.xml"].decode()
    document = re.sub(r"<w:body>", "<w:body>" + f"<w:p>{_OLE_RUN.format(preview=preview, ole=ole)}"
                      f'</w:p><w:altChunk r:id="{chunk}"/>', document, count=1)
    document = re.sub(r"<w:document ", f"<w:document {_VML} ", document, count=1)
    package["word/document.xml"] = document.replace("<w:sectPr>", '<w:sectPr w:rsidR="00AB12CD">'
                                                    ).encode()
    header_rels = "word/_rels/header1.xml.rels"
    header_ole = _add_rel(package, header_rels, _OFFICE + "/oleObject",
                          "embeddings/oleObject1.bin")
    header = package["word/header1.xml"].decode()
    header = header.replace("<w:p>", '<w:p w:rsidR="00AB12CD" w14:paraId="1A2B3C4D">', 1)
    header = header.replace("</w:hdr>", f"<w:p>{_OLE_RUN.format(preview='rId1', ole=header_ole)}"
                                        "</w:p></w:hdr>")
    package["word/header1.xml"] = header.encode()  # python-docx declares v: and o: here
    settings = package["word/settings.xml"].decode()
    settings = settings.replace('w:val="15"/>', 'w:val="14"/>').replace(
        "<w:zoom", '<w:proofState w:spelling="clean" w:grammar="clean"/><w:zoom', 1)
    settings = settings.replace("</w:settings>", (
        '<w:rsids><w:rsidRoot w:val="00AB12CD"/><w:rsid w:val="00AB12CD"/></w:rsids>'
        '<w14:docId w14:val="24062061"/><w15:docId w15:val="{0E6F1A2B-0000-4C3D-8E9F-'
        '0123456789AB}"/></w:settings>'))
    settings = settings.replace("<w:settings ", (
        '<w:settings xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '), 1)
    package["word/settings.xml"] = settings.encode()
    path.write_bytes(write_package(package))
    return path
