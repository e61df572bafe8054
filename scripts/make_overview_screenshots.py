#!/usr/bin/env python3
"""The picture of Fail › Kausta ülevaade… in the user guide (docs/KASUTUSJUHEND.md).

    xvfb-run -a env PYTHONPATH=. .venv/bin/python scripts/make_overview_screenshots.py

A folder of 30 job descriptions is made from the samples in tests/data (titles,
units, approval dates and revisions varied; two without an approval, so they
have problems; one damaged file), read with the review interval set to 36
months, sorted by the review date, and one row with problems selected.
Writes (generated; run again after changing the overview window):

* docs/kasutusjuhend/kausta-ulevaade.png — the overview window at 1020×620, the
  size of the guide's other pictures (the guide window, F1, shows it without
  scrolling sideways; the pictures are bundled with the program).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

OUT = REPO / "docs" / "kasutusjuhend"
SIZE = (1020, 620)
SAMPLES = sorted((REPO / "tests" / "data").glob("00[123]_*.ametijuhend"))
TITLES = ("Peaspetsialist", "Koordinaator", "Nõunik", "Jurist", "Analüütik", "Raamatupidaja",
          "Personalispetsialist", "Projektijuht", "Sekretär", "IT-spetsialist")
UNITS = ("Laste heaolu osakond", "Õigusosakond", "Arendusosakond", "Finantsosakond",
         "Personaliosakond")
MANAGERS = ("Osakonna juhataja", "Talituse juht", "Peadirektori asetäitja")


def _make_folder(folder: Path) -> None:
    import datetime as dt

    from ametieditor.formats import registry
    from ametieditor.model.document import Approval, Meta

    for number in range(30):
        document = registry.load(SAMPLES[number % len(SAMPLES)]).document
        unit = UNITS[number % len(UNITS)]
        document.general.title = TITLES[number % len(TITLES)]
        document.general.unit = unit
        document.general.manager = MANAGERS[number % len(MANAGERS)]
        day = dt.date(2019, 1, 15) + dt.timedelta(days=97 * number)
        document.approval = None if number in (7, 22) else Approval(
            "Peadirektori", day.isoformat(), str(40 + 3 * number))
        document.meta = Meta(revision=1 + number % 4)
        subfolder = folder / unit.split()[0].lower()
        subfolder.mkdir(parents=True, exist_ok=True)
        name = f"{document.general.title.lower()}-{number + 1:02d}.ametijuhend"
        registry.save(document, subfolder / name)
    (folder / "vana-koopia.ametijuhend").write_bytes(SAMPLES[0].read_bytes()[:400])


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="ametieditor-shots-"))
    os.environ["HOME"] = str(home)  # fresh settings and cache
    for name, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                      ("XDG_CACHE_HOME", ".cache")):
        os.environ[name] = str(home / sub)
    os.environ.setdefault("AMETIEDITOR_TODAY", "2026-11-23")

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ametieditor.gui.app import configure_application, create_window
    from ametieditor.gui.folder_overview import FolderOverview
    from ametieditor.model.folder_overview import COLUMNS
    from ametieditor.storage.folder_settings import set_review_months

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application()
    folder = home / "Ametijuhendid"
    _make_folder(folder)
    set_review_months(36)
    window = create_window()
    window.show()
    window.install_features()
    overview = window.features.get(FolderOverview)
    overview.read(folder)
    while overview.view is None or not overview.view.isVisible():
        QTest.qWait(50)
    view = overview.view
    view.resize(*SIZE)
    QTest.qWait(100)
    view.recompute()  # the columns fitted to this width
    view.table.sortByColumn([c.key for c in COLUMNS].index("review_due"),
                            Qt.SortOrder.AscendingOrder)
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None)
    view.table.selectRow(row)
    view.table.setFocus()
    QTest.qWait(300)
    OUT.mkdir(parents=True, exist_ok=True)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
    image.save(str(OUT / "kausta-ulevaade.png"), "PNG", 0)
    print("wrote", OUT / "kausta-ulevaade.png")
    view.close()
    window.session.undo_stack.setClean()
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
