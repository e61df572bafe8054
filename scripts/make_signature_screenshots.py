#!/usr/bin/env python3
"""Screenshots of the signed-container bar, for docs/SIGNATURES.md.

    xvfb-run -a env PYTHONPATH=. .venv/bin/python scripts/make_signature_screenshots.py

Writes (generated; run again after changing the bar):

* docs/screenshots/signature-bar.png — the top of a 1024×700 window with a
  container signed with a test CA that the organisation's folder trusts: the
  one-line bar above the panes;
* docs/screenshots/signature-bar-changed.png — the same container with the
  document changed after signing, details open.

The containers are made as the tests make them (tests/support/containers.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

OUT = REPO / "docs" / "screenshots"


def _wait(app, bar) -> None:
    from PySide6.QtTest import QTest

    while bar.verification is None:
        QTest.qWait(50)
    QTest.qWait(800)  # the preview follows after a short pause


def _save(window, name: str, height: int) -> None:
    """The top of the window, full colour (a 256-colour palette whitens the bar's tints)."""
    from PySide6.QtCore import QRect

    window.grab(QRect(0, 0, window.width(), height)).save(str(OUT / name), "PNG", 9)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="ametieditor-shots-"))
    os.environ["HOME"] = str(home)  # fresh settings: the first-start layout
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_DATA_HOME"] = str(home / ".local" / "share")

    from PySide6.QtWidgets import QApplication, QMessageBox

    from ametieditor import paths
    from ametieditor.gui.app import configure_application, create_window
    from tests.formats.test_asice_verify import NAME, SAMPLE, signed
    from tests.support.containers import rewrite_members, trust_authority

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application()
    OUT.mkdir(parents=True, exist_ok=True)
    trust_authority(paths.trusted_certificates_dir())
    intact = home / "peaspetsialist_2024.asice"
    intact.write_bytes(signed("ec"))
    changed = home / "peaspetsialist_2024_muudetud.asice"
    changed.write_bytes(rewrite_members(intact.read_bytes(), {
        NAME: SAMPLE.read_bytes().replace(b"lastemaja", b"LASTEKODU")}))

    QMessageBox.warning = staticmethod(lambda *_args, **_kw: QMessageBox.StandardButton.Ok)
    window = create_window()
    window.resize(1024, 700)
    window.show()
    window.install_features()
    bar = window.containers.signature_bar
    window.files.open_path(intact, ask=False)
    _wait(app, bar)
    _save(window, "signature-bar.png", 140)
    window.files.open_path(changed, ask=False)
    _wait(app, bar)
    bar.details_button.click()
    _wait(app, bar)
    _save(window, "signature-bar-changed.png", 260)
    window.session.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
