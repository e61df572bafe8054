#!/usr/bin/env python3
"""Pictures of the user guide (docs/KASUTUSJUHEND.md), taken from the real window.

    xvfb-run -a -s "-screen 0 1600x1000x24" env PYTHONPATH=. \\
        .venv/bin/python scripts/make_guide_screenshots.py

Writes docs/kasutusjuhend/*.png at 1020×620, a size the guide window (F1) shows
without scrolling sideways or scaling: the window with a document (aken.png), last year's
file in an older format (vanem-vorming.png), find and replace (otsi-ja-asenda.png),
an imported text with its report (import.png), a new revision compared with last
year's (vordlus.png). Run again after changing what they show.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "kasutusjuhend"
DATA = REPO / "tests" / "data"
SAMPLE = DATA / "001_peaspetsialist_lastemaja.ametijuhend"
TEXT = sorted((DATA / "samples").glob("001_*.txt"))[0]
SIZE = (1020, 620)  # (the window is not narrower than about 1014 px)


def _settle() -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(700)  # the preview and the search follow after a short pause


def _save(widget, name: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
    image.save(str(OUT / name), "PNG", 0)
    print(f"wrote {OUT / name}")


def _window():
    from ametieditor.gui.app import create_window

    window = create_window()
    window.resize(*SIZE)
    window.show()
    window.install_features()
    return window


def _find_and_replace(window) -> None:
    window.files.open_path(SAMPLE, ask=False)
    window.find_replace.open(replace=True)
    panel = window.find_replace.panel
    panel.find_edit.setText("lastemaja")
    panel.replace_edit.setText("perekodu")
    panel.search()
    duty = next(n for n, match in enumerate(panel.matches) if match.part.startswith("3."))
    panel.go_to(duty)  # a duty: its text editor marks every match, the current one darker
    _settle()
    _save(window, "otsi-ja-asenda.png")


def _compare(window, home: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ametieditor.formats import xml_format
    from ametieditor.model.revision import new_revision
    from tests.support.revisions import revise

    last_year = home / "peaspetsialist_2025.ametijuhend"
    this_year = home / "peaspetsialist_2026.ametijuhend"
    old = xml_format.read(SAMPLE)
    xml_format.write(old, last_year)
    xml_format.write(revise(new_revision(old, dt.datetime(2026, 11, 20, 9, 30))), this_year)
    window.files.open_path(this_year, ask=False)
    QFileDialog.getOpenFileName = staticmethod(lambda *_args, **_kw: (str(last_year), ""))
    window.revisions.compare_action.trigger()
    dialog = window.revisions.compare_dialog
    dialog.resize(*SIZE)
    dialog.view.go_to_change(4)  # 3.3: a word struck out, another put in
    _settle()
    _save(dialog, "vordlus.png")
    dialog.close()


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="ametieditor-guide-"))
    os.environ["HOME"] = str(home)  # fresh settings: the first-start layout
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_DATA_HOME"] = str(home / ".local")
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ametieditor.gui.app import configure_application
    from ametieditor.gui.language import apply_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application()
    apply_language("et")
    OUT.mkdir(parents=True, exist_ok=True)
    # "N paragraphs were kept as import notes" would wait for a click; the docks say it.
    QMessageBox.warning = staticmethod(lambda *_args, **_kw: QMessageBox.StandardButton.Ok)

    window = _window()
    window.files.open_path(SAMPLE, ask=False)
    window.show_part("duties")
    _settle()
    _save(window, "aken.png")

    older = home / "peaspetsialist_2024.ametijuhend"
    shutil.copy(DATA / "legacy" / "v0_draft.ametijuhend", older)
    window.files.open_path(older, ask=False)
    window.show_part("general")
    _settle()
    _save(window, "vanem-vorming.png")

    _find_and_replace(window)

    window.find_replace.dock.close()
    lines = TEXT.read_text(encoding="utf-8").splitlines()
    lines += ["9. LISAD", "Lisa 1. Tööohutuse juhend"]
    text = home / "peaspetsialist_2023.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    window.files.open_path(text, ask=False)
    window.show_part("duties")
    window.import_docks.report_dock.raise_()
    _settle()
    _save(window, "import.png")

    _compare(window, home)
    window.session.undo_stack.setClean()
    QThreadPool.globalInstance().waitForDone()
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
