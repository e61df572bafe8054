"""Small JSON settings files in the user data folder, shared by the GUI and the CLI.

Settings the CLI needs too (the author of exports, the review interval of the
folder overview) cannot live in QSettings. Each is a key of a JSON object in a
file of :func:`ametieditor.paths.user_data_dir`; a missing or damaged file reads
as empty (the program still works), and a write replaces the file atomically.
"""

from __future__ import annotations

import json
from pathlib import Path

from ametieditor.io.atomic import atomic_write
from ametieditor.paths import user_data_dir


class SettingsFile:
    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def path(self) -> Path:
        return user_data_dir() / self.name

    def read(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # missing or damaged: as if never set
        return data if isinstance(data, dict) else {}

    def set(self, key: str, value: object) -> None:
        """Store ``value`` under ``key`` (``None`` removes it); raises OSError if it cannot."""
        data = self.read()
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path,
                     json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
