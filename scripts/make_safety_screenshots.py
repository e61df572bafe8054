#!/usr/bin/env python3
"""Screenshots of the recovery offer at start and the lock question, for docs/screenshots/.

    xvfb-run -a env PYTHONPATH=. .venv/bin/python scripts/make_safety_screenshots.py

Writes docs/screenshots/recovery.png and docs/screenshots/lock.png (generated;
run again after changing either dialog). Everything it creates (files, lock,
recovery snapshots, settings) lives in a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "screenshots"
SAMPLES = sorted((REPO / "tests" / "data").glob("0*.ametijuhend"))


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def _grab_dialog_then(name: str, button: str) -> None:
    """When the modal dialog is up: save its picture, then press ``button`` (object name)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(100, grab)
            return
        QApplication.processEvents()
        dialog.grab().save(str(OUT / name))
        dialog.findChild(QPushButton, button).click()

    QTimer.singleShot(300, grab)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="ametieditor-shots-"))
    os.environ.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                      XDG_DATA_HOME=str(home / ".local" / "share"))
    from PySide6.QtWidgets import QApplication

    from ametieditor.formats import registry
    from ametieditor.gui.app import configure_application, create_window
    from ametieditor.gui.safety import recover_at_start
    from ametieditor.storage.lock import LockOwner, format_owner, lock_path
    from ametieditor.storage.recovery import RecoveryStore

    OUT.mkdir(parents=True, exist_ok=True)
    configure_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = home / "Ametijuhendid"
    folder.mkdir()
    files = [folder / "peaspetsialist_lastemaja.ametijuhend", folder / "koordinaator.ametijuhend"]
    for source, target in zip(SAMPLES, files, strict=False):
        shutil.copy(source, target)

    # What a crashed session left behind: two documents with unsaved changes.
    crashed = RecoveryStore(session="crashed")
    today = datetime.now().astimezone().replace(microsecond=0)
    for number, path in enumerate(files):
        doc = registry.load(path).document
        crashed.snapshot(crashed.new_key(), doc, path,
                         last_saved=today.replace(hour=9 + number, minute=12),
                         now=today.replace(hour=11, minute=42 + number))
    dead = _dead_pid()
    for metadata in crashed.folder.glob("*.json"):
        data = json.loads(metadata.read_text(encoding="utf-8"))
        data["pid"] = dead
        metadata.write_text(json.dumps(data), encoding="utf-8")

    window = create_window()
    window.show()
    window.install_features()  # (normally just after the first paint)
    app.processEvents()
    _grab_dialog_then("recovery.png", "laterButton")
    recover_at_start(window)

    owner = LockOwner(name="Mari Maasikas", user="mari", host="PERSONAL-07",
                      since=today.replace(hour=8, minute=55), pid=4242)
    lock_path(files[0]).write_text(format_owner(owner), encoding="utf-8")
    _grab_dialog_then("lock.png", "cancelButton")
    window.files.open_path(files[0], ask=False)

    window.close()
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
