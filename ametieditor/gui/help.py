"""Abi › Kasutusjuhend (F1): the Estonian user guide, offline, in a window of its own.

The guide is ``docs/KASUTUSJUHEND.md`` with its pictures in ``docs/kasutusjuhend/``.
The PyInstaller build bundles both under ``resources/help/`` (see
packaging/ametieditor.spec), so the installed editor shows the same text; in the
source tree it is read from ``docs/``. The markdown is shown by
``QTextBrowser.setMarkdown``: no browser, no network.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QImageReader, QKeySequence, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ametieditor.gui.dialogs import show_error
from ametieditor.resources import resource_path

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow

GUIDE_NAME = "KASUTUSJUHEND.md"
# Where the source tree keeps the guide (a build has it in resources/help/).
SOURCE_GUIDE = Path(__file__).resolve().parents[2] / "docs" / GUIDE_NAME


def guide_file() -> Path | None:
    """The guide to show: the bundled one in a build, else the one in ``docs/``."""
    for candidate in (resource_path("help") / GUIDE_NAME, SOURCE_GUIDE):
        if candidate.is_file():
            return candidate
    return None


class GuideWindow(QDialog):
    """The guide rendered from markdown; pictures are found beside the file."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Ametieditori kasutusjuhend"))
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, not modal
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("Kasutusjuhend"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self._folder = path.parent
        self._natural: dict[str, int] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sulge"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width = 1100 if screen is None else min(1100, screen.width() - 40)
        self.resize(width, 760 if screen is None else min(760, screen.height() - 60))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_pictures)  # once the browser has its new width

    def _natural_width(self, name: str) -> int:
        if name not in self._natural:
            self._natural[name] = QImageReader(str(self._folder / name)).size().width()
        return self._natural[name]

    def fit_pictures(self) -> None:
        """Pictures no wider than the browser (they are taken at a width that fits)."""
        document = self.browser.document()
        room = max(160, self.browser.viewport().width() - 40)
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            item = block.begin()
            while not item.atEnd():
                fragment = item.fragment()
                item += 1
                image = fragment.charFormat().toImageFormat()
                natural = self._natural_width(image.name()) if image.isValid() else 0
                shown = min(natural, room)
                if natural > 0 and round(image.width()) != shown:
                    image.setWidth(shown)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
            block = block.next()


class Help:
    """The Help menu's guide entry of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.guide: GuideWindow | None = None
        self.action = QAction(QCoreApplication.translate("Help", "&Kasutusjuhend"), window)
        self.action.setObjectName("userGuide")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.action.shortcut().isEmpty():  # (platforms without a Help key)
            self.action.setShortcut(QKeySequence("F1"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda _checked=False: self.show_guide())
        actions = window.menus["help"].actions()
        window.add_action("help", self.action, actions[0] if actions else None)
        window.addAction(self.action)  # F1 wherever the focus is in the window

    def show_guide(self) -> GuideWindow | None:
        """Show the guide (the same window again if it is open)."""
        path = guide_file()
        if path is None:
            show_error(self.window, QCoreApplication.translate("Help", "Kasutusjuhend"),
                       QCoreApplication.translate(
                           "Help", "Kasutusjuhendi faili {name} ei leitud.").format(
                               name=GUIDE_NAME))
            return None
        if self.guide is None:
            self.guide = GuideWindow(path, self.window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide


def install(window: MainWindow) -> Help:
    return window.features.add(Help(window))
