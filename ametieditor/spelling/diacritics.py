"""Lost diacritics: the commonest typo in text copied from old PDFs and e-mails.

``Personalitöö`` arrives as ``Personalitoo``, ``kooskõlas`` as ``kooskolas``.
Two things go wrong with a plain speller:

* for an unknown word, its edit-distance suggestions rarely restore two
  letters at once (Vabamorf offers ``Personaliroo`` and ``Personalitoto``);
* worse, Estonian builds compounds freely, so many words without their
  diacritics are still *accepted*: ``kooskolas`` reads as ``koos`` + ``kola``
  (junk room), ``tahtaegselt`` as ``taht`` (wick) + ``aegselt``.

This module generates the spellings that put õ, ä, ö, ü, š, ž back
(:func:`diacritic_variants`, bounded) and decides which accepted words are
suspicious (:func:`is_suspicious`). The rule and the figures measured with
it: docs/SPELLING.md, "Lost diacritics". No engine here: the backend passes
in its check and its compound analysis.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from lxml import etree

from ametieditor.io.errors import FormatError
from ametieditor.io.files import read_limited
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.resources import resource_path

#: Plain letter → the letters it may have lost its marks from.
RESTORE: dict[str, tuple[str, ...]] = {
    "o": ("õ", "ö"), "a": ("ä",), "u": ("ü",), "s": ("š",), "z": ("ž",),
    "O": ("Õ", "Ö"), "A": ("Ä",), "U": ("Ü",), "S": ("Š",), "Z": ("Ž",),
}
#: At most this many places change in one candidate. A run of the same
#: letter (``oo`` → ``öö``) is one place: diacritics are lost from both.
MAX_CHANGES = 3
#: At most this many candidates per word (fewest changes first), so a long
#: compound full of ``a`` and ``s`` costs a bounded number of look-ups.
MAX_VARIANTS = 400


def _places(word: str) -> list[tuple[int, int]]:
    """Runs of one restorable letter, as ``(start, end)`` slices."""
    places: list[tuple[int, int]] = []
    start = 0
    while start < len(word):
        end = start + 1
        while end < len(word) and word[end] == word[start]:
            end += 1
        if word[start] in RESTORE:
            places.append((start, end))
        start = end
    return places


def diacritic_variants(word: str, max_changes: int = MAX_CHANGES,
                       limit: int = MAX_VARIANTS) -> list[str]:
    """Spellings of ``word`` with some of its plain letters given their marks back.

    Fewest changes first; at most ``limit``. ``"too"`` → ``["tõõ", "töö"]``.
    """
    places = _places(word)
    variants: list[str] = []
    for count in range(1, min(max_changes, len(places)) + 1):
        for chosen in itertools.combinations(places, count):
            options = [RESTORE[word[start]] for start, _ in chosen]
            for letters in itertools.product(*options):
                chars = list(word)
                for (start, end), letter in zip(chosen, letters, strict=True):
                    chars[start:end] = letter * (end - start)
                variants.append("".join(chars))
                if len(variants) >= limit:
                    return variants
    return variants


#: ``check(words) -> [bool]`` for many words at once.
CheckFunction = Callable[[list[str]], list[bool]]


@dataclass(frozen=True)
class Analysis:
    """What the restoring rule needs of a word's morphological analyses."""

    #: Fewest compound parts among the analyses; ``None``: no analysis (unknown word).
    parts: int | None
    #: Every compound member's lemma over all analyses, lower case: ``{"koos", "kola"}``.
    members: frozenset[str]


def analysis_from_roots(roots: Sequence[str]) -> Analysis:
    """An :class:`Analysis` from Vabamorf roots (``_`` joins members, ``=`` marks a suffix)."""
    if not roots:
        return Analysis(None, frozenset())
    cleaned = [root.lower().replace("=", "") for root in roots]
    return Analysis(min(root.count("_") + 1 for root in cleaned),
                    frozenset(m for root in cleaned for m in root.split("_")))


#: ``analyse(words) -> [Analysis]`` for many words at once.
AnalyseFunction = Callable[[list[str]], list[Analysis]]


