"""Opening ZIP packages (DOCX, ASiC-E) from untrusted sources.

Every reader of a ZIP-based format opens it through :func:`open_zip` and
reads members through :func:`read_member`, which enforce limits against zip
bombs and give plain-language errors for truncated, corrupt, encrypted and
macro-carrying packages.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.limits import MAX_ZIP_ENTRIES as MAX_ENTRIES
from ametieditor.io.limits import MAX_ZIP_MEMBER_BYTES as MAX_MEMBER_BYTES
from ametieditor.io.limits import MAX_ZIP_RATIO as MAX_RATIO
from ametieditor.io.limits import MAX_ZIP_TOTAL_BYTES as MAX_TOTAL_BYTES
from ametieditor.io.limits import ZIP_RATIO_CHECKED_FROM as RATIO_CHECKED_FROM

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_zip(data: bytes, source: str | Path) -> zipfile.ZipFile:
    """A :class:`zipfile.ZipFile` over ``data`` after the safety checks."""
    if data.startswith(OLE_SIGNATURE):
        raise FormatError(
            source,
            tr(
                "fail on parooliga kaitstud või vanas Wordi (.doc) vormingus; eemaldage "
                "Wordis parool või salvestage fail DOCX-vormingus",
                "the file is password-protected or in the old Word (.doc) format; remove "
                "the password in Word or save the file as DOCX",
            ),
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
            NotImplementedError):  # e.g. "zip file version 14.8" from a damaged header
        raise FormatError(
            source,
            tr("fail on rikutud või poolik (ZIP-pakett ei avane)",
               "the file is damaged or incomplete (the ZIP package does not open)"),
        ) from None
    if len(infos) > MAX_ENTRIES:
        raise FormatError(source, tr("paketis on liiga palju faile ({n})",
                                     "the package holds too many files ({n})", n=len(infos)))
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise FormatError(source, tr("pakett on krüpteeritud", "the package is encrypted"))
        total += info.file_size
        too_big = info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES
        ratio_bad = (info.file_size > RATIO_CHECKED_FROM
                     and info.file_size > MAX_RATIO * max(info.compress_size, 1))
        if too_big or ratio_bad:
            raise FormatError(
                source,
                tr("pakett lahtipakituna on kahtlaselt suur (võimalik ZIP-pomm)",
                   "the package unpacks to a suspicious size (possible zip bomb)"),
            )
    return archive


def has_macros(archive: zipfile.ZipFile) -> bool:
    """Whether the package carries VBA macros (``vbaProject.bin``)."""
    return any(name.lower().endswith("vbaproject.bin") for name in archive.namelist())


def read_member(archive: zipfile.ZipFile, name: str, source: str | Path) -> bytes:
    """The bytes of one member, never more than its declared size."""
    try:
        info = archive.getinfo(name)
        with archive.open(info) as handle:
            data = handle.read(min(info.file_size, MAX_MEMBER_BYTES) + 1)
    except KeyError:
        raise FormatError(source, tr("paketist puudub osa {name}",
                                     "the package lacks the part {name}", name=name)) from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
            NotImplementedError):
        raise FormatError(source, tr("paketi osa {name} on rikutud",
                                     "the package part {name} is damaged", name=name)) from None
    if len(data) > info.file_size:
        raise FormatError(source, tr("paketi osa {name} on rikutud",
                                     "the package part {name} is damaged", name=name))
    return data
