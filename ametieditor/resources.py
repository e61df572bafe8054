"""Where the bundled resources (schema, templates, translations, wording) live.

They sit in ``resources/`` at the top of the repository. In a PyInstaller
build they are collected into ``resources/`` beside the executable
(``sys._MEIPASS``). ``AMETIEDITOR_RESOURCES`` overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("AMETIEDITOR_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """Absolute path of a file under ``resources/``, e.g. ``"schema/ametijuhend-1.xsd"``."""
    return resources_dir() / relative
