"""The folder overview's review interval, shared by the GUI and ``ametieditor-cli list``.

Kept as ``review_months`` in ``folder.json`` in the user data folder; no value
(the default) means the user has not set one, and the overview's review column
stays empty.
"""

from __future__ import annotations

from ametieditor.model.folder_overview import MAX_REVIEW_MONTHS, MIN_REVIEW_MONTHS
from ametieditor.storage.settings_file import SettingsFile

_SETTINGS = SettingsFile("folder.json")


def review_months() -> int | None:
    """The review interval in months, or ``None`` when not set (or not a sensible number)."""
    value = _SETTINGS.read().get("review_months")
    if isinstance(value, int) and not isinstance(value, bool) \
            and MIN_REVIEW_MONTHS <= value <= MAX_REVIEW_MONTHS:
        return value
    return None


def set_review_months(months: int | None) -> None:
    """Remember the interval (``None`` clears it); raises OSError if it cannot be saved."""
    if months is not None and not MIN_REVIEW_MONTHS <= months <= MAX_REVIEW_MONTHS:
        raise ValueError(months)
    _SETTINGS.set("review_months", months)
