"""Seaded › DOCX-mall…: the organisation's template, used by the export and the preview alike."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ametieditor.gui.export_template import ExportTemplate, TemplateDialog
from ametieditor.storage import export_settings
from tests.conftest import SAMPLE_FILES
from tests.gui.conftest import when_modal
from tests.support.furniture_templates import page_of_pages

REPO = Path(__file__).resolve().parents[2]


def _in_dialog(qtbot, window, button_text: str) -> None:
    """Open Seaded › DOCX-mall…, press ``button_text``, close the dialog."""
    def press(dialog: TemplateDialog) -> None:
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_modal(press)
    window.features.get(ExportTemplate).action.trigger()


def _footer(window, page: int = 0) -> str:
    preview = window.preview
    preview.refresh_now()
    return " ".join(preview.pages.furniture_text("footer", page).split())


def _exported_footer_text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        footers = [name for name in package.namelist() if name.startswith("word/footer")]
        return " ".join(package.read(name).decode("utf-8") for name in footers)


def test_a_chosen_template_shapes_the_preview_and_the_export(qtbot, window, dialogs,
                                                            tmp_path) -> None:
    window.files.open_path(SAMPLE_FILES[-1], ask=False)
    footer = _footer(window)
    assert footer == f"1 ({window.preview.pages.page_count()})"  # the program's own "n (m)"
    template = page_of_pages(tmp_path / "meie mall.docx")
    dialogs.open_name = str(template)
    _in_dialog(qtbot, window, "&Vali mall…")
    assert export_settings.export_template() == template.resolve()
    assert _footer(window) == f"Lehekülg 1 / {window.preview.pages.page_count()}"
    # The export uses it too: its footer is the template's.
    target = tmp_path / "eksport.docx"
    dialogs.save_names.append(str(target))
    assert window.files.export(".docx")
    assert "Lehekülg" in _exported_footer_text(target)
    # Back to the program's own template.
    _in_dialog(qtbot, window, "Kasuta &programmi malli")
    assert export_settings.export_template() is None
    assert _footer(window).endswith(f"({window.preview.pages.page_count()})")
    dialogs.save_names.append(str(tmp_path / "vaikimisi.docx"))
    assert window.files.export(".docx")
    assert "Lehekülg" not in _exported_footer_text(tmp_path / "vaikimisi.docx")


def test_a_file_that_is_no_template_is_refused_with_its_name(qtbot, window, dialogs,
                                                              tmp_path) -> None:
    broken = tmp_path / "mall.docx"
    broken.write_text("see ei ole Wordi fail", encoding="utf-8")
    dialogs.open_name = str(broken)
    _in_dialog(qtbot, window, "&Vali mall…")
    assert export_settings.export_template() is None
    [(title, message)] = [(t, m) for kind, t, m in dialogs.calls if kind == "critical"]
    assert title == "Malli ei saa kasutada"
    assert str(broken) in message


def test_a_template_gone_missing_fails_the_export_and_the_preview_falls_back(
        qtbot, window, dialogs, tmp_path) -> None:
    template = page_of_pages(tmp_path / "mall.docx")
    dialogs.open_name = str(template)
    _in_dialog(qtbot, window, "&Vali mall…")
    window.files.open_path(SAMPLE_FILES[-1], ask=False)
    assert _footer(window).startswith("Lehekülg 1")
    template.unlink()  # the shared drive is gone
    window.preview.reload_template()
    assert _footer(window) == f"1 ({window.preview.pages.page_count()})"
    assert str(template) in window.preview.template_problem
    shown: list[str] = []

    def read(dialog: TemplateDialog) -> None:
        shown.append(dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else "")
        dialog.reject()

    when_modal(read)
    window.features.get(ExportTemplate).action.trigger()
    assert str(template) in shown[0] and "Eksport ei õnnestu" in shown[0]
    target = tmp_path / "eksport.docx"
    target.write_bytes(b"vana fail")
    dialogs.save_names.append(str(target))
    assert not window.files.export(".docx")
    assert target.read_bytes() == b"vana fail"  # the old file is left as it was
    assert any(kind == "critical" and str(template.name) in text
               for kind, _title, text in dialogs.calls)


def test_the_cli_converts_with_the_chosen_template_unless_told_otherwise(tmp_path) -> None:
    template = page_of_pages(tmp_path / "mall.docx")
    export_settings.set_export_template(template)
    run = [sys.executable, "-m", "ametieditor.cli", "convert", str(SAMPLE_FILES[-1])]
    subprocess.run([*run, str(tmp_path / "mallist.docx")], check=True, cwd=REPO)
    assert "Lehekülg" in _exported_footer_text(tmp_path / "mallist.docx")
    default = REPO / "resources" / "templates" / "ametijuhend.docx"
    subprocess.run([*run, str(tmp_path / "vaikimisi.docx"), "--template", str(default)],
                   check=True, cwd=REPO)
    assert "Lehekülg" not in _exported_footer_text(tmp_path / "vaikimisi.docx")


@pytest.fixture(autouse=True)
def _no_template_left(monkeypatch):
    """Each test starts with the program's own template (the data folder is the test's)."""
    assert export_settings.export_template() is None
