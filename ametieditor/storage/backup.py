"""Saving over a file without losing the version it replaces.

:func:`save_with_backup` is the editor's save: it checks that nobody changed
the file since it was opened, copies the version on disk into the backup
folder (``backups/`` in the per-user data folder), writes the new version
atomically through the format registry and then keeps only the newest
:data:`DEFAULT_KEEP` backups of that file.

Backups are named ``<name>_<YYYY-MM-DD_HHMMSS>_<folder tag><extension>``,
e.g. ``peaspetsialist_2026-11-23_101503_3f2a9c1d.ametijuhend``: the name and
extension of the original (so a backup opens with a double click), the time
the backup was taken, and eight hex digits of a hash of the original's folder
so that two files of the same name in different folders keep separate
histories.
"""

from __future__ import annotations

import glob
import hashlib
import re
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ametieditor.formats import registry
from ametieditor.i18n import tr
from ametieditor.io.atomic import MAX_NAME_BYTES, atomic_write, shorten_name, temporary_prefix
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error, is_read_only_file
from ametieditor.model.document import JobDescription
from ametieditor.paths import user_subdir
from ametieditor.storage.fingerprint import Fingerprint, check_unchanged, fingerprint

#: How many earlier versions of each file are kept unless configured otherwise.
DEFAULT_KEEP = 5
BACKUP_FOLDER = "backups"
_STAMP_FORMAT = "%Y-%m-%d_%H%M%S"


class BackupError(FormatError):
    """The previous version could not be copied; the file itself was not touched."""


@dataclass(frozen=True)
class SaveResult:
    """What a save produced."""

    #: The saved file's fingerprint: pass it as ``expected`` to the next save.
    fingerprint: Fingerprint
    #: Messages of the writer for the user (e.g. what an export could not carry).
    warnings: list[str]
    #: Where the replaced version was kept, if there was one.
    backup: Path | None


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime


def backup_folder() -> Path:
    return user_subdir(BACKUP_FOLDER)


def _folder_tag(original: Path) -> str:
    folder = str(original.resolve().parent)
    return hashlib.sha256(folder.encode("utf-8", "surrogatepass")).hexdigest()[:8]


#: What a backup name adds to the original's stem: "_YYYY-MM-DD_HHMMSS", room for a
#: counter "-99999" and "_" plus the folder tag.
_STAMP_BYTES = 18 + 6 + 9


def _backup_stem(original: Path) -> str:
    """The original's stem, shortened when the backup's name would pass 255 bytes.

    A shortened stem ends in ``~`` and six hex digits of a hash of the whole
    stem, so two long names that differ only at the end keep separate histories.
    """
    room = MAX_NAME_BYTES - _STAMP_BYTES - len(original.suffix.encode("utf-8", "surrogateescape"))
    stem = original.stem
    if len(stem.encode("utf-8", "surrogateescape")) <= room:
        return stem
    digest = hashlib.sha256(stem.encode("utf-8", "surrogateescape")).hexdigest()[:6]
    return f"{shorten_name(stem, room - 7)}~{digest}"


def _pattern(original: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(_backup_stem(original)) + r"_(\d{4}-\d{2}-\d{2}_\d{6})(?:-(\d+))?_"
        + _folder_tag(original) + re.escape(original.suffix) + "$"
    )


def list_backups(original: str | Path, folder: Path | None = None) -> list[Backup]:
    """The backups of ``original``, newest first."""
    target = Path(original)
    folder = folder or backup_folder()
    pattern = _pattern(target)
    found: list[tuple[datetime, int, Path]] = []
    for candidate in folder.iterdir() if folder.is_dir() else ():
        match = pattern.match(candidate.name)
        if match:
            taken = datetime.strptime(match[1], _STAMP_FORMAT)
            found.append((taken, int(match[2] or 1), candidate))
    found.sort(reverse=True)
    return [Backup(path, taken) for taken, _, path in found]


