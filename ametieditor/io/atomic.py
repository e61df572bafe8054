"""Atomic replacement of a file: the old file stays whole until the new one is."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

#: Longest file name, in bytes, that the usual file systems (ext4, NTFS in UTF-16
#: units, APFS) allow.
MAX_NAME_BYTES = 255
#: Room a temporary name takes beyond its prefix: mkstemp's 8 random characters and ".tmp".
_TEMP_TAIL_BYTES = 12


def shorten_name(name: str, max_bytes: int) -> str:
    """``name`` cut to at most ``max_bytes`` bytes of UTF-8, never inside a character."""
    encoded = name.encode("utf-8", "surrogateescape")
    if len(encoded) <= max_bytes:
        return name
    return encoded[:max_bytes].decode("utf-8", "ignore")


def temporary_prefix(target: Path) -> str:
    """The prefix of :func:`atomic_write`'s temporary files for ``target``.

    ``.<name>.``, with the name shortened so that the temporary name stays
    within :data:`MAX_NAME_BYTES` even for a file whose own name is near it.
    """
    room = MAX_NAME_BYTES - _TEMP_TAIL_BYTES - 2
    return f".{shorten_name(target.name, room)}."


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that ``path`` is always complete.

    The bytes go to a temporary file in the same folder, are flushed and
    synced to disk, and the temporary file then replaces ``path`` in one
    ``os.replace``. If anything fails, the temporary file is removed and the
    previous ``path`` (if any) is untouched. The mode bits of an existing file
    are kept.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    descriptor, temp_name = tempfile.mkstemp(
        prefix=temporary_prefix(target), suffix=".tmp", dir=folder
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, _mode_for(target))
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _sync_folder(folder)


def _mode_for(target: Path) -> int:
    """The mode bits of the file being replaced, or the umask default for a new one."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; a no-op on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
