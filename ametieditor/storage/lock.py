"""A lock file beside a document while it is open, as LibreOffice does.

For ``Ametijuhend.ametijuhend`` the lock is ``.~lock.Ametijuhend.ametijuhend#``
in the same folder, one line in LibreOffice's format::

    Mari Maasikas,mari,ARVUTI-X,23.11.2026 10:15,ametieditor:pid=4242&since=2026-11-23T10:15:03;

(full name, login, computer, time, and a last field that LibreOffice keeps
for its profile URL and we use for the process id and the exact time). The
editor reads LibreOffice's own lock files the same way, so a DOCX open in
LibreOffice Writer is reported too.

A lock left behind by a crashed editor is recognised: on the same computer a
lock whose process no longer runs is :attr:`LockState.STALE` and is taken
over silently; a lock from another computer older than
:data:`DEFAULT_MAX_AGE` is :attr:`LockState.MAYBE_STALE`: the user is asked.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import platform
import stat
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
#: A lock from another computer older than this may belong to a crashed editor.
DEFAULT_MAX_AGE = timedelta(hours=12)
_OUR_SCHEME = "ametieditor:"
_LIBREOFFICE_TIME = "%d.%m.%Y %H:%M"


class LockState(StrEnum):
    HELD = "held"  #: someone is working on the file
    STALE = "stale"  #: certainly left behind (same computer, process gone)
    MAYBE_STALE = "maybe-stale"  #: another computer, older than the limit: ask the user


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock, as written in the lock file."""

    name: str
    user: str
    host: str
    since: datetime | None
    pid: int | None = None

    @property
    def display_name(self) -> str:
        return self.name or self.user or tr("tundmatu kasutaja", "unknown user")


class LockedError(FormatError):
    """The document is open in another editor; ``owner`` and ``state`` say whose and how."""

    def __init__(self, path: Path, owner: LockOwner, state: LockState) -> None:
        since = owner.since.strftime("%d.%m.%Y %H:%M") if owner.since else "?"
        super().__init__(path, tr("fail on avatud: {name} (arvuti {host}) alates {since}",
                                  "the file is open: {name} (computer {host}) since {since}",
                                  name=owner.display_name, host=owner.host or "?",
                                  since=since))
        self.owner = owner
        self.state = state


def lock_path(document: str | Path) -> Path:
    target = Path(document)
    return target.with_name(f"{LOCK_PREFIX}{target.name}{LOCK_SUFFIX}")


def current_owner(now: datetime | None = None) -> LockOwner:
    user = _login()
    return LockOwner(name=_full_name(user), user=user, host=platform.node(),
                     since=(now or datetime.now().astimezone()).replace(microsecond=0),
                     pid=os.getpid())


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _full_name(user: str) -> str:
    """The user's full name where the system knows it without a network (POSIX GECOS)."""
    if sys.platform == "win32" or not user:
        return user
    try:
        import pwd

        gecos = pwd.getpwnam(user).pw_gecos.split(",")[0].strip()
    except (KeyError, ImportError):
        return user
    return gecos or user


# --------------------------------------------------------------------------
# The lock file format (LibreOffice's: fields separated by commas, ended by a
# semicolon, with "\" escaping ",", ";" and "\").


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def _split(line: str) -> list[str]:
    fields, current, escaped = [], [], False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ",":
            fields.append("".join(current))
            current = []
        elif char == ";":
            break
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def format_owner(owner: LockOwner) -> str:
    extra = {}
    if owner.pid is not None:
        extra["pid"] = str(owner.pid)
    if owner.since is not None:
        extra["since"] = owner.since.isoformat()
    shown = owner.since.strftime(_LIBREOFFICE_TIME) if owner.since else ""
    fields = [owner.name, owner.user, owner.host, shown, _OUR_SCHEME + urlencode(extra)]
    return ",".join(_escape(value) for value in fields) + ";"


