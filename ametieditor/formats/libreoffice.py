"""Finding LibreOffice and converting files with it (PDF export, .doc/.odt/.rtf import).

Every conversion runs ``soffice --headless --convert-to`` in a temporary
folder with its own user profile (``-env:UserInstallation``), so it never
collides with a LibreOffice the user has open or with another conversion,
and under a timeout that ends the whole process group. Nothing else in the
editor needs LibreOffice.

No network: the profile is made before LibreOffice starts, with settings
(:data:`OFFLINE_SETTINGS`) that block links from documents outside trusted
places, never update links, and send every HTTP, HTTPS and FTP request to a
proxy on a closed port of this computer, so a linked picture in a ``.doc``
(which LibreOffice's Word filter fetches regardless of the link settings)
is never fetched; ``tests/formats/test_no_fetch.py`` proves it with a local
listener. :mod:`ametieditor.formats.office_convert` also removes external
links from ``.odt`` packages before converting them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError

#: Seconds one conversion may take (a cold first start with a fresh profile is the slow part).
DEFAULT_TIMEOUT = 120

_NAMES = ("soffice", "libreoffice")

#: A port on this computer where nothing listens (the "discard" service's number,
#: not run on desktops): the proxy every remote request of a conversion is sent to.
CLOSED_LOCAL_PORT = 9

#: The conversion profile's registrymodifications.xcu (see the module docstring).
OFFLINE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
{items}
</oor:items>
"""
_OFFLINE_ITEMS = (
    ("org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    ("org.openoffice.Office.Writer/Content/Update", "Link", "0"),  # 0 = never
    ("org.openoffice.Inet/Settings", "ooInetProxyType", "1"),  # 1 = manual
    ("org.openoffice.Inet/Settings", "ooInetNoProxy", ""),
    *(("org.openoffice.Inet/Settings", f"ooInet{kind}Proxy{field}", value)
      for kind in ("HTTP", "HTTPS", "FTP")
      for field, value in (("Name", "127.0.0.1"), ("Port", str(CLOSED_LOCAL_PORT)))),
    ("org.openoffice.Inet/Settings", "ConnectTimeout", "1"),
)


def write_offline_profile(profile: Path) -> None:
    """Make the conversion profile's settings before LibreOffice first starts with it."""
    items = "\n".join(
        f'<item oor:path="/{path}"><prop oor:name="{name}" oor:op="fuse">'
        f"<value>{value}</value></prop></item>" for path, name, value in _OFFLINE_ITEMS)
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(OFFLINE_SETTINGS.format(items=items),
                                                    encoding="utf-8")


def _candidates() -> list[Path]:
    """The usual install places on Windows, macOS and Linux."""
    places = [
        Path("/usr/lib/libreoffice/program/soffice"),
        Path("/usr/local/lib/libreoffice/program/soffice"),
        Path("/opt/libreoffice/program/soffice"),
        Path("/snap/bin/libreoffice"),
        Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
    ]
    if sys.platform == "win32":
        for variable in ("PROGRAMFILES", "PROGRAMFILES(X86)", "PROGRAMW6432"):
            base = os.environ.get(variable)
            if base:
                places.append(Path(base) / "LibreOffice" / "program" / "soffice.exe")
        places.append(Path(r"C:\Program Files\LibreOffice\program\soffice.exe"))
        places.append(Path(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"))
    return places


def find_soffice(extra_places: Sequence[Path] | None = None) -> Path | None:
    """The LibreOffice program: on ``PATH`` first, then in the usual places."""
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    places = _candidates() if extra_places is None else list(extra_places)
    for place in places:
        if place.is_file() and os.access(place, os.X_OK):
            return place
    return None


def not_installed_message() -> str:
    return tr(
        "LibreOffice'i ei leitud; PDF-i tegemiseks paigaldage LibreOffice "
        "(https://www.libreoffice.org) või eksportige DOCX ja salvestage see PDF-ina Wordis",
        "LibreOffice was not found; to make a PDF install LibreOffice "
        "(https://www.libreoffice.org) or export DOCX and save it as PDF in Word",
    )


def convert_files(sources: Sequence[Path], target_format: str, out_dir: Path,
                  timeout: float = DEFAULT_TIMEOUT, soffice: Path | None = None) -> list[Path]:
    """Convert ``sources`` with one LibreOffice run; returns the converted files in order.

    ``target_format`` is LibreOffice's filter spec (``"pdf"``, ``"docx"``, ``"txt:Text"`` …).
    Raises :class:`FormatError` naming the first source when LibreOffice is missing,
    fails or times out.
    """
    first = sources[0] if sources else out_dir
    program = soffice or find_soffice()
    if program is None:
        raise FormatError(first, not_installed_message())
    extension = target_format.split(":", 1)[0]
    with tempfile.TemporaryDirectory(prefix="ametieditor-lo-") as work:
        profile = Path(work) / "profile"
        write_offline_profile(profile)
        command = [str(program), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                   "--norestore", "--nologo", "--nodefault", "--convert-to", target_format,
                   "--outdir", str(out_dir), *map(str, sources)]
        try:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       stdin=subprocess.DEVNULL,
                                       start_new_session=sys.platform != "win32")
            try:
                stdout, stderr = process.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                _kill(process)
                raise FormatError(first, tr(
                    "LibreOffice ei lõpetanud teisendamist {seconds} sekundiga",
                    "LibreOffice did not finish the conversion within {seconds} seconds",
                    seconds=int(timeout))) from None
        except OSError as error:
            raise FormatError(first, tr("LibreOffice'i ei saa käivitada: {reason}",
                                        "LibreOffice cannot be started: {reason}",
                                        reason=error.strerror or error)) from None
    results = [out_dir / (Path(source).stem + "." + extension) for source in sources]
    missing = [path for path in results if not path.is_file() or path.stat().st_size == 0]
    if missing:
        detail = (stderr or stdout).decode("utf-8", "replace").strip()
        raise FormatError(first, tr(
            "LibreOffice ei suutnud faili teisendada ({detail})",
            "LibreOffice could not convert the file ({detail})",
            detail=detail.splitlines()[-1] if detail else f"exit {process.returncode}"))
    return results


def _kill(process: subprocess.Popen[bytes]) -> None:
    """End the conversion and whatever LibreOffice started for it."""
    if sys.platform != "win32":
        import signal

        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            process.kill()
    else:
        process.kill()
    process.communicate()
