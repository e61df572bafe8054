"""The layout's blocks as HTML (no Qt): for a browser, an e-mail or a quick look.

It renders :func:`ametieditor.formats.layout.layout` block by block and decides
nothing itself, so it shows the general part, shading, bold duty numbers and
signature spacing as the DOCX and the paged preview do. Each paragraph carries
its style name as ``class``, each table its name, so the structure can be
read back.
"""

from __future__ import annotations

from html import escape

from ametieditor.formats.docx_styles import StyleName
from ametieditor.formats.layout import SHADED, LaidOut, Paragraph, Table, layout
from ametieditor.model.document import JobDescription, RichText

_TAGS = {StyleName.TITLE: "h1", StyleName.SECTION: "h2"}
_STYLE = (
    "body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 12pt; }"
    " h1 { text-align: center; font-size: 12pt; }"
    " h2 { font-size: 12pt; margin-top: 14px; }"
    " table { border-collapse: collapse; width: 100%; margin: 6px 0; }"
    " td { border: 1px solid #000; padding: 3px 6px; vertical-align: top; }"
    f" td.shaded {{ background: #{SHADED}; }}"
    " p { margin: 0 0 4px 0; } li { margin: 0; }"
    " .Ametijuhend-Kinnitus { margin-left: 50%; margin-bottom: 0; }"
    " .Ametijuhend-Silt, .Ametijuhend-Kompetents, .Ametijuhend-Alapealkiri { font-weight: bold; }"
)


def _class(style: StyleName) -> str:
    return style.value.replace(" ", "-")


def paragraph_html(block: Paragraph) -> str:
    """One paragraph: ``<li>`` for a bullet item, ``<h1>``/``<h2>``/``<p>`` otherwise."""
    runs = "".join(f"<b>{escape(run.text)}</b>" if run.bold or run.style is StyleName.NAME
                   else escape(run.text) for run in block.runs)
    if block.bullet:
        return f"<li class='{_class(block.style)}'>{runs}</li>"
    tag = _TAGS.get(block.style, "p")
    space = f" style='margin-top: {block.space_before / 20:g}pt'" if block.space_before else ""
    return f"<{tag} class='{_class(block.style)}'{space}>{runs}</{tag}>"


def paragraphs_html(blocks: tuple[Paragraph, ...] | list[Paragraph]) -> str:
    """Paragraphs with each run of bullet items in one ``<ul>``."""
    out: list[str] = []
    in_list = False
    for block in blocks:
        if block.bullet != in_list:
            out.append("<ul>" if block.bullet else "</ul>")
            in_list = block.bullet
        out.append(paragraph_html(block))
    if in_list:
        out.append("</ul>")
    return "".join(out)


def table_html(table: Table) -> str:
    rows = []
    for row in table.rows:
        cells = "".join(
            f"<td{' class=shaded' if cell.shaded else ''} width='{width * 100:.0f}%'>"
            f"{paragraphs_html(cell.paragraphs)}</td>"
            for cell, width in zip(row.cells, table.widths, strict=True))
        rows.append(f"<tr{' class=header' if row.header else ''}>{cells}</tr>")
    return f"<table class='{table.name}'>{''.join(rows)}</table>"


def blocks_html(blocks: list[LaidOut]) -> str:
    out: list[str] = []
    pending: list[Paragraph] = []
    for laid in blocks:
        if isinstance(laid.block, Paragraph):
            pending.append(laid.block)
            continue
        out.append(paragraphs_html(pending))
        pending = []
        out.append(table_html(laid.block))
    out.append(paragraphs_html(pending))
    return "\n".join(part for part in out if part)


def rich_html(blocks: RichText) -> str:
    """Rich text as paragraphs and bullet lists."""
    from ametieditor.formats.layout import rich

    return paragraphs_html(rich(blocks))


def render_html(doc: JobDescription) -> str:
    """The whole document as an HTML page."""
    return (f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>\n"
            f"{blocks_html(layout(doc))}\n</body></html>")
