"""The page and paragraph look of a DOCX template, for drawing its pages elsewhere.

The preview and print draw the layout's blocks on pages of the export template:
its page size and margins (the last ``w:sectPr``), the header's and footer's
distance from the page edge, each named style's font, size, weight, capitals,
alignment, indent and spacing (resolved through ``w:basedOn`` and the document
defaults), and the header and footer themselves
(:mod:`~ametieditor.formats.page_furniture`). No Qt here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lxml import etree

from ametieditor.formats.docx_package import W_NS
from ametieditor.formats.docx_styles import StyleName
from ametieditor.formats.docx_template import PreparedTemplate, load_template
from ametieditor.formats.page_furniture import PageFurniture, read_furniture
from ametieditor.formats.style_looks import ParagraphLook, looks, points
from ametieditor.io.errors import FormatError
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes

_W = f"{{{W_NS}}}"


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
    header: float = 35.4
    #: A negative top (bottom) margin in the DOCX: exact, a tall header does not push
    #: the body down (up) as it does otherwise.
    top_fixed: bool = False
    bottom_fixed: bool = False
    looks: dict[StyleName, ParagraphLook] = field(default_factory=dict)
    furniture: PageFurniture = field(default_factory=PageFurniture)

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def text_height(self) -> float:
        return self.height - self.top - self.bottom

    def look(self, style: StyleName) -> ParagraphLook:
        return self.looks.get(style, ParagraphLook())


def _styles_part(prepared: PreparedTemplate) -> etree._Element | None:
    names = [name for name in prepared.parts if name.lower().endswith("/styles.xml")]
    if not names:
        return None
    try:  # already read once by the template's preparer; the default looks otherwise
        return parse_xml_bytes(prepared.parts[sorted(names, key=len)[0]])
    except (UnsafeXmlError, etree.XMLSyntaxError):
        return None


@lru_cache(maxsize=4)
def _cached(path: str | None, stamp: tuple[int, int] | None) -> PageSetup:
    del stamp  # part of the cache key only: a template saved again is read again
    prepared = load_template(Path(path) if path else None)
    body = prepared.document_root.find(_W + "body")
    section = body[-1] if body is not None and len(body) else None
    size = section.find(_W + "pgSz") if section is not None else None
    margins = section.find(_W + "pgMar") if section is not None else None
    base = PageSetup()
    styles = _styles_part(prepared)
    top, bottom = points(margins, "top", base.top), points(margins, "bottom", base.bottom)
    return PageSetup(
        width=points(size, "w", base.width), height=points(size, "h", base.height),
        top=abs(top), right=points(margins, "right", base.right), bottom=abs(bottom),
        left=points(margins, "left", base.left) + points(margins, "gutter", 0.0),
        footer=points(margins, "footer", base.footer),
        header=points(margins, "header", base.header), top_fixed=top < 0, bottom_fixed=bottom < 0,
        looks=looks(styles, prepared.style_ids) if styles is not None else {},
        furniture=read_furniture(prepared.parts, prepared.document_part, section, styles))


def page_setup(template: Path | None = None) -> PageSetup:
    """The page setup of ``template`` (the default template when ``None``).

    Raises :class:`~ametieditor.io.errors.FormatError` naming the template and
    the problem when it cannot be read.
    """
    if template is None:
        return _cached(None, None)
    try:
        stat = os.stat(template)
        stamp: tuple[int, int] | None = (stat.st_size, stat.st_mtime_ns)
    except OSError:
        stamp = None  # load_template says what is wrong
    return _cached(str(template), stamp)


def page_setup_or_default(template: Path | None) -> tuple[PageSetup, str]:
    """The page setup of ``template`` and "", or, when it cannot be read, the default
    template's and the problem (naming ``template``): what the preview shows then."""
    if template is not None:
        try:
            return page_setup(template), ""
        except FormatError as error:
            return page_setup(), str(error)
    return page_setup(), ""
