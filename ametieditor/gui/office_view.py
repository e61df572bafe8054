"""View › LibreOffice'i lehed: the exported DOCX as LibreOffice lays it out, beside the preview.

The paged preview (:mod:`ametieditor.gui.preview`) draws the DOCX's blocks
itself; this view shows the real thing: the document exported with
:func:`build_docx`, converted to PDF by the same LibreOffice call the PDF export
uses (:func:`ametieditor.formats.libreoffice.convert_files`, offline and with its
own profile) and its pages drawn by ``pdftoppm``, so what is shown is what Word
and DigiDoc users will see.

Nothing of it runs on the GUI thread except a copy of the document (a few
milliseconds): a :class:`RenderJob` thread exports, converts and rasterises in a
temporary folder it removes. A render starts when editing has paused
(:data:`PAUSE_MS`); an edit while one runs makes it obsolete (its pages are
dropped) and a new render follows when it ends, so at most one LibreOffice runs.
Without LibreOffice (or ``pdftoppm``) the action is disabled and says why; the
paged preview stands alone.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ametieditor.formats import libreoffice
from ametieditor.formats.docx_export import build_docx
from ametieditor.io.errors import FormatError
from ametieditor.model.document import JobDescription
from ametieditor.storage.export_settings import export_template

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow

translate = QCoreApplication.translate

# How long editing must pause before LibreOffice renders again.
PAUSE_MS = 1500
# Resolution of the page images (scaled to the view's width when shown).
RENDER_DPI = 110
# Seconds pdftoppm may take for a document.
RASTER_TIMEOUT = 60
GAP = 12
# The view is never narrower than this many average characters (as the preview).
MINIMUM_CHARACTERS = 30


@dataclass
class RenderResult:
    """What one render produced: the PDF, its pages as images, or the error."""

    generation: int
    pdf: bytes = b""
    pages: list[QImage] = field(default_factory=list)
    error: str = ""


def find_pdftoppm() -> str | None:
    return shutil.which("pdftoppm")


def render_pages(doc: JobDescription, soffice: Path, generation: int) -> RenderResult:
    """Export ``doc`` to DOCX, convert it to PDF with LibreOffice, rasterise the pages."""
    result = RenderResult(generation)
    with tempfile.TemporaryDirectory(prefix="ametieditor-loview-") as work:
        folder = Path(work)
        source = folder / "ametijuhend.docx"
        out = folder / "out"
        out.mkdir()
        try:
            source.write_bytes(build_docx(doc, export_template()).data)
        except FormatError as error:  # the chosen template: named with its path
            result.error = str(error)
            return result
        try:
            (pdf,) = libreoffice.convert_files([source], "pdf", out, soffice=soffice)
        except FormatError as error:
            result.error = error.problem
            return result
        result.pdf = pdf.read_bytes()
        program = find_pdftoppm() or "pdftoppm"
        try:
            subprocess.run([program, "-png", "-r", str(RENDER_DPI), str(pdf),
                            str(folder / "page")], check=True, capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=RASTER_TIMEOUT)
        except (OSError, subprocess.SubprocessError) as error:
            result.error = translate("OfficeView", "Lehti ei saanud joonistada: {0}").format(
                error)
            return result
        # pdftoppm pads the page numbers to equal width, so names sort in page order.
        result.pages = [QImage(str(path)) for path in sorted(folder.glob("page-*.png"))]
    return result


_RUNNING: set[RenderJob] = set()


class RenderJob(QThread):
    """One render off the GUI thread; ``done`` carries its :class:`RenderResult`."""

    done = Signal(object)

    def __init__(self, doc: JobDescription, soffice: Path, generation: int) -> None:
        super().__init__()
        self.doc, self.soffice, self.generation = doc, soffice, generation
        # Kept until the thread ends, even if the view goes first (a QThread
        # destroyed while running would end the program).
        _RUNNING.add(self)
        self.finished.connect(self._forget)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    def _forget(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()

    def run(self) -> None:
        try:
            result = render_pages(self.doc, self.soffice, self.generation)
        except Exception as error:  # shown to the user, never lost
            result = RenderResult(self.generation, error=str(error))
        self.done.emit(result)


class OfficeView(QWidget):
    """The LibreOffice pages, scaled to the width, with a status line above them."""

    def __init__(self, window: MainWindow, soffice: Path) -> None:
        super().__init__()
        self.window_ = window
        self.soffice = soffice
        self.setAccessibleName(self.tr("LibreOffice'i lehed"))
        self.setMinimumWidth(MINIMUM_CHARACTERS * self.fontMetrics().averageCharWidth())
        self.status = QLabel(self.tr("LibreOffice'i lehti veel pole"))
        self.status.setObjectName("officeStatus")
        self.status.setWordWrap(True)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        # The bar always there: the page width does not jump when pages arrive.
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_box = QWidget()
        palette = self.page_box.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#8a8a8a"))  # as the preview's
        self.page_box.setPalette(palette)
        self.page_box.setAutoFillBackground(True)
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setSpacing(GAP)
        self.page_layout.setContentsMargins(GAP, GAP, GAP, GAP)
        self.scroller.setWidget(self.page_box)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.status)
        column.addWidget(self.scroller, 1)
        self.images: list[QImage] = []
        self.labels: list[QLabel] = []
        self.pdf = b""
        # Bumped by every edit: a render of an older generation is obsolete.
        self.generation = 0
        self.rendered_generation = -1
        self.renders = 0
        self.job: RenderJob | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.start_render)
        session = window.session
        session.changed.connect(self.schedule)
        session.document_replaced.connect(self.schedule)

    @property
    def running(self) -> bool:
        return self.job is not None

    def schedule(self, *_changed: object) -> None:
        """An edit: the pages shown (and any render under way) are out of date."""
        self.generation += 1
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.rendered_generation != self.generation and not self.running:
            self._timer.start(0)

    def start_render(self) -> None:
        """Render the document as it is now, unless a render is running (then after it)."""
        if self.running or not self.isVisible():
            return
        doc = copy.deepcopy(self.window_.session.document)
        self.job = RenderJob(doc, self.soffice, self.generation)
        self.job.done.connect(self._rendered)
        self.status.setText(self.tr("LibreOffice teeb lehti…"))
        self.job.start()

    def _rendered(self, result: RenderResult) -> None:
        self.job = None
        self.renders += 1
        if result.generation != self.generation:  # edited meanwhile: render again
            self._timer.start()
            return
        self.rendered_generation = result.generation
        if result.error:
            self.status.setText(self.tr("LibreOffice'i lehti ei saanud teha: {0}").format(
                result.error))
            return
        self.pdf = result.pdf
        self.show_pages(result.pages)
        self.status.setText(self.tr("LibreOffice'i järgi, seisuga {0}").format(
            QTime.currentTime().toString("HH:mm:ss")))

    def show_pages(self, images: list[QImage]) -> None:
        while (item := self.page_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.images = images
        self.labels = []
        for number in range(1, len(images) + 1):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(self.tr("Lehekülg {0}").format(number))
            self.page_layout.addWidget(label)
            self.labels.append(label)
        self.page_layout.addStretch(1)
        self._scale_pages()

    def _scale_pages(self) -> None:
        width = max(50, self.scroller.viewport().width() - 2 * GAP)
        for label, image in zip(self.labels, self.images, strict=True):
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale_pages()


class OfficePages:
    """The View menu's toggle and the view it shows beside the paged preview."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.view: OfficeView | None = None
        self.action = window.make_action(translate("OfficeView", "LibreOffice'i lehed"),
                                         self.set_shown, name="officePages")
        self.action.setCheckable(True)
        window.add_action("view", self.action)
        self.soffice = libreoffice.find_soffice()
        missing = self.missing_reason()
        if missing:
            self.action.setEnabled(False)
            self.action.setToolTip(missing)
            self.action.setStatusTip(missing)
        else:
            self.action.setToolTip(translate(
                "OfficeView", "Näitab eksporditud DOCX-i lehti nii, nagu LibreOffice need teeb"))

    def missing_reason(self) -> str:
        if self.soffice is None:
            return translate("OfficeView", "Vajab LibreOffice'i, mida ei leitud; "
                             "eelvaade töötab ka ilma selleta")
        if find_pdftoppm() is None:
            return translate("OfficeView", "Vajab programmi pdftoppm (poppler-utils), "
                             "mida ei leitud")
        return ""

    def set_shown(self, shown: bool) -> None:
        if shown and self.view is None and self.soffice is not None:
            self.view = OfficeView(self.window, self.soffice)
            self.view.setObjectName("officeView")
            self._place(self.view)
        if self.view is not None:
            self.view.setVisible(shown)


    def _place(self, view: OfficeView) -> None:
        """Beside the preview, as wide as it: half from the preview, half from the pane."""
        splitter = self.window.splitter
        index = splitter.indexOf(self.window.preview)
        sizes = splitter.sizes()
        splitter.insertWidget(index + 1, view)
        share = max(sizes[index], view.minimumWidth())
        pane = splitter.indexOf(self.window.stack)
        sizes[pane] = max(1, sizes[pane] - share // 2)
        sizes[index] = max(1, sizes[index] - share // 2)
        sizes.insert(index + 1, share)
        splitter.setSizes(sizes)


def install(window: MainWindow) -> OfficePages:
    return window.features.add(OfficePages(window))
