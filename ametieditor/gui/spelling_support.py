"""Spell checking in the window: every text field of every pane, the status bar, the check panel.

* Each pane's line edits, plain text edits and rich text editors get
  :func:`~ametieditor.gui.spell_highlighter.attach_spelling` when the pane is made
  (panes are made on first use): red underlines while typing, checked in the
  background, and suggestions and "Lisa minu sõnastikku" on right-click.
* When the speller is missing the editor works on; the status bar says so.
* Misspelt words of the whole document appear in the check panel: after a pause in
  editing the document goes to :meth:`SpellService.check_document`, which runs the
  CLI's own :func:`~ametieditor.spelling.report.spelling_problems` in the worker
  thread. Nothing of it runs on the typing path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ametieditor.commands import EditSession, SetValue
from ametieditor.gui.spell_highlighter import (
    SpellMenu,
    SpellService,
    attach_spelling,
    shared_spell_service,
)
from ametieditor.gui.spelling_marks import TextMarks

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow
    from ametieditor.spelling.tokenizer import Word

#: Pause in editing after which the whole document is spell-checked for the check panel.
DOCUMENT_CHECK_MS = 1500
#: The speller starts this long after the window is made: loading Vabamorf in the
#: worker holds Python's GIL for a few hundred ms, which would delay the first paint.
START_DELAY_MS = 600
_ATTACHED = "spellingAttached"


def text_fields(root: QWidget) -> list[QWidget]:
    """The editable text fields below ``root`` (not the line edits inside date/spin boxes)."""
    editors: list[QLineEdit | QPlainTextEdit | QTextEdit] = [
        *root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit),
        *root.findChildren(QTextEdit)]
    return [widget for widget in editors
            if not isinstance(widget.parent(), QAbstractSpinBox) and not widget.isReadOnly()]


def end_typing_run(session: EditSession) -> None:
    """The next edit starts a new undo step instead of merging into the last typing."""
    stack = session.undo_stack
    top = stack.command(stack.index() - 1) if stack.index() > 0 else None
    if isinstance(top, SetValue):
        top.merge = False


def _own_undo_step(menu: SpellMenu, session: EditSession) -> None:
    """A correction from the menu is one undo step of its own (not merged with typing)."""
    replace = menu.replace

    def replace_as_own_step(word: Word, offset: int, replacement: str) -> None:
        end_typing_run(session)
        replace(word, offset, replacement)
        end_typing_run(session)

    menu.replace = replace_as_own_step  # type: ignore[method-assign]


def attach_to_pane(pane: QWidget, service: SpellService, session: EditSession,
                   extend: Callable[[QWidget, QMenu], None] | None = None,
                   marks: TextMarks | None = None) -> int:
    """Spell checking for every text field of ``pane`` (once each); how many were new.

    ``extend(editor, menu)`` adds further actions to each field's context menu;
    ``marks`` tells whether the document lost its diacritics.
    """
    count = 0
    for widget in text_fields(pane):
        if widget.property(_ATTACHED):
            continue
        widget.setProperty(_ATTACHED, True)
        attach_spelling(widget, service, marks)
        for menu in widget.findChildren(SpellMenu):
            _own_undo_step(menu, session)
            if extend is not None:
                menu.extend = lambda built, editor=widget: extend(editor, built)
        count += 1
    return count


class SpellingSupport(QObject):
    """Ties the window to the application's :class:`SpellService`."""

    def __init__(self, window: MainWindow, service: SpellService) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.status = QLabel(window)
        self.status.setObjectName("spellingStatus")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self._asked = False
        self.started = False
        #: Whether the document lost its diacritics: on opening, then after each check.
        self.marks = TextMarks(self)
        self.marks.set_document(window.session.document)
        #: ``extender(editor, menu)``: more actions for the text fields' context menus.
        self.menu_extenders: list[Callable[[QWidget, QMenu], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DOCUMENT_CHECK_MS)
        self._timer.timeout.connect(self.check_document)
        service.unavailable.connect(self._unavailable)
        service.document_checked.connect(self._document_checked)
        service.document_marks.connect(self._document_marks)
        window.session.changed.connect(self._schedule)
        window.session.document_replaced.connect(self._replaced)
        if service.problem:
            self._unavailable(service.problem)

    def start(self) -> None:
        """Attach to the panes made so far and to every pane made later (once)."""
        if self.started:
            return
        self.started = True
        self.window.on_pane_made(lambda _key, pane: self.attach(pane))

    def attach(self, pane: QWidget) -> None:
        attach_to_pane(pane, self.service, self.window.session, self._extend, self.marks)

    def _extend(self, editor: QWidget, menu: QMenu) -> None:
        for extender in self.menu_extenders:
            extender(editor, menu)

    @Slot(str)
    def _unavailable(self, reason: str) -> None:
        self.status.setText(self.tr("Õigekirja ei kontrollita: {reason}").format(reason=reason))
        self.status.show()
        self.window.check_panel.set_extra_problems([])

    @Slot(object)
    def _schedule(self, *_changed: object) -> None:
        self._timer.start()

    @Slot()
    def _replaced(self) -> None:
        self.window.check_panel.set_extra_problems([])
        self.marks.set_document(self.window.session.document)
        self._timer.start()

    @Slot()
    def check_document(self) -> None:
        """Send the document to the worker now (the timer calls this after a pause)."""
        self._timer.stop()
        if self.service.problem:
            return
        self._asked = True
        self.service.check_document(self.window.session.document)

    @Slot(object)
    def _document_marks(self, lost: object) -> None:
        """(Sent just before ``_document_checked``, for the same document.)"""
        if self._asked and not self._timer.isActive():
            self.marks.set_lost(lost if isinstance(lost, bool) else None)

    @Slot(object)
    def _document_checked(self, problems: object) -> None:
        if not self._asked:  # another window's answer
            return
        if self._timer.isActive():  # edited since: a newer answer will come
            return
        self._asked = False
        self.window.check_panel.set_extra_problems(list(problems))  # type: ignore[call-overload]


def install(window: MainWindow) -> SpellingSupport:
    service = shared_spell_service()
    support = SpellingSupport(window, service)
    window.features.add(support)
    QTimer.singleShot(START_DELAY_MS, support, support.start)
    return support
