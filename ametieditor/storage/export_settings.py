"""What exports are made with, shared by the GUI and the CLI: the author, the template.

A signed and archived DOCX must not carry the computer's login name, and the
same document exported by two people must give the same bytes. So the
author (and last modifier) of an export is a name the user gave once, kept
in ``export.json`` in the user data folder (:func:`ametieditor.paths.user_data_dir`),
never the login. The GUI asks for it at the first export (it may stay
empty); the CLI reads the same file unless ``--author`` is given.

The organisation's DOCX template (fonts, margins, logo, header, footer) is
kept there too: the editor's export and preview use it, and so does
``ametieditor-cli convert`` unless ``--template`` is given.

The file is plain JSON, ``{"author": "Mari Maasikas", "template": "…/mall.docx"}``;
no file (or no ``author`` key) means the user was never asked.
"""

from __future__ import annotations

from pathlib import Path

from ametieditor.storage.settings_file import SettingsFile

SETTINGS_FILE = "export.json"
#: Longer names are cut: the field is a person's or a unit's name.
MAX_AUTHOR_LENGTH = 200
_SETTINGS = SettingsFile(SETTINGS_FILE)


def settings_path() -> Path:
    return _SETTINGS.path


def export_author() -> str | None:
    """The author name for exports, ``""`` when the user left it empty, ``None`` if never asked."""
    value = _SETTINGS.read().get("author")
    return clean_author(value) if isinstance(value, str) else None


def clean_author(name: str) -> str:
    """One line, no surrounding spaces, at most :data:`MAX_AUTHOR_LENGTH` characters."""
    return " ".join(name.split())[:MAX_AUTHOR_LENGTH]


def set_export_author(name: str) -> None:
    """Remember ``name`` (may be empty) as the author of exports; raises OSError if it cannot."""
    _SETTINGS.set("author", clean_author(name))


def export_template() -> Path | None:
    """The organisation's DOCX template chosen for exports, ``None`` for the default one.

    Kept as a path (the template stays where the organisation keeps it, often
    a shared drive); whether it can still be read is the exporter's question
    (:func:`ametieditor.formats.docx_template.load_template` names the problem).
    """
    value = _SETTINGS.read().get("template")
    return Path(value) if isinstance(value, str) and value.strip() else None


def set_export_template(path: Path | None) -> None:
    """Export into ``path`` from now on (``None``: the default); raises OSError if not saved."""
    _SETTINGS.set("template", str(Path(path).resolve()) if path is not None else None)
