"""Which output files a command may write: never an input, and not a protected file unasked.

``ametieditor-cli convert`` and ``diff --html/--docx`` call
:func:`check_output` before reading anything. An output that *is* one of
the inputs (the same path, a symbolic link to it, a hard link: compared by
device and inode) is always refused; a read-only file or a file that the
editor or LibreOffice has open (its ``.~lock.NAME#``) is refused unless the
caller says ``force``. The editor's Export asks the user instead (see
:func:`protection_of`).
"""

from __future__ import annotations

import os
import platform
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.files import is_read_only_file
from ametieditor.storage.lock import LockState, lock_state, read_owner


class Protection(StrEnum):
    INPUT = "input"  #: the output is one of the inputs: never written
    READ_ONLY = "read-only"  #: the file is marked read-only: written only when forced
    LOCKED = "locked"  #: the editor or LibreOffice has it open: written only when forced


class ProtectedOutputError(FormatError):
    """The output file may not be written; ``protection`` says why."""

    def __init__(self, path: Path, problem: str, protection: Protection) -> None:
        super().__init__(path, problem)
        self.protection = protection


def same_file(first: str | Path, second: str | Path) -> bool:
    """Whether two paths name one file: same path, a symbolic or a hard link."""
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet): then they are not the same file
        return False


def input_overwritten(target: str | Path, inputs: Iterable[str | Path]) -> Path | None:
    """The input that writing ``target`` would overwrite, if any."""
    for source in inputs:
        if same_file(target, source):
            return Path(source)
    return None


def lock_description(target: str | Path) -> str | None:
    """Who has ``target`` open (a live lock of the editor or LibreOffice), or None."""
    owner = read_owner(target)
    if owner is None or lock_state(owner) is LockState.STALE:
        return None
    if owner.pid == os.getpid() and owner.host.lower() == platform.node().lower():
        return None  # this editor's own lock (the open document): not someone else's
    since = owner.since.strftime("%d.%m.%Y %H:%M") if owner.since else "?"
    return tr("{name} (arvuti {host}) alates {since}", "{name} (computer {host}) since {since}",
              name=owner.display_name, host=owner.host or "?", since=since)


def protection_of(target: str | Path, inputs: Iterable[str | Path] = ()) -> Protection | None:
    """Why ``target`` must not be written without asking, or None when it may be."""
    if input_overwritten(target, inputs) is not None:
        return Protection.INPUT
    if is_read_only_file(target):
        return Protection.READ_ONLY
    if lock_description(target) is not None:
        return Protection.LOCKED
    return None


def check_output(target: str | Path, inputs: Iterable[str | Path], *, force: bool = False,
                 force_hint: str = "") -> None:
    """Raise :class:`ProtectedOutputError` unless ``target`` may be written.

    ``force`` allows a read-only or locked target, never an input.
    ``force_hint`` ends the message of a refusal that ``force`` would lift
    (the CLI names its ``--force``).
    """
    path = Path(target)
    sources = list(inputs)
    source = input_overwritten(path, sources)
    if source is not None:
        raise ProtectedOutputError(path, tr(
            "väljund on sama fail mis sisend {source}; valige väljundile teine nimi",
            "the output is the same file as the input {source}; choose another name for "
            "the output", source=source), Protection.INPUT)
    if force:
        return
    hint = f"; {force_hint}" if force_hint else ""
    if is_read_only_file(path):
        raise ProtectedOutputError(path, tr(
            "fail on kirjutuskaitstud; valige väljundile teine nimi{hint}",
            "the file is read-only; choose another name for the output{hint}", hint=hint),
            Protection.READ_ONLY)
    holder = lock_description(path)
    if holder is not None:
        raise ProtectedOutputError(path, tr(
            "fail on avatud: {holder}; sulgege see seal või valige väljundile teine nimi{hint}",
            "the file is open: {holder}; close it there or choose another name for the "
            "output{hint}", holder=holder, hint=hint), Protection.LOCKED)
