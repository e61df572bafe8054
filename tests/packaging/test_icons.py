"""The application icon: an SVG, PNGs of every size, and a Windows ICO built from them."""

from __future__ import annotations

import struct

from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from tests.conftest import REPO

ICONS = REPO / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ESTONIAN_BLUE = QColor("#0072CE")


def test_svg_renders(qapp) -> None:
    renderer = QSvgRenderer(str(ICONS / "ametieditor.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 256


def _near(color: QColor, target: QColor, tolerance: int = 40) -> bool:
    return (abs(color.red() - target.red()) + abs(color.green() - target.green())
            + abs(color.blue() - target.blue())) < tolerance


def test_pngs_have_every_size_and_show_the_blue_seal(qapp) -> None:
    for size in SIZES:
        image = QImage(str(ICONS / "png" / f"ametieditor-{size}.png"))
        assert (image.width(), image.height()) == (size, size), size
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, size - 1).alpha() == 0  # transparent corner
        pixels = [image.pixelColor(x, y) for x in range(size) for y in range(size)]
        blue = sum(1 for p in pixels if p.alpha() > 200 and _near(p, ESTONIAN_BLUE))
        assert blue > size * size // 20, f"{size} px: the seal is missing"


def test_ico_holds_the_pngs() -> None:
    data = (ICONS / "ametieditor.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        side = width or 256
        assert width == height and (planes, bits) == (1, 32)
        payload = data[offset:offset + length]
        assert payload == (ICONS / "png" / f"ametieditor-{side}.png").read_bytes()
        sizes.append(side)
    assert {16, 32, 48, 256} <= set(sizes)
