#!/usr/bin/env python3
"""Screenshots of the editor for the README and for reviewing the layout.

Run under a real X server so fonts and styles are as a user sees them:

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshots.py --out docs/screenshots
    QT_SCALE_FACTOR=1.5 xvfb-run -a ... python scripts/screenshots.py --out /tmp/shots

Every sample in tests/data/00*.ametijuhend is opened; each pane, the preview and
the check panel are captured, in Estonian and English (``--all``), or the
curated set kept in docs/screenshots (default).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _isolate_settings() -> None:
    folder = tempfile.mkdtemp(prefix="ametieditor-shots-")
    os.environ["XDG_CONFIG_HOME"] = folder
    os.environ["XDG_DATA_HOME"] = folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/ametieditor-shots"))
    parser.add_argument("--all", action="store_true", help="every sample, pane and language")
    parser.add_argument("--size", default="1280x800")
    arguments = parser.parse_args(argv)
    _isolate_settings()
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from ametieditor.gui.app import configure_application
    from ametieditor.gui.language import apply_language

    app = QApplication([sys.argv[0]])
    configure_application()
    arguments.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(value) for value in arguments.size.split("x"))
    samples = sorted((REPO / "tests" / "data").glob("00*.ametijuhend"))
    scale = os.environ.get("QT_SCALE_FACTOR", "")
    suffix = f"-x{scale}" if scale and scale != "1" else ""

    def shoot(language: str, sample: Path | None, part: str, name: str,
              problems: bool = False) -> None:
        QSettings().setValue("language", language)
        apply_language(language)
        from ametieditor.gui.app import create_window

        window = create_window(sample)
        window.resize(width, height)
        window.show()
        window.install_features()  # (normally just after the first paint)
        window.show_part(part)
        if problems:
            window.check_dock.show()
            window.check_panel.recheck()
            window.check_panel.setCurrentRow(0)
        for _ in range(5):
            app.processEvents()
        window.preview.refresh()
        app.processEvents()
        target = arguments.out / f"{name}{suffix}.png"
        # A 256-colour palette keeps the flat UI colours and the files small (< 250 kB).
        image = window.grab().toImage().convertToFormat(
            QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
            | Qt.ImageConversionFlag.AvoidDither)
        image.save(str(target), "PNG", 0)  # 0: smallest file
        print(f"wrote {target}")
        window.files.session.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()

    if arguments.all:
        parts = ["general", "purpose", "duties", "rights", "responsibilities", "work_tools",
                 "requirements", "amendment", "signatures"]
        for language in ("et", "en"):
            for sample in samples:
                for part in parts:
                    shoot(language, sample, part, f"{language}-{sample.stem[:3]}-{part}")
            shoot(language, None, "general", f"{language}-new-checks", problems=True)
        return 0
    first, second, third = samples[0], samples[1], samples[2]
    shoot("et", first, "duties", "et-duties")
    shoot("et", first, "general", "et-general")
    shoot("et", second, "requirements", "et-requirements")
    shoot("et", third, "rights", "et-rights")
    shoot("et", first, "signatures", "et-signatures")
    shoot("et", None, "general", "et-new-checks", problems=True)
    shoot("en", first, "duties", "en-duties")
    shoot("en", second, "requirements", "en-requirements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
