"""View › LibreOffice'i lehed: the exported DOCX's pages as LibreOffice makes them."""

from __future__ import annotations

import io
import shutil
import tempfile
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from ametieditor.formats import libreoffice
from ametieditor.gui.office_view import OfficePages
from tests.conftest import SAMPLE_FILES
from tests.gui.helpers import choose_part, click, show_started, type_text

#: A cold LibreOffice start with a fresh profile on a loaded machine.
SOFFICE_MS = 120_000

needs_soffice = pytest.mark.skipif(libreoffice.find_soffice() is None,
                                   reason="LibreOffice is not installed")


def _open_sample(window, tmp_path):
    source = tmp_path / "dok.ametijuhend"
    shutil.copy(SAMPLE_FILES[-1], source)
    assert window.files.open_path(source)


def _pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@needs_soffice
def test_toggling_the_view_shows_every_page_of_the_exported_pdf(qtbot, window, tmp_path,
                                                                monkeypatch):
    _open_sample(window, tmp_path)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    feature = window.features.get(OfficePages)
    assert feature.action.isEnabled()
    assert feature.action in window.menus["view"].actions()
    feature.action.trigger()
    view = feature.view
    assert view is not None and view.isVisible()
    assert window.preview.isVisible()  # beside the paged preview, not instead of it
    qtbot.waitUntil(lambda: view.rendered_generation == view.generation and not view.running,
                    timeout=SOFFICE_MS)
    assert view.pdf, view.status.text()
    pages = _pdf_pages(view.pdf)
    assert pages >= 1
    assert len(view.images) == pages
    assert len(view.labels) == pages
    assert all(not label.pixmap().isNull() for label in view.labels)
    # Scaled to the view's width.
    width = view.scroller.viewport().width()
    assert all(abs(label.pixmap().width() - (width - 24)) <= 2 for label in view.labels)
    assert view.status.text().startswith("LibreOffice'i järgi, seisuga ")
    assert window.session.document.general.title in _pdf_text(view.pdf)
    assert list(temp.iterdir()) == []  # the DOCX, PDF, profile and images are gone
    feature.action.trigger()  # off again
    assert not view.isVisible()


@needs_soffice
def test_typing_during_a_render_is_not_blocked_and_a_new_render_follows(qtbot, window,
                                                                        tmp_path):
    _open_sample(window, tmp_path)
    feature = window.features.get(OfficePages)
    feature.action.trigger()
    view = feature.view
    qtbot.waitUntil(lambda: view.running, timeout=10_000)
    started = view.generation
    choose_part(qtbot, window, "general")
    edit = window.panes["general"].ui.titleEdit
    click(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    before = time.monotonic()
    type_text(qtbot, edit, " Zqxw")
    typed = time.monotonic() - before
    assert window.session.document.general.title.endswith(" Zqxw")  # in the model at once
    assert view.running  # LibreOffice was still working while the keys landed
    assert typed < 2.0
    assert view.generation > started
    # The run under way is obsolete; another one follows with the new title.
    qtbot.waitUntil(lambda: view.rendered_generation == view.generation and not view.running,
                    timeout=2 * SOFFICE_MS)
    assert view.renders >= 2
    assert "Zqxw" in _pdf_text(view.pdf)
    assert len(view.images) == _pdf_pages(view.pdf)


def test_without_libreoffice_the_action_is_disabled_and_says_why(qtbot, dialogs, own,
                                                                  monkeypatch):
    from ametieditor.gui.app import create_window

    monkeypatch.setattr(libreoffice, "find_soffice", lambda *_args: None)
    window = create_window()
    own(window)
    show_started(qtbot, window)
    feature = window.features.get(OfficePages)
    assert feature.action in window.menus["view"].actions()
    assert not feature.action.isEnabled()
    assert "vajab libreoffice'i" in feature.action.toolTip().lower()
    assert feature.view is None
    assert window.preview.isVisible()
