"""When two spellings are one name: posts, units and managers across a folder.

A folder spells the same unit ``Laste heaolu osakond`` in one file and
``Laste heaolu osakonna`` in another, names a post ``Koordinaatorit`` in 1.5 and
titles it ``Koordinaator``. Words are compared after folding (case and
diacritics, :func:`fold_name`):

* two words are **forms of one word** (:func:`same_word`) when their common
  beginning covers at least 80 % of the shorter one and at most four letters of
  an ending are left over (``osakond`` / ``osakonna``, ``nõunik`` / ``nõunikku``);
* two words are **a typo apart** (:func:`typo_apart`) when one letter is wrong,
  missing or extra and the shorter has at least five letters
  (``lastekaitse`` / ``lastekatse``);
* two names are **one name** (:func:`same_name`) when their letters are the same
  apart from spaces and punctuation, or their words pair off one to one as forms or
  typos of each other. ``… menetluse talitus`` and ``… teenuste talitus`` are two.

:class:`NameIndex` finds each name's other spellings among thousands without
comparing every pair: both word rules can be looked up (a form shares the first
three letters, or the whole shorter word; a typo shares a spelling with one letter
left out), so a name is compared only with names whose words could pair off.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from ametieditor.model.folding import fold_diacritics

#: Two words are forms of the same word when their common beginning covers
#: at least this share of the shorter one and what is left of the longer one
#: is a case ending (Koordinaatorit / Koordinaator, nõunikku / nõunik).
STEM_SHARE = 0.8
MAX_ENDING = 4
#: Shorter words are not taken for typos of each other (``eakate`` / ``eakat`` are, ``ja`` /
#: ``jm`` are not).
TYPO_MIN_LENGTH = 5

WORD = re.compile(r"\w+")


def fold_name(text: str) -> str:
    """Lower case, no diacritics, single spaces."""
    return " ".join(fold_diacritics(text).split())


def same_word(a: str, b: str) -> bool:
    """Whether two folded words are forms of one word (see the module)."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    shorter, longer = sorted((len(a), len(b)))
    return common >= STEM_SHARE * shorter and longer - common <= MAX_ENDING


def typo_apart(a: str, b: str) -> bool:
    """Whether one letter wrong, missing or extra turns one word into the other."""
    if min(len(a), len(b)) < TYPO_MIN_LENGTH or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        return a[start + 1:] == b[start + 1:]
    return a[start:] == b[start + 1:]


@functools.lru_cache(maxsize=65536)
def alike_words(a: str, b: str) -> bool:
    """A form or a typo of the same word (cached: a folder's names share few words)."""
    return same_word(a, b) or typo_apart(a, b)


def same_name(a: str, b: str) -> bool:
    """Whether two folded names (units, managers) are one name spelt two ways."""
    words_a, words_b = WORD.findall(a), WORD.findall(b)
    if "".join(words_a) == "".join(words_b):
        return True
    return len(words_a) == len(words_b) and all(
        alike_words(x, y) for x, y in zip(words_a, words_b, strict=True))


def indexed_word_keys(word: str) -> list[tuple[str, str]]:
    """Keys under which a word is indexed so that :func:`form_keys` finds its forms."""
    keys = [("p", word[:3]), ("1", word[:1])]
    if len(word) >= 3:
        keys.append(("2", word[:2]))
    return keys


def form_keys(word: str) -> list[tuple[str, str]]:
    """Keys under which every word :func:`same_word` ``word`` is indexed.

    Two forms of a word share at least their first ``ceil(0.8 · shorter)``
    letters: three when both have three or more, else the whole shorter word.
    """
    if len(word) >= 3:
        return [("p", word[:3]), ("p", word[:2]), ("p", word[:1])]
    if len(word) == 2:
        return [("p", word), ("2", word), ("p", word[:1])]
    return [("1", word)]


def _typo_keys(word: str) -> Iterator[str]:
    """The word and the word with each letter left out: a typo apart, two words share one."""
    yield word
    for position in range(len(word)):
        yield word[:position] + word[position + 1:]


class NameIndex:
    """Folded names, and for each the other names that are the same name (:func:`same_name`)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self._words = [WORD.findall(name) for name in self.names]
        self._by_letters: dict[str, list[int]] = defaultdict(list)
        self._by_place: dict[tuple[int, int, str], set[int]] = defaultdict(set)
        self._by_form_key: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._by_typo_key: dict[str, set[str]] = defaultdict(set)
        for number, words in enumerate(self._words):
            self._by_letters["".join(words)].append(number)
            for place, word in enumerate(words):
                self._by_place[(len(words), place, word)].add(number)
        for word in {word for words in self._words for word in words}:
            for key in indexed_word_keys(word):
                self._by_form_key[key].add(word)
            if len(word) >= TYPO_MIN_LENGTH:
                for typo_key in _typo_keys(word):
                    self._by_typo_key[typo_key].add(word)
        self._alike: dict[str, set[str]] = {}

    def _alike_words(self, word: str) -> set[str]:
        found = self._alike.get(word)
        if found is None:
            candidates = {other for key in form_keys(word)
                          for other in self._by_form_key.get(key, ())}
            if len(word) >= TYPO_MIN_LENGTH:
                candidates.update(other for key in _typo_keys(word)
                                  for other in self._by_typo_key.get(key, ()))
            found = self._alike[word] = {other for other in candidates
                                         if alike_words(word, other)}
        return found

    def same_as(self, number: int) -> list[int]:
        """The other names that are ``names[number]`` spelt another way, in index order."""
        words = self._words[number]
        found = set(self._by_letters.get("".join(words), ()))
        if words:
            places = sorted(
                ({name for other in self._alike_words(word)
                  for name in self._by_place.get((len(words), place, other), ())}
                 for place, word in enumerate(words)), key=len)
            found |= set.intersection(*places)
        found.discard(number)
        return sorted(other for other in found if same_name(self.names[number], self.names[other]))
