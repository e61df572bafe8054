#!/usr/bin/env python3
"""Screenshots of last year's files in the editor window, for docs/screenshots/.

    xvfb-run -a env PYTHONPATH=. .venv/bin/python scripts/make_revision_screenshots.py

Writes (generated; run again after changing the window or these docks):

* docs/screenshots/import-report-window.png — the window after opening the
  text of sample 001 (with a page number line in it, as text copied from a
  PDF has): the import report and unplaced text docks below the document;
* docs/screenshots/compare-window.png — File › Võrdle… of this year's revision
  (tests/support/revisions.py) with last year's file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

OUT = REPO / "docs" / "screenshots"
SAMPLE = sorted((REPO / "tests" / "data" / "samples").glob("001_*.txt"))[0]
GOLDEN = REPO / "tests" / "data" / "001_peaspetsialist_lastemaja.ametijuhend"


def _settle(app) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(800)  # the preview follows edits after a short pause


def _save(widget, name: str) -> None:
    """A 256-colour PNG: a third of the size, no visible difference for a window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
    image.save(str(OUT / name), "PNG", 0)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="ametieditor-shots-"))
    os.environ["HOME"] = str(home)  # fresh settings: the first-start layout
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")

    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from ametieditor.formats import xml_format
    from ametieditor.gui.app import configure_application, create_window
    from tests.support.revisions import revise

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application()
    OUT.mkdir(parents=True, exist_ok=True)

    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    middle = next(n for n, line in enumerate(lines) if line.strip().startswith("4. "))
    lines[middle:middle] = ["Lk 2 / 3"]
    text = home / "peaspetsialist_2023.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")

    # The one-line notice after opening ("one paragraph was kept as an import note")
    # would wait for a click; the docks say the same.
    QMessageBox.warning = staticmethod(lambda *_args, **_kw: QMessageBox.StandardButton.Ok)
    window = create_window()
    window.resize(1500, 900)
    window.show()
    window.install_features()  # (normally just after the first paint)
    window.files.open_path(text, ask=False)
    window.show_part("duties")
    window.import_docks.notes_panel.list.setCurrentRow(0)
    _settle(app)
    _save(window, "import-report-window.png")

    last_year = home / "peaspetsialist_2024.ametijuhend"
    this_year = home / "peaspetsialist_2025.ametijuhend"
    xml_format.write(xml_format.read(GOLDEN), last_year)
    xml_format.write(revise(xml_format.read(GOLDEN)), this_year)
    window.files.open_path(this_year, ask=False)
    QFileDialog.getOpenFileName = staticmethod(lambda *_args, **_kw: (str(last_year), ""))
    window.revisions.compare_action.trigger()
    dialog = window.revisions.compare_dialog
    dialog.resize(1280, 800)
    dialog.view.go_to_change(2)
    _settle(app)
    _save(dialog, "compare-window.png")
    window.session.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
