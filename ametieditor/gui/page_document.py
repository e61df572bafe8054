"""The layout's blocks laid out on the template's pages: what the preview and print draw.

:func:`ametieditor.formats.layout.layout` decides the layout; this module only
typesets its blocks in the template's looks (:mod:`ametieditor.formats.page_setup`)
and breaks them into pages by the same rules the DOCX carries: a paragraph
marked keep-with-next stays on the page of the next one, a table row never
splits, a table breaks between rows and repeats its header row on the next
page.

Each paragraph and each table row is one *unit*, typeset once into small
QTextDocuments and cached by its value: after an edit only the units whose
blocks changed are typeset again (usually one duty row), and breaking pages
is a walk over the units' heights. That keeps a refresh cheap however long
the document is (docs/PERFORMANCE.md, "Preview refresh").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from ametieditor.formats.docx_styles import StyleName
from ametieditor.formats.layout import SHADED, LaidOut, Paragraph, Row, Table
from ametieditor.formats.page_setup import PageSetup
from ametieditor.gui.page_furniture import DPI, FurnitureSetter, char_format, px

#: The style name of each typeset paragraph, read back by tests.
ROLE = QTextFormat.Property.UserProperty + 1
#: Cell padding of the default table style (57 and 85 twips) in points.
_PADDING = (2.85, 4.25)
_BORDER = 0.75


class Typesetter:
    """Paragraphs in the template's looks, as QTextDocuments of a given width."""

    def __init__(self, setup: PageSetup) -> None:
        self.setup = setup
        self.device = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = round(DPI / 0.0254)
        self.device.setDotsPerMeterX(dots_per_metre)
        self.device.setDotsPerMeterY(dots_per_metre)
        self._chars = {style: char_format(setup.look(style)) for style in StyleName}
        self._blocks = {style: self._block_format(style) for style in StyleName}
        body = setup.look(StyleName.BODY)
        self.font = QFont(body.font)
        self.font.setPointSizeF(body.size)

    def _block_format(self, style: StyleName) -> QTextBlockFormat:
        look = self.setup.look(style)
        result = QTextBlockFormat()
        result.setTopMargin(px(look.before))
        result.setBottomMargin(px(look.after))
        result.setLeftMargin(px(look.indent_left))
        flag = Qt.AlignmentFlag
        result.setAlignment({"center": flag.AlignHCenter, "right": flag.AlignRight,
                             "both": flag.AlignJustify}.get(look.align, flag.AlignLeft))
        result.setProperty(ROLE, style.value)
        return result

    def document(self, paragraphs: tuple[Paragraph, ...], width: float) -> QTextDocument:
        """``paragraphs`` typeset ``width`` units wide (bullets as a disc list)."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setIndentWidth(px(18))
        document.setDefaultFont(self.font)
        cursor = QTextCursor(document)
        current_list = None
        for index, block in enumerate(paragraphs):
            block_format = QTextBlockFormat(self._blocks[block.style])
            if block.space_before:
                block_format.setTopMargin(block_format.topMargin() + px(block.space_before / 20))
            if index:
                cursor.insertBlock(block_format)
            else:
                cursor.setBlockFormat(block_format)
            if not block.bullet:
                current_list = None
            elif current_list is None:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc)
                current_list = cursor.createList(list_format)
            else:
                current_list.add(cursor.block())
            base = self._chars[block.style]
            cursor.setBlockCharFormat(base)
            for run in block.runs:
                piece = QTextCharFormat(self._chars[run.style] if run.style else base)
                if run.bold:
                    piece.setFontWeight(QFont.Weight.Bold)
                cursor.insertText(run.text.replace("\n", "\u2028"), piece)
        document.documentLayout().setPaintDevice(self.device)
        document.setTextWidth(width)
        return document


@dataclass
class Unit:
    """One paragraph or one table row, typeset: the thing pages are made of."""

    laid: LaidOut
    row: Row | None
    cells: list[QTextDocument]
    #: Left edge and width of each cell (document units, from the text area's left).
    columns: list[tuple[float, float]]
    height: float
    keep_next: bool
    header: bool = False
    #: Space above the text (a paragraph's spacing before).
    above: float = 0.0
    #: A row's place in its table (the header row is 0).
    row_index: int = 0

    @property
    def part(self) -> str:
        return self.laid.part


@dataclass
class Placed:
    """A unit on a page at ``y``; a paragraph split across two pages shows the part
    from ``offset`` on, ``height`` high (None: the rest)."""

    unit: Unit
    y: float
    offset: float = 0.0
    height: float | None = None

    @property
    def shown(self) -> float:
        return self.height if self.height is not None else self.unit.height - self.offset


@dataclass
class Pages:
    """The units of the document broken into pages."""

    setup: PageSetup
    pages: list[list[Placed]] = field(default_factory=list)

    @property
    def size(self) -> QSizeF:
        """Page size in document units."""
        return QSizeF(px(self.setup.width), px(self.setup.height))


class PageDocument:
    """The document as pages, kept in step with the layout's blocks."""

    def __init__(self, setup: PageSetup) -> None:
        self.setup = setup
        self.typesetter = Typesetter(setup)
        self.furniture = FurnitureSetter(setup, self.typesetter.device)
        self.width = px(setup.text_width)
        #: The body's height on a page with the default header and footer.
        self.height = self.furniture.body(self._default_page())[1]
        self.units: list[Unit] = []
        self.pages = Pages(setup, [[]])
        self._cache: dict[object, Unit] = {}
        self.typeset_count = 0  # units typeset by the last update (for tests and benchmarks)

    def _default_page(self) -> int:
        """A page that shows the default header and footer (the second, or the third
        when even pages have their own)."""
        return 2 if self.setup.furniture.even_and_odd else 1

    def body(self, number: int) -> tuple[float, float]:
        """Top and height of the body of page ``number`` (0-based), in document units:
        the template's margins, or less where its header or footer needs the room."""
        return self.furniture.body(number)

    # -- typesetting ------------------------------------------------------------

    def _paragraph_unit(self, laid: LaidOut) -> Unit:
        block = laid.block
        assert isinstance(block, Paragraph)
        document = self.typesetter.document((block,), self.width)
        # QTextDocument leaves out its first block's top and last block's bottom
        # margin: the unit carries the paragraph's spacing itself.
        look = self.setup.look(block.style)
        above = px(look.before + block.space_before / 20)
        return Unit(laid, None, [document], [(0.0, self.width)],
                    above + document.size().height() + px(look.after), block.keep_next,
                    above=above)

    def _row_unit(self, laid: LaidOut, row: Row) -> Unit:
        table = laid.block
        assert isinstance(table, Table)
        columns, left = [], 0.0
        for fraction in table.widths:
            columns.append((left, self.width * fraction))
            left += self.width * fraction
        pad_y, pad_x = px(_PADDING[0]), px(_PADDING[1])
        cells = [self.typesetter.document(cell.paragraphs, width - 2 * pad_x)
                 for cell, (_, width) in zip(row.cells, columns, strict=True)]
        height = max(cell.size().height() for cell in cells) + 2 * pad_y
        return Unit(laid, row, cells, columns, height, row.keep_next, row.header)

    def _units(self, blocks: list[LaidOut]) -> list[Unit]:
        """A unit per paragraph and per row, reused when its block is unchanged.

        Paragraphs are recognised by value; rows by identity (the layout's
        :class:`~ametieditor.formats.layout.RowMemo` returns the same row object for
        an unchanged duty, and hashing every row's text on each refresh would cost
        more than the rest of the refresh).
        """
        cache = self._cache
        fresh: dict[object, Unit] = {}
        units: list[Unit] = []
        for laid in blocks:
            block = laid.block
            if isinstance(block, Paragraph):
                key: object = (laid.part, block)
                unit = cache.get(key) or fresh.get(key)
                if unit is None:
                    unit = self._paragraph_unit(laid)
                    self.typeset_count += 1
                unit.laid = laid
                fresh[key] = unit
                units.append(unit)
                continue
            by_identity = block.name == "duties"
            for row_index, row in enumerate(block.rows):
                key = (block.name, block.widths,
                       id(row) if by_identity and not row.header else row)
                unit = cache.get(key) or fresh.get(key)
                if unit is None or (unit.row is not row and unit.row != row):
                    unit = self._row_unit(laid, row)
                    self.typeset_count += 1
                unit.laid, unit.row_index = laid, row_index
                fresh[key] = unit
                units.append(unit)
        self._cache = fresh
        return units

    def update(self, blocks: list[LaidOut]) -> None:
        """Show ``blocks``: typeset what is new, then break the pages again."""
        self.typeset_count = 0
        self.units = self._units(blocks)
        self.pages = Pages(self.setup, self._paginate())

    # -- breaking pages ---------------------------------------------------------

    def _chain_heights(self) -> list[float]:
        """For each unit: the height of its keep-with-next chain and the unit after it."""
        chains = [0.0] * len(self.units)
        following = 0.0
        for index in range(len(self.units) - 1, -1, -1):
            unit = self.units[index]
            following = unit.height + following if unit.keep_next else unit.height
            chains[index] = following
        return chains

    def _paginate(self) -> list[list[Placed]]:
        """Place the units page by page: a keep-with-next chain that does not fit
        moves to the next page whole (unless it is longer than a page); a row that
        continues a table on a new page gets the table's header row above it."""
        pages: list[list[Placed]] = [[]]
        height = self.body(0)[1]
        page, y, limit = pages[0], 0.0, height + 0.5
        header: Unit | None = None
        previous_keeps = False
        for unit, chain in zip(self.units, self._chain_heights(), strict=True):
            if unit.row is None:
                header = None
            elif unit.header:
                header = unit
            elif header is not None and header.laid.block is not unit.laid.block:
                header = None
            needed = unit.height if previous_keeps else min(chain, height)
            if y > 0 and y + needed > limit:
                cut = 0.0 if previous_keeps or unit.keep_next else self._cut(unit, limit - y)
                if cut:  # a paragraph's first lines end this page, as in Word
                    page.append(Placed(unit, y, 0.0, cut))
                page = []
                pages.append(page)
                height = self.body(len(pages) - 1)[1]
                y, limit = 0.0, height + 0.5
                if header is not None and not unit.header:
                    page.append(Placed(header, 0.0))
                    y = header.height
                if cut:
                    page.append(Placed(unit, 0.0, cut))
                    y, previous_keeps = unit.height - cut, False
                    continue
            page.append(Placed(unit, y))
            y += unit.height
            previous_keeps = unit.keep_next and y <= height
        return pages

    @staticmethod
    def _cut(unit: Unit, space: float) -> float:
        """Height of the first lines of a paragraph unit that fit in ``space`` (0: none,
        or all of them). Tables rows never split."""
        if unit.row is not None:
            return 0.0
        document = unit.cells[0]
        block = document.firstBlock()
        layout = block.layout()
        top = unit.above + document.documentLayout().blockBoundingRect(block).top()
        cut, fitting = 0.0, 0
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            bottom = top + line.y() + line.height()
            if bottom > space:
                break
            cut, fitting = bottom, index + 1
        return cut if 0 < fitting < layout.lineCount() else 0.0

    # -- reading ----------------------------------------------------------------

    def page_count(self) -> int:
        return len(self.pages.pages)

    def part_place(self, part: str, row: int | None = None) -> tuple[int, float] | None:
        """Page index and y of the first unit of ``part`` (None when not shown), or of
        its table row ``row`` (1 for the first row under the header)."""
        for number, page in enumerate(self.pages.pages):
            for placed in page:
                unit = placed.unit
                if unit.part == part and (row is None or (
                        unit.row is not None and unit.row_index == row and not unit.header)):
                    return number, placed.y
        return None

    # -- painting ---------------------------------------------------------------

    def furniture_text(self, which: str, number: int) -> str:
        """What the header (``which`` = "header") or footer of page ``number`` says."""
        return self.furniture.text(which, number, self.page_count())

    def paint_page(self, painter: QPainter, number: int) -> None:
        """Page ``number`` (0-based) with the template's header and footer, in document
        units from its top left."""
        size = self.pages.size
        painter.fillRect(QRectF(QPointF(0, 0), size), QColor("white"))
        # In reading order (a PDF printed from here reads header, body, footer).
        self.furniture.paint(painter, "header", number, self.page_count())
        painter.save()
        painter.translate(px(self.setup.left), self.body(number)[0])
        for placed in self.pages.pages[number]:
            self._paint_unit(painter, placed)
        painter.restore()
        self.furniture.paint(painter, "footer", number, self.page_count())

    def _paint_unit(self, painter: QPainter, placed: Placed) -> None:
        unit, y = placed.unit, placed.y
        if unit.row is None:
            painter.save()
            if placed.offset or placed.height is not None:
                painter.setClipRect(QRectF(-1, y, self.width + 2, placed.shown))
            painter.translate(0, y - placed.offset + unit.above)
            unit.cells[0].drawContents(painter)
            painter.restore()
            return
        pad_y, pad_x = px(_PADDING[0]), px(_PADDING[1])
        pen = QPen(QColor("black"))
        pen.setWidthF(_BORDER)
        for cell, document, (left, width) in zip(unit.row.cells, unit.cells, unit.columns,
                                                 strict=True):
            box = QRectF(left, y, width, unit.height)
            if cell.shaded:
                painter.fillRect(box, QColor(f"#{SHADED}"))
            painter.save()
            painter.translate(left + pad_x, y + pad_y)
            document.drawContents(painter)
            painter.restore()
            painter.setPen(pen)
            painter.drawRect(box)
