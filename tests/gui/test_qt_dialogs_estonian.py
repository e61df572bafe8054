"""Qt's own dialogs speak Estonian in the Estonian interface (issue 15, item 6).

The file dialog showed "Look in", "Files of type" and "Computer". Every text
of the dialog a user can see or hear (labels, buttons, tool tips, accessible
names, the side bar, the column headers and their menu, the file list's
context menu) must be one of the Estonian texts of resources/translations/qt_et.ts.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QWidget

from ametieditor.gui.language import apply_language
from tests.conftest import REPO

QT_ET = REPO / "resources" / "translations" / "qt_et.ts"


@pytest.fixture
def estonian():
    QSettings().setValue("language", "et")
    yield apply_language()
    apply_language("et")


def _estonian_texts() -> set[str]:
    source = QT_ET.read_text(encoding="utf-8")
    return {unescape(text) for text in re.findall(r"<translation>(.*?)</translation>", source,
                                                  re.S)}


def _shown_texts(dialog: QFileDialog) -> set[str]:
    texts: set[str] = set()
    for widget in dialog.findChildren(QWidget):
        for getter in ("text", "toolTip", "accessibleName", "windowTitle"):
            value = getattr(widget, getter, None)
            if callable(value) and isinstance(value(), str) and value():
                texts.add(value())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    texts.add(header)
    sidebar = dialog.findChild(QAbstractItemView, "sidebar")
    texts.update(sidebar.model().index(row, 0).data()
                 for row in range(sidebar.model().rowCount()))
    texts.update(action.text() for action in dialog.findChildren(QAction) if action.text())
    return texts


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen,
                                  QFileDialog.AcceptMode.AcceptSave])
def test_the_file_dialog_is_all_estonian(qtbot, estonian, tmp_path: Path, mode) -> None:
    dialog = QFileDialog(None, "Ava ametijuhend", str(tmp_path), "Ametijuhend (*.ametijuhend)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    folders = {Path(url.toLocalFile()).name for url in dialog.sidebarUrls()}  # e.g. home
    ours = {"Ava ametijuhend", "Ametijuhend (*.ametijuhend)", str(tmp_path), "/"} | folders
    shown = {text for text in _shown_texts(dialog) if text not in ours}
    header_menu = {f"Näita veergu {name}" for name in ("Suurus", "Tüüp", "Muudetud")}
    estonian_texts = _estonian_texts() | header_menu
    assert {"&Kaust:", "Faili &tüüp:", "Arvuti"} <= shown
    assert shown - estonian_texts == set()
