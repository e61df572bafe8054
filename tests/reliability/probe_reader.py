"""A deliberately bad reader, registered only by the fuzz test to check the classifier."""

from __future__ import annotations

import time
from pathlib import Path

from ametieditor.io.errors import FormatError


def load(path: Path):
    data = path.read_bytes()
    if b"HANG" in data:
        time.sleep(3600)
    if b"CRASH" in data:
        raise ValueError("reader bug")
    if b"LINES" in data:
        raise FormatError(path, "first line\nsecond line")
    raise FormatError(path, "not a probe file")
