"""When to write a recovery snapshot: a pure policy, fed with times, no timers.

The GUI calls :meth:`AutosavePolicy.edited` on every change of the document
and :meth:`AutosavePolicy.due` from a timer; after writing a snapshot it calls
:meth:`AutosavePolicy.snapshot_taken`. A snapshot is due once the user has
paused for :attr:`idle` seconds, and at least every :attr:`max_interval`
seconds while the user keeps typing, so no more than a minute of work is ever
at risk.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_IDLE_SECONDS = 5.0
DEFAULT_MAX_INTERVAL_SECONDS = 60.0


@dataclass
class AutosavePolicy:
    idle: float = DEFAULT_IDLE_SECONDS
    max_interval: float = DEFAULT_MAX_INTERVAL_SECONDS
    #: Time of the first edit not yet in a snapshot (None: nothing unsaved).
    _first_pending: float | None = None
    _last_edit: float | None = None

    @property
    def pending(self) -> bool:
        """Whether there are edits not yet in a snapshot."""
        return self._first_pending is not None

    def edited(self, now: float) -> None:
        if self._first_pending is None:
            self._first_pending = now
        self._last_edit = now

    def due(self, now: float) -> bool:
        """Whether a snapshot should be written now."""
        if self._first_pending is None or self._last_edit is None:
            return False
        return (now - self._last_edit >= self.idle
                or now - self._first_pending >= self.max_interval)

    def seconds_until_due(self, now: float) -> float | None:
        """How long a timer should wait before asking again; None when nothing is pending."""
        if self._first_pending is None or self._last_edit is None:
            return None
        return max(0.0, min(self._last_edit + self.idle,
                            self._first_pending + self.max_interval) - now)

    def snapshot_taken(self) -> None:
        """A snapshot was written, or the document was saved or closed: nothing is pending."""
        self._first_pending = None
        self._last_edit = None
