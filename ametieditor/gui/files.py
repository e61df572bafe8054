"""New, Open, Save, Save As, Export, recent files: the document's life as a file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ametieditor.commands import EditSession
from ametieditor.commands.signals import emit
from ametieditor.formats import registry
from ametieditor.formats.result import WriteOptions
from ametieditor.gui.dialogs import Answer, ask_unsaved, show_error, show_warning
from ametieditor.io.errors import FormatError
from ametieditor.model.document import JobDescription
from ametieditor.model.revision import mark_saved
from ametieditor.resources import resource_path

if TYPE_CHECKING:
    from ametieditor.formats.document_templates import Template

NATIVE_EXTENSION = ".ametijuhend"
TEMPLATES = {"ametnik": "templates/uus-ametnik.ametijuhend",
             "tootaja": "templates/uus-tootaja.ametijuhend"}
MAX_RECENT = 8


def find_soffice() -> str | None:
    """The LibreOffice program PDF export needs, or None (then Export PDF is disabled).

    The same finder the PDF exporter uses, so the menu and the export agree.
    """
    from ametieditor.formats.libreoffice import find_soffice as find_libreoffice

    found = find_libreoffice()
    return str(found) if found is not None else None


#: Reads a file into a LoadResult (None: the user cancelled).
Reader = Callable[[Path], "registry.LoadResult | None"]
#: Writes the open document to a path (see DocumentFiles.use_writer).
Writer = Callable[[Path, bool], "bool | None"]


class DocumentFiles(QObject):
    """Knows the file of the window's document and does every file operation."""

    path_changed = Signal()
    recent_changed = Signal()
    #: After a file was opened: its Path and the registry's LoadResult (report, signatures).
    opened = Signal(object, object)
    #: After Save / Save As wrote the document: its Path.
    saved = Signal(object)
    #: The window is closing and the user agreed (nothing unsaved is lost).
    closed = Signal()
    #: News about the file just opened that needs no answer (shown in the info bar).
    notice = Signal(str)

    def __init__(self, session: EditSession, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.path: Path | None = None
        #: False for a file imported from another format: Save must ask for a new name.
        self.native = True
        #: Shown and offered as the file name while there is no file (e.g. a new revision).
        self.untitled_name = ""
        # The three extension points of opening and saving (see use_reader, use_opener,
        # use_writer); features set them through those methods only.
        self._reader: Reader = registry.load
        self._opener: Reader = self.read
        self._writer: Writer = lambda path, _chosen: \
            self._save_to(path, self.tr("Salvestamine ebaõnnestus"))
        #: Open read-only (the file is locked by someone else): Save becomes Save As.
        self.read_only = False
        self.settings = QSettings()

    # -- extension points ----------------------------------------------------------

    def use_reader(self, reader: Reader) -> None:
        """How a file becomes a LoadResult (containers ask which document to read).

        None from the reader cancels the opening.
        """
        self._reader = reader

    def read(self, path: Path) -> registry.LoadResult | None:
        """Read ``path`` with the reader in use (what an opener calls inside its checks)."""
        return self._reader(path)

    def use_opener(self, opener: Reader) -> None:
        """What Open calls around :meth:`read`: a feature that must see every opening
        (ametieditor.gui.safety takes the lock first). It calls :meth:`read` at the time
        of opening, so features may be installed in any order."""
        self._opener = opener

    def use_writer(self, writer: Writer) -> None:
        """How Save / Save As writes (``chosen``: the name came from the Save As dialog):
        True saved, False failed, None "the user chose Save As instead".
        ametieditor.gui.safety puts backups and checks here."""
        self._writer = writer

    # -- names ---------------------------------------------------------------------

    def display_name(self) -> str:
        name = self.path.name if self.path else (self.untitled_name or self.tr("Nimetu"))
        return self.tr("{name} (kirjutuskaitstud)").format(name=name) if self.read_only \
            else name

    def _folder(self) -> str:
        return str(self.settings.value("files/lastFolder", str(Path.home())))

    def _remember_folder(self, path: Path) -> None:
        self.settings.setValue("files/lastFolder", str(path.parent))

    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):  # QSettings gives a lone entry as a string
            return [value]
        return [str(item) for item in value] if isinstance(value, list | tuple) else []

    def _add_recent(self, path: Path) -> None:
        items = [str(path)] + [item for item in self.recent_files() if item != str(path)]
        self.settings.setValue("files/recent", items[:MAX_RECENT])
        emit(self.recent_changed)

    # -- asking before throwing away changes -------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to replace or close the document."""
        if self.session.undo_stack.isClean():
            return True
        answer = ask_unsaved(self.window, self.display_name())
        if answer is Answer.SAVE:
            return self.save()
        return answer is Answer.DISCARD

    def close_document(self) -> bool:
        """The window is closing: ask about unsaved changes, then let the features tidy up."""
        if not self.maybe_save():
            return False
        emit(self.closed)
        return True

    # -- new and open -------------------------------------------------------------------

    def new_document(self, template: str | Template = "ametnik") -> bool:
        """A new document from a bundled (``"ametnik"``, ``"tootaja"``) or own template."""
        from ametieditor.formats.document_templates import new_from_template

        if not self.maybe_save():
            return False
        path = resource_path(TEMPLATES[template]) if isinstance(template, str) else \
            template.path
        try:
            document = new_from_template(path)
        except FormatError as error:
            show_error(self.window, self.tr("Uut dokumenti ei saanud luua"), str(error))
            document = JobDescription()
        self._set_document(document, None, native=True)
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Ava ametijuhend"), self._folder(), self.open_filter())
        return bool(name) and self.open_path(Path(name), ask=False)

    def open_filter(self) -> str:
        entries = registry.reader_entries()
        every = " ".join(f"*{entry.extension}" for entry in entries)
        lines = [self.tr("Kõik toetatud failid ({patterns})").format(patterns=every)]
        lines += [f"{entry.description} (*{entry.extension})" for entry in entries]
        lines.append(self.tr("Kõik failid (*)"))
        return ";;".join(lines)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open ``path``; errors are shown in a dialog naming the file."""
        if ask and not self.maybe_save():
            return False
        try:
            result = self._opener(path)
        except FormatError as error:
            show_error(self.window, self.tr("Faili ei saanud avada"), str(error))
            return False
        except OSError as error:
            show_error(self.window, self.tr("Faili ei saanud avada"),
                       f"{path}: {error.strerror or error}")
            return False
        if result is None:
            return False
        native = result.native and path.suffix.lower() == NATIVE_EXTENSION
        self._set_document(result.document, path, native)
        self._remember_folder(path)
        self._add_recent(path)
        emit(self.opened, path, result)
        if result.notices:  # e.g. an older format version: no question, only news
            emit(self.notice, f"{path.name}: " + "; ".join(result.notices))
        if result.warnings:
            show_warning(self.window, self.tr("Teade"),
                         f"{path}:\n" + "\n".join(result.warnings))
        return True

    def _set_document(self, document: JobDescription, path: Path | None, native: bool) -> None:
        self.path = path
        self.native = native
        self.untitled_name = ""
        self.session.replace_document(document)
        emit(self.path_changed)

    # -- save --------------------------------------------------------------------------

    def save(self) -> bool:
        if self.path is None or not self.native or self.read_only:
            return self.save_as()
        written = self._write(self.path)
        return self.save_as() if written is None else written

    def save_as(self) -> bool:
        start = self.path.with_suffix(NATIVE_EXTENSION) if self.path else \
            Path(self._folder()) / ((self.untitled_name
                                     or self.session.document.general.title.strip()
                                     or self.tr("ametijuhend")) + NATIVE_EXTENSION)
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Salvesta ametijuhend"), str(start),
            self.tr("Ametijuhend (*.ametijuhend)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != NATIVE_EXTENSION:
            path = path.with_name(path.name + NATIVE_EXTENSION)
        written = self._write(path, chosen=True)
        if written is None:
            return self.save_as()
        if not written:
            return False
        self.path = path
        self.native = True
        self.untitled_name = ""
        self._remember_folder(path)
        self._add_recent(path)
        emit(self.path_changed)
        return True

    def _write(self, path: Path, chosen: bool = False) -> bool | None:
        mark_saved(self.session.document, dt.datetime.now())
        written = self._writer(path, chosen)
        if written:
            self.session.undo_stack.setClean()
            emit(self.saved, path)
        return written

    def _save_to(self, path: Path, failure_title: str,
                 options: WriteOptions | None = None) -> bool:
        """Write through the registry; a failure is a dialog, warnings are shown once."""
        try:
            warnings = registry.save(self.session.document, path, options)
        except FormatError as error:
            show_error(self.window, failure_title, str(error))
            return False
        except OSError as error:
            show_error(self.window, failure_title, f"{path}: {error.strerror or error}")
            return False
        if warnings:
            show_warning(self.window, self.tr("Teade"), f"{path}:\n" + "\n".join(warnings))
        return True

    # -- export --------------------------------------------------------------------------

    def export(self, extension: str) -> bool:
        """Export DOCX or PDF through the format registry (the writers live there)."""
        from ametieditor.gui.signing_check import confirm_export

        if not confirm_export(self.window, self.session.document):
            return False
        label = extension.lstrip(".").upper()
        base = self.path.with_suffix(extension) if self.path else \
            Path(self._folder()) / ((self.session.document.general.title.strip()
                                     or self.tr("ametijuhend")) + extension)
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Ekspordi {kind}").format(kind=label), str(base),
            f"{label} (*{extension})")
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != extension:
            path = path.with_name(path.name + extension)
        if not self._may_replace(path):
            return False
        from ametieditor.gui.export_author import author_for_export
        from ametieditor.storage.export_settings import export_template

        options = WriteOptions(template=export_template(), author=author_for_export(self.window))
        return self._save_to(path, self.tr("Eksportimine ebaõnnestus"), options)

    def _may_replace(self, path: Path) -> bool:
        """Ask before replacing a read-only file or one open elsewhere.

        The file dialog has only asked whether to replace an existing file; a
        file marked read-only or open in LibreOffice or another editor was
        protected on purpose, so the user confirms once more (No by default).
        """
        from ametieditor.storage.protect import Protection, lock_description, protection_of

        protection = protection_of(path)
        if protection is None:
            return True
        if protection is Protection.READ_ONLY:
            title = self.tr("Kirjutuskaitstud fail")
            text = self.tr("Fail {name} on kirjutuskaitstud.\n\nKas asendada see ikkagi?")
        else:
            title = self.tr("Fail on avatud")
            text = self.tr("Fail {name} on avatud: {holder}.\n\nKas asendada see ikkagi?")
        answer = QMessageBox.question(
            self.window, title,
            text.format(name=path.name, holder=lock_description(path) or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
