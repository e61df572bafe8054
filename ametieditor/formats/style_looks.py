"""How a DOCX style prints: fonts, sizes and paragraph properties through ``w:basedOn``.

Shared by :mod:`~ametieditor.formats.page_setup` (the named styles of the body)
and :mod:`~ametieditor.formats.page_furniture` (the header and footer paragraphs,
whose runs add character styles and direct formatting on top). No Qt here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from lxml import etree

from ametieditor.formats.docx_package import W_NS

W = f"{{{W_NS}}}"
TWIPS_PER_POINT = 20
Key = TypeVar("Key")
#: A ``w:basedOn`` chain longer than this is a loop; it stops there.
_MAX_CHAIN = 20


@dataclass(frozen=True)
class RunLook:
    """The font of a piece of text; size in points."""

    font: str = "Times New Roman"
    size: float = 12.0
    bold: bool = False
    italic: bool = False
    caps: bool = False


@dataclass(frozen=True)
class ParagraphLook(RunLook):
    """How one style prints: its font, and its paragraph's layout; lengths in points."""

    align: str = "left"  # left, center, right, both
    indent_left: float = 0.0
    before: float = 0.0
    after: float = 0.0


def points(element: etree._Element | None, name: str, default: float) -> float:
    """The twips attribute ``w:name`` of ``element`` in points (``default`` when absent)."""
    if element is None or element.get(W + name) is None:
        return default
    try:
        return int(element.get(W + name)) / TWIPS_PER_POINT
    except ValueError:
        return default


def toggle(element: etree._Element | None) -> bool | None:
    """A toggle property (``w:b``, ``w:caps``): None when absent."""
    if element is None:
        return None
    return element.get(W + "val", "1") not in ("0", "false", "off")


def alignment(value: str) -> str:
    """``w:jc`` as left, center, right or both (``start``/``end`` as in Word 2010+)."""
    return {"start": "left", "end": "right", "distribute": "both"}.get(value, value)


def length(look: Mapping[str, object], name: str) -> float:
    """A length of a resolved look (points)."""
    value = look[name]
    return float(value) if isinstance(value, int | float) else 0.0


def apply_paragraph(look: dict[str, object], paragraph: etree._Element | None) -> None:
    """Overlay one ``w:pPr`` on ``look``."""
    if paragraph is None:
        return
    spacing = paragraph.find(W + "spacing")
    look["before"] = points(spacing, "before", look["before"])  # type: ignore[arg-type]
    look["after"] = points(spacing, "after", look["after"])  # type: ignore[arg-type]
    indent = paragraph.find(W + "ind")
    look["indent_left"] = points(indent, "left", look["indent_left"])  # type: ignore[arg-type]
    if indent is not None and indent.get(W + "start") is not None:
        look["indent_left"] = points(indent, "start", 0.0)
    if (align := paragraph.find(W + "jc")) is not None:
        look["align"] = alignment(align.get(W + "val", "left"))


def apply_run(look: dict[str, object], run: etree._Element | None) -> None:
    """Overlay one ``w:rPr`` on ``look``."""
    if run is None:
        return
    for name, tag in (("bold", "b"), ("italic", "i"), ("caps", "caps")):
        if (value := toggle(run.find(W + tag))) is not None:
            look[name] = value
    if (fonts := run.find(W + "rFonts")) is not None and fonts.get(W + "ascii"):
        look["font"] = fonts.get(W + "ascii")
    if (size := run.find(W + "sz")) is not None:
        with contextlib.suppress(ValueError):
            look["size"] = int(size.get(W + "val", "24")) / 2


def apply_holder(look: dict[str, object], holder: etree._Element | None) -> None:
    """Overlay a style (or the document defaults) holding ``w:pPr`` and ``w:rPr``."""
    if holder is None:
        return
    apply_paragraph(look, holder.find(W + "pPr"))
    apply_run(look, holder.find(W + "rPr"))


class StyleSheet:
    """The styles of one ``styles.xml``, resolved through ``w:basedOn``."""

    def __init__(self, styles: etree._Element | None) -> None:
        self.by_id: dict[str, etree._Element] = {}
        self.defaults: dict[str, object] = vars(ParagraphLook()).copy()
        self.default_ids: dict[str, str] = {}
        if styles is None:
            return
        for style in styles.iterfind(W + "style"):
            self.by_id[style.get(W + "styleId", "")] = style
            if style.get(W + "default") in ("1", "true", "on"):
                self.default_ids.setdefault(style.get(W + "type", "paragraph"),
                                            style.get(W + "styleId", ""))
        holder = styles.find(W + "docDefaults")
        if holder is not None:
            apply_paragraph(self.defaults, holder.find(f"{W}pPrDefault/{W}pPr"))
            apply_run(self.defaults, holder.find(f"{W}rPrDefault/{W}rPr"))

    def chain(self, style_id: str | None) -> list[etree._Element]:
        """The style and those it is based on, the most basic first."""
        chain: list[etree._Element] = []
        current = self.by_id.get(style_id) if style_id else None
        while current is not None and len(chain) < _MAX_CHAIN:
            chain.append(current)
            based = current.find(W + "basedOn")
            current = self.by_id.get(based.get(W + "val")) if based is not None else None
        return chain[::-1]

    def paragraph_style(self, style_id: str | None) -> str | None:
        """``style_id`` if the sheet has it, else the default paragraph style."""
        if style_id and style_id in self.by_id:
            return style_id
        return self.default_ids.get("paragraph")

    def look(self, style_id: str | None) -> dict[str, object]:
        """The resolved look of a paragraph style (on the document defaults)."""
        look = dict(self.defaults)
        for style in self.chain(style_id):
            apply_holder(look, style)
        return look


def looks(styles: etree._Element, ids: Mapping[Key, str]) -> dict[Key, ParagraphLook]:
    """The look of each named style whose id is in ``ids``."""
    sheet = StyleSheet(styles)
    return {name: ParagraphLook(**sheet.look(style_id))  # type: ignore[arg-type]
            for name, style_id in ids.items()}