def parse_owner(text: str) -> LockOwner | None:
    """The owner described by a lock file's text (ours or LibreOffice's); None if unreadable."""
    fields = _split(text.strip())
    if len(fields) < 4:
        return None
    name, user, host, shown = fields[:4]
    url = fields[4] if len(fields) > 4 else ""
    since: datetime | None = None
    pid: int | None = None
    if url.startswith(_OUR_SCHEME):
        extra = dict(parse_qsl(url[len(_OUR_SCHEME):]))
        if extra.get("pid", "").isdigit():
            pid = int(extra["pid"])
        with contextlib.suppress(ValueError):
            since = datetime.fromisoformat(extra.get("since", ""))
    if since is None:
        with contextlib.suppress(ValueError):
            since = datetime.strptime(shown.strip(), _LIBREOFFICE_TIME).astimezone()
    return LockOwner(name=name, user=user, host=host, since=since, pid=pid)


def read_owner(document: str | Path) -> LockOwner | None:
    """Who holds the lock of ``document``, or None when it is not locked."""
    path = lock_path(document)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a pipe would block the read
            return LockOwner(name="", user="", host="", since=None)
        with path.open("rb") as handle:
            raw = handle.read(4096)
    except OSError:
        return None
    owner = parse_owner(raw.decode("utf-8", "replace"))
    # A lock file we cannot make sense of still means "someone has it open".
    return owner or LockOwner(name="", user="", host="", since=None)


# --------------------------------------------------------------------------
# Staleness


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_state(owner: LockOwner, *, now: datetime | None = None,
               max_age: timedelta = DEFAULT_MAX_AGE, host: str | None = None) -> LockState:
    """Whether ``owner``'s lock is in use, certainly abandoned, or perhaps abandoned."""
    here = platform.node() if host is None else host
    if owner.host and owner.host.lower() == here.lower() and owner.pid is not None:
        return LockState.HELD if pid_alive(owner.pid) else LockState.STALE
    if owner.since is not None:
        moment = now or datetime.now().astimezone()
        since = owner.since if owner.since.tzinfo else owner.since.astimezone()
        if moment - since > max_age:
            return LockState.MAYBE_STALE
    return LockState.HELD


# --------------------------------------------------------------------------
# Taking and giving back


@dataclass
class DocumentLock:
    """A lock this editor holds. ``active`` is False when the folder allowed no lock file."""

    document: Path
    owner: LockOwner
    active: bool = True
    _text: str = field(default="", repr=False)

    @property
    def path(self) -> Path:
        return lock_path(self.document)

    def release(self) -> None:
        """Remove the lock file if it is still ours (someone may have taken it over)."""
        if not self.active:
            return
        self.active = False
        try:
            if self.path.read_text(encoding="utf-8") == self._text:
                self.path.unlink()
        except OSError:
            pass

    def __enter__(self) -> DocumentLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _create(path: Path, text: str) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o644)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(text.encode("utf-8"))
    if sys.platform == "win32":  # pragma: no cover - Windows hides the lock like LibreOffice
        import ctypes

        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # FILE_ATTRIBUTE_HIDDEN


def acquire(document: str | Path, *, take_over: bool = False,
            max_age: timedelta = DEFAULT_MAX_AGE) -> DocumentLock:
    """Lock ``document`` for this editor.

    Raises :class:`LockedError` when another editor holds it (state ``HELD``
    or ``MAYBE_STALE``); a ``STALE`` lock is replaced without asking, and
    ``take_over=True`` replaces any lock (the user decided). When the folder
    does not allow a lock file (read-only share, CD) the document can still be
    opened: the returned lock has ``active=False``.
    """
    target = Path(document)
    owner = current_owner()
    text = format_owner(owner)
    path = lock_path(target)
    for _attempt in range(3):
        try:
            _create(path, text)
            return DocumentLock(target, owner, True, text)
        except FileExistsError:
            existing = read_owner(target)
            if existing is None:
                continue  # it vanished meanwhile: try again
            state = lock_state(existing, max_age=max_age)
            if not (take_over or state is LockState.STALE):
                raise LockedError(target, existing, state) from None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        except OSError:
            return DocumentLock(target, owner, False, text)
    return DocumentLock(target, owner, False, text)


def release(lock: DocumentLock | None) -> None:
    if lock is not None:
        lock.release()
