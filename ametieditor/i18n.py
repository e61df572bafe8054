"""The interface language of the non-GUI layers (model checks, formats, CLI).

Estonian is the default; English is chosen when the user asks for it. The
same switch serves the CLI and the GUI: :func:`resolve_language` looks at an
explicit choice (the GUI's setting, a CLI flag), then ``AMETIEDITOR_LANG``,
then the POSIX locale variables. The GUI translates its widgets with Qt's
``.ts``/``.qm`` files; messages made below the GUI are written in both
languages where they are made, with :func:`tr`, so that the model and the
formats need no Qt.
"""

from __future__ import annotations

import os

ESTONIAN = "et"
ENGLISH = "en"
LANGUAGES = (ESTONIAN, ENGLISH)

_current = ESTONIAN


def _language_of_locale(value: str) -> str | None:
    value = value.strip().lower()
    if not value or value in {"c", "posix"} or value.startswith("c."):
        return None
    code = value.split(".")[0].split("_")[0].split("-")[0].split(":")[0]
    return code if code in LANGUAGES else ESTONIAN


def resolve_language(explicit: str | None = None) -> str:
    """The language to use: ``"et"`` or ``"en"``.

    An explicit choice wins; then ``AMETIEDITOR_LANG``; then ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG`` (the first one set decides). A locale other than
    English, or none, gives Estonian.
    """
    if explicit:
        found = _language_of_locale(explicit)
        if found:
            return found
    for name in ("AMETIEDITOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        found = _language_of_locale(value)
        if found:
            return found
    return ESTONIAN


def set_language(language: str) -> None:
    """Switch the language of messages made from now on."""
    global _current
    _current = language if language in LANGUAGES else ESTONIAN


def current_language() -> str:
    return _current


def tr(estonian: str, english: str, /, **values: object) -> str:
    """The message in the current language, with ``{name}`` fields filled in."""
    text = english if _current == ENGLISH else estonian
    return text.format(**values) if values else text


def plural(count: int, one: str, other: str) -> str:
    """``one`` for a count of 1, else ``other``: "1 vaste", "2 vastet" ("1 match", "2 matches").

    Estonian and English both have these two forms. Give the two messages
    already translated (``self.tr`` in widgets, :func:`tr` elsewhere), with
    ``{n}`` or another field still to fill.
    """
    return one if count == 1 else other
