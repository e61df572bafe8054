"""Comparing Estonian text without case and diacritics.

One definition for every place that matches text loosely: the wording
search (``oigus`` finds ``õigus``), the folder checks (post titles and units
spelt differently) and the importer (headings in OCR text without
diacritics, ``ULDOSA``).
"""

from __future__ import annotations

import re
import unicodedata

_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
#: Each character met so far, decomposed without its combining marks.
_WITHOUT_MARKS: dict[str, str] = {}


def _without_marks(found: re.Match[str]) -> str:
    """The character's compatibility decomposition without its combining marks
    (``é`` → ``e``, ``ﬁ`` → ``fi``), remembered.

    The same as decomposing the whole text and dropping the marks (decomposition
    is per character; the canonical reordering moves only marks, which go), but
    only the few characters outside ASCII are looked at: the folder overview
    folds every cell of every row.
    """
    char = found.group()
    without = _WITHOUT_MARKS.get(char)
    if without is None:
        decomposed = unicodedata.normalize("NFKD", char)
        without = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        _WITHOUT_MARKS[char] = without
    return without


def fold_diacritics(text: str) -> str:
    """Lower case without diacritics: ``Õigus`` → ``oigus``, ``Žürii`` → ``zurii``."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _NOT_ASCII.sub(_without_marks, folded)
