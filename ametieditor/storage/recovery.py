"""Recovery snapshots of unsaved work, for the next start after a crash.

While a document has unsaved changes the editor writes a snapshot of it into
``recovery/`` in the per-user data folder (when :class:`AutosavePolicy` says
so). Each snapshot is two files written atomically, named by the editing
session and a key of the document within it:

* ``<session>-<key>.ametijuhend``: the document in the editor's own format;
* ``<session>-<key>.json``: what the recovery dialog shows (original path,
  post title, when the file was last saved, when the snapshot was taken) and
  which process wrote it (computer, process id).

A clean save or close of the document removes its snapshot; a clean exit
removes the session's. At start, :meth:`RecoveryStore.recoverable` lists the
snapshots of sessions that are no longer running: those are what a crash,
a power cut or a flat battery left behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ametieditor.formats import xml_format
from ametieditor.io.atomic import atomic_write
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error
from ametieditor.model.document import JobDescription
from ametieditor.paths import user_subdir
from ametieditor.storage.lock import pid_alive

RECOVERY_FOLDER = "recovery"
_SNAPSHOT = ".ametijuhend"
_METADATA = ".json"
_SAFE_KEY = re.compile(r"^[A-Za-z0-9_]+$")


@dataclass(frozen=True)
class RecoveryEntry:
    """One recoverable snapshot."""

    session: str
    key: str
    snapshot: Path
    title: str
    original_path: Path | None
    last_saved: datetime | None
    autosaved: datetime
    host: str
    pid: int

    @property
    def metadata(self) -> Path:
        return self.snapshot.with_suffix(_METADATA)


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


class RecoveryStore:
    """The recovery folder as seen by one editing session."""

    def __init__(self, folder: Path | None = None, session: str | None = None) -> None:
        # If the folder cannot be made, the editor still starts; autosave says why not.
        self.folder = folder or user_subdir(RECOVERY_FOLDER)
        self.session = session or uuid.uuid4().hex[:12]
        if not _SAFE_KEY.match(self.session):
            raise ValueError(f"session id must be letters, digits or _: {self.session!r}")

    @staticmethod
    def new_key() -> str:
        """A key for a newly opened document within this session."""
        return uuid.uuid4().hex[:12]

    def _stem(self, key: str, session: str | None = None) -> str:
        if not _SAFE_KEY.match(key):
            raise ValueError(f"document key must be letters, digits or _: {key!r}")
        return f"{session or self.session}-{key}"

    def snapshot(self, key: str, doc: JobDescription, original_path: str | Path | None = None,
                 last_saved: datetime | None = None, now: datetime | None = None
                 ) -> RecoveryEntry:
        """Write (or replace) the snapshot of document ``key`` of this session."""
        stem = self._stem(key)
        snapshot = self.folder / f"{stem}{_SNAPSHOT}"
        entry = RecoveryEntry(
            session=self.session, key=key, snapshot=snapshot, title=doc.general.title,
            original_path=Path(original_path).resolve() if original_path else None,
            last_saved=last_saved, autosaved=now or _now(), host=platform.node(),
            pid=os.getpid(),
        )
        metadata = {
            "format": 1,
            "session": entry.session,
            "key": entry.key,
            "title": entry.title,
            "originalPath": str(entry.original_path) if entry.original_path else None,
            "lastSaved": entry.last_saved.isoformat() if entry.last_saved else None,
            "autosaved": entry.autosaved.isoformat(),
            "host": entry.host,
            "pid": entry.pid,
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # The document first: metadata without its snapshot is never listed.
            atomic_write(snapshot, xml_format.to_bytes(doc))
            atomic_write(entry.metadata,
                         json.dumps(metadata, ensure_ascii=False, indent=1).encode("utf-8"))
        except OSError as error:
            raise FormatError(snapshot, describe_os_error(error, snapshot)) from None
        return entry

    def discard(self, key: str, session: str | None = None) -> None:
        """Remove the snapshot of ``key`` (after a clean save or close)."""
        stem = self._stem(key, session)
        for suffix in (_METADATA, _SNAPSHOT):
            with contextlib.suppress(FileNotFoundError, NotADirectoryError):
                (self.folder / f"{stem}{suffix}").unlink()

    def discard_entry(self, entry: RecoveryEntry) -> None:
        self.discard(entry.key, entry.session)

    def close(self) -> None:
        """A clean exit: remove every snapshot of this session."""
        for entry in self.entries():
            if entry.session == self.session:
                self.discard_entry(entry)

    def entries(self) -> list[RecoveryEntry]:
        """Every readable snapshot in the folder, of any session, oldest first."""
        found = []
        try:
            listed = sorted(self.folder.glob(f"*{_METADATA}"))
        except OSError:  # no folder (nothing was autosaved yet) or one that cannot be read
            return []
        for metadata in listed:
            entry = _read_entry(metadata)
            if entry is not None and entry.snapshot.is_file():
                found.append(entry)
        return sorted(found, key=lambda entry: entry.autosaved)

    def recoverable(self) -> list[RecoveryEntry]:
        """Snapshots left by sessions that are not running any more (crashed)."""
        here = platform.node().lower()
        return [
            entry for entry in self.entries()
            if entry.session != self.session
            and not (entry.host.lower() == here and pid_alive(entry.pid))
        ]

    def load(self, entry: RecoveryEntry) -> JobDescription:
        """The document of a snapshot; :class:`FormatError` if it is damaged."""
        return xml_format.read(entry.snapshot)

    def adopt(self, entry: RecoveryEntry) -> tuple[str, JobDescription]:
        """Take over another session's snapshot: re-snapshot it here, then remove the old one.

        The recovered document is never without a snapshot on disk: if the
        editor crashes again right after recovering, it is offered again.
        """
        doc = self.load(entry)
        key = self.new_key()
        self.snapshot(key, doc, entry.original_path, entry.last_saved, entry.autosaved)
        self.discard_entry(entry)
        return key, doc


def _read_entry(metadata: Path) -> RecoveryEntry | None:
    try:
        data = json.loads(metadata.read_text(encoding="utf-8"))
        session, key = str(data["session"]), str(data["key"])
        if not (_SAFE_KEY.match(session) and _SAFE_KEY.match(key)):
            return None
        original = data.get("originalPath")
        last_saved = data.get("lastSaved")
        return RecoveryEntry(
            session=session,
            key=key,
            snapshot=metadata.with_name(f"{session}-{key}{_SNAPSHOT}"),
            title=str(data.get("title") or ""),
            original_path=Path(original) if original else None,
            last_saved=datetime.fromisoformat(last_saved) if last_saved else None,
            autosaved=datetime.fromisoformat(data["autosaved"]),
            host=str(data.get("host") or ""),
            pid=int(data.get("pid") or 0),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
