"""Live preview: the document on true pages, refreshed shortly after each change.

The pages are the ones :mod:`ametieditor.gui.page_document` makes from the same
layout blocks the DOCX export writes (:mod:`ametieditor.formats.layout`): A4 (or
the template's size) with the template's margins, page breaks by the DOCX's
keep-with-next and row rules, and the template's own header and footer. Zoom works on the whole
page (Ctrl+plus, Ctrl+minus, Ctrl+0, Ctrl+wheel); the view follows the part
being edited. Print draws the very same pages (:mod:`ametieditor.gui.printing`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ametieditor.commands import EditSession
from ametieditor.formats.layout import RowMemo, layout

if TYPE_CHECKING:
    from ametieditor.gui.page_document import PageDocument
from ametieditor.model.parts import PARTS

DEBOUNCE_MS = 300
#: The preview is never narrower than this many average characters.
MINIMUM_CHARACTERS = 40
# Space around and between pages, in screen pixels.
GAP = 12
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0)
_PART_KEYS = frozenset(spec.key for spec in PARTS)


class Preview(QAbstractScrollArea):
    """The pages of the document, one under the other, zoomable."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Eelvaade"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Wide enough for a few words a line: the docks that open beside it (import
        # report, unplaced text) would otherwise squeeze it to a letter a line.
        self.setMinimumWidth(MINIMUM_CHARACTERS * self.fontMetrics().averageCharWidth())
        # Made at the first refresh, after the window's first paint: reading the
        # template's page set-up and preparing the typesetter would hold the window up.
        self._pages: PageDocument | None = None
        #: Why the chosen DOCX template is not used ("" when it is, or none is chosen).
        self.template_problem = ""
        self._memo = RowMemo()
        self.zoom = 0.0  # 0: fit the page width (until the user zooms)
        self.followed_part = ""
        self.followed_row: int | None = None
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(self._on_changed)
        session.document_replaced.connect(self.schedule)
        for keys, slot in ((("Ctrl++", "Ctrl+="), self.zoom_in), (("Ctrl+-",), self.zoom_out),
                           (("Ctrl+0",), self.reset_zoom)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    @property
    def pages(self) -> PageDocument:
        """The typeset pages (made on first use)."""
        if self._pages is None:
            from ametieditor.formats.page_setup import page_setup_or_default
            from ametieditor.gui.page_document import PageDocument
            from ametieditor.storage.export_settings import export_template

            # The template chosen in Seaded › DOCX-mall…, else the default's.
            setup, self.template_problem = page_setup_or_default(export_template())
            self._pages = PageDocument(setup)
        return self._pages

    def reload_template(self) -> None:
        """Another template was chosen: set the pages up again (from the next refresh)."""
        self._pages = None
        self._memo = RowMemo()
        if self.isVisible():
            self.refresh_now()
        else:
            self._stale = True

    # -- refreshing -------------------------------------------------------------

    def _on_changed(self, path: object) -> None:
        """Follow the edited part (and the edited duty's row)."""
        if isinstance(path, tuple) and path and path[0] in _PART_KEYS:
            self.followed_part = str(path[0])
            duty = path[2] if path[:2] == ("duties", "items") and len(path) > 2 else None
            self.followed_row = duty + 1 if isinstance(duty, int) else None
        self.schedule()

    def schedule(self, *_changed: object) -> None:
        """Refresh soon; typing restarts the wait, so a keystroke costs nothing here."""
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def refresh(self) -> None:
        """Lay the document out again; only changed paragraphs and rows are typeset."""
        self._timer.stop()
        if not self.isVisible():
            self._stale = True
            return
        self.refresh_now()

    def refresh_now(self) -> None:
        """Lay the document out now, shown or not (print needs the pages)."""
        self._timer.stop()
        self._stale = False
        self.pages.update(layout(self.session.document, self._memo))
        self._update_scroll_range()
        if self.followed_part:
            self.show_part(self.followed_part, only_if_hidden=True, row=self.followed_row)
        self.viewport().update()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self._pages is not None:
            QTimer.singleShot(0, self._refresh_if_stale)
        # The first time, the refresh waits for the first paint (see paintEvent):
        # typesetting a whole document takes longer than showing the rest of the window.

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def toPlainText(self) -> str:  # named as QTextEdit's, which the preview was
        """The text of the pages in order: a line per paragraph, cells of a row by tabs."""
        return "\n".join("\t".join(document.toPlainText() for document in unit.cells)
                         for unit in self.pages.units)

    # -- geometry ---------------------------------------------------------------

    def scale(self) -> float:
        """Screen pixels per document unit."""
        if self.zoom:
            return self.zoom
        page_width = self.pages.pages.size.width()
        return max(0.1, (self.viewport().width() - 2 * GAP) / page_width)

    def page_rect(self, number: int) -> QRectF:
        """Where page ``number`` is drawn, in content pixels (before scrolling)."""
        size = self.pages.pages.size * self.scale()
        left = max(GAP, (self.viewport().width() - size.width()) / 2)
        return QRectF(QPointF(left, GAP + number * (size.height() + GAP)), size)

    def _update_scroll_range(self) -> None:
        if self._pages is None:
            return  # nothing typeset yet (before the first paint)
        scale = self.scale()
        size = self.pages.pages.size * scale
        count = self.pages.page_count()
        total_height = GAP + count * (size.height() + GAP)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, int(total_height - self.viewport().height())))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(max(20, int(size.height() / 20)))
        horizontal = self.horizontalScrollBar()
        horizontal.setRange(0, max(0, int(size.width() + 2 * GAP - self.viewport().width())))
        horizontal.setPageStep(self.viewport().width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_scroll_range()

    # -- zoom -------------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        """Zoom (1.0 = 100 %) keeping the middle of the view where it is."""
        bar = self.verticalScrollBar()
        old_scale = self.scale()
        middle = (bar.value() + self.viewport().height() / 2) / old_scale
        self.zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._update_scroll_range()
        bar.setValue(int(middle * self.scale() - self.viewport().height() / 2))
        self.viewport().update()

    def zoom_in(self) -> None:
        current = self.scale()
        self.set_zoom(next((step for step in ZOOM_STEPS if step > current + 0.01),
                           ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.scale()
        self.set_zoom(next((step for step in reversed(ZOOM_STEPS) if step < current - 0.01),
                           ZOOM_STEPS[0]))

    def reset_zoom(self) -> None:
        """Ctrl+0: back to the page width."""
        self.zoom = 0.0
        self._update_scroll_range()
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # -- following the edited part ------------------------------------------------

    def show_part(self, key: str, only_if_hidden: bool = False, row: int | None = None) -> None:
        """Scroll so the start of part ``key`` (or its table row ``row``) is in view."""
        self.followed_part, self.followed_row = key, row
        if self._pages is None or self._stale:
            return  # not typeset yet: the refresh scrolls to the followed part
        place = self.pages.part_place(key, row) or self.pages.part_place(key)
        if place is None:
            return
        number, y = place
        top = self.page_rect(number).top() + (y + self.pages.body(number)[0]) * self.scale()
        bar = self.verticalScrollBar()
        if only_if_hidden and bar.value() <= top <= bar.value() + self.viewport().height() - 40:
            return
        bar.setValue(int(top - GAP))

    # -- painting ---------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), QColor("#8a8a8a"))
        if self._pages is None:  # before the first refresh: the grey desk only
            painter.end()
            if self._stale:
                QTimer.singleShot(0, self._refresh_if_stale)  # now that the window is seen
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        top, height = self.verticalScrollBar().value(), self.viewport().height()
        dx = self.horizontalScrollBar().value()
        scale = self.scale()
        for number in range(self.pages.page_count()):
            rect = self.page_rect(number)
            if rect.bottom() < top or rect.top() > top + height:
                continue
            painter.save()
            painter.translate(rect.left() - dx, rect.top() - top)
            painter.fillRect(QRectF(3, 3, rect.width(), rect.height()), QColor("#5a5a5a"))
            painter.scale(scale, scale)
            self.pages.paint_page(painter, number)
            painter.restore()
        painter.end()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
