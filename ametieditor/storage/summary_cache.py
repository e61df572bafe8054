"""The folder summaries of earlier runs, so a folder is read again only where it changed.

Listing or checking a folder of 10,000 files on a network share means reading
every file; the second time, only files whose size or modification time
changed need it. :class:`SummaryCache` keeps each file's
:class:`~ametieditor.model.folder_summary.DocumentSummary` (and what reading it
said) as compressed JSON in one SQLite file in the user's cache folder
(:func:`ametieditor.paths.user_cache_dir`), keyed by the file's full path, size
and modification time, plus a *context*: the summary format version, the
program version and the message language. Anything else is a miss.

The cache is a convenience, never a record. It may be deleted at any time; a
damaged cache file is deleted and started again; a cache that cannot be opened
or written (read-only home, another program holding a lock) is left alone and
the folder is simply read in full. Entries not used for :data:`KEEP_DAYS` days
are dropped when the cache is closed.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import os
import sqlite3
import time
import zlib
from pathlib import Path
from typing import Any

from ametieditor.i18n import current_language
from ametieditor.model.folder_summary import SUMMARY_VERSION
from ametieditor.paths import user_cache_dir

CACHE_FILE = "folder-summaries.sqlite"
#: Entries of files not seen for this long are dropped (moved or deleted files).
KEEP_DAYS = 90
#: Written entries are committed in batches, so an interrupted run keeps most of its work.
COMMIT_EVERY = 200
#: How long to wait for another editor or CLI that is writing the same cache.
LOCK_WAIT_SECONDS = 2.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS summary (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    context TEXT NOT NULL,
    used REAL NOT NULL,
    data BLOB NOT NULL
)
"""


def cache_path() -> Path:
    return user_cache_dir() / CACHE_FILE


def default_context() -> str:
    """What a cached entry was made under: formats, program and message language."""
    try:
        program = importlib.metadata.version("ametieditor")
    except importlib.metadata.PackageNotFoundError:
        program = "source"
    return f"summary{SUMMARY_VERSION}/{program}/{current_language()}"


class SummaryCache:
    """Cached per-file data (plain JSON) by path, size and modification time."""

    def __init__(self, path: Path | None = None, context: str | None = None) -> None:
        self.path = path or cache_path()
        self.context = context or default_context()
        self._pending = 0
        self._used: list[str] = []  # paths whose entries were used (marked at close)
        self._connection = self._open()

    @property
    def usable(self) -> bool:
        return self._connection is not None

    def _open(self) -> sqlite3.Connection | None:
        for _attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(self.path, timeout=LOCK_WAIT_SECONDS)
                connection.execute(_SCHEMA)
                connection.commit()
                return connection
            except sqlite3.DatabaseError:
                # Not a database (damaged, or something else under our name): start again.
                with contextlib.suppress(OSError):
                    self.path.unlink()
            except (OSError, sqlite3.Error):
                return None
        return None

    @staticmethod
    def _key(path: Path) -> str:
        return str(path.absolute())

    def get(self, path: Path, stat: os.stat_result) -> dict[str, Any] | None:
        """The data stored for ``path`` when its size and time are still those of ``stat``."""
        if self._connection is None:
            return None
        try:
            row = self._connection.execute(
                "SELECT size, mtime_ns, context, data FROM summary WHERE path = ?",
                (self._key(path),)).fetchone()
        except sqlite3.Error:
            self._give_up()
            return None
        if row is None or (row[0], row[1], row[2]) != (stat.st_size, stat.st_mtime_ns,
                                                       self.context):
            return None
        try:
            data = json.loads(zlib.decompress(row[3]))
        except (ValueError, TypeError, zlib.error):
            return None
        if not isinstance(data, dict):
            return None
        self._used.append(self._key(path))
        return data

    def put(self, path: Path, stat: os.stat_result, data: dict[str, Any]) -> None:
        """Remember ``data`` for ``path`` as it is now (``stat`` taken before reading it)."""
        self._write("INSERT OR REPLACE INTO summary VALUES (?, ?, ?, ?, ?, ?)",
                    (self._key(path), stat.st_size, stat.st_mtime_ns, self.context,
                     time.time(), zlib.compress(json.dumps(data, ensure_ascii=False)
                                                .encode("utf-8"))))

    def _write(self, statement: str, values: tuple[object, ...]) -> None:
        if self._connection is None:
            return
        try:
            self._connection.execute(statement, values)
            self._pending += 1
            if self._pending >= COMMIT_EVERY:
                self._connection.commit()
                self._pending = 0
        except sqlite3.Error:
            self._give_up()

    def _give_up(self) -> None:
        """Locked by another program, disk full, file gone: go on without a cache."""
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
        self._connection = None

    def close(self) -> None:
        """Commit what was written and drop entries unused for :data:`KEEP_DAYS` days."""
        if self._connection is None:
            return
        try:
            now = time.time()
            self._connection.executemany("UPDATE summary SET used = ? WHERE path = ?",
                                         [(now, path) for path in self._used])
            self._connection.execute("DELETE FROM summary WHERE used < ?",
                                     (now - KEEP_DAYS * 86400,))
            self._connection.commit()
        except sqlite3.Error:
            pass
        self._give_up()

    def __enter__(self) -> SummaryCache:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
