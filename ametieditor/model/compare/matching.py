"""Matching units of the old document with those of the new: by content or by key, then aligned.

Duties are matched by content, not by position: every old duty is scored
against every new one and pairs are taken best first. Which matched units
moved is decided by the longest run that kept its order (longest increasing
subsequence).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ametieditor.model.compare.words import DUTY_MATCH_THRESHOLD, normalise_words, similarity

T = TypeVar("T")


def match_by_similarity(
    old: Sequence[str], new: Sequence[str], threshold: float = DUTY_MATCH_THRESHOLD
) -> list[tuple[int, int]]:
    """Pairs ``(old index, new index)`` of the most alike texts, best pairs first.

    Identical texts pair first; then every remaining pair scoring at least
    ``threshold`` is considered in order of falling score (ties: nearer
    positions first), and a pair is taken when neither side is taken yet.
    """
    pairs: list[tuple[int, int]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    # Exact (normalised) matches first: cheap and unambiguous.
    by_key: dict[tuple[str, ...], list[int]] = {}
    for j, text in enumerate(new):
        by_key.setdefault(tuple(normalise_words(text)), []).append(j)
    for i, text in enumerate(old):
        candidates = by_key.get(tuple(normalise_words(text)))
        if candidates:
            j = candidates.pop(0)
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    scored: list[tuple[float, int, int, int]] = []
    for i, old_text in enumerate(old):
        if i in used_old:
            continue
        for j, new_text in enumerate(new):
            if j in used_new:
                continue
            score = similarity(old_text, new_text)
            if score >= threshold:
                scored.append((-score, abs(i - j), i, j))
    for _score, _distance, i, j in sorted(scored):
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return sorted(pairs)


def match_by_key(old: Sequence[T], new: Sequence[T], key: Callable[[T], str]
                 ) -> list[tuple[int, int]]:
    """Pairs of items whose normalised key (a label, a name) is the same, in order."""
    free: dict[tuple[str, ...], list[int]] = {}
    for j, item in enumerate(new):
        free.setdefault(tuple(normalise_words(key(item))), []).append(j)
    pairs = []
    for i, item in enumerate(old):
        candidates = free.get(tuple(normalise_words(key(item))))
        if candidates:
            pairs.append((i, candidates.pop(0)))
    return pairs


def _stayed_in_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The largest set of pairs that kept their relative order (LIS over new indexes)."""
    ordered = sorted(pairs)
    if not ordered:
        return set()
    # O(n²) is plenty for a few dozen duties and keeps the tie-breaking obvious.
    length = [1] * len(ordered)
    previous = [-1] * len(ordered)
    for k in range(len(ordered)):
        for m in range(k):
            if ordered[m][1] < ordered[k][1] and length[m] + 1 > length[k]:
                length[k] = length[m] + 1
                previous[k] = m
    best = max(range(len(ordered)), key=lambda k: (length[k], -k))
    kept = set()
    while best != -1:
        kept.add(ordered[best])
        best = previous[best]
    return kept


@dataclass
class _Aligned:
    old_index: int | None
    new_index: int | None
    moved: bool = False


def align(old_count: int, new_count: int, pairs: list[tuple[int, int]]) -> list[_Aligned]:
    """Matched, added and removed items in the order of the new list.

    A removed item is placed after the item that preceded it in the old list.
    """
    in_order = _stayed_in_order(pairs)
    new_of_old = dict(pairs)
    rows: list[tuple[tuple[float, int, int], _Aligned]] = []
    matched_new = {j for _, j in pairs}
    for i, j in pairs:
        rows.append(((j, 0, 0), _Aligned(i, j, moved=(i, j) not in in_order)))
    for j in range(new_count):
        if j not in matched_new:
            rows.append(((j, 0, 0), _Aligned(None, j)))
    for i in range(old_count):
        if i in new_of_old:
            continue
        anchor = -1
        for earlier in range(i - 1, -1, -1):
            if earlier in new_of_old:
                anchor = new_of_old[earlier]
                break
        rows.append(((anchor, 1, i), _Aligned(i, None)))
    rows.sort(key=lambda row: row[0])
    return [row[1] for row in rows]


# --------------------------------------------------------------------------
# Comparing parts


