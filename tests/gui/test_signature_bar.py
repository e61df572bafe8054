"""The signed-container bar through the real window: one line, details on demand, no pop-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ametieditor import paths
from tests.formats.test_asice_verify import NAME, signed
from tests.support.containers import rewrite_members, trust_authority


def _open(qtbot, window, dialogs, path: Path):
    dialogs.open_name = str(path)
    window.menu_bar.open_action.trigger()
    assert window.files.path == path
    bar = window.containers.signature_bar
    qtbot.waitUntil(lambda: bar.verification is not None)
    return bar


def test_intact_container_one_line_then_details(qtbot, window, dialogs, tmp_path) -> None:
    trust_authority(paths.trusted_certificates_dir())
    path = tmp_path / "kinnitatud.asice"
    path.write_bytes(signed("rsa"))
    bar = _open(qtbot, window, dialogs, path)
    assert window.containers.signature_dock.isVisible()
    assert bar.summary_text() == (
        "Allkirjastatud: JAAK-KRISTJAN JÕEORG, 12.05.2024 — dokument muutmata, allkiri "
        "kehtiv, sertifikaat usaldusväärne")
    assert "warning" not in dialogs.kinds()  # no pop-up repeats the bar
    # Compact: one line of text, the details hidden until asked for.
    assert not bar.details.isVisible()
    assert bar.height() <= 3 * bar.summary.fontMetrics().height()
    qtbot.mouseClick(bar.details_button, Qt.MouseButton.LeftButton)
    assert bar.details.isVisible()
    details = bar.details_text()
    assert f"avatud fail {NAME}" in details
    assert "isikukood 38001085718; roll: peadirektor" in details
    assert "sertifikaadi tühistamist ei kontrollitud" in details  # says what was not checked
    qtbot.mouseClick(bar.details_button, Qt.MouseButton.LeftButton)
    assert not bar.details.isVisible()
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not window.containers.signature_dock.isVisible()


def test_changed_document_is_said_in_the_line(qtbot, window, dialogs, tmp_path) -> None:
    trust_authority(paths.trusted_certificates_dir())
    path = tmp_path / "muudetud.asice"
    original = signed("ec")
    from tests.formats.test_asice_verify import SAMPLE

    changed = SAMPLE.read_bytes().replace(b"lastemaja", b"LASTEKODU")
    path.write_bytes(rewrite_members(original, {NAME: changed}))
    bar = _open(qtbot, window, dialogs, path)
    assert window.session.document.general.title == "Peaspetsialist (LASTEKODU)"
    assert bar.summary_text() == (
        "Allkirjastatud: JAAK-KRISTJAN JÕEORG, 12.05.2024 — DOKUMENT ON MUUDETUD, allkiri "
        "kehtiv, sertifikaat usaldusväärne")
    assert f"faili {NAME} on pärast allkirjastamist muudetud" in bar.details_text()
