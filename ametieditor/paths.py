"""Per-user folders of the editor, without Qt.

The user data folder is ``~/.local/share/Ametieditor`` on Linux and
``%APPDATA%\\Ametieditor`` on Windows (Qt's QStandardPaths is not used, so
the CLI needs no Qt). The GUI and the CLI use this module; the user's own
wording, dictionary, templates, recovery files and backups all live under
it, never in the install folder. ``AMETIEDITOR_DATA_DIR`` overrides it (tests, portable use).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

APPLICATION_NAME = "Ametieditor"


def user_data_dir() -> Path:
    override = os.environ.get("AMETIEDITOR_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APPLICATION_NAME


def user_cache_dir() -> Path:
    """Where the editor keeps what it can make again (the folder summaries).

    ``~/.cache/Ametieditor`` on Linux, ``%LOCALAPPDATA%\\Ametieditor\\cache`` on
    Windows, ``~/Library/Caches/Ametieditor`` on macOS; ``AMETIEDITOR_CACHE_DIR``
    overrides it. Deleting it loses nothing.
    """
    override = os.environ.get("AMETIEDITOR_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / APPLICATION_NAME / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APPLICATION_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APPLICATION_NAME


def user_subdir(name: str) -> Path:
    """A folder under the user data folder (created on demand), e.g. ``"wording"``.

    If it cannot be made (a file in its place, no permission), the path is returned
    all the same: readers then find nothing, and writers report why they cannot write.
    The editor must start even when the data folder is unusable.
    """
    folder = user_data_dir() / name
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def trusted_certificates_dir() -> Path:
    """The organisation's own trusted certificates (``…/Ametieditor/certificates``).

    Signature verification trusts the Estonian CAs of the ``esteid-certificates``
    package and every certificate put in this folder (see docs/SIGNATURES.md).
    """
    return user_subdir("certificates")
