#!/usr/bin/env python3
"""Screenshots of the review round trip and of extra sections, for docs/KASUTUSJUHEND_ULEVAATUS.md.

    xvfb-run -a env PYTHONPATH=. .venv/bin/python scripts/make_review_screenshots.py

Sample 001 is exported for review; the returned file is made the way Word records
a manager's comments and a lawyer's tracked changes (tests/support/word_review.py).
Writes (generated; run again after changing the window or the dock):

* docs/screenshots/review-returned.png — page 2 of the returned file as
  LibreOffice prints it (tracked changes and comments in the margin; needs
  ``soffice`` and ``pdftoppm``, skipped without them);
* docs/screenshots/review-window.png — the window after Fail › Loe ülevaatus
  sisse…: the Ülevaatus dock, the manager's comment clicked (task 3.2 shown);
* docs/screenshots/review-decided.png — one change accepted, one rejected;
* docs/screenshots/extra-sections.png — the Lisaosad pane with "9. LISAD".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

OUT = REPO / "docs" / "screenshots"
GOLDEN = REPO / "tests" / "data" / "001_peaspetsialist_lastemaja.ametijuhend"
LAWYER, MANAGER = "Juta Jurist", "Mari Mets"


def _settle() -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(800)  # the preview follows edits after a short pause


def _save(widget, name: str) -> None:
    """A 256-colour PNG: a third of the size, no visible difference for a window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
    image.save(str(OUT / name), "PNG", 0)


def _returned_file(home: Path) -> Path:
    from ametieditor.formats import xml_format
    from ametieditor.formats.docx_review import save_for_review
    from tests.support.word_review import WordReview

    sent = home / "peaspetsialist_ülevaatamiseks.docx"
    save_for_review(xml_format.read(GOLDEN), sent)
    review = WordReview(sent.read_bytes())
    review.comment(review.paragraph("3.2 Valdkondliku"),
                   "Kas koostöö koordineerimine on ikka meie osakonna ülesanne?", MANAGER)
    review.comment(review.paragraph("2. AMETIKOHA EESMÄRK"),
                   "Eesmärk on pikk, kas saab lühemalt?", MANAGER)
    review.replace(review.paragraph("Juhtivspetsialist (lastemaja)"), "Juhtivspetsialist",
                   "Lastemajateenuse juht", LAWYER)
    review.replace(review.paragraph("teha kaugtööd"), "kokkuleppel vahetu juhiga",
                   "vahetu juhi loal", LAWYER)
    review.insert_after(review.paragraph("Ametijuhend vaadatakse üle"),
                        "Ametijuhendit muudetakse ametniku nõusolekul.", LAWYER)
    returned = home / "peaspetsialist_jurist.docx"
    returned.write_bytes(review.package())
    return returned


def _render_page(docx: Path, page: int, name: str) -> None:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("soffice or pdftoppm missing: skipped", name)
        return
    folder = Path(tempfile.mkdtemp(prefix="review-pdf-"))
    export = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
    subprocess.run([soffice, "-env:UserInstallation=file:///tmp/lo-review", "--headless",
                    "--convert-to", export, "--outdir", str(folder), str(docx)],
                   check=True, capture_output=True, timeout=180)
    pdf = folder / (docx.stem + ".pdf")
    subprocess.run([pdftoppm, "-png", "-r", "60", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(folder / "page")], check=True, timeout=60)
    shutil.copy(folder / "page.png", OUT / name)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="ametieditor-shots-"))
    os.environ["HOME"] = str(home)  # fresh settings: the first-start layout
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")

    from PySide6.QtWidgets import QApplication, QFileDialog

    from ametieditor.gui.app import configure_application, create_window
    from ametieditor.gui.review import ReviewPanel
    from ametieditor.model.document import Block, ExtraSection

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application()
    OUT.mkdir(parents=True, exist_ok=True)
    returned = _returned_file(home)
    _render_page(returned, 1, "review-returned.png")

    document = home / "peaspetsialist.ametijuhend"
    shutil.copy(GOLDEN, document)
    window = create_window()
    window.resize(1500, 900)
    window.show()
    window.install_features()  # (normally just after the first paint)
    window.files.open_path(document, ask=False)
    QFileDialog.getOpenFileName = staticmethod(lambda *_a, **_k: (str(returned), ""))
    next(action for action in window.menus["file"].actions()
         if action.objectName() == "readReview").trigger()
    panel = window.findChild(ReviewPanel, "reviewPanel")
    comment = next(item for item in panel.items() if "Mari Mets:\nKas koostöö" in item.text(0))
    panel.tree.setCurrentItem(comment)
    panel._activated(comment)
    _settle()
    _save(window, "review-window.png")

    manager = next(item for item in panel.items() if item.text(0).startswith("1.3 "))
    panel.tree.setCurrentItem(manager)
    panel.accept_current()
    rights = next(item for item in panel.items() if item.text(0).startswith("4. "))
    panel.tree.setCurrentItem(rights)
    panel.reject_current()
    panel.tree.setCurrentItem(next(item for item in panel.items()
                                   if "1.3 Vahetu juht" in item.text(0)))
    window.show_part("general")
    _settle()
    _save(window, "review-decided.png")

    window.session.document.extra_sections = [ExtraSection("LISAD", [
        Block.p("Lisa 1. Töökeskkonna riskianalüüs"), Block.li("Lisa 2. Tööohutusjuhend")])]
    window.session.replace_document(window.session.document)
    window.show_part("extra_sections")
    _settle()
    _save(window, "extra-sections.png")
    window.session.undo_stack.setClean()
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
