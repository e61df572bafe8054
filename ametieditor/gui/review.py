"""The review round trip in the window: Fail › Ekspordi ülevaatamiseks… and Loe ülevaatus….

The export is a DOCX with change tracking on, to send to the manager and the
lawyer. Their returned file is read by :func:`~ametieditor.formats.docx_review.read_review`
and shown in the "Ülevaatus" dock: the proposed changes, each with its part,
author and old and new text, to accept (one undo step each, or all at once as
one step) or reject; the comments as notes on the parts they were made on (a
click shows the part). What could not be placed is added to the document's
import notes (one undo step), where the "Paigutamata tekst" dock shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ametieditor.commands import EditSession, InsertItem, SetValue
from ametieditor.formats.docx_review import read_review, save_for_review
from ametieditor.gui.dialogs import show_error
from ametieditor.io.errors import FormatError
from ametieditor.model.review import (
    Proposal,
    ProposalState,
    Review,
    ReviewComment,
    accepted_value,
    proposal_state,
    value_at,
)

if TYPE_CHECKING:
    from ametieditor.gui.main_window import MainWindow

# Item data: ("proposal", index) or ("comment", index).
ENTRY_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 60


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS - 1] + "…"


class ReviewPanel(QWidget):
    """The proposals and comments of one returned review file.

    The list is built once per review (:meth:`refresh`). An edit (every
    keystroke passes :meth:`_document_changed`) can change the state only of
    proposals whose path lies on the edited path, above or below it: those are
    found through an index of the proposals' paths and only their entries
    change their text. Before, every keystroke rebuilt the whole list and
    worked out every proposal's state twice (200 ms a keystroke with 1,000
    proposals), and the selection and the scroll position went with it.
    """

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.review: Review | None = None
        self.rejected: set[int] = set()
        # What the list shows: each proposal's entry and state, and how many are pending.
        self._entries: list[QTreeWidgetItem] = []
        self._states: list[ProposalState | str] = []
        self._pending_count = 0
        # The proposals by the path they change, and by every path above it (see _touched).
        self._at_path: dict[tuple[str | int, ...], list[int]] = {}
        self._under_path: dict[tuple[str | int, ...], list[int]] = {}
        self.on_location: Callable[[tuple[str | int, ...]], object] = lambda location: None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        # two lines an entry (where and who, then what): readable in a narrow dock
        self.tree.setUniformRowHeights(False)
        self.tree.setAccessibleName(self.tr("Ülevaatuse ettepanekud ja märkused"))
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(self.tr("&Võta vastu"))
        self.reject_button = QPushButton(self.tr("&Lükka tagasi"))
        self.accept_all_button = QPushButton(self.tr("Võta &kõik vastu"))
        self.reject_all_button = QPushButton(self.tr("Lükka kõik &tagasi"))
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_all_button.clicked.connect(self.reject_all)
        # the list on the left, what the selected entry says and the buttons on the right:
        # fits the dock below the work (wide and low) as well as one at the side
        one = QHBoxLayout()
        one.addWidget(self.accept_button)
        one.addWidget(self.reject_button)
        every = QHBoxLayout()
        every.addWidget(self.accept_all_button)
        every.addWidget(self.reject_all_button)
        side = QVBoxLayout()
        side.addWidget(self.detail, 1)
        side.addLayout(one)
        side.addLayout(every)
        body = QHBoxLayout()
        body.addWidget(self.tree, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        session.changed.connect(self._document_changed)

    # -- showing -----------------------------------------------------------------------

    def show_review(self, review: Review | None) -> None:
        self.review = review
        self.rejected = set()
        self.refresh()
        first = self.tree.topLevelItem(0)
        child = first.child(0) if first is not None and first.childCount() else None
        if child is not None:
            self.tree.setCurrentItem(child)

    def state(self, index: int) -> ProposalState | str:
        """The proposal's state in the document now, or "rejected"."""
        assert self.review is not None
        if index in self.rejected:
            return "rejected"
        return proposal_state(self.session.document, self.review.proposals[index])

    def _state_text(self, state: ProposalState | str) -> str:
        return {ProposalState.ACCEPTED: self.tr("✓ vastu võetud"),
                ProposalState.STALE: self.tr("⚠ tekst on vahepeal muutunud"),
                "rejected": self.tr("✗ tagasi lükatud")}.get(state, "")

    def _proposal_text(self, proposal: Proposal, state: ProposalState | str) -> str:
        change = self.tr("„%1” → „%2”").replace("%1", _short(proposal.old_text())).replace(
            "%2", _short(proposal.new_text()) or self.tr("(kustutatud)"))
        text = f"{proposal.part} — {', '.join(proposal.authors)}:\n{change}"
        status = self._state_text(state)
        return f"{status}: {text}" if status else text

    @staticmethod
    def _comment_text(comment: ReviewComment) -> str:
        return f"{comment.part} — {comment.author}:\n{_short(comment.text)}"

    def _document_changed(self, path: object) -> None:
        """An edit may accept a proposal or make it stale: the entries of the proposals it
        can have touched show their state again (every keystroke passes here)."""
        if self.review is None:
            return
        changed = tuple(path) if isinstance(path, (tuple, list)) else ()
        if not changed or changed[0] == "meta":
            self._show_heading(self.review)
        touched = self._touched(changed)
        for index in touched:
            self._show_state(index)
        if touched:
            self._update_buttons()

    def _touched(self, path: tuple[str | int, ...]) -> set[int]:
        """The proposals whose value a change at ``path`` can have changed: those at or
        below ``path`` (a part, a list, the field itself) and those above it (a block
        inside a proposal's list). A few dictionary look-ups, whatever the review's size."""
        found = set(self._under_path.get(path, ()))
        for length in range(len(path)):
            found.update(self._at_path.get(path[:length], ()))
        return found

    def _show_state(self, index: int) -> None:
        """The proposal's entry after its state may have changed."""
        assert self.review is not None
        state, shown = self.state(index), self._states[index]
        if state == shown:
            return
        self._pending_count += (state is ProposalState.PENDING) - (
            shown is ProposalState.PENDING)
        self._states[index] = state
        self._entries[index].setText(0, self._proposal_text(self.review.proposals[index], state))

    def _index_paths(self, review: Review) -> None:
        self._at_path, self._under_path = {}, {}
        for index, proposal in enumerate(review.proposals):
            path = tuple(proposal.path)
            self._at_path.setdefault(path, []).append(index)
            for length in range(len(path) + 1):
                self._under_path.setdefault(path[:length], []).append(index)

    def _show_heading(self, review: Review) -> None:
        heading = self.tr("Ülevaatus failist %1").replace("%1", review.source)
        if not self._same_document(review):
            heading += "\n" + self.tr("NB! Ülevaadatud on teist dokumenti; muudatusi, mida "
                                      "selles dokumendis teha ei saa, näitab märk ⚠.")
        self.heading.setText(heading)

    def refresh(self) -> None:
        """The whole list built again (another review), keeping the selection and the
        scroll position."""
        current = self.tree.currentItem()
        selected = current.data(0, ENTRY_ROLE) if current is not None else None
        scrolled = self.tree.verticalScrollBar().value()
        self.tree.clear()
        self._entries, self._states, self._pending_count = [], [], 0
        review = self.review
        if review is None:
            self.heading.setText("")
            self.detail.setText("")
            self._at_path, self._under_path = {}, {}
            self._update_buttons()
            return
        self._show_heading(review)
        self._index_paths(review)
        proposals = QTreeWidgetItem(self.tree, [self.tr("Muudatusettepanekud (%1)").replace(
            "%1", str(len(review.proposals)))])
        for index, proposal in enumerate(review.proposals):
            state = self.state(index)
            item = QTreeWidgetItem(proposals, [self._proposal_text(proposal, state)])
            item.setData(0, ENTRY_ROLE, ("proposal", index))
            self._entries.append(item)
            self._states.append(state)
            self._pending_count += state is ProposalState.PENDING
        comments = QTreeWidgetItem(self.tree, [self.tr("Märkused (%1)").replace(
            "%1", str(len(review.comments)))])
        for index, comment in enumerate(review.comments):
            item = QTreeWidgetItem(comments, [self._comment_text(comment)])
            item.setData(0, ENTRY_ROLE, ("comment", index))
        self.tree.expandAll()
        for item in self.items():
            if item.data(0, ENTRY_ROLE) == selected:
                self.tree.setCurrentItem(item)
        self.tree.verticalScrollBar().setValue(scrolled)
        self._update_buttons()

    def _same_document(self, review: Review) -> bool:
        sent, current = review.base.meta, self.session.document.meta
        return sent is None or current is None or not sent.id or sent.id == current.id

    def items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for row in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(row)
            if group is not None:
                found.extend(child for n in range(group.childCount())
                             if (child := group.child(n)) is not None)
        return found

    def _current_entry(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        entry = item.data(0, ENTRY_ROLE) if item is not None else None
        return (str(entry[0]), int(entry[1])) if entry else None

    def _update_buttons(self) -> None:
        """The buttons after the selection or a state changed (the states as shown)."""
        entry = self._current_entry()
        pending = entry is not None and entry[0] == "proposal" and \
            entry[1] < len(self._states) and self._states[entry[1]] is ProposalState.PENDING
        self.accept_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)
        any_pending = self._pending_count > 0
        self.accept_all_button.setEnabled(any_pending)
        self.reject_all_button.setEnabled(any_pending)

    def _current_changed(self, *_unused: object) -> None:
        entry = self._current_entry()
        review = self.review
        if entry is None or review is None:
            self.detail.setText("")
        elif entry[0] == "proposal":
            proposal = review.proposals[entry[1]]
            self.detail.setText(self.tr("Oli: %1\nOn: %2").replace(
                "%1", proposal.old_text()).replace("%2", proposal.new_text() or "—"))
        else:
            comment = review.comments[entry[1]]
            self.detail.setText(self.tr("%1 (%2): %3\nTekst: „%4”").replace(
                "%1", comment.author).replace("%2", comment.date[:10]).replace(
                "%3", comment.text).replace("%4", comment.quoted))
        self._update_buttons()

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = item.data(0, ENTRY_ROLE)
        if not entry or self.review is None:
            return
        kind, index = entry
        location = (self.review.proposals[index].path if kind == "proposal"
                    else self.review.comments[index].location)
        try:  # the part may be gone from the document since it was sent
            value_at(self.session.document, location)
        except (AttributeError, IndexError, TypeError):
            return
        if location:
            self.on_location(tuple(location))

    # -- deciding ----------------------------------------------------------------------

    def pending(self) -> list[int]:
        if self.review is None:
            return []
        return [index for index in range(len(self.review.proposals))
                if self.state(index) is ProposalState.PENDING]

    def _push(self, index: int) -> None:
        assert self.review is not None
        proposal = self.review.proposals[index]
        found = accepted_value(self.session.document, proposal)
        if found is None:
            return
        path, value = found
        self.session.push(SetValue(self.session, path, value,
                                   self.tr("Ülevaatus: %1").replace("%1", proposal.part),
                                   merge=False))

    def accept_current(self) -> None:
        """(The change shows the new state: see _document_changed.)"""
        entry = self._current_entry()
        if entry is not None and entry[0] == "proposal":
            self._push(entry[1])

    def reject_current(self) -> None:
        entry = self._current_entry()
        if entry is not None and entry[0] == "proposal":
            self._reject([entry[1]])

    def _reject(self, indexes: list[int]) -> None:
        self.rejected.update(indexes)
        for index in indexes:
            self._show_state(index)
        self._update_buttons()

    def accept_all(self) -> None:
        pending = self.pending()
        if not pending:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Ülevaatus: kõik ettepanekud vastu võetud"))
        try:
            for index in pending:
                self._push(index)
        finally:
            stack.endMacro()

    def reject_all(self) -> None:
        self._reject(self.pending())


