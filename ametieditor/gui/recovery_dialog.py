"""After a crash: offer the documents the previous session had not saved.

At start the main window calls :func:`offer_recovery` with the
:class:`~ametieditor.storage.recovery.RecoveryStore` of the new session. When
a previous session left snapshots behind (a crash, a power cut, a flat
battery), the dialog lists each document with its file, when it was last
saved and when it was autosaved; the user ticks the ones to recover.
Recovered documents come back as :class:`RecoveredDocument` for the caller to
open as modified (unsaved) documents; their snapshots move into the new
session, so a second crash still loses nothing. "Later" keeps every snapshot
for the next start; unticked documents are deleted only on "Recover".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ametieditor.io.errors import FormatError
from ametieditor.model.document import JobDescription
from ametieditor.storage.recovery import RecoveryEntry, RecoveryStore


class RecoveryChoice(Enum):
    RECOVER = "recover"
    LATER = "later"
    DISCARD_ALL = "discard-all"


@dataclass
class RecoveredDocument:
    """A recovered document; open it as modified, with ``key`` for its further snapshots."""

    key: str
    document: JobDescription
    original_path: Path | None
    last_saved: datetime | None


def format_time(moment: datetime | None, now: datetime | None = None) -> str:
    """``10:15`` today, ``23.11.2026 10:15`` on other days."""
    if moment is None:
        return ""
    now = now or datetime.now().astimezone()
    local = moment.astimezone(now.tzinfo) if moment.tzinfo else moment
    if local.date() == now.date():
        return local.strftime("%H:%M")
    return local.strftime("%d.%m.%Y %H:%M")


class RecoveryDialog(QDialog):
    """Lists recoverable documents, each with a tick box (ticked by default)."""

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Dokumentide taastamine"))
        self.entries = list(entries)
        self.choice = RecoveryChoice.LATER

        intro = QLabel(self.tr(
            "Ametieditor suleti eelmisel korral ootamatult. Nendes dokumentides oli "
            "salvestamata muudatusi; märkige need, mida soovite taastada."))
        intro.setWordWrap(True)

        self._build_list()

        note = QLabel(self.tr("Märkimata dokumentide taastefailid kustutatakse. "
                              "„Hiljem” jätab kõik alles järgmise käivituseni."))
        note.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.recover_button = QPushButton(self.tr("Taasta valitud"))
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Hiljem"))
        self.later_button.setObjectName("laterButton")
        self.discard_button = QPushButton(self.tr("Kustuta kõik"))
        self.discard_button.setObjectName("discardButton")
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.recover_button.clicked.connect(lambda: self._finish(RecoveryChoice.RECOVER))
        self.later_button.clicked.connect(lambda: self._finish(RecoveryChoice.LATER))
        self.discard_button.clicked.connect(lambda: self._finish(RecoveryChoice.DISCARD_ALL))
        self.list.itemChanged.connect(self._update_recover_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def _build_list(self) -> None:
        """One line per entry, in the same order, each with its tick box."""
        self.list = QTreeWidget()
        self.list.setObjectName("recoveryList")
        self.list.setRootIsDecorated(False)
        # The path comes last: it is long, and the times must stay in view.
        self.list.setHeaderLabels([self.tr("Dokument"), self.tr("Viimati salvestatud"),
                                   self.tr("Automaatselt salvestatud"), self.tr("Fail")])
        # One line of the list per entry, in the same order.
        self._items: list[QTreeWidgetItem] = []
        for entry in self.entries:
            item = QTreeWidgetItem([
                entry.title or self.tr("(ametinimetuseta)"),
                format_time(entry.last_saved) or self.tr("salvestamata"),
                format_time(entry.autosaved),
                str(entry.original_path) if entry.original_path else self.tr("uus dokument"),
            ])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            if entry.original_path:
                item.setToolTip(3, str(entry.original_path))
            self.list.addTopLevelItem(item)
            self._items.append(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)

    def _update_recover_button(self) -> None:
        self.recover_button.setEnabled(bool(self.chosen()))

    def _finish(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        if choice is RecoveryChoice.LATER:
            self.reject()
        else:
            self.accept()

    def chosen(self) -> list[RecoveryEntry]:
        return [entry for entry, item in zip(self.entries, self._items, strict=True)
                if item.checkState(0) == Qt.CheckState.Checked]


@dataclass
class RecoveryOutcome:
    documents: list[RecoveredDocument]
    #: One line per snapshot that could not be read (FormatError messages).
    problems: list[str]


def apply_choice(store: RecoveryStore, dialog: RecoveryDialog) -> RecoveryOutcome:
    """Carry out what the user chose in ``dialog``."""
    outcome = RecoveryOutcome([], [])
    if dialog.choice is RecoveryChoice.LATER:
        return outcome
    chosen = dialog.chosen() if dialog.choice is RecoveryChoice.RECOVER else []
    for entry in dialog.entries:
        if entry not in chosen:
            store.discard_entry(entry)
            continue
        try:
            key, document = store.adopt(entry)
        except FormatError as error:
            outcome.problems.append(str(error))
            continue
        outcome.documents.append(
            RecoveredDocument(key, document, entry.original_path, entry.last_saved))
    return outcome


def offer_recovery(store: RecoveryStore, parent: QWidget | None = None) -> RecoveryOutcome:
    """Show the dialog if a previous session left snapshots; return what was recovered."""
    entries = store.recoverable()
    if not entries:
        return RecoveryOutcome([], [])
    dialog = RecoveryDialog(entries, parent)
    dialog.exec()
    return apply_choice(store, dialog)
