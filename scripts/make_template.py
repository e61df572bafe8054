"""Generate the default DOCX template, resources/templates/ametijuhend.docx.

Run:  python scripts/make_template.py   (writes the file; same bytes on every run)

The template reproduces the official layout of a job description (DOMAIN.md,
"The official layout"): plain A4, left margin 3 cm, Times New Roman 12 pt,
block paragraphs, page number in the footer, and the named styles of
:class:`ametieditor.formats.docx_styles.StyleName`. The exporter replaces the
body of the template with the document and keeps everything else. The body
written here shows one paragraph of each style so that someone opening the
template in Word sees what each style is for.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.formats.docx_package import (  # noqa: E402
    CT_APP,
    CT_CORE,
    CT_DOCUMENT,
    CT_FONT_TABLE,
    CT_FOOTER,
    CT_NUMBERING,
    CT_RELS,
    CT_SETTINGS,
    CT_STYLES,
    write_package,
)
from ametieditor.formats.docx_styles import StyleName, style_id  # noqa: E402
from ametieditor.io.atomic import atomic_write  # noqa: E402

TARGET = REPO / "resources" / "templates" / "ametijuhend.docx"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
FONT = "Times New Roman"

# Page geometry in twentieths of a point: A4, margins left 3 cm, right 1.5 cm,
# top and bottom 2 cm.
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 1701, 851, 1134, 1134


def content_types() -> str:
    overrides = [
        ("/word/document.xml", CT_DOCUMENT),
        ("/word/styles.xml", CT_STYLES),
        ("/word/numbering.xml", CT_NUMBERING),
        ("/word/settings.xml", CT_SETTINGS),
        ("/word/fontTable.xml", CT_FONT_TABLE),
        ("/word/footer1.xml", CT_FOOTER),
        ("/docProps/core.xml", CT_CORE),
        ("/docProps/app.xml", CT_APP),
    ]
    items = "".join(f'<Override PartName="{name}" ContentType="{kind}"/>'
                    for name, kind in overrides)
    return (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="{CT_RELS}"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="png" ContentType="image/png"/>'
            f"{items}</Types>")


def package_rels() -> str:
    return (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>")


def document_rels() -> str:
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml"),
            ("rId3", "settings", "settings.xml"), ("rId4", "fontTable", "fontTable.xml"),
            ("rId5", "footer", "footer1.xml")]
    items = "".join(
        f'<Relationship Id="{rid}" Type="{R}/{kind}" Target="{target}"/>'
        for rid, kind, target in rels)
    return (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{items}</Relationships>')


def paragraph(style: StyleName, text: str) -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="{style_id(style)}"/></w:pPr>'
            f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def document() -> str:
    samples = [
        (StyleName.APPROVAL, "KINNITATUD"),
        (StyleName.TITLE, "AMETIJUHEND"),
        (StyleName.SECTION, "1. ÜLDOSA"),
        (StyleName.BODY, "Selle malli sisu asendatakse eksportimisel ametijuhendiga. "
                         "Päis, jalus, veerised ja stiilid jäävad alles."),
        (StyleName.BULLET, "loetelu punkt"),
        (StyleName.SUBHEADING, "Tööks vajalikud kompetentsid"),
        (StyleName.GROUP, "Kliendikesksus:"),
        (StyleName.LABEL, "Põhiülesanded"),
        (StyleName.CELL, "Tabeli lahtri tekst"),
        (StyleName.SIGNATURE, "(allkirjastatud digitaalselt)"),
    ]
    body = "".join(paragraph(style, text) for style, text in samples)
    return (HEAD + f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}'
            f'<w:sectPr><w:footerReference w:type="default" r:id="rId5"/>'
            f'<w:pgSz w:w="{PAGE_WIDTH}" w:h="{PAGE_HEIGHT}"/>'
            f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" '
            f'w:bottom="{MARGIN_BOTTOM}" w:left="{MARGIN_LEFT}" w:header="567" '
            'w:footer="567" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>')


def paragraph_style(name: StyleName, ppr: str = "", rpr: str = "",
                    next_style: StyleName | None = None) -> str:
    following = f'<w:next w:val="{style_id(next_style)}"/>' if next_style else ""
    return (f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{style_id(name)}">'
            f'<w:name w:val="{name.value}"/><w:basedOn w:val="Normal"/>{following}'
            f'<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


BOLD = "<w:b/><w:bCs/>"
UPRIGHT = '<w:i w:val="0"/><w:iCs w:val="0"/>'


def styles() -> str:
    fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    border = 'w:val="single" w:sz="4" w:space="0" w:color="000000"'
    table = (
        f'<w:style w:type="table" w:customStyle="1" w:styleId="{style_id(StyleName.TABLE)}">'
        f'<w:name w:val="{StyleName.TABLE.value}"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:tblPr><w:tblBorders>'
        + "".join(f"<w:{side} {border}/>"
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/>'
        '<w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/>'
        '<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    )
    ours = [
        paragraph_style(StyleName.APPROVAL, '<w:spacing w:after="0"/><w:ind w:left="4536"/>'),
        paragraph_style(StyleName.TITLE,
                        '<w:keepNext/><w:spacing w:before="480" w:after="240"/>'
                        '<w:jc w:val="center"/>', BOLD, StyleName.SECTION),
        paragraph_style(StyleName.SECTION,
                        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/>'
                        '<w:outlineLvl w:val="0"/>', BOLD + "<w:caps/>", StyleName.BODY),
        paragraph_style(StyleName.SUBHEADING,
                        '<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/>',
                        BOLD, StyleName.BODY),
        paragraph_style(StyleName.BODY, '<w:spacing w:after="120"/>'),
        paragraph_style(StyleName.BULLET,
                        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
                        '<w:spacing w:after="0"/>'),
        paragraph_style(StyleName.LABEL, '<w:keepNext/><w:spacing w:after="0"/>', BOLD),
        paragraph_style(StyleName.GROUP,
                        '<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="0"/>',
                        BOLD, StyleName.BULLET),
        paragraph_style(StyleName.CELL, '<w:spacing w:after="0"/>'),
        paragraph_style(StyleName.SIGNATURE, '<w:keepNext/><w:keepLines/><w:spacing w:after="0"/>',
                        UPRIGHT),
        f'<w:style w:type="character" w:customStyle="1" w:styleId="{style_id(StyleName.NAME)}">'
        f'<w:name w:val="{StyleName.NAME.value}"/><w:basedOn w:val="DefaultParagraphFont"/>'
        f"<w:qFormat/><w:rPr>{BOLD}</w:rPr></w:style>",
        table,
    ]
    return (
        HEAD + f'<w:styles xmlns:w="{W}">'
        f"<w:docDefaults><w:rPrDefault><w:rPr>{fonts}"
        '<w:sz w:val="24"/><w:szCs w:val="24"/>'
        '<w:lang w:val="et-EE" w:eastAsia="et-EE" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr></w:style>"
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4677"/><w:tab w:val="right" '
        'w:pos="9354"/></w:tabs></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/>'
        "</w:rPr></w:style>"
        + "".join(ours) + "</w:styles>"
    )


def numbering() -> str:
    symbols = ["•", "◦", "▪"] * 3
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{symbols[level]}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{357 * (level + 1)}" w:hanging="357"/></w:pPr></w:lvl>'
        for level in range(9))
    return (HEAD + f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
            f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def settings() -> str:
    return (HEAD + f'<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/>'
            '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="et-EE"/>'
            '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>')


def font_table() -> str:
    return (HEAD + f'<w:fonts xmlns:w="{W}"><w:font w:name="{FONT}">'
            '<w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
            '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>')


def field(instruction: str, shown: str) -> str:
    return (f'<w:fldSimple w:instr=" {instruction} "><w:r><w:rPr><w:noProof/></w:rPr>'
            f"<w:t>{shown}</w:t></w:r></w:fldSimple>")


def footer() -> str:
    return (HEAD + f'<w:ftr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr>'
            '<w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
            + field("PAGE", "1") + '<w:r><w:t xml:space="preserve"> (</w:t></w:r>'
            + field("NUMPAGES", "1") + "<w:r><w:t>)</w:t></w:r></w:p></w:ftr>")


def core() -> str:
    return (HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
            '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:title>Ametijuhendi mall</dc:title><dc:creator>Ametieditor</dc:creator>"
            "<dc:language>et-EE</dc:language></cp:coreProperties>")


def app() -> str:
    return (HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties"><Application>Ametieditor</Application></Properties>')


def build() -> bytes:
    parts = {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": package_rels(),
        "word/document.xml": document(),
        "word/_rels/document.xml.rels": document_rels(),
        "word/styles.xml": styles(),
        "word/numbering.xml": numbering(),
        "word/settings.xml": settings(),
        "word/fontTable.xml": font_table(),
        "word/footer1.xml": footer(),
        "docProps/core.xml": core(),
        "docProps/app.xml": app(),
    }
    return write_package({name: text.encode("utf-8") for name, text in parts.items()})


def main() -> None:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(TARGET, build())
    print(TARGET)


if __name__ == "__main__":
    main()
