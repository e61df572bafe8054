"""Find and replace across every part (Ctrl+F, Ctrl+H, F3, Shift+F3).

The search itself is :mod:`ametieditor.model.search` (plain Python); the
replacing is :func:`ametieditor.commands.replace.replace_texts`, so "Asenda
kõik" is one step on the undo stack. This module is the "Otsi ja asenda" dock
at the bottom of the window (tabbed with the checks): the search and
replacement fields, the options, and the matches listed as "3.4 ülesanne —
…text…". Going to a match shows its pane, selects the found text in its field
and marks the other matches of that field.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ametieditor.commands.replace import replace_texts
from ametieditor.commands.session import EditSession
from ametieditor.model.search import Match, SearchOptions, find_all, replace_spans, replaced_texts

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow

translate = QCoreApplication.translate
DEBOUNCE_MS = 150
# Background of the other matches in the field shown, and of the current one.
OTHER_MATCH = QColor("#fff2a8")
CURRENT_MATCH = QColor("#f7b955")


def _block_index(match: Match) -> int:
    """The line of a text editor that holds the match (a block or a list entry)."""
    last = match.location[-1]
    return last if isinstance(last, int) else 0


def _same_field(first: Match, second: Match) -> bool:
    """Both in one editor: the same string field, or blocks of one rich-text list."""
    if isinstance(first.location[-1], int) and isinstance(second.location[-1], int):
        return first.location[:-1] == second.location[:-1]
    return first.location == second.location


class FindPanel(QWidget):
    """The contents of the find and replace dock."""

    def __init__(self, session: EditSession, window: MainWindow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.window_ = window
        self.matches: list[Match] = []
        self.current = -1
        #: The text editor whose matches are marked (cleared when the marks go stale).
        self._marked: QTextEdit | QPlainTextEdit | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)
        self._build()
        session.changed.connect(self._document_changed)
        session.document_replaced.connect(self._document_changed)
        session.document_replaced.connect(self.clear_marks)

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setPlaceholderText(self.tr("Otsitav tekst"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replaceEdit")
        self.replace_edit.setPlaceholderText(self.tr("Asendustekst"))
        self.case_check = QCheckBox(self.tr("&Erista suur- ja väiketähti"))
        self.case_check.setObjectName("matchCase")
        self.diacritics_check = QCheckBox(self.tr("Ära erista &täpitähti (o = õ)"))
        self.diacritics_check.setObjectName("ignoreDiacritics")
        self.previous_button = QPushButton(self.tr("&Eelmine"))
        self.previous_button.setObjectName("findPrevious")
        self.next_button = QPushButton(self.tr("&Järgmine"))
        self.next_button.setObjectName("findNext")
        self.replace_button = QPushButton(self.tr("&Asenda"))
        self.replace_button.setObjectName("replaceOne")
        self.replace_all_button = QPushButton(self.tr("Asenda &kõik"))
        self.replace_all_button.setObjectName("replaceAll")
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.results = QListWidget()
        self.results.setObjectName("findResults")
        self.results.setAccessibleName(self.tr("Leitud kohad"))
        self.results.setUniformItemSizes(True)
        self._lay_out()
        self.find_edit.textChanged.connect(self._query_edited)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_current)
        for check in (self.case_check, self.diacritics_check):
            check.toggled.connect(lambda _on: self.search())
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self._update_buttons()

    def _lay_out(self) -> None:
        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        find_label = QLabel(self.tr("&Otsi:"))
        find_label.setBuddy(self.find_edit)
        replace_label = QLabel(self.tr("Asenda &millega:"))
        replace_label.setBuddy(self.replace_edit)
        form.addWidget(find_label, 0, 0)
        form.addWidget(self.find_edit, 0, 1)
        form.addWidget(replace_label, 1, 0)
        form.addWidget(self.replace_edit, 1, 1)
        options = QHBoxLayout()
        options.addWidget(self.case_check)
        options.addWidget(self.diacritics_check)
        options.addStretch(1)
        form.addLayout(options, 2, 0, 1, 2)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.replace_button,
                       self.replace_all_button):
            buttons.addWidget(button)
        buttons.addWidget(self.count_label, 1)
        form.addLayout(buttons, 3, 0, 1, 2)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(column, 3)
        layout.addWidget(self.results, 4)

    # -- searching -------------------------------------------------------------------------

    def options(self) -> SearchOptions:
        return SearchOptions(ignore_case=not self.case_check.isChecked(),
                             ignore_diacritics=self.diacritics_check.isChecked())

    def search(self) -> None:
        """Find anew; the current match stays the one at (or after) the same place."""
        self._timer.stop()
        position = self.matches[self.current].position if 0 <= self.current < len(
            self.matches) else None
        self.matches = find_all(self.session.document, self.find_edit.text(), self.options())
        self.current = -1
        if position is not None:
            self.current = next((index for index, match in enumerate(self.matches)
                                 if match.position >= position), -1)
        self._fill_results()

    def _query_edited(self, _text: str) -> None:
        self.clear_marks()
        self._timer.start()
        self._update_buttons()

    def clear_marks(self) -> None:
        """Take the match colours out of the field that has them."""
        if self._marked is not None:
            with contextlib.suppress(RuntimeError):  # the editor is gone (pane rebuilt)
                self._marked.setExtraSelections([])
            self._marked = None

    def _document_changed(self, *_path: object) -> None:
        """Search again after edits, only while the panel is open (it is, when typed in)."""
        if self.find_edit.text() and self.isVisible():
            self._timer.start()
        elif self.find_edit.text():
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.search()

    def _fill_results(self) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for match in self.matches:
            before, found, after = match.context()
            item = QListWidgetItem(f"{match.part} — {before}{found}{after}")
            item.setToolTip(match.text)
            self.results.addItem(item)
        if 0 <= self.current < len(self.matches):
            self.results.setCurrentRow(self.current)
        self.results.blockSignals(False)
        self._show_count()
        self._update_buttons()

    def _show_count(self, replaced: int | None = None) -> None:
        count = len(self.matches)
        if replaced is not None:
            text = self.tr("Asendati 1 vaste.") if replaced == 1 else self.tr(
                "Asendati {count} vastet.").format(count=replaced)
        elif not self.find_edit.text():
            text = ""
        elif count == 0:
            text = self.tr("Ei leitud.")
        elif count == 1:
            text = self.tr("1 vaste")
        else:
            text = self.tr("{count} vastet").format(count=count)
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        """Enabled when there are matches, or may be (a search is about to run)."""
        found = bool(self.matches) or (self._timer.isActive() and bool(self.find_edit.text()))
        for button in (self.previous_button, self.next_button, self.replace_button,
                       self.replace_all_button):
            button.setEnabled(found)

    # -- going to matches -------------------------------------------------------------------

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self._timer.isActive() or not self.matches:
            self.search()
        if not self.matches:
            return
        if self.current < 0:
            index = 0 if delta > 0 else len(self.matches) - 1
        else:
            index = (self.current + delta) % len(self.matches)
        self.go_to(index, keep_focus=True)

    def _result_chosen(self, item: QListWidgetItem) -> None:
        self.go_to(self.results.row(item), keep_focus=False)

    def go_to(self, index: int, keep_focus: bool = False) -> None:
        """Show match ``index`` in its pane, the found text selected in its field.

        With ``keep_focus`` the keyboard stays where it was when that was this panel
        (typing the search on, pressing Enter again); else it goes to the field.
        """
        if not 0 <= index < len(self.matches):
            return
        focused = QApplication.focusWidget()
        stay = keep_focus and focused is not None and self.isAncestorOf(focused)
        self.current = index
        self.results.blockSignals(True)
        self.results.setCurrentRow(index)
        self.results.blockSignals(False)
        match = self.matches[index]
        self.window_.focus_location(match.location)
        field = QApplication.focusWidget()
        if field is not None and not self.isAncestorOf(field):
            self.highlight(field, match)
        if stay and focused is not None:
            # "Popup": a line edit keeps its selection only when focus leaves it so.
            focused.setFocus(Qt.FocusReason.PopupFocusReason)

    def highlight(self, field: QWidget, match: Match) -> None:
        """Select the match in ``field``; in a text editor, mark the field's other matches."""
        line = field.lineEdit() if isinstance(field, QComboBox) else None
        if line is not None:
            field = line
        if isinstance(field, QLineEdit):
            if field.text() == match.text:
                field.setSelection(match.start, match.end - match.start)
            return
        if not isinstance(field, (QTextEdit, QPlainTextEdit)):
            return
        if self._marked is not field:
            self.clear_marks()
        document = field.document()
        selections = []
        for other in self.matches:
            if not _same_field(other, match):
                continue
            block = document.findBlockByNumber(_block_index(other))
            if not block.isValid() or block.text() != other.text:
                continue
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + other.start)
            cursor.setPosition(block.position() + other.end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = QTextCharFormat()
            selection.format.setBackground(CURRENT_MATCH if other is match else OTHER_MATCH)
            selections.append(selection)
            if other is match:
                field.setTextCursor(cursor)
                field.ensureCursorVisible()
        field.setExtraSelections(selections)
        self._marked = field

    # -- replacing --------------------------------------------------------------------------

    def replace_current(self) -> None:
        """Replace the current match (the first when none is current), then go to the next."""
        if self._timer.isActive():
            self.search()
        if not self.matches:
            return
        if not 0 <= self.current < len(self.matches):
            self.go_to(0, keep_focus=True)
            return
        match = self.matches[self.current]
        replacement = self.replace_edit.text()
        new_text = replace_spans(match.text, [(match.start, match.end)], replacement)
        replace_texts(self.session, {match.location: new_text},
                      self.tr("Asenda „{found}”").format(found=match.found))
        after = (match.field_index, match.start + len(replacement))
        self.matches = find_all(self.session.document, self.find_edit.text(), self.options())
        self.current = -1
        self._fill_results()
        following = next((index for index, found in enumerate(self.matches)
                          if found.position >= after), 0 if self.matches else -1)
        if following >= 0:
            self.go_to(following, keep_focus=True)

    def replace_all(self) -> int:
        """Replace every match at once: ONE undo step. Returns the number replaced."""
        if self._timer.isActive():
            self.search()
        matches = list(self.matches)
        if not matches:
            return 0
        self.clear_marks()
        label = self.tr("Asenda kõik: „{found}” → „{replacement}”").format(
            found=self.find_edit.text(), replacement=self.replace_edit.text())
        replace_texts(self.session, replaced_texts(matches, self.replace_edit.text()), label)
        self.current = -1
        self.search()
        self._show_count(replaced=len(matches))
        return len(matches)


class FindReplace:
    """The dock and the Muuda menu's find actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.panel = FindPanel(window.session, window)
        self.panel.setObjectName("findPanel")
        self.dock: QDockWidget = window.add_dock(
            "findDock", translate("FindReplace", "Otsi ja asenda"), self.panel,
            hidden=True)
        self.dock.visibilityChanged.connect(self._visibility_changed)
        menu = window.menus["edit"]
        before = menu.actions()[2] if len(menu.actions()) > 2 else None  # after Redo
        self.find_action = self._action(
            translate("FindReplace", "&Otsi…"), "Ctrl+F", "find",
            lambda: self.open(replace=False))
        self.replace_action = self._action(
            translate("FindReplace", "Otsi ja &asenda…"), "Ctrl+H", "findReplace",
            lambda: self.open(replace=True))
        self.next_action = self._action(
            translate("FindReplace", "Otsi &järgmine"), "F3", "findNextMatch",
            self.panel.find_next)
        self.previous_action = self._action(
            translate("FindReplace", "Otsi &eelmine"), "Shift+F3", "findPreviousMatch",
            self.panel.find_previous)
        actions = [self.find_action, self.replace_action, self.next_action,
                   self.previous_action]
        for action in actions:
            window.add_action("edit", action, before)
        menu.insertSeparator(self.find_action)

    def _action(self, text: str, shortcut: str, name: str,
                slot: Callable[[], object]) -> QAction:
        """A window action: its keys work wherever the focus is in the window."""
        action = self.window.make_action(text, lambda _checked=False: slot(), shortcut, name)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.window.addAction(action)
        return action

    def _visibility_changed(self, visible: bool) -> None:
        if not visible and not self.dock.toggleViewAction().isChecked():  # closed
            self.panel.clear_marks()

    def open(self, replace: bool) -> None:
        """Show the dock; the search field takes the selected text of the field in use."""
        selected = self._selected_text()
        self.dock.show()
        self.dock.raise_()
        panel = self.panel
        if selected:
            panel.find_edit.setText(selected)
        target = panel.replace_edit if replace and panel.find_edit.text() else panel.find_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()

    def _selected_text(self) -> str:
        field = QApplication.focusWidget()
        if field is None or self.panel.isAncestorOf(field):
            return ""
        if isinstance(field, QLineEdit):
            text = field.selectedText()
        elif isinstance(field, (QTextEdit, QPlainTextEdit)):
            text = field.textCursor().selectedText()
        else:
            return ""
        return text if text and "\u2029" not in text and len(text) <= 100 else ""


def install(window: MainWindow) -> FindReplace:
    return window.features.add(FindReplace(window))
