"""Reading input files with a size limit and plain-language errors."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.limits import MAX_INPUT_BYTES

#: Windows error codes of a file held open by another program (Word, Excel, a virus
#: scanner): ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION.
WINDOWS_SHARING_ERRORS = (32, 33)


def describe_os_error(error: OSError, path: str | Path | None = None) -> str:
    """A sentence a user understands for a failed file operation.

    ``path`` (the file being written, if known) lets a permission error say
    whether the file itself is read-only or the folder does not allow writing.
    """
    code = error.errno
    if getattr(error, "winerror", None) in WINDOWS_SHARING_ERRORS:
        return tr("fail on avatud teises programmis (näiteks Wordis); sulgege see seal ja "
                  "proovige uuesti või salvestage teise nimega",
                  "the file is open in another program (for example Word); close it there "
                  "and try again, or save under another name")
    if isinstance(error, FileNotFoundError) or code == errno.ENOENT:
        return tr("faili või kausta ei ole olemas", "the file or folder does not exist")
    if isinstance(error, IsADirectoryError) or code == errno.EISDIR:
        return tr("see on kaust, mitte fail", "this is a folder, not a file")
    if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM):
        if path is not None and is_read_only_file(path):
            return tr("fail on kirjutuskaitstud; salvestage teise nimega",
                      "the file is read-only; save under another name")
        if path is not None and Path(path).parent.is_dir():
            return tr("puudub õigus sellesse kausta kirjutada; salvestage teise kausta",
                      "no permission to write into this folder; save into another folder")
        return tr("puudub õigus (fail või kaust on kirjutuskaitstud või lukus)",
                  "permission denied (the file or folder is read-only or locked)")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return tr("kettal ei ole piisavalt ruumi; vabastage ruumi või salvestage mujale",
                  "the disk is full; free some space or save somewhere else")
    if code == errno.EROFS:
        return tr("andmekandja on kirjutuskaitstud", "the drive is read-only")
    if code == errno.ENAMETOOLONG:
        return tr("faili nimi või tee on liiga pikk", "the file name or path is too long")
    reason = error.strerror or str(error)
    return tr("failitoiming ebaõnnestus: {reason}", "the file operation failed: {reason}",
              reason=reason)


def is_read_only_file(path: str | Path) -> bool:
    """Whether ``path`` exists and its owner-write bit is off.

    Checked on the mode bits rather than with ``os.access``, so that a file
    marked read-only stays read-only for an administrator too (``root``
    bypasses access checks; Windows maps the read-only attribute to the mode).
    """
    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and not mode & stat.S_IWUSR


def read_limited(path: str | Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path``; :class:`FormatError` if missing, unreadable or too large.

    Only a regular file is read. The file is opened without waiting
    (``O_NONBLOCK``: a FIFO named ``.txt`` would otherwise block the open until
    a writer comes) and the *opened* descriptor is examined, so a link to
    ``/dev/zero``, a device, a pipe or a socket is refused at once, and the
    size limit is checked on what is actually open, not on a name that may
    have changed in between.
    """
    target = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(target, flags)
    except OSError as error:
        problem = IsADirectoryError(errno.EISDIR, "is a directory") if target.is_dir() \
            else error  # Windows cannot open a folder at all
        raise FormatError(target, describe_os_error(problem)) from None
    try:
        return _read_regular(descriptor, target, limit)
    except OSError as error:
        raise FormatError(target, describe_os_error(error)) from None
    finally:
        os.close(descriptor)


def _read_regular(descriptor: int, target: Path, limit: int) -> bytes:
    mode = os.fstat(descriptor).st_mode
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory")
    if not stat.S_ISREG(mode):
        raise FormatError(target, tr(
            "see ei ole tavaline fail (vaid seade, toru või sokkel); loetakse ainult faile",
            "this is not a regular file (but a device, pipe or socket); only files are read"))
    size = os.fstat(descriptor).st_size
    if size > limit:
        raise _too_large(target, size, limit)
    chunks: list[bytes] = []
    read = 0
    while read <= limit:
        chunk = os.read(descriptor, min(1024 * 1024, limit + 1 - read))
        if not chunk:
            break
        chunks.append(chunk)
        read += len(chunk)
    if read > limit:  # the file grew while it was read
        raise _too_large(target, read, limit)
    return b"".join(chunks)


def _too_large(target: Path, size: int, limit: int) -> FormatError:
    return FormatError(target, tr(
        "fail on liiga suur ({size} MB; lubatud kuni {limit} MB); faili ei loetud",
        "the file is too large ({size} MB; at most {limit} MB allowed); it was not read",
        size=size // (1024 * 1024), limit=limit // (1024 * 1024)))
