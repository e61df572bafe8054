"""Dialogs of the wording library: pick an entry, add one, manage the library.

Use from a pane (the insertion itself is an undoable command of the pane)::

    entry = WordingPicker.pick(self, Category.RIGHT)
    if entry is not None:
        blocks = entry_to_blocks(entry)        # ametieditor.wording.entry

    AddToLibraryDialog.add(self, blocks, Category.RIGHT)   # from selected text
    LibraryManagerDialog.manage(self)

All three work on :func:`shared_library` unless given a library.
Keyboard in the picker: type to search, Up/Down move in the list (also
while the search field has focus), Enter takes the entry, Esc closes.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ametieditor.i18n import plural
from ametieditor.io.errors import FormatError
from ametieditor.model.document import Block, RichText
from ametieditor.wording.entry import Category, Entry, short_name
from ametieditor.wording.library import ReadOnlyEntryError, WordingLibrary
from ametieditor.wording.listing import for_kind_first, list_labels

_shared: WordingLibrary | None = None


def shared_library() -> WordingLibrary:
    """The library of this editor session, read once."""
    global _shared
    if _shared is None:
        _shared = WordingLibrary()
    return _shared


def set_shared_library(library: WordingLibrary | None) -> None:
    """Replace the session's library (tests; ``None`` reads it again next time)."""
    global _shared
    _shared = library


def _preview_html(entry: Entry, details: str) -> str:
    """Name in bold, category and tags in grey, then the text as it will read."""
    parts = [f"<p><b>{escape(entry.name)}</b><br>"
             f"<span style='color:#666666'>{escape(details)}</span></p>"]
    bullets: list[str] = []
    for block in [*entry.blocks, None]:
        if block is not None and block.is_bullet:
            bullets.append(f"<li>{escape(block.text)}</li>")
            continue
        if bullets:
            parts.append("<ul style='margin-left:-16px'>" + "".join(bullets) + "</ul>")
            bullets = []
        if block is not None:
            parts.append(f"<p>{escape(block.text)}</p>")
    return "".join(parts)


def _category_combo(parent: QWidget, with_all: bool) -> QComboBox:
    """Categories by name; the item data is the stored value ("" for all)."""
    combo = QComboBox(parent)
    if with_all:
        # A fixed context: ``parent.tr`` would look the text up under the parent's class.
        combo.addItem(QCoreApplication.translate("WordingPicker", "Kõik liigid"), "")
    for category in Category:
        combo.addItem(category.label(), category.value)
    return combo


def _set_category(combo: QComboBox, category: Category | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(category.value if category else "")))


def _category_of(combo: QComboBox) -> Category | None:
    value = combo.currentData()
    return Category(value) if value else None


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Yes/No question (a module function, so tests can answer it)."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class _ArrowsToList(QObject):
    """Up/Down/PageUp/PageDown typed in the search field move the list's selection."""

    _KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def __init__(self, target: QListWidget) -> None:
        super().__init__(target)
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in self._KEYS:
            self._target.keyPressEvent(event)
            return True
        return False


