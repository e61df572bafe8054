#!/usr/bin/env python3
"""Screenshots of the compare view and the import report panel for docs/screenshots/.

    xvfb-run -a env PYTHONPATH=. .venv/bin/python scripts/make_compare_screenshots.py

Writes docs/screenshots/compare.png and docs/screenshots/import-report.png
(generated; run again after changing either widget).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ametieditor.formats import xml_format  # noqa: E402
from tests.support.revisions import revise  # noqa: E402

OUT = REPO / "docs" / "screenshots"


def compare_screenshot(app: QApplication) -> None:
    from ametieditor.gui.compare_view import CompareView

    old = xml_format.read(REPO / "tests/data/001_peaspetsialist_lastemaja.ametijuhend")
    view = CompareView()
    view.set_documents(old, revise(old), "peaspetsialist_2024.ametijuhend",
                       "peaspetsialist_2025.ametijuhend")
    view.resize(1280, 800)
    view.show()
    view.go_to_change(2)
    app.processEvents()
    view.grab().save(str(OUT / "compare.png"))


def import_report_screenshot(app: QApplication) -> None:
    try:
        from ametieditor.gui.import_report import ImportReportPanel
    except ImportError:
        return
    from tests.support.import_reports import sample_report

    panel = ImportReportPanel()
    report, document, name = sample_report()
    panel.set_report(report, document, name)
    panel.resize(460, 620)
    panel.show()
    app.processEvents()
    panel.grab().save(str(OUT / "import-report.png"))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    compare_screenshot(app)
    import_report_screenshot(app)


if __name__ == "__main__":
    main()
