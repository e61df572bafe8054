"""Spell checking as you type: red wavy underlines and a suggestions menu.

Wiring into a pane (one line per editor)::

    service = shared_spell_service()              # one per application
    attach_spelling(editor, service)              # QPlainTextEdit / QTextEdit / QLineEdit

* :class:`SpellService` owns the :class:`~ametieditor.spelling.checker.SpellChecker`.
  The engine is loaded on first use in a worker thread (``QThreadPool``), and
  words the cache does not know yet are checked there too, so typing never
  waits for the speller. ``checked`` is emitted when answers arrive;
  ``unavailable(reason)`` when the engine is not installed (show it in the
  status bar: the editor works on without spell checking).
  ``check_document(doc)`` spell-checks a whole document there for the check
  panel and answers with ``document_checked(problems)``.
* :class:`SpellHighlighter` (a ``QSyntaxHighlighter``) underlines the words
  the cache knows to be wrong and asks the service about the others; when
  answers arrive it re-highlights only the blocks that were waiting.
* :class:`SpellMenu` replaces the editor's context menu: suggestions for the
  word under the mouse, "Lisa minu sõnastikku", then the standard actions.
  A chosen suggestion replaces the word through the editor's own cursor (one
  undo step in the widget; the pane's command picks up the text change).
* A ``QLineEdit`` has no document: it gets the menu, and its misspelt words
  are underlined with input-method formatting (:class:`LineEditSpelling`).
* :class:`TextMarks` knows whether a window's document has lost its
  diacritics: a word that reads right but most likely lost its marks
  (``kooskolas``) is underlined only in a paragraph or document without marks
  (:func:`~ametieditor.spelling.diacritics.marks_lost`), as in the CLI's report.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from ametieditor.gui.spelling_marks import TextMarks, lost_in
from ametieditor.model.document import JobDescription
from ametieditor.spelling.backend import SpellerUnavailable
from ametieditor.spelling.checker import SpellChecker
from ametieditor.spelling.report import CheckStopped, document_marks_lost, spelling_problems
from ametieditor.spelling.tokenizer import Word, iter_words

UNDERLINE_COLOR = QColor(220, 0, 0)
#: Pause in typing after which new words are checked.
DEBOUNCE_MS = 250


def misspelt_format() -> QTextCharFormat:
    """Red wavy underline (the platform's spell-check underline)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(UNDERLINE_COLOR)
    return fmt


class _Job(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class SpellService(QObject):
    """The application's speller: lazy start, background checks, shared cache."""

    ready = Signal()
    unavailable = Signal(str)
    #: New answers are in the cache: highlighters re-highlight what waited.
    checked = Signal()
    #: A word was added to the user's dictionary: everything is re-highlighted.
    dictionary_changed = Signal()
    #: Answer to :meth:`check_document`: a list of spelling ``Problem``s.
    document_checked = Signal(object)
    # Sent just before ``document_checked``: whether that document lost its
    # marks (:func:`~ametieditor.spelling.diacritics.marks_lost`: a bool or None).
    document_marks = Signal(object)

    def __init__(self, make_checker: Callable[[], SpellChecker] = SpellChecker,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_checker = make_checker
        self.checker: SpellChecker | None = None
        self.problem = ""
        self._pending: dict[str, None] = {}
        # Answers already asked on the GUI thread (see :meth:`cached`).
        self._answers: dict[str, bool] = {}
        self._pending_document: JobDescription | None = None
        self._lock = threading.Lock()
        self._started = False
        self._running = False
        #: Set by :meth:`shutdown`: the worker stops at the next batch and emits nothing.
        self._stopping = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one engine, one worker: answers stay in order
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._kick)

    # -- state ---------------------------------------------------------------
    @property
    def is_ready(self) -> bool:
        return self.checker is not None

    def start(self) -> None:
        """Load the engine in the background (once)."""
        with self._lock:
            if self._started or self._stopping:
                return
            self._started = True
            self._running = True
        self._pool.start(_Job(self._work))

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the background work is done (tests, benchmarks, shutdown).

        Words still waiting for the debounce are checked now.
        """
        if self._debounce.isActive():
            self._debounce.stop()
            self._kick()
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 3000) -> bool:
        """Stop the background work for good (the application is quitting).

        A document check running now ends at its next batch of words, emits
        nothing, and the worker is waited for (at most ``msecs``), so quitting
        during a check is quick and prints nothing.
        """
        with self._lock:
            self._stopping = True
            self._pending.clear()
            self._pending_document = None
        self._debounce.stop()
        return self._pool.waitForDone(msecs)

    def _stopped(self) -> bool:
        return self._stopping

    # -- questions -----------------------------------------------------------
    def cached(self, word: str) -> bool | None:
        """The known answer for ``word``; ``None`` while unknown (never blocks).

        Asked for every word of a paragraph on every keystroke, so a known
        answer is kept here too: a dictionary lookup instead of the checker's
        two locks. (GUI thread only; only adding a word changes an answer.)
        """
        answer = self._answers.get(word)
        if answer is None and self.checker is not None:
            answer = self.checker.cached(word)
            if answer is not None:
                self._answers[word] = answer
        return answer

    def wrong_in(self, word: str, answer: bool, lost: bool) -> bool:
        """Whether ``word`` with its cached ``answer`` is misspelt in a text whose marks are
        ``lost`` (a word that only lost its marks is right in a text that has them)."""
        if self.checker is None:
            return not answer
        return self.checker.wrong_in(word, answer, lost)

    def request(self, words: Iterable[str]) -> None:
        """Check these words in the background soon; ``checked`` follows.

        The check starts :data:`DEBOUNCE_MS` after the last request, so while
        the user types fast the half-typed words do not keep the worker (and
        Python's GIL) busy; the answers come in the first pause.
        """
        if self.problem:
            return
        with self._lock:
            for word in words:
                self._pending[word] = None
        if not self._started:
            self.start()
        self._debounce.start()

    def check_document(self, doc: JobDescription) -> None:
        """Spell-check a whole document in the background (for the check panel).

        ``document_checked(problems)`` follows; a newer request replaces an
        older one still waiting. Nothing follows when the engine is missing
        (``unavailable`` has said so).
        """
        if self.problem:
            return
        with self._lock:
            self._pending_document = doc.clone()
        self.start()
        self._kick()

    def _kick(self) -> None:
        with self._lock:
            run = not self._stopping and not self._running and self._started and (
                bool(self._pending) or self._pending_document is not None)
            if run:
                self._running = True
        if run:
            self._pool.start(_Job(self._work))

    def suggestions(self, word: str) -> list[str]:
        """Corrections (asked on the GUI thread at right-click: a few milliseconds)."""
        return self.checker.suggestions(word) if self.checker is not None else []

    def add_to_dictionary(self, word: str) -> None:
        if self.checker is not None:
            self.checker.add_to_dictionary(word)
            self._answers.clear()
            self.dictionary_changed.emit()

    # -- worker thread ---------------------------------------------------------
    def _work(self) -> None:
        if self.checker is None and not self.problem:
            try:
                self.checker = self._make_checker()
            except SpellerUnavailable as error:
                self.problem = str(error)
                with self._lock:
                    self._running = False
                    self._pending.clear()
                    self._pending_document = None
                if not self._stopping:
                    self.unavailable.emit(self.problem)
                return
            if not self._stopping:
                self.ready.emit()
        while True:
            with self._lock:
                words = list(self._pending)
                self._pending.clear()
                document, self._pending_document = self._pending_document, None
                if not words and document is None:
                    self._running = False
                    return
            assert self.checker is not None
            with contextlib.suppress(CheckStopped):
                self._answer(words, document)
            if self._stopping:
                with self._lock:
                    self._running = False
                return

    def _answer(self, words: list[str], document: JobDescription | None) -> None:
        """Check and emit; nothing is emitted once :meth:`shutdown` was called."""
        assert self.checker is not None
        if words:
            self.checker.check_words(words)
            if not self._stopping:
                self.checked.emit()
        if document is not None:
            problems = spelling_problems(document, self.checker, stop=self._stopped)
            lost = document_marks_lost(document)
            if not self._stopping:
                self.document_marks.emit(lost)
                self.document_checked.emit(problems)


_shared: SpellService | None = None


def shared_spell_service() -> SpellService:
    """The application's one :class:`SpellService` (started on first use)."""
    global _shared
    if _shared is None:
        application = QApplication.instance()
        _shared = SpellService(parent=application)
        if application is not None:
            application.aboutToQuit.connect(_shared.shutdown)
    return _shared


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words of a QTextDocument without blocking typing."""

    def __init__(self, document: QTextDocument, service: SpellService,
                 marks: TextMarks | None = None) -> None:
        super().__init__(document)
        self.service = service
        self.marks = marks
        self._format = misspelt_format()
        self._waiting: set[int] = set()  # block numbers with unanswered words
        self.enabled = True
        service.checked.connect(self._answers_arrived)
        service.dictionary_changed.connect(self.rehighlight)
        if marks is not None:
            marks.changed.connect(self.rehighlight)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # Qt's name
        if not self.enabled:
            return
        unknown: list[str] = []
        lost: bool | None = None  # (worked out at the first word wrong only for its marks)
        for word in iter_words(text):
            answer = self.service.cached(word.text)
            if answer is None:
                unknown.append(word.text)
            elif not answer:
                if not self.service.wrong_in(word.text, answer, False):
                    # wrong only for its marks: the text's marks decide (worked out once)
                    if lost is None:
                        lost = lost_in(self.marks, text)
                    if not lost:
                        continue
                self.setFormat(word.start, len(word.text), self._format)
        block = self.currentBlock().blockNumber()
        if unknown:
            self._waiting.add(block)
            self.service.request(unknown)
        else:
            self._waiting.discard(block)

    def _answers_arrived(self) -> None:
        document = self.document()
        if document is None:
            return
        waiting, self._waiting = self._waiting, set()
        for number in sorted(waiting):
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)


def word_at(text: str, position: int) -> Word | None:
    """The checkable word that contains ``position`` (or ends at it)."""
    for word in iter_words(text):
        if word.start <= position <= word.end:
            return word
    return None


class SpellMenu(QObject):
    """The context menu of one editor with spelling suggestions on top."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit | QLineEdit,
                 service: SpellService, marks: TextMarks | None = None) -> None:
        super().__init__(editor)
        self.editor = editor
        self.service = service
        self.marks = marks
        #: Adds the editor's own actions (e.g. the wording library's) to the built menu.
        self.extend: Callable[[QMenu], None] | None = None
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._show)

    def _show(self, pos: QPoint) -> None:
        menu = self.build_menu(pos)
        menu.exec(self.editor.mapToGlobal(pos))
        menu.deleteLater()

    def _word_at(self, pos: QPoint) -> tuple[Word, int, str] | None:
        """(word, offset of its text block/line, that block/line) under the mouse position."""
        editor = self.editor
        if isinstance(editor, QLineEdit):
            text = editor.text()
            found = word_at(text, editor.cursorPositionAt(pos))
            return (found, 0, text) if found else None
        cursor = editor.cursorForPosition(pos)
        block = cursor.block()
        found = word_at(block.text(), cursor.positionInBlock())
        return (found, block.position(), block.text()) if found else None

    def _misspelt(self, word: str, text: str) -> bool:
        """Whether ``word`` of ``text`` is underlined (the highlighter's own rule)."""
        answer = self.service.cached(word)
        return answer is False and self.service.wrong_in(word, answer,
                                                          lost_in(self.marks, text))

    def _localise(self, menu: QMenu) -> None:
        """Qt ships no Estonian for its standard edit actions: name them here."""
        names = {
            "edit-undo": self.tr("&Võta tagasi"),
            "edit-redo": self.tr("&Tee uuesti"),
            "edit-cut": self.tr("&Lõika"),
            "edit-copy": self.tr("&Kopeeri"),
            "edit-paste": self.tr("Kl&eebi"),
            "edit-delete": self.tr("Kustuta"),
            "select-all": self.tr("V&ali kõik"),
        }
        for action in menu.actions():
            text = names.get(action.objectName())
            if text is not None:
                shortcut = action.text().partition("\t")[2]
                action.setText(f"{text}\t{shortcut}" if shortcut else text)

    def build_menu(self, pos: QPoint) -> QMenu:
        """The menu for a right-click at ``pos`` (separate from showing it, for tests)."""
        menu = self.editor.createStandardContextMenu()
        menu.setParent(self.editor, menu.windowFlags())
        self._localise(menu)
        if self.extend is not None:
            self.extend(menu)
        hit = self._word_at(pos)
        if hit is None or not self._misspelt(hit[0].text, hit[2]):
            return menu
        word, offset, _text = hit
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.service.suggestions(word.text)
        added = []
        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            action.setObjectName("suggestion")
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(
                lambda _checked=False, s=suggestion: self.replace(word, offset, s))
            added.append(action)
        if not suggestions:
            none = menu.addAction(self.tr("(soovitusi pole)"))
            none.setEnabled(False)
            added.append(none)
        add = menu.addAction(self.tr("Lisa minu sõnastikku"))
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda _checked=False: self.service.add_to_dictionary(word.text))
        added.append(add)
        for action in added:
            menu.removeAction(action)
        if first is not None:
            menu.insertActions(first, added)
            menu.insertSeparator(first)
        else:
            menu.addActions(added)
        return menu

    def replace(self, word: Word, offset: int, replacement: str) -> None:
        """Put ``replacement`` in place of ``word`` as one edit of the widget."""
        editor = self.editor
        if isinstance(editor, QLineEdit):
            editor.setSelection(word.start, len(word.text))
            editor.insert(replacement)
            return
        cursor = QTextCursor(editor.document())
        cursor.setPosition(offset + word.start)
        cursor.setPosition(offset + word.end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == word.text:
            cursor.insertText(replacement)


class LineEditSpelling(QObject):
    """Underlines misspelt words of a QLineEdit (it has no QTextDocument).

    Uses input-method formatting, which QLineEdit draws but does not store:
    the text itself is never changed.
    """

    def __init__(self, editor: QLineEdit, service: SpellService,
                 marks: TextMarks | None = None) -> None:
        super().__init__(editor)
        self.editor = editor
        self.service = service
        self.marks = marks
        self.misspelt: list[Word] = []
        editor.textChanged.connect(self.update)
        editor.installEventFilter(self)
        service.checked.connect(self.update)
        service.dictionary_changed.connect(self.update)
        if marks is not None:
            marks.changed.connect(self.update)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._apply()
        return False

    def update(self) -> None:
        unknown = []
        self.misspelt = []
        text = self.editor.text()
        for word in iter_words(text):
            answer = self.service.cached(word.text)
            if answer is None:
                unknown.append(word.text)
            elif not answer and self.service.wrong_in(word.text, answer,
                                                      lost_in(self.marks, text)):
                self.misspelt.append(word)
        if unknown:
            self.service.request(unknown)
        self._apply()

    def _apply(self) -> None:
        cursor = self.editor.cursorPosition()
        attributes = [
            QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.TextFormat,
                                        word.start - cursor, len(word.text), misspelt_format())
            for word in self.misspelt
        ]
        QApplication.sendEvent(self.editor, QInputMethodEvent("", attributes))


def attach_spelling(editor: QWidget, service: SpellService | None = None,
                    marks: TextMarks | None = None) -> QObject:
    """Spell checking for any QPlainTextEdit, QTextEdit or QLineEdit.

    ``marks`` tells whether the editor's document lost its diacritics (see
    :class:`TextMarks`; without it only the editor's own text tells). Returns
    the highlighter (text edits) or the line-edit helper; the context menu is
    installed either way. Everything is parented to the editor, so it goes
    away with it.
    """
    service = service or shared_spell_service()
    service.start()
    if isinstance(editor, QLineEdit):
        SpellMenu(editor, service, marks)
        return LineEditSpelling(editor, service, marks)
    if isinstance(editor, QPlainTextEdit | QTextEdit):
        SpellMenu(editor, service, marks)
        highlighter = SpellHighlighter(editor.document(), service, marks)
        highlighter.setParent(editor)
        return highlighter
    raise TypeError(f"spell checking needs a text editor, not {type(editor).__name__}")
