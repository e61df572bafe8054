"""The "Paigutamata tekst" panel: import notes kept with the document until placed or deleted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ametieditor.commands.notes import NoteTarget, delete_note, note_targets, place_note
from ametieditor.commands.paths import ModelPath
from ametieditor.commands.session import EditSession

NOTE_ROLE = Qt.ItemDataRole.UserRole


class MoveNoteDialog(QDialog):
    """"Lisa osasse": which part the unplaced text goes to, as paragraphs or bullets."""

    def __init__(self, text: str, targets: list[NoteTarget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveNoteDialog")
        self.setWindowTitle(self.tr("Lisa osasse"))
        self.targets = targets
        preview = QLabel(self.tr("Tekst: „{text}”").format(
            text=text if len(text) <= 200 else text[:199] + "…"))
        preview.setWordWrap(True)
        self.target_list = QListWidget()
        self.target_list.setObjectName("noteTargets")
        self.target_list.setAccessibleName(self.tr("Osa, kuhu tekst lisatakse"))
        for target in targets:
            self.target_list.addItem(target.label)
        self.target_list.setCurrentRow(0)
        self.paragraph_button = QRadioButton(self.tr("lõiguna"))
        self.paragraph_button.setObjectName("asParagraph")
        self.bullet_button = QRadioButton(self.tr("loetelu punktina"))
        self.bullet_button.setObjectName("asBullet")
        self.paragraph_button.setChecked(True)
        kind = QHBoxLayout()
        kind.addWidget(QLabel(self.tr("Lisa:")))
        kind.addWidget(self.paragraph_button)
        kind.addWidget(self.bullet_button)
        kind.addStretch(1)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Lisa"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Loobu"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.target_list.itemDoubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(preview)
        layout.addWidget(QLabel(self.tr("Kuhu tekst lisada?")))
        layout.addWidget(self.target_list, 1)
        layout.addLayout(kind)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def choice(self) -> tuple[NoteTarget, bool] | None:
        row = self.target_list.currentRow()
        if not 0 <= row < len(self.targets):
            return None
        return self.targets[row], self.bullet_button.isChecked()


class NotesPanel(QWidget):
    """The import notes of the document, until each is moved into a part or deleted."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: Where the last moved note went (for the window to put the cursor there).
        self.on_placed: Callable[[ModelPath], None] | None = None
        self.heading = QLabel()
        self.heading.setObjectName("notesHeading")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("notesList")
        self.list.setAccessibleName(self.tr("Paigutamata tekst"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.move_button = QPushButton(self.tr("Lisa osasse…"))
        self.move_button.setObjectName("moveNote")
        self.move_button.setToolTip(self.tr("Lisa tekst valitud osasse ja eemalda siit"))
        self.move_button.clicked.connect(self.move_current)
        self.delete_button = QPushButton(self.tr("Kustuta"))
        self.delete_button.setObjectName("deleteNote")
        self.delete_button.setToolTip(self.tr("Kustuta see tekst (Delete)"))
        self.delete_button.clicked.connect(self.delete_current)
        delete = QAction(self)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        session.document_replaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        notes = self.session.document.import_notes
        row = self.list.currentRow()
        self.list.clear()
        for index, note in enumerate(notes):
            text = note.text + (f"\n({note.source})" if note.source else "")
            item = QListWidgetItem(text)
            item.setData(NOTE_ROLE, index)
            item.setToolTip(note.text)
            self.list.addItem(item)
        if notes:
            self.heading.setText(self.tr(
                "Seda teksti ei osatud dokumendis paigutada ({count}). Lisage see sobivasse "
                "osasse või kustutage.").format(count=len(notes)))
            self.list.setCurrentRow(min(max(row, 0), len(notes) - 1))
        else:
            self.heading.setText(self.tr("Paigutamata teksti ei ole."))
        self._update_buttons()

    def select(self, index: int) -> None:
        if 0 <= index < self.list.count():
            self.list.setCurrentRow(index)
            self.list.scrollToItem(self.list.item(index))
        self.list.setFocus()

    def move_current(self) -> ModelPath | None:
        """Ask where the selected note goes and move it there (one undoable step)."""
        index = self.list.currentRow()
        notes = self.session.document.import_notes
        if not 0 <= index < len(notes):
            return None
        dialog = MoveNoteDialog(notes[index].text, note_targets(self.session.document), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
        finally:
            dialog.deleteLater()
        if choice is None:
            return None
        target, bullet = choice
        placed = place_note(self.session, index, target, bullet)
        if self.on_placed is not None:
            self.on_placed(placed)
        return placed

    def delete_current(self) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.session.document.import_notes):
            delete_note(self.session, index)

    def _on_changed(self, path: ModelPath) -> None:
        if path[:1] == ("import_notes",) or not path:
            self.refresh()

    def _update_buttons(self, *_unused: object) -> None:
        selected = 0 <= self.list.currentRow() < self.list.count()
        self.move_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
