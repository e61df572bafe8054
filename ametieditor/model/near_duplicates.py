"""Which texts of a collection are nearly the same, without comparing every pair.

The folder check calls two texts "nearly the same" when
``difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()`` is at least a
threshold (0.9 for standard wording, 0.85 for names). Comparing every pair
made a folder of 2,000 files take a quarter of an hour, so :class:`NearDuplicates`
finds the candidates through an index and runs ``SequenceMatcher`` only on them.

The index loses no pair. A ratio of at least θ means the two texts differ by at
most ``d = (1 − θ)(|a| + |b|)`` inserted or deleted characters (the ratio counts
matched characters, and a longest common subsequence has at least as many), and
each such edit spoils at most ``q`` of a text's character ``q``-grams. So the two
texts share at least ``max(|a|, |b|) − q + 1 − q·d`` ``q``-grams (counting repeats),
which for any partner of ``a`` is at least ``|a|(1 − 2q(1 − θ)) − q + 1``. Two
texts sharing ``t`` grams share one among the first ``|grams| − t + 1`` grams of
each, when every text's grams are sorted in one global order (the "prefix filter";
rarest grams first keeps the lists short). Only those prefix grams are indexed.
Texts too short for the bound to say anything are compared with every text of a
compatible length. Each candidate must then share that many grams (a set
intersection, far cheaper than ``SequenceMatcher``) before it is compared.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

#: Gram length: 2 keeps the bound useful down to θ = 0.8.
GRAM = 2

#: Bounds are rounded on the safe side by this much (0.1 · 30 is 3.0000000000000004).
_EPSILON = 1e-9

Token = tuple[str, int]  # a gram and which repeat of it in the text (multiset as a set)


def similar(a: str, b: str, threshold: float) -> bool:
    """Whether ``SequenceMatcher(None, a, b).ratio() >= threshold`` (cheap bounds first)."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold
            and matcher.ratio() >= threshold)


def _tokens(text: str) -> list[Token]:
    seen: Counter[str] = Counter()
    tokens = []
    for start in range(len(text) - GRAM + 1):
        gram = text[start:start + GRAM]
        seen[gram] += 1
        tokens.append((gram, seen[gram]))
    return tokens


class NearDuplicates:
    """The texts of a collection and, for each, the others at least ``threshold`` similar.

    Build it once over all texts; :meth:`similar_to` then answers per text.
    """

    def __init__(self, texts: Sequence[str], threshold: float) -> None:
        self.texts = list(texts)
        self.threshold = threshold
        self._shrink = 1 - 2 * GRAM * (1 - threshold)
        token_lists = [_tokens(text) for text in self.texts]
        self._token_sets = [frozenset(tokens) for tokens in token_lists]
        frequency: Counter[Token] = Counter(token for tokens in token_lists for token in tokens)
        self._postings: dict[Token, list[int]] = defaultdict(list)
        self._prefixes: list[list[Token]] = []
        unbounded: list[int] = []  # texts the bound cannot narrow down
        for index, tokens in enumerate(token_lists):
            prefix = self._prefix(len(self.texts[index]), tokens, frequency)
            if prefix is None:
                unbounded.append(index)
                prefix = []
            for token in prefix:
                self._postings[token].append(index)
            self._prefixes.append(prefix)
        self._unbounded = frozenset(unbounded)

    def _prefix(self, length: int, tokens: list[Token],
                frequency: Counter[Token]) -> list[Token] | None:
        # Grams any partner shares (rounded down, with room for floating-point error).
        shared = math.floor(length * self._shrink - GRAM + 1 - _EPSILON)
        if shared < 1 or self._shrink <= 0:
            return None
        ordered = sorted(tokens, key=lambda token: (frequency[token], token))
        return ordered[:len(tokens) - shared + 1]

    def _length_fits(self, a: int, b: int) -> bool:
        # The ratio is at most 2·min/(|a| + |b|).
        return 2 * min(a, b) >= self.threshold * (a + b)

    def _shares_enough(self, a: int, b: int) -> bool:
        """The count filter: the grams ``a`` and ``b`` share versus what a similar pair shares."""
        length_a, length_b = len(self.texts[a]), len(self.texts[b])
        edits = math.floor((1 - self.threshold) * (length_a + length_b) + _EPSILON)
        needed = max(length_a, length_b) - GRAM + 1 - GRAM * edits
        return needed <= 0 or len(self._token_sets[a] & self._token_sets[b]) >= needed

    def _candidates(self, index: int) -> set[int]:
        """Texts that may be similar to text ``index`` (a superset of the similar ones)."""
        if index in self._unbounded:
            found = set(range(len(self.texts)))
        else:
            found = set(self._unbounded)
            for token in self._prefixes[index]:
                found.update(self._postings[token])
        found.discard(index)
        length = len(self.texts[index])
        return {other for other in found if self._length_fits(length, len(self.texts[other]))
                and self._shares_enough(index, other)}

    def similar_to(self, index: int, keep: Callable[[int], bool] | None = None) -> list[int]:
        """Texts at least ``threshold`` similar to text ``index``, in index order.

        ``keep`` narrows the answer (the caller's own filter, asked before the
        expensive comparison). The ratio is taken as ``ratio(texts[index], other)``.
        """
        text = self.texts[index]
        return sorted(other for other in self._candidates(index)
                      if (keep is None or keep(other))
                      and similar(text, self.texts[other], self.threshold))
