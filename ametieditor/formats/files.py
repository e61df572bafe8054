"""Reading input files with a size limit and plain-language errors."""

from __future__ import annotations

import errno
from pathlib import Path

from ametieditor.formats.errors import FormatError
from ametieditor.i18n import tr

#: Largest input file any reader accepts (bytes). Job descriptions are tens
#: of kilobytes; a DOCX with a logo or a scanned PDF a few megabytes.
MAX_INPUT_BYTES = 50 * 1024 * 1024


def describe_os_error(error: OSError) -> str:
    """A sentence a user understands for a failed file operation."""
    code = error.errno
    if isinstance(error, FileNotFoundError) or code == errno.ENOENT:
        return tr("faili või kausta ei ole olemas", "the file or folder does not exist")
    if isinstance(error, IsADirectoryError) or code == errno.EISDIR:
        return tr("see on kaust, mitte fail", "this is a folder, not a file")
    if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return tr("puudub õigus (fail või kaust on kirjutuskaitstud või lukus)",
                  "permission denied (the file or folder is read-only or locked)")
    if code == errno.ENOSPC:
        return tr("kettal ei ole piisavalt ruumi", "the disk is full")
    if code == errno.EROFS:
        return tr("andmekandja on kirjutuskaitstud", "the drive is read-only")
    reason = error.strerror or str(error)
    return tr("failitoiming ebaõnnestus: {reason}", "the file operation failed: {reason}",
              reason=reason)


def read_limited(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path``; :class:`FormatError` if missing, unreadable or too large."""
    target = Path(path)
    try:
        size = target.stat().st_size
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory")
        if size > limit:
            raise FormatError(
                target,
                tr(
                    "fail on liiga suur ({size} MB; lubatud kuni {limit} MB)",
                    "the file is too large ({size} MB; at most {limit} MB allowed)",
                    size=size // (1024 * 1024),
                    limit=limit // (1024 * 1024),
                ),
            )
        with target.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as error:
        raise FormatError(target, describe_os_error(error)) from None
