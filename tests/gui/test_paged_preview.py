"""The paged preview: the DOCX's blocks on true pages, zoom, following the edited part, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QWheelEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from ametieditor.formats import xml_format
from ametieditor.formats.docx_export import build_docx
from ametieditor.formats.docx_styles import StyleName
from ametieditor.formats.layout import SHADED, RowMemo, layout
from ametieditor.formats.page_setup import page_setup
from ametieditor.gui.page_document import ROLE, PageDocument, Unit, px
from ametieditor.gui.printing import Printing, prepare_printer, print_pages
from ametieditor.model.document import Block
from tests.conftest import SAMPLE_FILES
from tests.support.factories import worst_case_document
from tests.support.layout_reading import docx_structure

CASES = [*SAMPLE_FILES, "worst"]


def load(case: Path | str):
    return worst_case_document() if case == "worst" else xml_format.read(case)


def _paragraphs(unit_document, bold_style: bool) -> list[tuple]:
    out = []
    block = unit_document.begin()
    while block.isValid():
        bold = []
        if not bold_style:
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
                    bold.append(fragment.text())
                iterator += 1
        out.append(("p", block.blockFormat().property(ROLE),
                    block.text().replace("\u2028", "\n"), tuple(bold)))
        block = block.next()
    return out


class PreviewReader:
    """The preview's structure as drawn: texts and roles from the typeset units,
    shading sampled from the painted pages."""

    def __init__(self, pages: PageDocument) -> None:
        self.pages = pages
        self.setup = pages.setup
        self.images: dict[int, QImage] = {}
        self.places = {}
        for number, page in enumerate(pages.pages.pages):
            for placed in page:
                self.places.setdefault(id(placed.unit), (number, placed.y))

    def page_image(self, number: int) -> QImage:
        if number not in self.images:
            size = self.pages.pages.size.toSize()
            image = QImage(size, QImage.Format.Format_RGB32)
            painter = QPainter(image)
            self.pages.paint_page(painter, number)
            painter.end()
            self.images[number] = image
        return self.images[number]

    def shaded(self, unit: Unit, column: int) -> bool:
        number, y = self.places[id(unit)]
        left = unit.columns[column][0]
        point = QPoint(int(px(self.setup.left) + left + 2), int(px(self.setup.top) + y + 2))
        return self.page_image(number).pixelColor(point) == QColor(f"#{SHADED}")

    def paragraphs(self, document) -> list[tuple]:
        role = document.begin().blockFormat().property(ROLE)
        bold_style = self.setup.look(StyleName(role)).bold
        return _paragraphs(document, bold_style)

    def structure(self) -> list[tuple]:
        out: list[tuple] = []
        previous: Unit | None = None
        for unit in self.pages.units:
            if unit.row is None:
                out += self.paragraphs(unit.cells[0])
                previous = None
                continue
            cells = tuple((self.shaded(unit, column), tuple(self.paragraphs(document)))
                          for column, document in enumerate(unit.cells))
            if previous is None or previous.laid.block is not unit.laid.block:
                out.append(("table", ()))
            out[-1] = ("table", (*out[-1][1], (unit.header, cells)))
            previous = unit
        return out


@pytest.mark.parametrize("case", CASES, ids=lambda case: str(case)[-18:])
def test_preview_and_docx_hold_the_same_blocks(qapp, case) -> None:
    """Same paragraphs and tables, in the same order and grouping, same styles,
    the same shaded cells and the same bold 3.n numbers."""
    doc = load(case)
    pages = PageDocument(page_setup())
    pages.update(layout(doc))
    preview = PreviewReader(pages).structure()
    exported = docx_structure(build_docx(doc).data)
    assert preview == exported
    tables = [item for item in exported if item[0] == "table"]
    # the general part: label rows (shaded) over value rows, grouped 1.1|1.2, 1.3|1.4|1.5
    assert [len(table[1][0][1]) for table in tables[:2]] == [2, 3]
    assert all(shaded for _, cells in (tables[0][1][0],) for shaded, _ in cells)
    duty_rows = next(table for table in tables if table[1][0][0])[1]  # the one with a header
    first_task = duty_rows[1][1][0][1][0]  # row 1, cell 0, its paragraphs, the first
    assert first_task[3] and first_task[3][0].endswith(".1")  # "3.1" in bold, in both


def test_an_edit_typesets_only_the_changed_duty(qapp) -> None:
    doc = worst_case_document(200)
    memo = RowMemo()
    pages = PageDocument(page_setup())
    pages.update(layout(doc, memo))
    assert pages.typeset_count > 200
    doc.duties.items[100].task[0] = Block.p("Muudetud ülesanne")
    pages.update(layout(doc, memo))
    assert pages.typeset_count == 1
    texts = [unit.cells[0].toPlainText() for unit in pages.units if unit.row is not None]
    assert any(text.startswith("3.101 Muudetud ülesanne") for text in texts)


def test_pages_follow_the_docx_rules(qapp) -> None:
    """No page ends with a heading; the duty table's header row opens every page it
    continues on; no row is cut; the footer says "n (m)"."""
    pages = PageDocument(page_setup())
    pages.update(layout(worst_case_document()))
    assert pages.page_count() > 5
    kept_roles = {StyleName.SECTION.value, StyleName.SUBHEADING.value, StyleName.GROUP.value}
    for page in pages.pages.pages:
        last = page[-1].unit
        if last.row is None:
            assert last.cells[0].begin().blockFormat().property(ROLE) not in kept_roles
        for placed in page:
            assert placed.y + placed.shown <= px(pages.setup.text_height) + 0.5
        first = page[0].unit
        if first.row is not None and first.laid.block.name == "duties":
            assert first.header
    # a long paragraph at a page's end is split between lines, and nothing is lost
    splits = {}
    for page in pages.pages.pages:
        for placed in page:
            if placed.offset or placed.height is not None:
                splits.setdefault(id(placed.unit), []).append(placed)
    assert splits
    for parts in splits.values():
        assert len(parts) == 2 and parts[1].y == 0 and parts[1].offset == parts[0].height
        assert parts[0].shown + parts[1].shown == pytest.approx(parts[0].unit.height)
    image = PreviewReader(pages).page_image(1)
    assert not image.isNull()


def test_print_gives_the_preview_pages(qapp, tmp_path: Path) -> None:
    pages = PageDocument(page_setup())
    pages.update(layout(worst_case_document()))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "prinditud.pdf"
    printer.setOutputFileName(str(target))
    prepare_printer(printer, pages)
    assert print_pages(printer, pages) == pages.page_count()
    reader = PdfReader(target)
    assert len(reader.pages) == pages.page_count()
    assert abs(float(reader.pages[0].mediabox.width) - 595.3) < 1.5  # A4 from the template
    text = " ".join(reader.pages[0].extract_text().split())
    assert "AMETIJUHEND" in text and f"1 ({pages.page_count()})" in text


# -- in the window --------------------------------------------------------------


def _open(window, qtbot, doc) -> None:
    window.session.replace_document(doc)
    window.preview.refresh()
    qtbot.waitUntil(lambda: not window.preview.pending)


def test_zoom_keys_and_wheel(window, qtbot) -> None:
    preview = window.preview
    _open(window, qtbot, worst_case_document(10))
    fitted = preview.scale()
    preview.setFocus()
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.scale() > fitted
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.scale() < fitted
    qtbot.keyClick(preview, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.scale() == pytest.approx(fitted)
    centre = QPointF(preview.viewport().rect().center())
    event = QWheelEvent(centre, preview.viewport().mapToGlobal(centre), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(preview.viewport(), event)
    assert preview.scale() > fitted
    before = preview.grab().toImage()
    assert not before.isNull()


def test_preview_follows_the_part_being_edited(window, qtbot) -> None:
    from tests.gui.helpers import choose_part

    _open(window, qtbot, worst_case_document(30))
    bar = window.preview.verticalScrollBar()
    assert bar.value() == 0
    choose_part(qtbot, window, "requirements")
    number, _y = window.preview.pages.part_place("requirements")
    assert number > 2
    assert bar.value() > 0
    rect = window.preview.page_rect(number)
    assert rect.top() - bar.value() < window.preview.viewport().height()
    assert rect.bottom() - bar.value() > 0


def test_file_print_opens_the_print_preview(window, qtbot) -> None:
    _open(window, qtbot, worst_case_document(5))
    shown = []

    def close_it() -> None:
        dialog = window.findChild(QPrintPreviewDialog, "printPreview")
        shown.append(dialog is not None and dialog.isVisible())
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(300, close_it)
    window.features.get(Printing).action.trigger()
    assert shown == [True]
    assert window.features.get(Printing).action.shortcut().toString() == "Ctrl+P"
    assert window.features.get(Printing).action in window.menus["file"].actions()


def test_typing_in_a_duty_brings_its_row_into_view(window, qtbot) -> None:
    from tests.gui.helpers import choose_part, click, type_text

    _open(window, qtbot, worst_case_document(30))
    choose_part(qtbot, window, "duties")
    preview, pane = window.preview, window.panes["duties"]
    pane.select_row(24)
    click(qtbot, pane.ui.taskEdit)
    qtbot.keyClick(pane.ui.taskEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, pane.ui.taskEdit, "x")
    qtbot.waitUntil(lambda: not preview.pending, timeout=3000)
    number, y = preview.pages.part_place("duties", 25)
    top = preview.page_rect(number).top() + (y + px(preview.pages.setup.top)) * preview.scale()
    bar = preview.verticalScrollBar()
    assert bar.value() <= top <= bar.value() + preview.viewport().height()
    assert preview.pages.part_place("duties", 1)[0] < number  # not the part's start
