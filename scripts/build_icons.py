#!/usr/bin/env python3
"""Render the application icon into PNG sizes and a Windows .ico.

    python scripts/build_icons.py

Reads ``resources/icons/ametieditor.svg`` and writes (generated files, do not
edit) ``resources/icons/png/ametieditor-<size>.png`` for every size in
:data:`SIZES` and ``resources/icons/ametieditor.ico``. The ICO holds the PNG
images themselves (the format Windows Vista and later read), so no imaging
library is needed beyond Qt's SVG renderer.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[1]
ICONS = REPO / "resources" / "icons"
SOURCE = ICONS / "ametieditor.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file with PNG-compressed entries (ICONDIR, ICONDIRENTRY×n, data)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: the SVG cannot be rendered", file=sys.stderr)
        return 1
    folder = ICONS / "png"
    folder.mkdir(parents=True, exist_ok=True)
    images = {}
    for size in SIZES:
        png = render_png(renderer, size)
        (folder / f"ametieditor-{size}.png").write_bytes(png)
        images[size] = png
    (ICONS / "ametieditor.ico").write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    del application
    print(f"wrote {len(SIZES)} PNGs and ametieditor.ico into {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
