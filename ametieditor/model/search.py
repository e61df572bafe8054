"""Find and replace over every part of a job description (plain Python, no Qt).

:func:`find_all` walks the document through :func:`~ametieditor.model.texts.iter_texts`,
so every match carries the same part label the checks and the spelling list use
(``"3.4 ülesanne"``) and the :data:`~ametieditor.model.texts.Location` of its field
(for a paragraph or bullet, the location of that block). Matching can ignore case and
diacritics (``oigus`` finds ``õigus``, as the wording search does); the match's
``start``/``end`` are always offsets in the original text, so a replacement
replaces exactly what was found.

:func:`replaced_texts` turns matches into the new text of each field; the GUI
applies them through the undoable commands (one undo step for "replace all").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ametieditor.model.document import JobDescription
from ametieditor.model.folding import fold_diacritics
from ametieditor.model.texts import Location, iter_texts

#: Characters of context shown on each side of a match in a list of matches.
CONTEXT_CHARS = 30


@dataclass(frozen=True)
class SearchOptions:
    """How loosely text matches: case and diacritics are told apart unless ignored."""

    ignore_case: bool = True
    ignore_diacritics: bool = False


@dataclass(frozen=True)
class Match:
    """One occurrence: the part, the field's location, the span in the field's text."""

    part: str
    location: Location
    text: str  # the whole text of the field (paragraph, bullet, line)
    start: int
    end: int
    #: Index of the field among all fields of the document (document order); replacing
    #: text changes no field's index, so it orders matches found before and after.
    field_index: int = 0

    @property
    def position(self) -> tuple[int, int]:
        """Where the match is in document order: ``(field_index, start)``."""
        return (self.field_index, self.start)

    @property
    def found(self) -> str:
        """The text as it stands in the document (``Õigus`` for a search of ``oigus``)."""
        return self.text[self.start:self.end]

    def context(self, width: int = CONTEXT_CHARS) -> tuple[str, str, str]:
        """``(before, found, after)``: a few words either side, on one line."""
        before, after = self.text[:self.start], self.text[self.end:]
        if len(before) > width:
            before = "…" + before[-width:]
        if len(after) > width:
            after = after[:width] + "…"
        return (" ".join(before.splitlines()), self.found, " ".join(after.splitlines()))


def _fold_char(char: str, options: SearchOptions) -> str:
    """One character as matching sees it; may be empty or longer (``ß`` → ``ss``)."""
    if options.ignore_case and options.ignore_diacritics:
        return fold_diacritics(char)
    if options.ignore_case:
        char = char.casefold()
    if options.ignore_diacritics:
        decomposed = unicodedata.normalize("NFKD", char)
        char = "".join(c for c in decomposed if not unicodedata.combining(c))
    return char


_ESTONIAN = str.maketrans("õäöüšžÕÄÖÜŠŽ", "oaouszOAOUSZ")


@lru_cache(maxsize=4096)
def _keeps_itself(char: str) -> bool:
    """Whether taking the diacritics off ``char`` leaves it as it is (``„``, ``•``)."""
    return unicodedata.normalize("NFKD", char) == char and not unicodedata.combining(char)


def _folded_fast(text: str, options: SearchOptions) -> str | None:
    """``text`` folded character for character (same length), or None when it cannot be.

    The common case, and ten times faster than :func:`_folded`'s loop: case folding
    that keeps the length, and diacritics only of letters that have a plain form.
    """
    folded = text.casefold() if options.ignore_case else text
    if len(folded) != len(text):  # e.g. "ß" → "ss"
        return None
    if not options.ignore_diacritics:
        return folded
    folded = folded.translate(_ESTONIAN)
    if folded.isascii() or all(_keeps_itself(char) for char in set(folded)
                               if not char.isascii()):
        return folded
    return None


def _folded(text: str, options: SearchOptions) -> tuple[str, list[int] | None]:
    """``text`` folded, and for each folded character the index it came from.

    ``None`` instead of the indexes means "the same as in the folded text".
    """
    fast = _folded_fast(text, options)
    if fast is not None:
        return fast, None
    parts: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char, options)
        parts.append(folded)
        origins.extend([index] * len(folded))
    return "".join(parts), origins


def find_in_text(text: str, query: str, options: SearchOptions = SearchOptions()
                 ) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of ``query`` in ``text``, not overlapping, left to right."""
    needle, _origins = _folded(query, options)
    if not needle or not text:
        return []
    haystack, origins = _folded(text, options)
    spans: list[tuple[int, int]] = []
    position = haystack.find(needle)
    while position >= 0:
        end = position + len(needle)
        spans.append((position, end) if origins is None else
                     (origins[position], origins[end - 1] + 1))
        position = haystack.find(needle, end)
    return spans


def find_all(doc: JobDescription, query: str,
             options: SearchOptions = SearchOptions()) -> list[Match]:
    """Every match of ``query`` in ``doc``, in document order."""
    matches: list[Match] = []
    for field_index, piece in enumerate(iter_texts(doc)):
        for start, end in find_in_text(piece.text, query, options):
            matches.append(Match(piece.part, piece.location, piece.text, start, end,
                                 field_index))
    return matches


def replace_spans(text: str, spans: Iterable[tuple[int, int]], replacement: str) -> str:
    """``text`` with each span replaced by ``replacement`` (spans must not overlap)."""
    result: list[str] = []
    position = 0
    for start, end in sorted(spans):
        result.append(text[position:start])
        result.append(replacement)
        position = end
    result.append(text[position:])
    return "".join(result)


def replaced_texts(matches: Iterable[Match], replacement: str) -> dict[Location, str]:
    """The new text of every field with a match, in the order the fields were met."""
    spans: dict[Location, list[tuple[int, int]]] = {}
    texts: dict[Location, str] = {}
    for match in matches:
        spans.setdefault(match.location, []).append((match.start, match.end))
        texts[match.location] = match.text
    return {location: replace_spans(texts[location], spans[location], replacement)
            for location in spans}
