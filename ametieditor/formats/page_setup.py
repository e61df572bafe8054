"""The page and paragraph look of a DOCX template, for drawing its pages elsewhere.

The preview and print draw the layout's blocks on pages of the export template:
its page size and margins (the last ``w:sectPr``), the footer's distance from
the page edge, and each named style's font, size, weight, capitals, alignment,
indent and spacing (resolved through ``w:basedOn`` and the document defaults).
Only what the official layout uses is read; no Qt here.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ametieditor.formats.docx_package import W_NS
from ametieditor.formats.docx_styles import StyleName
from ametieditor.formats.docx_template import PreparedTemplate, load_template
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes

_W = f"{{{W_NS}}}"
_TWIPS_PER_POINT = 20


@dataclass(frozen=True)
class ParagraphLook:
    """How one style prints; lengths in points."""

    font: str = "Times New Roman"
    size: float = 12.0
    bold: bool = False
    italic: bool = False
    caps: bool = False
    align: str = "left"  # left, center, right, both
    indent_left: float = 0.0
    before: float = 0.0
    after: float = 0.0


@dataclass(frozen=True)
class PageSetup:
    """Page geometry in points and the look of every named style."""

    width: float = 595.3
    height: float = 841.9
    top: float = 56.7
    right: float = 42.55
    bottom: float = 56.7
    left: float = 85.05
    footer: float = 28.35
    looks: dict[StyleName, ParagraphLook] = field(default_factory=dict)

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def text_height(self) -> float:
        return self.height - self.top - self.bottom

    def look(self, style: StyleName) -> ParagraphLook:
        return self.looks.get(style, ParagraphLook())


def _points(element: etree._Element | None, name: str, default: float) -> float:
    if element is None or element.get(_W + name) is None:
        return default
    try:
        return int(element.get(_W + name)) / _TWIPS_PER_POINT
    except ValueError:
        return default


def _on(element: etree._Element | None) -> bool | None:
    """A toggle property (``w:b``, ``w:caps``): None when absent."""
    if element is None:
        return None
    return element.get(_W + "val", "1") not in ("0", "false", "off")


def _apply(look: dict[str, object], properties: etree._Element | None) -> None:
    """Overlay one ``w:pPr``/``w:rPr`` holder (a style or the defaults) on ``look``."""
    if properties is None:
        return
    paragraph, run = properties.find(_W + "pPr"), properties.find(_W + "rPr")
    if paragraph is not None:
        spacing = paragraph.find(_W + "spacing")
        look["before"] = _points(spacing, "before", look["before"])  # type: ignore[arg-type]
        look["after"] = _points(spacing, "after", look["after"])  # type: ignore[arg-type]
        indent = paragraph.find(_W + "ind")
        look["indent_left"] = _points(indent, "left", look["indent_left"])  # type: ignore
        if (align := paragraph.find(_W + "jc")) is not None:
            look["align"] = {"start": "left", "end": "right"}.get(
                align.get(_W + "val", "left"), align.get(_W + "val", "left"))
    if run is not None:
        for name, tag in (("bold", "b"), ("italic", "i"), ("caps", "caps")):
            if (value := _on(run.find(_W + tag))) is not None:
                look[name] = value
        if (fonts := run.find(_W + "rFonts")) is not None and fonts.get(_W + "ascii"):
            look["font"] = fonts.get(_W + "ascii")
        if (size := run.find(_W + "sz")) is not None:
            with contextlib.suppress(ValueError):
                look["size"] = int(size.get(_W + "val", "24")) / 2


def _looks(styles: etree._Element, ids: dict[StyleName, str]) -> dict[StyleName, ParagraphLook]:
    by_id = {style.get(_W + "styleId"): style for style in styles.iterfind(_W + "style")}
    defaults: dict[str, object] = vars(ParagraphLook()).copy()
    holder = styles.find(_W + "docDefaults")
    if holder is not None:
        _apply(defaults, holder.find(_W + "pPrDefault"))
        _apply(defaults, holder.find(_W + "rPrDefault"))
    looks = {}
    for name, style_id in ids.items():
        chain: list[etree._Element] = []
        current = by_id.get(style_id)
        while current is not None and len(chain) < 20:  # a basedOn loop stops here
            chain.append(current)
            based = current.find(_W + "basedOn")
            current = by_id.get(based.get(_W + "val")) if based is not None else None
        look = dict(defaults)
        for style in reversed(chain):
            _apply(look, style)
        looks[name] = ParagraphLook(**look)  # type: ignore[arg-type]
    return looks


def _styles_part(prepared: PreparedTemplate) -> etree._Element | None:
    names = [name for name in prepared.parts if name.lower().endswith("/styles.xml")]
    if not names:
        return None
    try:  # already read once by the template's preparer; the default looks otherwise
        return parse_xml_bytes(prepared.parts[sorted(names, key=len)[0]])
    except (UnsafeXmlError, etree.XMLSyntaxError):
        return None


@lru_cache(maxsize=4)
def _cached(path: str | None) -> PageSetup:
    prepared = load_template(Path(path) if path else None)
    body = prepared.document_root.find(_W + "body")
    section = body[-1] if body is not None and len(body) else None
    size = section.find(_W + "pgSz") if section is not None else None
    margins = section.find(_W + "pgMar") if section is not None else None
    base = PageSetup()
    styles = _styles_part(prepared)
    return PageSetup(
        width=_points(size, "w", base.width), height=_points(size, "h", base.height),
        top=abs(_points(margins, "top", base.top)), right=_points(margins, "right", base.right),
        bottom=abs(_points(margins, "bottom", base.bottom)),
        left=_points(margins, "left", base.left) + _points(margins, "gutter", 0.0),
        footer=_points(margins, "footer", base.footer),
        looks=_looks(styles, prepared.style_ids) if styles is not None else {})


def page_setup(template: Path | None = None) -> PageSetup:
    """The page setup of ``template`` (the default template when ``None``)."""
    return _cached(str(template) if template is not None else None)