def make_backup(original: str | Path, folder: Path | None = None,
                now: datetime | None = None) -> Path:
    """Copy ``original`` into the backup folder and return the copy's path."""
    source = Path(original)
    folder = folder or backup_folder()
    stamp = (now or datetime.now()).strftime(_STAMP_FORMAT)
    base = f"{_backup_stem(source)}_{stamp}"
    tail = f"_{_folder_tag(source)}{source.suffix}"
    # Several backups within one second are numbered -2, -3 …, always above the
    # highest number still present, so the order stays right after pruning.
    taken = [int(m[2] or 1) for c in folder.glob(f"{glob.escape(base)}*{glob.escape(tail)}")
             if (m := _pattern(source).match(c.name))]
    counter = max(taken, default=0) + 1
    candidate = folder / (f"{base}{tail}" if counter == 1 else f"{base}-{counter}{tail}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(candidate, source.read_bytes())
        shutil.copystat(source, candidate)
    except OSError as error:
        raise BackupError(
            source,
            tr("eelmisest versioonist ei saanud varukoopiat teha ({reason}); faili ei "
               "muudetud",
               "could not back up the previous version ({reason}); the file was not changed",
               reason=describe_os_error(error)),
        ) from None
    return candidate


def prune_backups(original: str | Path, keep: int, folder: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``original``; returns what was deleted."""
    removed = []
    for backup in list_backups(original, folder)[max(keep, 0):]:
        try:
            backup.path.unlink()
        except OSError:
            continue  # an old backup that will not go away harms nobody
        removed.append(backup.path)
    return removed


def save_with_backup(
    doc: JobDescription,
    path: str | Path,
    options: registry.WriteOptions | None = None,
    *,
    expected: Fingerprint | None = None,
    keep: int = DEFAULT_KEEP,
    folder: Path | None = None,
) -> SaveResult:
    """Save ``doc`` to ``path`` keeping the version it replaces.

    ``expected`` is the fingerprint remembered when the file was opened or last
    saved; if the file changed since, :class:`FileChangedError` is raised and
    nothing is written. A read-only file is refused (even for ``root``).
    ``keep=0`` saves without a backup. Every failure raises
    :class:`FormatError` with a plain message, and the file on disk stays as it
    was.
    """
    target = Path(path)
    registry.writer_for(target)  # an unknown type fails before anything is touched
    check_unchanged(target, expected)
    if is_read_only_file(target):
        raise FormatError(target, tr("fail on kirjutuskaitstud; salvestage teise nimega",
                                     "the file is read-only; save under another name"))
    backup = make_backup(target, folder) if keep > 0 and target.is_file() else None
    try:
        warnings = registry.save(doc, target, options) or []
    except FormatError:
        raise
    except OSError as error:
        raise FormatError(target, describe_os_error(error, target)) from None
    if keep > 0:
        prune_backups(target, keep, folder)
    remove_stale_temporaries(target)
    new = fingerprint(target)
    assert new is not None
    return SaveResult(new, list(warnings), backup)


#: A temporary file of an interrupted save older than this is garbage, not a save in progress.
STALE_TEMPORARY_SECONDS = 3600


def remove_stale_temporaries(target: Path, now: float | None = None) -> list[Path]:
    """Delete what saves of ``target`` killed mid-write left behind (``.<name>.*.tmp``).

    :func:`~ametieditor.io.atomic.atomic_write` removes its temporary file
    when it fails, but a power cut or a killed process cannot; only files older
    than :data:`STALE_TEMPORARY_SECONDS` are removed, so a save running in
    another window is never disturbed.
    """
    moment = time.time() if now is None else now
    removed = []
    for leftover in target.parent.glob(f"{glob.escape(temporary_prefix(target))}*.tmp"):
        try:
            if moment - leftover.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            continue
    return removed


def restore_backup(backup: str | Path, original: str | Path) -> None:
    """Put a backup back in place of ``original`` (atomically)."""
    try:
        atomic_write(original, Path(backup).read_bytes())
    except OSError as error:
        raise FormatError(original, describe_os_error(error, original)) from None


__all__ = [
    "DEFAULT_KEEP",
    "Backup",
    "BackupError",
    "backup_folder",
    "list_backups",
    "make_backup",
    "prune_backups",
    "restore_backup",
    "save_with_backup",
]
