"""Comparing Estonian text without case and diacritics.

One definition for every place that matches text loosely: the wording
search (``oigus`` finds ``õigus``), the folder checks (post titles and units
spelt differently) and the importer (headings in OCR text without
diacritics, ``ULDOSA``).
"""

from __future__ import annotations

import unicodedata

_ESTONIAN = str.maketrans({"õ": "o", "ä": "a", "ö": "o", "ü": "u", "š": "s", "ž": "z"})


def fold_diacritics(text: str) -> str:
    """Lower case without diacritics: ``Õigus`` → ``oigus``, ``Žürii`` → ``zurii``."""
    folded = text.casefold().translate(_ESTONIAN)
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
