"""Pictures in a header or footer (a logo): inline ones at their size, floating ones
at their position on the page. No Qt here; the preview draws them
(:mod:`ametieditor.gui.page_furniture`).

A floating picture (``wp:anchor``) is placed by its ``wp:positionH``/``wp:positionV``:
an offset or an alignment (left, centre, right; top, centre, bottom) relative to the
page, the margins or the text area; relative to the header's paragraph or line it is
placed from the header's top. It takes no room: the header's text is not wrapped
around it and the body does not move for it (Word does the same for the body).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lxml import etree

from ametieditor.formats.docx_package import R_NS

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = f"{{{R_NS}}}"
_EMU_PER_POINT = 12700


@dataclass(frozen=True)
class Picture:
    """A picture's bytes and size (points)."""

    image: bytes
    width: float
    height: float


@dataclass(frozen=True)
class FloatingPicture:
    """A picture placed on the page by its anchor; lengths in points."""

    picture: Picture
    #: What the position is measured from: page, margin, leftMargin, rightMargin,
    #: column, paragraph, line, topMargin, bottomMargin …
    from_x: str = "column"
    from_y: str = "paragraph"
    #: An offset, or None when the picture is aligned by ``align_x``/``align_y``.
    x: float | None = 0.0
    y: float | None = 0.0
    align_x: str = "left"
    align_y: str = "top"


def _emu(element: etree._Element | None, name: str) -> float | None:
    if element is None:
        return None
    try:
        return int(element.get(name, "")) / _EMU_PER_POINT
    except ValueError:
        return None


def _picture(holder: etree._Element, targets: Mapping[str, str],
             parts: Mapping[str, bytes]) -> Picture | None:
    """The picture of a ``wp:inline`` or ``wp:anchor`` (None without extent or bytes)."""
    extent = holder.find(WP + "extent")
    blip = holder.find(f".//{_A}blip")
    width, height = _emu(extent, "cx"), _emu(extent, "cy")
    if blip is None or width is None or height is None or width <= 0 or height <= 0:
        return None
    target = targets.get(blip.get(_R + "embed", ""))
    data = parts.get(target, b"") if target else b""
    return Picture(data, width, height) if data else None


def inline_picture(drawing: etree._Element, targets: Mapping[str, str],
                   parts: Mapping[str, bytes]) -> Picture | None:
    """The inline picture of a ``w:drawing`` (None when it is floating or unreadable)."""
    inline = drawing.find(WP + "inline")
    return _picture(inline, targets, parts) if inline is not None else None


def _axis(position: etree._Element | None, default_from: str,
          default_align: str) -> tuple[str, float | None, str]:
    if position is None:
        return default_from, 0.0, default_align
    origin = position.get("relativeFrom", default_from)
    offset = position.find(WP + "posOffset")
    if offset is not None:
        try:
            return origin, int((offset.text or "").strip()) / _EMU_PER_POINT, default_align
        except ValueError:
            return origin, 0.0, default_align
    align = position.find(WP + "align")
    return origin, None, (align.text or default_align).strip() if align is not None else \
        default_align


def floating_picture(drawing: etree._Element, targets: Mapping[str, str],
                     parts: Mapping[str, bytes]) -> FloatingPicture | None:
    """The floating picture of a ``w:drawing`` (None when it is inline or unreadable)."""
    anchor = drawing.find(WP + "anchor")
    picture = _picture(anchor, targets, parts) if anchor is not None else None
    if anchor is None or picture is None:
        return None
    if anchor.get("simplePos") in ("1", "true"):
        simple = anchor.find(WP + "simplePos")
        return FloatingPicture(picture, "page", "page", _emu(simple, "x") or 0.0,
                               _emu(simple, "y") or 0.0)
    from_x, x, align_x = _axis(anchor.find(WP + "positionH"), "column", "left")
    from_y, y, align_y = _axis(anchor.find(WP + "positionV"), "paragraph", "top")
    return FloatingPicture(picture, from_x, from_y, x, y, align_x, align_y)


def place(picture: FloatingPicture, page: tuple[float, float],
          margins: tuple[float, float, float, float], header: float) -> tuple[float, float]:
    """Top-left corner of ``picture`` on the page (points): ``page`` is (width, height),
    ``margins`` (top, right, bottom, left), ``header`` the header's (or footer's) top."""
    width, height = page
    top, right, bottom, left = margins
    spans_x = {"page": (0.0, width), "leftMargin": (0.0, left), "insideMargin": (0.0, left),
               "rightMargin": (width - right, width), "outsideMargin": (width - right, width)}
    start, end = spans_x.get(picture.from_x, (left, width - right))
    spans_y = {"page": (0.0, height), "margin": (top, height - bottom),
               "topMargin": (0.0, top), "bottomMargin": (height - bottom, height)}
    upper, lower = spans_y.get(picture.from_y, (header, header + picture.picture.height))
    return (_along(start, end, picture.x, picture.align_x, picture.picture.width),
            _along(upper, lower, picture.y, picture.align_y, picture.picture.height))


def _along(start: float, end: float, offset: float | None, align: str, size: float) -> float:
    if offset is not None:
        return start + offset
    if align in ("center", "centre"):
        return (start + end - size) / 2
    if align in ("right", "bottom", "outside"):
        return end - size
    return start
