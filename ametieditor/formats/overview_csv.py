"""The folder overview as a CSV file that Excel in an Estonian locale opens as it is.

Excel reads a CSV file with the list separator of the locale, which is ``;`` in
Estonian (the decimal separator being ``,``), and takes the text as UTF-8 only
when the file starts with a byte order mark; without one "Kinnitaja" survives but
"Struktuuriüksus" does not. Rows end in CRLF; cells with separators, quotes or
line breaks (the problem list) are quoted. The file is written atomically, so a
failed export leaves an older file as it was.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from ametieditor.io.atomic import atomic_write
from ametieditor.model.folder_overview import COLUMNS, OverviewRow, row_cells

SEPARATOR = ";"


def overview_csv(rows: Sequence[OverviewRow]) -> str:
    """The CSV text (without the byte order mark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writerow([column.header for column in COLUMNS])
    for row in rows:
        writer.writerow(row_cells(row))
    return buffer.getvalue()


def write_overview_csv(rows: Sequence[OverviewRow], target: Path) -> None:
    """Write ``rows`` to ``target`` as UTF-8 with a byte order mark."""
    atomic_write(target, overview_csv(rows).encode("utf-8-sig"))
