"""File › Print (Ctrl+P): the preview's pages through a print preview to a printer.

What is printed is drawn by :meth:`PageDocument.paint_page`, the same code that
draws the preview, so the printout has the preview's pages, breaks, header and footer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from ametieditor.gui.page_document import DPI, PageDocument

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow

translate = QCoreApplication.translate


def prepare_printer(printer: QPrinter, pages: PageDocument) -> None:
    """The template's paper size, drawn edge to edge (the pages carry their margins)."""
    setup = pages.setup
    size = QPageSize(QSizeF(setup.width, setup.height), QPageSize.Unit.Point,
                     "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(translate("Printing", "Ametijuhend"))


def print_pages(printer: QPrinter, pages: PageDocument) -> int:
    """Draw every page on ``printer``; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    scale = printer.resolution() / DPI
    count = pages.page_count()
    for number in range(count):
        if number:
            printer.newPage()
        painter.save()
        painter.scale(scale, scale)
        pages.paint_page(painter, number)
        painter.restore()
    painter.end()
    return count


class Printing:
    """The Print action and its print preview dialog."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: QPrintPreviewDialog | None = None
        self.action = QAction(translate("Printing", "Pri&ndi…"), window)
        self.action.setObjectName("print")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.action.triggered.connect(self.open_preview)
        window.add_action("file", self.action, window.menu_bar.quit_action)
        window.addAction(self.action)  # Ctrl+P wherever the focus is in the window

    def open_preview(self) -> None:
        """Show the print preview; the user prints from it or closes it."""
        preview = self.window.preview
        preview.refresh_now()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, preview.pages)
        self.dialog = QPrintPreviewDialog(printer, self.window)
        self.dialog.setObjectName("printPreview")
        self.dialog.setWindowTitle(translate("Printing", "Prindi"))
        self.dialog.paintRequested.connect(lambda target: print_pages(target, preview.pages))
        self.dialog.exec()
        self.dialog = None


def install(window: MainWindow) -> Printing:
    return window.features.add(Printing(window))
