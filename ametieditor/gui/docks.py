"""Docks that never crowd the work: where they open, when they open, what stays closed.

The window's work area (navigator | pane | preview) keeps its width: every
dock of the editor opens in the bottom area, tabbed together with the checks
(:func:`place`), so the preview never gets narrower than its readable minimum
and the pane keeps a usable width. A dock opens by itself only when there is
something new to show in it, and closes when it has become empty
(:class:`DockKeeper`); a dock the user closed stays closed until its news
holds something not seen when it was closed. Where the user then moves or
resizes the docks is remembered with the window's state (``window/state``).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QTabBar

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow
    from ametieditor.model.checks import Problem

#: Version of the saved window state: 1 had the import docks on the right, beside the
#: preview; a state saved by another version is not restored (the docks start anew).
LAYOUT_VERSION = 2

#: Where the editor's docks open (tabbed together): below the work, never beside it.
DOCK_AREA = Qt.DockWidgetArea.BottomDockWidgetArea


def place(window: MainWindow, dock: QDockWidget) -> None:
    """Put ``dock`` in the bottom area as a tab beside the check panel."""
    window.addDockWidget(DOCK_AREA, dock)
    anchor = getattr(window, "check_dock", None)
    if anchor is not None and anchor is not dock:
        window.tabifyDockWidget(anchor, dock)


def check_news(problems: list[Problem], count: int) -> set[Hashable]:
    """What the check panel shows, as news: the document's own problems.

    Spelling findings (underlined in the fields already, and found anew as one types)
    count as one item, so they open the dock once rather than at every new word.
    """
    news: set[Hashable] = {(problem.part, problem.message) for problem in problems}
    if count and not news:
        news = {"spelling"}
    return news


class DockKeeper(QObject):
    """Opens docks on news, closes them when empty, and respects the user's closing.

    ``news`` is a set of hashable items describing what a dock shows (problem
    texts, unplaced texts …). When the user closes a dock, the news it had then
    is remembered; :meth:`show_news` opens it again only for news beyond that.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: Per dock (object name): the news it held when the user closed it.
        self._closed_with: dict[str, frozenset[Hashable]] = {}
        #: Per dock: the news it holds now (as last given to show_news).
        self._news: dict[str, frozenset[Hashable]] = {}
        window.installEventFilter(self)  # (the docks' tab bars, see eventFilter)

    def track(self, dock: QDockWidget) -> None:
        """Notice when the user closes ``dock`` (its × button or the View menu)."""
        dock.installEventFilter(self)
        dock.toggleViewAction().triggered.connect(
            lambda checked, dock=dock: self._toggled(dock, checked))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A dock closed by the user; and the docks' tab bars take no Tab focus.

        Qt parks a dock group's unused tab bar off screen, still "visible": Tab would
        land on it, between the pane and the preview. The tabs still take clicks.
        """
        if event.type() == QEvent.Type.Close and isinstance(watched, QDockWidget):
            self.closed_by_user(watched)
        elif event.type() == QEvent.Type.ChildPolished and watched is self.window:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QTabBar):
                child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return False

    def _toggled(self, dock: QDockWidget, checked: bool) -> None:
        if checked:
            self._closed_with.pop(dock.objectName(), None)
        else:
            self.closed_by_user(dock)

    def closed_by_user(self, dock: QDockWidget) -> None:
        self._closed_with[dock.objectName()] = self._news.get(dock.objectName(), frozenset())

    def user_closed(self, dock: QDockWidget) -> bool:
        return dock.objectName() in self._closed_with

    def show_news(self, dock: QDockWidget, news: Iterable[Hashable], raise_: bool = True
                  ) -> bool:
        """The dock's content is now ``news``: open it if that holds something new.

        Empty news closes the dock. Returns whether the dock is open afterwards.
        """
        items = frozenset(news)
        name = dock.objectName()
        self._news[name] = items
        if not items:
            dock.hide()
            return False
        closed_with = self._closed_with.get(name)
        if closed_with is not None and items <= closed_with:
            return dock.isVisible()
        self._closed_with.pop(name, None)
        if not dock.isVisible():
            dock.show()
            if raise_:
                dock.raise_()
        return True

    def forget(self, dock: QDockWidget) -> None:
        """A new document: what was closed for the old one's news counts no more."""
        self._closed_with.pop(dock.objectName(), None)
        self._news.pop(dock.objectName(), None)
