"""The date the checks compare approval dates with: today, unless pinned.

``AMETIEDITOR_TODAY=YYYY-MM-DD`` makes a report reproducible (check as of a
given day); the test suite pins it so that fixtures with fixed approval dates
do not age. Read here, at the edge, so that the model reads no environment:
the CLI and the GUI pass the date to :func:`ametieditor.model.checks.check_document`.
"""

from __future__ import annotations

import datetime as dt
import os

from ametieditor.model.checks import parse_iso_date


def checking_date() -> dt.date:
    """Today, or the date in ``AMETIEDITOR_TODAY`` (``YYYY-MM-DD``)."""
    pinned = parse_iso_date(os.environ.get("AMETIEDITOR_TODAY", "").strip())
    return pinned or dt.date.today()
