#!/usr/bin/env python3
"""The window with every dock open, at the sizes users have: is the work still usable?

    xvfb-run -a -s "-screen 0 2000x1200x24" python scripts/make_layout_screenshots.py \\
        --out docs/screenshots

Opens a text import that leaves unplaced text (import report and unplaced text
docks), opens the undo history, the check panel and find and replace (with a
search), shows the requirements pane, and saves ``layout-WxH.png`` for
1024×700 (find and replace in front), 1280×800 (the import report) and
1920×1080 (the unplaced text). Prints the widths of the navigator, the pane,
the preview and the requirement text box, so the figures in the docs can be
measured again.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SIZES = ((1024, 700), (1280, 800), (1920, 1080))
SAMPLE = REPO / "tests" / "data" / "samples" / "001_5cb7489fb33e288f.txt"


def imported_text(folder: Path) -> Path:
    """Sample 001 as text, with a page number inside and an unknown chapter at the end:
    an import with guesses and unplaced text (as tests/gui/test_revisions.py makes it)."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    middle = next(n for n, line in enumerate(lines) if line.strip().startswith("4. "))
    lines[middle:middle] = ["Lk 2 / 3"]
    lines += ["9. LISAD", "Lisa 1. Tööohutuse juhend"]
    path = folder / "vana_2023.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_every_dock(window, app, imported: Path) -> None:
    """Open the file and every dock the way a user would (menus and shortcuts' actions)."""
    window.files.open_path(imported, ask=False)
    window.undo_dock.show()
    window.find_replace.open(replace=True)
    window.find_replace.panel.find_edit.setText("osakond")
    window.find_replace.panel.search()
    window.check_dock.show()
    window.show_part("requirements")
    for _ in range(10):
        app.processEvents()


def widths(window) -> dict[str, int]:
    pane = window.panes["requirements"]
    editor = pane.ui.requirementsEditor
    from PySide6.QtWidgets import QTextEdit

    text_boxes = [child.width() for child in editor.findChildren(QTextEdit)
                  if child.isVisible()]
    return {"navigator": window.navigator.width(), "pane": window.stack.width(),
            "preview": window.preview.width(),
            "preview minimum": window.preview.minimumWidth(),
            "requirement text": max(text_boxes, default=0),
            "pane height": window.stack.height()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/ametieditor-layout"))
    arguments = parser.parse_args(argv)
    folder = tempfile.mkdtemp(prefix="ametieditor-layout-")
    os.environ["XDG_CONFIG_HOME"] = folder
    os.environ["XDG_DATA_HOME"] = folder
    from PySide6.QtCore import Qt, QThreadPool
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ametieditor.gui.app import configure_application, create_window
    from ametieditor.gui.language import apply_language

    def report(_parent, _title, text, *_args):  # the import's messages, not a modal box
        print("message:", text.replace("\n", " | "))
        return QMessageBox.StandardButton.Ok

    QMessageBox.warning = staticmethod(report)  # type: ignore[method-assign]
    app = QApplication([sys.argv[0]])
    configure_application()
    apply_language("et")
    arguments.out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        window = create_window()
        window.resize(width, height)
        window.show()
        window.install_features()
        open_every_dock(window, app, imported_text(Path(folder)))
        # Every dock is open as a tab of the bottom group; each size shows another tab.
        shown = {1024: window.find_replace.dock, 1280: window.import_docks.report_dock,
                 1920: window.import_docks.notes_dock}[width]
        shown.raise_()
        for _ in range(5):
            app.processEvents()
        window.preview.refresh()
        app.processEvents()
        print(f"{width}x{height}:", widths(window))
        image = window.grab().toImage().convertToFormat(
            QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
            | Qt.ImageConversionFlag.AvoidDither)
        target = arguments.out / f"layout-{width}x{height}.png"
        image.save(str(target), "PNG", 0)
        print(f"wrote {target}")
        window.session.undo_stack.setClean()
        QThreadPool.globalInstance().waitForDone()  # (the spelling check in the background)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
