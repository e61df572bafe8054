"""A second editor opening a locked file is told who has it and can open it read-only."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ametieditor.gui.lock_dialog import LockChoice, LockDialog
from ametieditor.storage.lock import (
    LockedError,
    LockOwner,
    LockState,
    acquire,
    format_owner,
    lock_path,
)
from tests.conftest import REPO
from tests.storage.test_lock import HOLDER


def test_other_editor_holds_the_file_open_read_only(qtbot, tmp_path: Path) -> None:
    document = tmp_path / "jagatud.ametijuhend"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(document)],
                              env={**os.environ, "PYTHONPATH": str(REPO)},
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockedError) as caught:
            acquire(document)
    finally:
        holder.stdin.close()
        holder.wait()
    error = caught.value
    dialog = LockDialog(error.path, error.owner, error.state)
    qtbot.addWidget(dialog)
    dialog.show()
    since = error.owner.since.strftime("%H:%M")
    assert dialog.message.text() == (f"Fail on avatud: {error.owner.display_name} "
                                     f"(arvuti {platform.node()}) alates {since}")
    assert dialog.take_over_button is None
    dialog.grab().save(str(tmp_path / "lock.png"))
    qtbot.mouseClick(dialog.read_only_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is LockChoice.READ_ONLY and dialog.result() == 1


def test_old_lock_from_another_computer_can_be_taken_over(qtbot, tmp_path: Path) -> None:
    document = tmp_path / "vana.ametijuhend"
    owner = LockOwner("Mari Maasikas", "mari", "ARVUTI-X",
                      datetime.now().astimezone() - timedelta(days=2), 77)
    lock_path(document).write_text(format_owner(owner), encoding="utf-8")
    with pytest.raises(LockedError) as caught:
        acquire(document)
    assert caught.value.state is LockState.MAYBE_STALE
    dialog = LockDialog(document, caught.value.owner, caught.value.state)
    qtbot.addWidget(dialog)
    dialog.show()
    expected = owner.since.strftime("%d.%m.%Y %H:%M")
    assert dialog.message.text() == (
        f"Fail on avatud: Mari Maasikas (arvuti ARVUTI-X) alates {expected}")
    assert "teises arvutis ootamatult" in dialog.advice.text()
    qtbot.mouseClick(dialog.take_over_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is LockChoice.TAKE_OVER
    acquire(document, take_over=True).release()


def test_cancel(qtbot, tmp_path: Path) -> None:
    owner = LockOwner("", "jaan", "ARVUTI-Y", datetime.now().astimezone(), 5)
    dialog = LockDialog(tmp_path / "a.ametijuhend", owner, LockState.HELD)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Fail on avatud: jaan (arvuti ARVUTI-Y)" in dialog.message.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is LockChoice.CANCEL and dialog.result() == 0
