"""The template's header and footer typeset for one page, and the room they take.

:mod:`ametieditor.formats.page_furniture` reads them from the template; here each
is typeset into a QTextDocument as wide as the text area, with the page number and
page count filled in: its paragraphs' alignment, tab stops (and Word's positional
tabs), spacing and fonts, inline pictures at their size; floating pictures are
painted over it at their place on the page.

Placement, as Word does it: the header's top is the header distance
(``w:pgMar w:header``) below the page's top edge, the footer's bottom the footer
distance above the bottom edge. A header taller than the room above the top
margin pushes the body down (a footer pushes it up) unless the margin is exact
(negative in the DOCX); LibreOffice opens the DOCX the same way.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextOption,
    QTextTableFormat,
)

from ametieditor.formats.furniture_pictures import place
from ametieditor.formats.page_furniture import (
    Furniture,
    FurnitureParagraph,
    FurnitureTable,
    Piece,
    TabStop,
    furniture_text,
    piece_text,
)
from ametieditor.formats.page_setup import PageSetup
from ametieditor.formats.style_looks import RunLook

#: Document units are pixels at this many dots per inch (1:1 on a 96-dpi screen at 100 %).
DPI = 96
_TAB_KINDS = {"left": QTextOption.TabType.LeftTab, "center": QTextOption.TabType.CenterTab,
              "right": QTextOption.TabType.RightTab, "decimal": QTextOption.TabType.DelimiterTab}
_ALIGN = {"center": Qt.AlignmentFlag.AlignHCenter, "right": Qt.AlignmentFlag.AlignRight,
          "both": Qt.AlignmentFlag.AlignJustify}
#: Word's default left and right cell margins (108 twips) in points.
_CELL_MARGIN = 5.4
#: Word's default tab stop (``w:defaultTabStop`` 720 twips) in points.
_DEFAULT_TAB = 36.0
_CACHE_SIZE = 64


def px(points: float) -> float:
    """Points as document units."""
    return points * DPI / 72


def char_format(look: RunLook) -> QTextCharFormat:
    """A font as the template gives it (Liberation fonts where Times or Arial are missing)."""
    result = QTextCharFormat()
    result.setFontFamilies([look.font, "Liberation Serif" if "Times" in look.font
                            else "Liberation Sans"])
    result.setFontPointSize(look.size)
    result.setFontWeight(QFont.Weight.Bold if look.bold else QFont.Weight.Normal)
    result.setFontItalic(look.italic)
    if look.caps:
        result.setFontCapitalization(QFont.Capitalization.AllUppercase)
    return result


def _outer_spacing(part: Furniture) -> tuple[float, float]:
    """Space before the first paragraph and after the last (document units): Word keeps
    them in a header or footer, a QTextDocument leaves them out."""
    first = part.blocks[0] if part.blocks else None
    last = part.blocks[-1] if part.blocks else None
    return (px(first.before) if isinstance(first, FurnitureParagraph) else 0.0,
            px(last.after) if isinstance(last, FurnitureParagraph) else 0.0)


class FurnitureSetter:
    """Headers and footers of one template, typeset per page and cached."""

    def __init__(self, setup: PageSetup, device: QImage) -> None:
        self.setup = setup
        self.furniture = setup.furniture
        self._device = device
        self.width = px(setup.text_width)
        self._cache: dict[tuple[str, int, int], QTextDocument | None] = {}
        self._heights: dict[tuple[str, str], float] = {}
        self._images: dict[str, QImage] = {}

    # -- text ---------------------------------------------------------------------

    def part(self, which: str, index: int) -> Furniture:
        """The header (``which`` = "header") or footer of page ``index``."""
        furniture = self.furniture
        return furniture.header(index) if which == "header" else furniture.footer(index)

    def text(self, which: str, index: int, count: int) -> str:
        """What the header or footer of page ``index`` of ``count`` says ("" when none)."""
        part = self.part(which, index)
        return "" if part.empty else furniture_text(part, self.furniture, index, count)

    # -- typesetting --------------------------------------------------------------

    def document(self, which: str, index: int, count: int) -> QTextDocument | None:
        """The header or footer of page ``index`` typeset (None when it is empty)."""
        key = (which, index, count)
        if key not in self._cache:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            part = self.part(which, index)
            self._cache[key] = None if part.empty else self._typeset(part, index, count)
        return self._cache[key]

    def height(self, which: str, index: int) -> float:
        """Height of the header or footer of page ``index`` (0 when empty), the same for
        every page of its kind; fields are typeset as on a page of a one-page document."""
        key = (which, self.furniture.kind(index))
        if key not in self._heights:
            part = self.part(which, index)
            document = None if part.empty else self._typeset(part, index, 1)
            before, after = _outer_spacing(part)
            self._heights[key] = 0.0 if document is None else \
                before + document.size().height() + after
        return self._heights[key]

    def _typeset(self, part: Furniture, index: int, count: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        option = document.defaultTextOption()
        option.setTabStopDistance(px(_DEFAULT_TAB))
        document.setDefaultTextOption(option)
        cursor = QTextCursor(document)
        fresh = True  # the cursor's block is still empty: the next block goes into it
        for block in part.blocks:
            if isinstance(block, FurnitureTable):
                if not fresh:  # Qt anchors a table to an empty block that takes no room
                    cursor.insertBlock()
                self._table(document, cursor, block, index, count)
            else:
                self._paragraph(document, cursor, block, index, count, fresh)
            fresh = isinstance(block, FurnitureTable)  # the block after a table is empty
        document.documentLayout().setPaintDevice(self._device)
        document.setTextWidth(self.width)
        return document

    def _paragraph(self, document: QTextDocument, cursor: QTextCursor,
                   paragraph: FurnitureParagraph, index: int, count: int,
                   fresh: bool = False) -> None:
        """``paragraph`` in a new block (``fresh``: in the cursor's empty block)."""
        block = self._block_format(paragraph)
        if fresh:
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block)
        cursor.setBlockCharFormat(char_format(paragraph.look))
        for piece in paragraph.pieces:
            self._insert(document, cursor, piece, index, count)
        if not paragraph.pieces:  # an empty paragraph takes its line (Qt: not next to a table)
            cursor.insertText("\u200b", char_format(paragraph.look))

    def _table(self, document: QTextDocument, cursor: QTextCursor, table: FurnitureTable,
               index: int, count: int) -> None:
        """A header table: grid widths, Word's default cell margins, no borders."""
        columns = max(len(table.widths), max((sum(cell.span for cell in row)
                                              for row in table.rows), default=1), 1)
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
        table_format.setCellSpacing(0)
        table_format.setCellPadding(0)
        table_format.setMargin(0)
        table_format.setColumnWidthConstraints([
            QTextLength(QTextLength.Type.FixedLength, px(width)) for width in table.widths])
        qt_table = cursor.insertTable(max(len(table.rows), 1), columns, table_format)
        for row_number, row in enumerate(table.rows):
            column = 0
            for cell in row:
                if column >= columns:
                    break
                if cell.span > 1:
                    qt_table.mergeCells(row_number, column, 1, min(cell.span, columns - column))
                target = qt_table.cellAt(row_number, column)
                inner = target.firstCursorPosition()
                for number, paragraph in enumerate(cell.paragraphs):
                    self._paragraph(document, inner, paragraph, index, count, not number)
                # After the text: the cell's format is its first block's character format.
                cell_format = target.format()
                for side in (QTextFormat.Property.TableCellLeftPadding,
                             QTextFormat.Property.TableCellRightPadding):
                    cell_format.setProperty(side, px(_CELL_MARGIN))
                target.setFormat(cell_format)
                column += cell.span
        cursor.movePosition(QTextCursor.MoveOperation.End)

    def _block_format(self, paragraph: FurnitureParagraph) -> QTextBlockFormat:
        result = QTextBlockFormat()
        result.setAlignment(_ALIGN.get(paragraph.align, Qt.AlignmentFlag.AlignLeft))
        result.setLeftMargin(px(paragraph.indent_left))
        result.setRightMargin(px(paragraph.indent_right))
        result.setTopMargin(px(paragraph.before))
        result.setBottomMargin(px(paragraph.after))
        stops = list(paragraph.tabs)
        for piece in paragraph.pieces:  # a positional tab aligns to the text area
            if piece.kind == "ptab":
                position = {"center": self.setup.text_width / 2,
                            "right": self.setup.text_width}.get(piece.text, 0.0)
                stops.append(TabStop(position - paragraph.indent_left, piece.text))
        result.setTabPositions([QTextOption.Tab(px(stop.position), _TAB_KINDS.get(
            stop.kind, QTextOption.TabType.LeftTab)) for stop in sorted(
                stops, key=lambda stop: stop.position)])
        return result

    def _insert(self, document: QTextDocument, cursor: QTextCursor, piece: Piece,
                index: int, count: int) -> None:
        chars = char_format(piece.look)
        if piece.kind == "text":
            cursor.insertText(piece.text.replace("\n", "\u2028"), chars)
        elif piece.kind == "ptab":
            cursor.insertText("\t", chars)
        elif piece.kind == "field":
            cursor.insertText(piece_text(piece, self.furniture, index, count), chars)
        elif piece.kind == "image":
            image = self._image(piece.image)
            if image.isNull():
                return  # a format Qt cannot read (EMF, WMF …): left out
            name = QUrl("furniture:" + hashlib.sha1(piece.image).hexdigest())
            document.addResource(QTextDocument.ResourceType.ImageResource, name, image)
            picture = QTextImageFormat()
            picture.setName(name.toString())
            picture.setWidth(px(piece.width))
            picture.setHeight(px(piece.height))
            cursor.insertImage(picture)

    # -- room and painting --------------------------------------------------------

    def body(self, index: int) -> tuple[float, float]:
        """Top and height of the body on page ``index`` (document units)."""
        setup = self.setup
        top, bottom = px(setup.top), px(setup.height - setup.bottom)
        if not setup.top_fixed:
            top = max(top, px(setup.header) + self.height("header", index))
        if not setup.bottom_fixed:
            bottom = min(bottom, px(setup.height - setup.footer) - self.height("footer", index))
        return top, max(bottom - top, px(72))

    def paint(self, painter: QPainter, which: str, index: int, count: int) -> None:
        """The header (``which`` = "header") or footer of page ``index`` of ``count``,
        its floating pictures over it."""
        document = self.document(which, index, count)
        if document is None:
            return
        setup = self.setup
        part = self.part(which, index)
        before, after = _outer_spacing(part)
        top = px(setup.header) if which == "header" else \
            px(setup.height - setup.footer) - after - document.size().height() - before
        painter.save()
        painter.translate(px(setup.left), top + before)
        document.drawContents(painter)
        painter.restore()
        for floating in part.pictures:
            image = self._image(floating.picture.image)
            if image.isNull():
                continue
            x, y = place(floating, (setup.width, setup.height),
                         (setup.top, setup.right, setup.bottom, setup.left), top * 72 / DPI)
            painter.drawImage(QRectF(px(x), px(y), px(floating.picture.width),
                                     px(floating.picture.height)), image)

    def _image(self, data: bytes) -> QImage:
        """A picture's image, read once (a null image when Qt cannot read it)."""
        key = hashlib.sha1(data).hexdigest()
        if key not in self._images:
            self._images[key] = QImage.fromData(data)
        return self._images[key]