def restored_spellings(word: str, check: CheckFunction, analyse: AnalyseFunction,
                       own: Analysis | None = None,
                       attested: frozenset[str] = frozenset()) -> list[str]:
    """Accepted spellings of ``word`` with diacritics restored, most likely first.

    Ranked by how many places changed, then by fewer compound parts (a word
    of the lexicon beats a compound made up on the fly).

    ``own`` is given when ``word`` itself is accepted (as a compound): then a
    spelling counts only if it is simpler (fewer parts), or if a member it
    replaces is not in ``attested``, the members seen in correct job
    descriptions. ``kooskolas`` → ``kooskõlas`` (``kola``, junk room, is not
    attested), but ``ametikoha`` stays: ``koht`` is attested, so
    ``ameti`` + ``köha`` (cough) is no better.
    """
    variants = diacritic_variants(word)
    if not variants:
        return []
    accepted = [v for v, ok in zip(variants, check(variants), strict=True) if ok]
    if not accepted:
        return []
    counted = list(zip(accepted, analyse(accepted), strict=True))
    if own is not None:
        counted = [(v, a) for v, a in counted if _beats(own, a, attested)]
    order = {v: i for i, v in enumerate(variants)}
    counted.sort(key=lambda item: (_changes(word, item[0]), item[1].parts or 1, order[item[0]]))
    return [v for v, _ in counted]


def _beats(own: Analysis, other: Analysis, attested: frozenset[str]) -> bool:
    """Whether a restored spelling is more likely than an accepted compound ``own``.

    A simpler spelling always is. One of as many parts is when a member it
    replaces is not attested: an ordinary word of job descriptions
    (``koht``, ``olu``, ``kasutamine``) is taken as meant, a rare one
    (``kola``, junk room; ``taht``, wick) as a word that lost its marks.
    Without a word-frequency list for Estonian, "seen in correct job
    descriptions" is the evidence there is.
    """
    if other.parts is None or own.parts is None:
        return False
    if other.parts != own.parts:
        return other.parts < own.parts
    return not (own.members - other.members) <= attested


def _changes(word: str, variant: str) -> int:
    return sum(1 for start, end in _places(word) if variant[start:end] != word[start:end])


def is_suspicious(word: str, own: Analysis, attested: frozenset[str]) -> bool:
    """Whether an accepted ``word`` is worth testing for lost diacritics.

    Only compounds with a member that is not attested qualify. A plain word
    of the lexicon (``too``, ``kasi``) is a real word, and flagging it would
    be a false alarm in most texts; a compound of ordinary members
    (``ametikoha``) is what it seems. This also keeps the look-ups few.
    """
    return (own.parts is not None and own.parts > 1 and bool(_places(word))
            and not own.members <= attested)


#: The letters whose marks get lost.
MARKED_LETTERS = "õäöüšžÕÄÖÜŠŽ"
#: Shorter text says nothing about its marks. Measured on the three samples:
#: 3.5–4.2 % of their letters are marked, yet one 260-character stretch of
#: them has none.
CONTEXT_MIN_CHARS = 400
#: Text of at least that length with a smaller share of marked letters (per
#: character) lost its marks; the OCR sample without marks has 0 of 8,370.
CONTEXT_MAX_SHARE = 0.005


def marks_lost(texts: Iterable[str]) -> bool | None:
    """Whether a text (given in pieces) has lost its diacritics as a whole.

    ``None`` when it is too short to tell. Lost marks are a property of a
    whole text (copied from an old PDF or e-mail), so an accepted compound
    that reads as a word with its marks restored (:func:`is_suspicious`) is
    flagged only in a text without marks: in a text that has them,
    ``erihoolekande`` and ``ohutusjuhend`` are what they seem, not
    ``erihoolekände`` (*känd*, a stump) or ``õhutusjuhend``. Counting
    characters, not words, keeps this quick for a 1,000-duty document.
    """
    chars = marked = 0
    for text in texts:
        chars += len(text)
        marked += sum(text.count(letter) for letter in MARKED_LETTERS)
    if chars < CONTEXT_MIN_CHARS:
        return None
    return marked < CONTEXT_MAX_SHARE * chars


def context_marks_lost(*answers: bool | None) -> bool:
    """The first of :func:`marks_lost`'s ``answers`` that can tell, innermost first
    (a paragraph's, then its document's).

    When none can, lost marks are assumed, as a speller without context would.
    """
    return next((lost for lost in answers if lost is not None), True)


def bundled_texts() -> list[str]:
    """The correct Estonian the program ships: the wording library and the new-document templates.

    Their compound members are the ``attested`` set of :func:`restored_spellings`.
    An unreadable file is left out (the rule then flags a little more).
    """
    files = [*sorted(resource_path("wording").glob("*.xml")),
             *sorted(resource_path("templates").glob("*.ametijuhend"))]
    texts: list[str] = []
    for path in files:
        try:
            root = parse_xml_bytes(read_limited(path))
        except (FormatError, UnsafeXmlError, etree.XMLSyntaxError):
            continue
        texts.extend(text for text in root.itertext() if text.strip())
    return texts
