"""The wording library: bundled entries (read-only) plus the user's own.

The user's entries live in ``<user data>/wording/minu-sonastik.xml``
(:func:`ametieditor.paths.user_subdir`, the same folder as Qt's
``AppDataLocation``), never in the install folder, so they survive upgrades.
Every change is saved at once, atomically. Bundled entries cannot be edited
or deleted; :meth:`WordingLibrary.copy_to_own` makes an editable copy.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ametieditor import paths
from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.resources import resource_path
from ametieditor.wording import storage
from ametieditor.wording.entry import Category, Entry, normalised_text
from ametieditor.wording.search import index_entry, search

USER_FILE_NAME = "minu-sonastik.xml"


class ReadOnlyEntryError(ValueError):
    """A bundled entry cannot be changed or deleted (copy it first)."""


@dataclass
class ImportResult:
    """What importing a shared library file did."""

    added: list[Entry] = field(default_factory=list)
    #: Entries of the file whose text the library already had (not added).
    duplicates: list[Entry] = field(default_factory=list)


def bundled_files() -> list[Path]:
    """Every bundled library file: ``resources/wording/*.xml``."""
    return sorted(resource_path("wording").glob(f"*{storage.EXTENSION}"))


def new_id() -> str:
    return "u-" + uuid.uuid4().hex[:12]


def _duplicate_key(entry: Entry) -> tuple[str, str]:
    return entry.category.value, normalised_text(entry.text)


class WordingLibrary:
    """Bundled and own entries, with search and the operations the GUI offers."""

    def __init__(self, user_folder: Path | None = None,
                 bundled: Iterable[Path] | None = None) -> None:
        self.user_file = (user_folder or paths.user_subdir("wording")) / USER_FILE_NAME
        #: Files that could not be read, one message each (shown by the GUI).
        self.problems: list[str] = []
        self._bundled: list[Entry] = []
        for path in bundled if bundled is not None else bundled_files():
            try:
                self._bundled.extend(storage.read(path, bundled=True))
            except FormatError as error:
                self.problems.append(str(error))
        self._own: list[Entry] = []
        self._own_unreadable = False
        if self.user_file.exists():
            try:
                self._own = storage.read(self.user_file)
            except FormatError as error:
                self.problems.append(str(error))
                self._own_unreadable = True
        self._reindex()

    # -- reading -----------------------------------------------------------
    def entries(self, category: Category | None = None) -> list[Entry]:
        """Own entries first, then the bundled ones."""
        return [e for e in (*self._own, *self._bundled)
                if category is None or e.category is category]

    def own_entries(self) -> list[Entry]:
        return list(self._own)

    def bundled_entries(self) -> list[Entry]:
        return list(self._bundled)

    def get(self, entry_id: str) -> Entry:
        for entry in (*self._own, *self._bundled):
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    def search(self, query: str, category: Category | None = None,
               limit: int | None = None) -> list[Entry]:
        """Search as you type; see :mod:`ametieditor.wording.search`."""
        return search(self._index, query, category, limit)

    def find_duplicate(self, entry: Entry) -> Entry | None:
        """An entry of the same category whose text is the same once normalised."""
        key = _duplicate_key(entry)
        for other in (*self._own, *self._bundled):
            if other.id != entry.id and _duplicate_key(other) == key:
                return other
        return None

    # -- changing own entries ---------------------------------------------
    def add(self, entry: Entry) -> Entry:
        """Save a new own entry (a fresh id is given) and return it."""
        added = entry.copy(id=new_id(), bundled=False)
        self._own.append(added)
        self._save()
        return added

    def update(self, entry: Entry) -> None:
        """Replace the own entry with the same id."""
        for index, old in enumerate(self._own):
            if old.id == entry.id:
                self._own[index] = entry.copy(bundled=False)
                self._save()
                return
        self._refuse_bundled(entry.id)
        raise KeyError(entry.id)

    def delete(self, entry_id: str) -> None:
        for index, old in enumerate(self._own):
            if old.id == entry_id:
                del self._own[index]
                self._save()
                return
        self._refuse_bundled(entry_id)
        raise KeyError(entry_id)

    def copy_to_own(self, entry_id: str) -> Entry:
        """An editable own copy of any entry (usually a bundled one)."""
        return self.add(self.get(entry_id))

    # -- sharing -----------------------------------------------------------
    def export(self, path: Path, entries: list[Entry] | None = None) -> None:
        """Write ``entries`` (default: all own entries) to a file for colleagues."""
        storage.write(path, [e.copy(bundled=False) for e in
                             (self._own if entries is None else entries)])

    def import_file(self, path: Path) -> ImportResult:
        """Add the entries of a shared file that the library does not have yet.

        Duplicates (same category, same normalised text, also within the
        file) are left out and reported. Nothing is saved when the file
        cannot be read.
        """
        incoming = storage.read(path)
        result = ImportResult()
        seen = {_duplicate_key(e) for e in (*self._own, *self._bundled)}
        for entry in incoming:
            key = _duplicate_key(entry)
            if key in seen:
                result.duplicates.append(entry)
                continue
            seen.add(key)
            result.added.append(entry.copy(id=new_id(), bundled=False))
        if result.added:
            self._own.extend(result.added)
            self._save()
        return result

    # -- internals ---------------------------------------------------------
    def _refuse_bundled(self, entry_id: str) -> None:
        if any(e.id == entry_id for e in self._bundled):
            raise ReadOnlyEntryError(tr(
                "programmiga kaasa tulnud sõnastust ei saa muuta; tee sellest oma koopia",
                "bundled wording cannot be changed; make your own copy of it"))

    def _save(self) -> None:
        self.user_file.parent.mkdir(parents=True, exist_ok=True)
        if self._own_unreadable:
            # Keep the unreadable file for the user instead of overwriting it.
            with contextlib.suppress(OSError):
                self.user_file.replace(self.user_file.with_suffix(".vigane.xml"))
            self._own_unreadable = False
        storage.write(self.user_file, self._own)
        self._reindex()

    def _reindex(self) -> None:
        self._index = [index_entry(e) for e in (*self._own, *self._bundled)]
