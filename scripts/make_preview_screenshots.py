#!/usr/bin/env python3
"""Screenshots of the paged preview and the print preview, for docs/screenshots/.

    xvfb-run -a env PYTHONPATH=. .venv/bin/python scripts/make_preview_screenshots.py

Writes docs/screenshots/preview-pages.png (the window with sample 001, the
preview at page width), preview-zoom.png (the requirements page at 150 %,
followed from the navigator) and print-preview.png (File › Print).
Generated; run again after changing the preview or the layout.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "screenshots"
SAMPLE = REPO / "tests" / "data" / "001_peaspetsialist_lastemaja.ametijuhend"


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="ametieditor-shots-"))
    os.environ.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                      XDG_DATA_HOME=str(home / ".local" / "share"))
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QApplication

    from ametieditor.gui.app import configure_application, create_window

    app = QApplication([])
    configure_application()
    window = create_window()
    window.resize(1500, 950)
    window.show()
    window.install_features()
    window.files.open_path(SAMPLE)
    window.splitter.setSizes([200, 650, 650])
    for _ in range(5):
        app.processEvents()
    window.preview.refresh()
    app.processEvents()
    window.grab().save(str(OUT / "preview-pages.png"))

    window.show_part("requirements")
    window.preview.set_zoom(1.5)
    window.preview.show_part("requirements")
    app.processEvents()
    window.grab().save(str(OUT / "preview-zoom.png"))

    def grab_print_preview() -> None:
        dialog = window.findChild(QPrintPreviewDialog, "printPreview")
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(200, grab_print_preview)
            return
        dialog.resize(1100, 850)
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(OUT / "print-preview.png"))
        dialog.reject()

    QTimer.singleShot(300, grab_print_preview)
    from ametieditor.gui.printing import Printing

    window.features.get(Printing).action.trigger()
    window.session.undo_stack.setClean()
    window.close()
    for name in ("preview-pages.png", "preview-zoom.png", "print-preview.png"):
        print(OUT / name)


if __name__ == "__main__":
    main()
