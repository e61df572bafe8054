"""Noticing that someone else changed or deleted a file while it was open.

The editor remembers a :class:`Fingerprint` of the file when it opens or
saves it, and calls :func:`check_unchanged` right before the next save. A
mismatch raises :class:`FileChangedError`, so the GUI can offer Save As
instead of silently overwriting a colleague's edit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error


@dataclass(frozen=True)
class Fingerprint:
    """What identifies one version of a file: modification time, size and content hash."""

    mtime_ns: int
    size: int
    sha256: str


class Change(StrEnum):
    CHANGED = "changed"
    DELETED = "deleted"


class FileChangedError(FormatError):
    """The file on disk is no longer the version the editor opened or last saved."""

    def __init__(self, path: str | Path, change: Change) -> None:
        if change is Change.DELETED:
            problem = tr("fail on vahepeal kustutatud või ümber nimetatud; salvestage teise "
                         "nimega või uuesti samasse kohta",
                         "the file has been deleted or renamed meanwhile; save under another "
                         "name or again in the same place")
        else:
            problem = tr("faili on vahepeal muudetud väljaspool seda akent (võib-olla teine "
                         "kasutaja); salvestage teise nimega, et kumbki muudatus ei kaoks",
                         "the file has been changed outside this window meanwhile (perhaps by "
                         "someone else); save under another name so that neither change is "
                         "lost")
        super().__init__(path, problem)
        self.change = change


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint(path: str | Path) -> Fingerprint | None:
    """The fingerprint of ``path`` now, or ``None`` when it does not exist."""
    target = Path(path)
    try:
        info = target.stat()
        return Fingerprint(info.st_mtime_ns, info.st_size, _hash(target))
    except FileNotFoundError:
        return None
    except OSError as error:
        raise FormatError(target, describe_os_error(error)) from None


def check_unchanged(path: str | Path, expected: Fingerprint | None) -> None:
    """Raise :class:`FileChangedError` unless ``path`` is still the ``expected`` version.

    ``expected=None`` means the editor has not seen the file (a new document):
    nothing to compare. Time and size are compared first; only when they differ
    is the content hashed, so a file merely touched (a sync tool, a virus
    scanner) does not count as changed.
    """
    if expected is None:
        return
    target = Path(path)
    try:
        info = target.stat()
    except FileNotFoundError:
        raise FileChangedError(target, Change.DELETED) from None
    except OSError as error:
        raise FormatError(target, describe_os_error(error)) from None
    if info.st_mtime_ns == expected.mtime_ns and info.st_size == expected.size:
        return
    if info.st_size != expected.size or _hash(target) != expected.sha256:
        raise FileChangedError(target, Change.CHANGED)