class _EntryBrowser(QWidget):
    """Search field, category filter, result list and preview (picker and manager)."""

    entry_activated = Signal(object)
    current_changed = Signal(object)

    def __init__(self, library: WordingLibrary, category: Category | None,
                 parent: QWidget | None = None, kind: str | None = None,
                 several: bool = False) -> None:
        super().__init__(parent)
        self.library = library
        #: The document's kind (``ametnik``/``töötaja``): its entries are listed first.
        self.kind = kind
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Otsi tüüpsõnastusest (nt „õigus”, „kliendi”)…"))
        self.search.setClearButtonEnabled(True)
        self.category = _category_combo(self, with_all=True)
        self.category.setObjectName("category")
        _set_category(self.category, category)
        self.results = QListWidget(self)
        self.results.setObjectName("results")
        self.results.setUniformItemSizes(True)
        if several:  # Ctrl+click, Shift+click, Shift+arrows pick more than one
            self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.preview = QTextEdit(self)
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.count = QLabel(self)
        self.count.setObjectName("count")

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.category)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.results)
        splitter.addWidget(self.preview)
        splitter.setSizes([320, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

        self.search.installEventFilter(_ArrowsToList(self.results))
        self.search.textChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.results.currentItemChanged.connect(self._show_current)
        self.results.itemSelectionChanged.connect(self._show_count)
        self.results.itemActivated.connect(
            lambda item: self.entry_activated.emit(self.entry_of(item)))
        self._shown: dict[str, Entry] = {}
        self.refresh()

    def current_entry(self) -> Entry | None:
        item = self.results.currentItem()
        return self._shown.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None \
            else None

    def entry_of(self, item: QListWidgetItem) -> Entry:
        return self._shown[item.data(Qt.ItemDataRole.UserRole)]

    def selected_entries(self) -> list[Entry]:
        """The selected entries in list order (the current one when none is selected)."""
        chosen = [self.entry_of(self.results.item(row)) for row in range(self.results.count())
                  if self.results.item(row).isSelected()]
        current = self.current_entry()
        return chosen or ([current] if current is not None else [])

    def refresh(self) -> None:
        keep = self.current_entry()
        found = for_kind_first(
            self.library.search(self.search.text(), _category_of(self.category)), self.kind)
        self.results.clear()
        # Items carry the entry's id only: Python objects in item data are
        # fragile in PySide6 (refcount trouble at shutdown).
        self._shown = {entry.id: entry for entry in found}
        for entry, text in zip(found, list_labels(found), strict=True):
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.text)
            if keep is not None and entry.id == keep.id:
                self.results.setCurrentItem(item)
        if self.results.currentItem() is None and found:
            self.results.setCurrentRow(0)
        if not found:
            self.preview.setPlainText(self.tr("Sobivat sõnastust ei leitud."))
        self._show_count()
        self.current_changed.emit(self.current_entry())

    def _show_count(self) -> None:
        """``12 vastet``; ``12 vastet, valitud 3`` when several are chosen."""
        found = self.results.count()
        text = plural(found, self.tr("{n} vaste"), self.tr("{n} vastet")).format(n=found)
        chosen = len(self.results.selectedItems())
        if chosen > 1:
            text += self.tr(", valitud {n}").format(n=chosen)
        self.count.setText(text)

    def _show_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            details = entry.category.label() + (f" – {entry.label}" if entry.label else "")
            if entry.tags:
                details += " · " + ", ".join(entry.tags)
            details += " · " + (self.tr("kaasa tulnud") if entry.bundled else self.tr("minu oma"))
            self.preview.setHtml(_preview_html(entry, details))
        self.current_changed.emit(entry)


class WordingPicker(QDialog):
    """Choose entries of the library; :meth:`pick` is the whole API.

    ``kind`` (the document's ``ametnik``/``töötaja``) lists its entries first.
    Several entries can be chosen (Ctrl+click, Shift+click, Shift+arrows).
    """

    def __init__(self, library: WordingLibrary | None = None,
                 category: Category | None = None, parent: QWidget | None = None,
                 kind: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordingPicker")
        self.setWindowTitle(self.tr("Vali tüüpsõnastusest"))
        self.browser = _EntryBrowser(library or shared_library(), category, self, kind,
                                     several=True)
        buttons = QDialogButtonBox(self)
        # A standard button, so that it looks like its neighbour "Loobu" (icon and all).
        self.insert_button = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.insert_button.setText(self.tr("Lisa dokumenti"))
        self.insert_button.setObjectName("insert")
        self.insert_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Loobu"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.browser.entry_activated.connect(lambda _entry: self.accept())
        self.browser.current_changed.connect(
            lambda entry: self.insert_button.setEnabled(entry is not None))
        self.insert_button.setEnabled(self.browser.current_entry() is not None)
        self.browser.search.setFocus()
        self.resize(760, 440)

    def chosen_entry(self) -> Entry | None:
        chosen = self.chosen_entries()
        return chosen[0] if chosen else None

    def chosen_entries(self) -> list[Entry]:
        """The entries chosen, in list order; empty when the dialog was cancelled."""
        if self.result() != QDialog.DialogCode.Accepted:
            return []
        return self.browser.selected_entries()

    def accept(self) -> None:
        if self.browser.current_entry() is not None:
            super().accept()

    @classmethod
    def pick(cls, parent: QWidget | None, category: Category | None = None,
             library: WordingLibrary | None = None) -> Entry | None:
        """Show the picker filtered to ``category``; the chosen entry or ``None``."""
        dialog = cls(library, category, parent)
        dialog.exec()
        return dialog.chosen_entry()


class AddToLibraryDialog(QDialog):
    """Save text as an own library entry (new), or edit an own entry."""

    def __init__(self, library: WordingLibrary | None = None, blocks: RichText | None = None,
                 category: Category | None = None, parent: QWidget | None = None,
                 editing: Entry | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("addToLibrary")
        self.library = library or shared_library()
        self.editing = editing
        self.saved: Entry | None = None
        self.setWindowTitle(self.tr("Muuda tüüpsõnastust") if editing else
                            self.tr("Lisa tüüpsõnastusse"))
        source = editing.blocks if editing else (blocks or [])
        self.category = _category_combo(self, with_all=False)
        self.category.setObjectName("category")
        chosen = editing.category if editing else (category or Category.RIGHT)
        _set_category(self.category, chosen)
        suggested = name or (short_name(source[0].text) if source else "")
        self.name = QLineEdit(editing.name if editing else suggested, self)
        self.name.setObjectName("name")
        self.label = QLineEdit(editing.label if editing else "", self)
        self.label.setObjectName("label")
        self.label.setPlaceholderText(self.tr("nt Haridus, Keeleoskus"))
        self.tags = QLineEdit(", ".join(editing.tags) if editing else "", self)
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("nt ametnik, töötaja, juht"))
        self.text = QPlainTextEdit("\n".join(b.text for b in source), self)
        self.text.setObjectName("text")
        self.bullets = QCheckBox(self.tr("Iga rida on loetelupunkt"), self)
        self.bullets.setObjectName("bullets")
        self.bullets.setChecked(bool(source) and all(b.is_bullet for b in source))
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")

        form = QFormLayout()
        form.addRow(self.tr("Liik:"), self.category)
        form.addRow(self.tr("Lühinimi:"), self.name)
        form.addRow(self.tr("Nõude nimetus:"), self.label)
        form.addRow(self.tr("Sildid:"), self.tags)
        form.addRow(self.tr("Tekst:"), self.text)
        form.addRow("", self.bullets)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Salvesta"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Loobu"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.category.currentIndexChanged.connect(self._label_enabled)
        self._label_enabled()
        self.resize(560, 420)

    def _label_enabled(self) -> None:
        self.label.setEnabled(_category_of(self.category) is Category.REQUIREMENT)

    def entry(self) -> Entry:
        """The entry as the form describes it now."""
        lines = [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]
        make = Block.li if self.bullets.isChecked() else Block.p
        category = _category_of(self.category) or Category.RIGHT
        tags = tuple(t.strip() for t in self.tags.text().replace(";", ",").split(",")
                     if t.strip())
        return Entry(category, self.name.text().strip(), [make(line) for line in lines], tags,
                     self.label.text().strip() if category is Category.REQUIREMENT else "",
                     id=self.editing.id if self.editing else "")

    def accept(self) -> None:
        entry = self.entry()
        if not entry.name or not entry.blocks:
            self.message.setText(self.tr("Lühinimi ja tekst on kohustuslikud."))
            return
        unchanged = self.editing is not None and self.editing.text == entry.text
        duplicate = None if unchanged else self.library.find_duplicate(entry)
        if duplicate is not None:
            self.message.setText(self.tr("Sama tekst on tüüpsõnastuses juba olemas: „{name}”.")
                                 .format(name=duplicate.name))
            return
        try:
            if self.editing:
                self.library.update(entry)
                self.saved = entry
            else:
                self.saved = self.library.add(entry)
        except (OSError, FormatError, ReadOnlyEntryError) as error:
            self.message.setText(str(error))
            return
        super().accept()

    @classmethod
    def add(cls, parent: QWidget | None, blocks: RichText, category: Category | None = None,
            library: WordingLibrary | None = None, name: str = "") -> Entry | None:
        """Ask for name, category and tags and save ``blocks`` as an own entry.

        ``name`` proposes the short name (a competency group's or an additional
        competency's own name); otherwise it is made from the first words.
        """
        dialog = cls(library, blocks, category, parent, name=name)
        dialog.exec()
        return dialog.saved


class LibraryManagerDialog(QDialog):
    """Own entries: edit, delete; bundled: copy; import and export."""

    def __init__(self, library: WordingLibrary | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryManager")
        self.setWindowTitle(self.tr("Tüüpsõnastus"))
        self.library = library or shared_library()
        self.browser = _EntryBrowser(self.library, None, self)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new", self.tr("Uus…"), self._new),
            ("edit", self.tr("Muuda…"), self._edit),
            ("delete", self.tr("Kustuta"), self._delete),
            ("copy", self.tr("Tee koopia"), self._copy),
            ("import", self.tr("Impordi…"), self._import),
            ("export", self.tr("Ekspordi…"), self._export),
        ):
            button = QPushButton(text, self)
            button.setObjectName(key)
            # Through a lambda that drops clicked()'s bool: connecting the bound
            # methods directly crashed PySide6 6.12 at interpreter exit
            # ("bool_dealloc") after the delete button disabled itself.
            button.clicked.connect(lambda _checked=False, run=slot: run())
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        close = QPushButton(self.tr("Sulge"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.browser.current_changed.connect(self._enable)
        self._enable(self.browser.current_entry())
        if self.library.problems:
            self.status.setText("\n".join(self.library.problems))
        self.resize(820, 480)

    def _enable(self, entry: Entry | None) -> None:
        """Enable what applies to ``entry``; a disabled button's tooltip says why."""
        own = entry is not None and not entry.bundled
        bundled = self.tr("Kaasa tulnud teksti ei saa muuta ega kustutada: tee sellest "
                          "koopia ja muuda koopiat.") if entry is not None and not own else ""
        self.buttons["edit"].setEnabled(own)
        self.buttons["edit"].setToolTip(bundled)
        self.buttons["delete"].setEnabled(own)
        self.buttons["delete"].setToolTip(bundled)
        self.buttons["copy"].setEnabled(entry is not None)
        exportable = bool(self.library.own_entries())
        self.buttons["export"].setEnabled(exportable)
        self.buttons["export"].setToolTip("" if exportable else self.tr(
            "Eksportida saab oma tüüpsõnastust; seda veel ei ole (Uus… või Tee koopia)."))

    def _select(self, entry: Entry) -> None:
        self.browser.refresh()
        for row in range(self.browser.results.count()):
            item = self.browser.results.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == entry.id:
                self.browser.results.setCurrentItem(item)
                return

    def _new(self) -> None:
        dialog = AddToLibraryDialog(self.library, [], _category_of(self.browser.category), self)
        if dialog.exec() and dialog.saved is not None:
            self._select(dialog.saved)

    def _edit(self) -> None:
        entry = self.browser.current_entry()
        if entry is None or entry.bundled:
            return
        dialog = AddToLibraryDialog(self.library, parent=self, editing=entry)
        if dialog.exec() and dialog.saved is not None:
            self._select(dialog.saved)

    def _delete(self) -> None:
        entry = self.browser.current_entry()
        if entry is None or entry.bundled:
            return
        if confirm(self, self.tr("Kustuta tüüpsõnastusest"),
                   self.tr("Kas kustutada „{name}”?").format(name=entry.name)):
            self.library.delete(entry.id)
            self.browser.refresh()
            self.status.setText(self.tr("„{name}” kustutati.").format(name=entry.name))

    def _copy(self) -> None:
        entry = self.browser.current_entry()
        if entry is not None:
            copy = self.library.copy_to_own(entry.id)
            self._select(copy)
            self.status.setText(self.tr("Koopia tehtud; seda saab muuta."))

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Impordi tüüpsõnastus"), "",
                                              self.tr("Tüüpsõnastuse failid (*.xml)"))
        if not name:
            return
        try:
            result = self.library.import_file(Path(name))
        except FormatError as error:
            self.status.setText(str(error))
            return
        self.browser.refresh()
        self.status.setText(self.tr("Lisati {added}, juba olemas {duplicates}.").format(
            added=len(result.added), duplicates=len(result.duplicates)))

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspordi minu tüüpsõnastus"),
                                              "minu-sonastus.xml",
                                              self.tr("Tüüpsõnastuse failid (*.xml)"))
        if not name:
            return
        try:
            self.library.export(Path(name))
        except OSError as error:
            self.status.setText(str(error))
            return
        count = len(self.library.own_entries())
        self.status.setText(plural(count, self.tr("Eksporditi {n} kirje faili {file}."),
                                   self.tr("Eksporditi {n} kirjet faili {file}.")).format(
            n=count, file=name))

    @classmethod
    def manage(cls, parent: QWidget | None, library: WordingLibrary | None = None) -> None:
        cls(library, parent).exec()
