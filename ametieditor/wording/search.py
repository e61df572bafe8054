"""Search as you type: diacritic-insensitive, every word of the query must match.

Each entry is folded once (:func:`~ametieditor.wording.entry.fold`), so a
query costs a few substring tests per entry: well under a millisecond for
the bundled library.

Ranking, best first: the name starts with the query; a query word starts a
word of the name; a query word occurs in the name; a query word starts a
word of the text; it occurs anywhere. Ties keep the library's order (the
order the wording has in real documents), the user's own entries first.
"""

from __future__ import annotations

from dataclasses import dataclass

from ametieditor.wording.entry import Category, Entry, fold


@dataclass(frozen=True)
class _Indexed:
    entry: Entry
    name: str  # folded, with a leading space so " word" finds word starts
    haystack: str  # folded name, label, tags and text, leading space


def index_entry(entry: Entry) -> _Indexed:
    name = " " + fold(entry.name)
    haystack = " " + fold(" ".join((entry.name, entry.label, " ".join(entry.tags),
                                     entry.text)))
    return _Indexed(entry, name, haystack)


def _score(item: _Indexed, words: list[str], query: str) -> int:
    score = 0
    if item.name.startswith(" " + query):
        score += 1000
    for word in words:
        if word not in item.haystack:
            return -1
        if " " + word in item.name:
            score += 100
        elif word in item.name:
            score += 40
        elif " " + word in item.haystack:
            score += 10
        else:
            score += 1
    return score


def search(index: list[_Indexed], query: str, category: Category | None = None,
           limit: int | None = None) -> list[Entry]:
    """Entries matching ``query`` (all of them when it is blank), best first."""
    folded = " ".join(fold(query).split())
    words = folded.split()
    scored: list[tuple[int, int, Entry]] = []
    for position, item in enumerate(index):
        if category is not None and item.entry.category is not category:
            continue
        score = _score(item, words, folded) if words else 0
        if score >= 0:
            own_first = 0 if item.entry.bundled else 1
            scored.append((-(score * 2 + own_first), position, item.entry))
    scored.sort(key=lambda row: (row[0], row[1]))
    found = [entry for _, _, entry in scored]
    return found[:limit] if limit is not None else found
