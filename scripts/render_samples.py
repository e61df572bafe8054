"""Render the three samples as exported DOCX → PDF (LibreOffice) → PNG pages for docs/images.

Run:  python scripts/render_samples.py      (needs LibreOffice and pdftoppm)

Writes docs/images/export-001.png, -002.png, -003.png (generated; do not edit):
one page of each sample, chosen to show different parts of the layout; and
docs/images/pages-001.png … : every page of each sample side by side, as
LibreOffice prints the exported DOCX (top row) and as the editor's paged
preview draws it (bottom row), to compare page breaks; and
export-001-org.png, the first page of sample 001 exported with an organisation
template made as an HR person would (Arial, a logo in the header) after years
in Word (thumbnail, bibliography, embedded object, … — see docs/TEMPLATES.md:
the export keeps the look and drops the rest); and pages-002-letterhead.png,
sample 002 with a template whose header is a letterhead table (logo left, name
and page number right) — the preview draws the template's header and footer.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.formats import libreoffice, xml_format  # noqa: E402
from ametieditor.formats.docx_export import build_docx  # noqa: E402
from tests.support.furniture_templates import header_table  # noqa: E402
from tests.support.templates import make_cluttered_template  # noqa: E402

SAMPLES = REPO / "tests" / "data"
IMAGES = REPO / "docs" / "images"
#: Which page of each sample to show: the top of the document, the duty table,
#: the competencies and signatures at the end (0 = last page).
PAGES = {"001": 1, "002": 2, "003": 0, "001-org": 1, "002-letterhead": 1}
RESOLUTION = 60  # dots per inch: readable, well under 300 kB a page
SHEET_RESOLUTION = 40  # the side-by-side sheets of every page
GAP = 8
SAMPLES_BY_PREFIX = {path.name[:3]: path for path in SAMPLES.glob("0*.ametijuhend")}


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 1


def main() -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ametieditor-render-") as work:
        folder = Path(work)
        sources = []
        for sample in sorted(SAMPLES.glob("0*.ametijuhend")):
            target = folder / f"{sample.name[:3]}.docx"
            target.write_bytes(build_docx(xml_format.read(sample)).data)
            sources.append(target)
        org = folder / "001-org.docx"
        export = build_docx(xml_format.read(sorted(SAMPLES.glob("001*.ametijuhend"))[0]),
                            make_cluttered_template(folder / "asutus.docx"))
        print("organisation template:", *export.warnings, sep="\n  ")
        org.write_bytes(export.data)
        sources.append(org)
        templates = {"001-org": folder / "asutus.docx",
                     "002-letterhead": header_table(folder / "kirjaplank.docx")}
        letterhead = folder / "002-letterhead.docx"
        letterhead.write_bytes(build_docx(xml_format.read(SAMPLES_BY_PREFIX["002"]),
                                          templates["002-letterhead"]).data)
        sources.append(letterhead)
        for pdf in libreoffice.convert_files(sources, "pdf", folder):
            page = PAGES.get(pdf.stem, 1) or page_count(pdf)
            stem = folder / f"page-{pdf.stem}"
            subprocess.run(["pdftoppm", "-r", str(RESOLUTION), "-png", "-singlefile",
                            "-f", str(page), "-l", str(page), str(pdf), str(stem)], check=True)
            image = IMAGES / f"export-{pdf.stem}.png"
            image.write_bytes(stem.with_suffix(".png").read_bytes())
            print(image, image.stat().st_size // 1024, "kB")
            subprocess.run(["pdftoppm", "-r", str(SHEET_RESOLUTION), "-png", str(pdf),
                            str(folder / f"all-{pdf.stem}")], check=True)
            pages = sorted(folder.glob(f"all-{pdf.stem}-*.png"))
            sheet = IMAGES / f"pages-{pdf.stem}.png"
            contact_sheet(pages, SAMPLES_BY_PREFIX[pdf.stem[:3]], sheet,
                          templates.get(pdf.stem))
            print(sheet, len(pages), "pages", sheet.stat().st_size // 1024, "kB")


def contact_sheet(pdf_pages: list[Path], sample: Path, target: Path,
                  template: Path | None = None) -> None:
    """LibreOffice's pages over the paged preview's pages of the same document."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    from ametieditor.formats.layout import layout
    from ametieditor.formats.page_setup import page_setup
    from ametieditor.gui.page_document import DPI, PageDocument

    _app = QGuiApplication.instance() or QGuiApplication([])
    printed = [QImage(str(path)) for path in pdf_pages]
    pages = PageDocument(page_setup(template))
    pages.update(layout(xml_format.read(sample)))
    scale = SHEET_RESOLUTION / DPI
    drawn = []
    for number in range(pages.page_count()):
        size = pages.pages.size * scale
        image = QImage(size.toSize(), QImage.Format.Format_RGB32)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        pages.paint_page(painter, number)
        painter.end()
        drawn.append(image)
    width, height = printed[0].width(), printed[0].height()
    columns = max(len(printed), len(drawn))
    sheet = QImage(columns * (width + GAP) + GAP, 2 * (height + GAP) + GAP,
                   QImage.Format.Format_RGB32)
    sheet.fill(QColor("#8a8a8a"))
    painter = QPainter(sheet)
    for row, images in enumerate((printed, drawn)):
        for column, image in enumerate(images):
            painter.drawImage(GAP + column * (width + GAP), GAP + row * (height + GAP),
                              image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
    painter.end()
    sheet.save(str(target))


if __name__ == "__main__":
    main()
