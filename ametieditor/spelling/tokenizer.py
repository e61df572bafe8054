"""Words of Estonian text that a speller should look at.

:func:`iter_words` yields the words of a text with their positions, so the
GUI can underline them and the CLI can name them. What counts as a word:

* letters of the Estonian alphabet and any other Unicode letters, with an
  apostrophe inside (``O'Connor``);
* hyphenated compounds as one word (``e-posti``, ``sotsiaal-majanduslik``);

What is left out, because a speller would flag it wrongly:

* a one-letter word (``a``, ``b`` in lists);
* words in ALL CAPS (abbreviations and headings: ``SKA``, ``ÜLDOSA``) and
  abbreviations with a case ending (``SKA-le``, ``STAR-i``, ``SKAle``);
* words with digits (``C1``, ``3a``, ``2024a``) and CEFR levels;
* the first half of a hyphen-shortened pair: ``sise-`` in ``sise- ja välisriikide``;
* words inside e-mail addresses and web addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

_LETTERS = r"[^\W\d_]"
_PLAIN_WORD = rf"{_LETTERS}+(?:['’]{_LETTERS}+)*(?:-{_LETTERS}+(?:['’]{_LETTERS}+)*)*-?"
_WORD = re.compile(
    rf"(?:https?://|www\.)\S+"  # addresses: skipped as a whole
    rf"|\S+@\S+\.\w+"  # e-mail addresses
    rf"|[\w]*\d[\w]*"  # anything with a digit: C1, B2, 3a
    rf"|{_PLAIN_WORD}"
)
#: Text without any of these can only hold plain words: the first three kinds
#: of :data:`_WORD` cannot match, and :data:`_PLAIN_WORDS` finds the same words
#: three times as fast (the alternatives above scan every word again).
_NOT_PLAIN = re.compile(r"\d|@|://|www\.")
_PLAIN_WORDS = re.compile(_PLAIN_WORD)
_CEFR = re.compile(r"^[ABC][12]$")
_ADDRESS = re.compile(r"://|^www\.|@")


class Word(NamedTuple):
    """A word of the text: its text and where it is (``text[start:end]``).

    (A named tuple: the spell highlighter makes one per word on every keystroke.)
    """

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@lru_cache(maxsize=8192)
def is_checkable(word: str) -> bool:
    """Whether the speller should look at ``word`` (see the module docstring).

    Remembered per word: the highlighter tokenises the whole paragraph again
    on every keystroke, and a paragraph's words repeat from one keystroke to
    the next.
    """
    if len(word) < 2 or word.endswith("-") or word.startswith("-"):
        return False
    if any(ch.isdigit() for ch in word) or _CEFR.match(word):
        return False
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return False
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return False
    # An abbreviation with a case ending: SKA-le, STAR-i, SKAle.
    head = word.split("-", 1)[0]
    return not (len(head) >= 2 and head[0].isupper() and head[1].isupper())


def iter_words(text: str) -> Iterator[Word]:
    """The checkable words of ``text``, in order, with their start offsets."""
    if not _NOT_PLAIN.search(text):
        for match in _PLAIN_WORDS.finditer(text):
            if is_checkable(token := match.group()):
                yield Word(token, match.start())
        return
    for match in _WORD.finditer(text):
        token = match.group()
        if is_checkable(token) and not _ADDRESS.search(token):
            yield Word(token, match.start())
