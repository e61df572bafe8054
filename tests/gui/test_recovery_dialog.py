"""After a simulated crash the recovery dialog lists the unsaved documents and recovers them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ametieditor.gui.recovery_dialog import (
    RecoveryChoice,
    RecoveryDialog,
    apply_choice,
    format_time,
    offer_recovery,
)
from ametieditor.storage.recovery import RecoveryStore
from tests.storage.test_recovery import crash_a_session


def _dialog_when_shown(action) -> None:
    """Run ``action(dialog)`` on the recovery dialog once ``exec()`` has shown it."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "recoveryDialog" and widget.isVisible():
                action(widget)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_crash_then_dialog_lists_documents_and_recovers_the_ticked_one(
        qtbot, tmp_path: Path) -> None:
    original = tmp_path / "peaspetsialist.ametijuhend"
    crash_a_session(original)
    store = RecoveryStore()
    seen: dict[str, list[str]] = {}

    def choose(dialog: RecoveryDialog) -> None:
        rows = dialog.list
        seen["rows"] = [" | ".join(rows.topLevelItem(i).text(c) for c in range(4))
                        for i in range(rows.topLevelItemCount())]
        dialog.grab().save(str(tmp_path / "recovery.png"))
        rows.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
        qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)

    _dialog_when_shown(choose)
    outcome = offer_recovery(store)
    assert len(seen["rows"]) == 2
    first, second = seen["rows"]
    assert first.startswith("Kaotamata töö | 11.06.2025 09:00 | ")
    assert first.endswith(f" | {original.resolve()}")
    assert second.startswith("Uus salvestamata | salvestamata | ")
    assert second.endswith(" | uus dokument")
    assert outcome.problems == []
    (recovered,) = outcome.documents
    assert recovered.document.general.title == "Kaotamata töö"
    assert recovered.original_path == original.resolve()
    assert recovered.last_saved == datetime(2025, 6, 11, 9, 0).astimezone()
    # the recovered document is snapshotted in the new session; the unticked one is gone
    assert [(e.session, e.title) for e in store.entries()] == [(store.session,
                                                                "Kaotamata töö")]
    assert store.recoverable() == []


def test_later_keeps_everything_and_discard_all_removes(qtbot, tmp_path: Path) -> None:
    crash_a_session(tmp_path / "x.ametijuhend")
    store = RecoveryStore()
    dialog = RecoveryDialog(store.recoverable())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is RecoveryChoice.LATER
    assert apply_choice(store, dialog).documents == []
    assert len(store.recoverable()) == 2

    dialog = RecoveryDialog(store.recoverable())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert apply_choice(store, dialog).documents == []
    assert store.entries() == []


def test_recover_button_needs_a_ticked_document(qtbot, tmp_path: Path) -> None:
    crash_a_session(tmp_path / "x.ametijuhend")
    dialog = RecoveryDialog(RecoveryStore().recoverable())
    qtbot.addWidget(dialog)
    for index in range(2):
        dialog.list.topLevelItem(index).setCheckState(0, Qt.CheckState.Unchecked)
    assert not dialog.recover_button.isEnabled()
    dialog.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert dialog.recover_button.isEnabled()


def test_damaged_snapshot_is_reported_not_fatal(qtbot, tmp_path: Path) -> None:
    crash_a_session(tmp_path / "x.ametijuhend")
    store = RecoveryStore()
    entries = store.recoverable()
    entries[0].snapshot.write_bytes(b"<ametijuhend")
    dialog = RecoveryDialog(entries)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    outcome = apply_choice(store, dialog)
    assert [d.document.general.title for d in outcome.documents] == ["Uus salvestamata"]
    assert len(outcome.problems) == 1 and "\n" not in outcome.problems[0]


def test_no_dialog_without_crash(qtbot) -> None:
    assert offer_recovery(RecoveryStore()).documents == []


def test_format_time_today_and_other_days() -> None:
    now = datetime(2026, 11, 23, 18, 0).astimezone()
    assert format_time(datetime(2026, 11, 23, 10, 15).astimezone(), now) == "10:15"
    assert format_time(datetime(2026, 11, 20, 10, 15).astimezone(), now) == "20.11.2026 10:15"
    assert format_time(None, now) == ""