class ReviewFeature(QObject):
    """The two File menu entries and the "Ülevaatus" dock."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.panel = ReviewPanel(self.session)
        self.panel.setObjectName("reviewPanel")
        self.panel.on_location = window.focus_location
        self.dock = window.add_dock("reviewDock", self.tr("Ülevaatus"), self.panel, hidden=True)
        self.export_action = window.make_action(
            self.tr("Ekspordi ülevaa&tamiseks…"), self.export_for_review, None,
            "exportForReview")
        self.export_action.setToolTip(self.tr(
            "DOCX, milles Word ja LibreOffice jälgivad muudatusi: saada see juhile või "
            "juristile ja loe vastus sisse"))
        self.read_action = window.make_action(self.tr("&Loe ülevaatus sisse…"),
                                              self.read_review, None, "readReview")
        before = next((action for action in window.menus["file"].actions()
                       if action.objectName() == "quit"), None)
        separator = QAction(window)
        separator.setSeparator(True)
        for action in (self.export_action, self.read_action, separator):
            window.add_action("file", action, before)
        self.session.document_replaced.connect(self._document_replaced)

    def _folder(self) -> Path:
        path = self.window.files.path
        return path.parent if path is not None else Path.home()

    def export_for_review(self) -> bool:
        doc = self.session.document
        path = self.window.files.path
        stem = path.stem if path is not None else (doc.general.title.strip()
                                                   or self.tr("ametijuhend"))
        proposed = self._folder() / (stem + self.tr("_ülevaatamiseks") + ".docx")
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Ekspordi ülevaatamiseks"), str(proposed), "DOCX (*.docx)")
        if not name:
            return False
        target = Path(name) if name.lower().endswith(".docx") else Path(name + ".docx")
        from ametieditor.gui.export_author import author_for_export

        try:
            save_for_review(doc, target, author=author_for_export(self.window))
        except FormatError as error:
            show_error(self.window, self.tr("Eksportimine ebaõnnestus"), str(error))
            return False
        self.window.statusBar().showMessage(self.tr(
            "Salvestatud %1: muudatuste jälgimine on sees. Kui fail tuleb tagasi, vali "
            "Fail › Loe ülevaatus sisse…").replace("%1", target.name), 10000)
        return True

    def read_review(self) -> Review | None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Loe ülevaatus sisse"), str(self._folder()),
            self.tr("Wordi dokument (*.docx)"))
        if not name:
            return None
        try:
            review = read_review(Path(name), self.session.document)
        except FormatError as error:
            show_error(self.window, self.tr("Ülevaatust ei saa lugeda"), str(error))
            return None
        self._keep_unplaced(review)
        self.panel.show_review(review)
        self.dock.show()
        self.dock.raise_()
        # tall enough for a few entries and the text of the selected one
        self.window.resizeDocks([self.dock], [max(self.dock.height(), 260)],
                                Qt.Orientation.Vertical)
        self.window.statusBar().showMessage(self.tr(
            "Ülevaatusest: muudatusettepanekuid %1, märkusi %2, paigutamata %3").replace(
            "%1", str(len(review.proposals))).replace("%2", str(len(review.comments))).replace(
            "%3", str(len(review.unplaced))), 10000)
        return review

    def _keep_unplaced(self, review: Review) -> None:
        """What could not be placed joins the import notes (one undo step)."""
        if not review.unplaced:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Ülevaatuse paigutamata tekst"))
        try:
            for note in review.unplaced:
                count = len(self.session.document.import_notes)
                self.session.push(InsertItem(self.session, ("import_notes",), count, note))
        finally:
            stack.endMacro()
        notes = self.window.findChild(QDockWidget, "importNotesDock")
        if notes is not None:
            notes.show()

    def _document_replaced(self) -> None:
        """Another document: the review was about the previous one."""
        self.panel.show_review(None)
        self.dock.hide()


def install(window: MainWindow) -> ReviewFeature:
    return window.features.add(ReviewFeature(window))
