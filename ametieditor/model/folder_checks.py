"""Checks across the job descriptions of one folder (one unit's posts, usually).

:func:`check_folder` takes the summaries of documents already read
(:mod:`ametieditor.model.folder_summary`; the CLI and the GUI read folders
through ``ametieditor.storage.folder_scan``) and finds what no single file shows:

* **substitution that does not match both ways**: A says it substitutes B
  (1.5), but B does not name A as its substitute (1.4), and the reverse.
  Posts are matched by title, case- and inflection-tolerant
  (``Koordinaatorit`` = ``Koordinaator``, :func:`ametieditor.model.names.same_word`),
  and only between documents of the same unit (or the same unit spelt another
  way), since substitution stays within a unit;
* **managers and units spelt differently** for the same thing
  (``Laste heaolu osakond`` / ``Laste heaolu osakonna``): names whose words pair
  off as forms or typos of each other (:func:`ametieditor.model.names.same_name`),
  so that ``Õigusosakonna menetluse talitus`` and ``Õigusosakonna teenuste
  talitus``, two units of one department, are not taken for one;
* **standard wording drifted** into variants: rights, responsibilities,
  competency texts, requirements, work tools and amendment sentences that are
  at least 90 % but not exactly the same in two files.

Each check looks partners up in an index instead of comparing every pair of
files, so the time grows with the number of files, not with its square: posts
by unit and by the first letters of their title, names by their words
(:class:`~ametieditor.model.names.NameIndex`), and near-identical texts through
:class:`~ametieditor.model.near_duplicates.NearDuplicates`. Each index finds
exactly the pairs that comparing all of them would find.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ametieditor.i18n import tr
from ametieditor.model.folder_summary import DocumentSummary
from ametieditor.model.names import (
    WORD,
    NameIndex,
    fold_name,
    form_keys,
    indexed_word_keys,
    same_word,
)
from ametieditor.model.near_duplicates import NearDuplicates
from ametieditor.model.parts import GENERAL_FIELDS, FieldCheck

#: Sentences at least this similar but not equal are drifted wording.
WORDING_SIMILARITY = 0.9


@dataclass(frozen=True)
class FolderProblem:
    source: str
    part: str
    message: str

    def format(self) -> str:
        """``DIR/file: part: message``."""
        return f"{self.source}: {self.part}: {self.message}"


_SEPARATORS = re.compile(r",|;|\s+või\s+|\s+ja\s+|\s+ning\s+|/", re.IGNORECASE)


def _split_title(text: str) -> tuple[list[str], list[str]]:
    """Main words and qualifier words: ``Koordinaator (kaitstud töö)``."""
    folded = fold_name(text)
    qualifier = " ".join(re.findall(r"\(([^)]*)\)", folded))
    main = re.sub(r"\([^)]*\)", " ", folded)
    return WORD.findall(main), WORD.findall(qualifier)


def _same_words(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(same_word(x, y) for x, y in zip(a, b, strict=True))


def same_post(name: str, title: str) -> bool:
    """Whether ``name`` (as written in 1.4/1.5, any case form) means the post ``title``."""
    name_main, name_qualifier = _split_title(name)
    title_main, title_qualifier = _split_title(title)
    if not name_main or not _same_words(name_main, title_main):
        return False
    return not name_qualifier or _same_words(name_qualifier, title_qualifier)


def post_names(field: str) -> list[str]:
    """The posts a 1.4/1.5 field names: split at commas, ``või``, ``ja``."""
    return [part.strip() for part in _SEPARATORS.split(field) if part.strip()]


#: (field, its counterpart) pairs that must name each other across a folder.
_RECIPROCAL_FIELDS = tuple((spec.attribute, spec.counterpart) for spec in GENERAL_FIELDS
                           if FieldCheck.RECIPROCAL in spec.checks and spec.counterpart)
#: Fields whose values must be spelt the same way across a folder.
_SAME_SPELLING_FIELDS = tuple(spec.attribute for spec in GENERAL_FIELDS
                              if FieldCheck.SAME_SPELLING_IN_FOLDER in spec.checks)

#: Told how far a check has got: (step done, steps in all).
Progress = Callable[[int, int], None]


def check_folder(summaries: Sequence[DocumentSummary],
                 progress: Progress | None = None) -> list[FolderProblem]:
    """Problems between the documents, grouped by kind, in file order.

    ``progress`` is called now and then with (documents done, documents in all),
    for the substitution check and then the wording check (the slow parts).
    """
    report = progress or (lambda _done, _total: None)
    return [*_check_substitution(summaries, report), *_check_name_variants(summaries),
            *_check_wording_drift(summaries, report)]


# --- Substitution -----------------------------------------------------------------------

class _Units:
    """Which documents' units count as the same (equal, or one name spelt two ways)."""

    def __init__(self, summaries: Sequence[DocumentSummary]) -> None:
        self.of_document = [fold_name(summary.unit) for summary in summaries]
        names = sorted(set(self.of_document) - {""})
        index = NameIndex(names)
        self._alike = {name: {"", name, *(names[other] for other in index.same_as(number))}
                       for number, name in enumerate(names)}

    def alike(self, unit: str) -> set[str]:
        """Units a document of ``unit`` shares substitutes with ("" always: unit not given)."""
        return self._alike.get(unit, {"", unit})


class _Posts:
    """Documents by unit and by the first letters of their title."""

    def __init__(self, summaries: Sequence[DocumentSummary], units: _Units) -> None:
        self.units = units
        self._by_unit: dict[tuple[str, tuple[str, str]], list[int]] = defaultdict(list)
        self._by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
        for position, summary in enumerate(summaries):
            main, _ = _split_title(summary.title)
            if main:
                for key in indexed_word_keys(main[0]):
                    self._by_unit[(units.of_document[position], key)].append(position)
                    self._by_key[key].append(position)

    def named(self, name: str, by: int) -> list[int]:
        """Documents (in order) whose title may be ``name`` and may share ``by``'s unit."""
        main, _ = _split_title(name)
        if not main:
            return []
        own_unit = self.units.of_document[by]
        found: set[int] = set()
        for key in form_keys(main[0]):
            if not own_unit:
                found.update(self._by_key.get(key, ()))
                continue
            for unit in self.units.alike(own_unit):
                found.update(self._by_unit.get((unit, key), ()))
        found.discard(by)
        return sorted(found)


class _Matches:
    """:func:`same_post` and :func:`post_names`, each pair of texts worked out once.

    A folder repeats its titles and names thousands of times; splitting and
    comparing them again for each pair of files was most of the check's time.
    """

    def __init__(self) -> None:
        self._same: dict[tuple[str, str], bool] = {}
        self._names: dict[str, list[str]] = {}

    def same_post(self, name: str, title: str) -> bool:
        key = (name, title)
        found = self._same.get(key)
        if found is None:
            found = self._same[key] = same_post(name, title)
        return found

    def post_names(self, field: str) -> list[str]:
        found = self._names.get(field)
        if found is None:
            found = self._names[field] = post_names(field)
        return found

    def names_post(self, field: str, title: str) -> bool:
        """Whether the 1.4/1.5 value ``field`` names the post ``title``."""
        return any(self.same_post(name, title) for name in self.post_names(field))


def _check_substitution(summaries: Sequence[DocumentSummary],
                        progress: Progress) -> Iterator[FolderProblem]:
    posts = _Posts(summaries, _Units(summaries))
    matches = _Matches()
    for position, a in enumerate(summaries):
        progress(position, len(summaries))
        own_title = a.title.strip()
        if not own_title:
            continue
        for field, other_field in _RECIPROCAL_FIELDS:
            for name in matches.post_names(a.general.get(field, "")):
                for other in posts.named(name, position):
                    b = summaries[other]
                    if (not matches.same_post(name, b.title)
                            or matches.names_post(b.general.get(other_field, ""), own_title)):
                        continue
                    yield FolderProblem(a.source, a.labels[field], tr(
                        "„{name}” ({other}) ei nimeta väljal {field} ametikohta „{title}”",
                        '"{name}" ({other}) does not name "{title}" in {field}',
                        name=name, other=b.source, title=own_title,
                        field=b.labels[other_field]))
    progress(len(summaries), len(summaries))


# --- Spelling of names ------------------------------------------------------------------

def _check_name_variants(summaries: Sequence[DocumentSummary]) -> Iterator[FolderProblem]:
    for field in _SAME_SPELLING_FIELDS:
        spellings: dict[str, list[DocumentSummary]] = {}
        for summary in summaries:
            value = " ".join(summary.general.get(field, "").split())
            if value:
                spellings.setdefault(value, []).append(summary)
        # The most used spelling first: the others are reported against it.
        ordered = sorted(spellings, key=lambda v: (-len(spellings[v]), v))
        for usual, variant in _variant_pairs(ordered):
            for summary in spellings[variant]:
                yield FolderProblem(summary.source, summary.labels[field], tr(
                    "„{variant}” on kirjutatud teisiti kui „{usual}” ({other})",
                    '"{variant}" is spelt differently from "{usual}" ({other})',
                    variant=variant, usual=usual, other=spellings[usual][0].source))


def _variant_pairs(ordered: list[str]) -> Iterator[tuple[str, str]]:
    """(usual, variant): each spelling is claimed by the first more used one it resembles."""
    index = NameIndex([fold_name(value) for value in ordered])
    reported: set[int] = set()
    for current in range(len(ordered)):
        if current in reported:
            continue
        for other in index.same_as(current):
            if other > current and other not in reported:
                reported.add(other)
                yield ordered[current], ordered[other]


# --- Standard wording -------------------------------------------------------------------

def _shortened(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _wording_key(text: str) -> str:
    return fold_name(text).rstrip(";.,")


@dataclass
class _Occurrences:
    """Where each distinct text (per kind) occurs, in reading order."""

    summaries: Sequence[DocumentSummary]

    def __post_init__(self) -> None:
        self.texts: dict[str, list[str]] = defaultdict(list)  # kind → distinct folded texts
        self.ids: dict[tuple[str, str], int] = {}  # (kind, folded) → position in texts[kind]
        #: (kind, position) → [(document, place in its wording, original text)]
        self.places: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
        self.folded: dict[str, str] = {}  # text → its key (folding every copy was slow)
        for number, summary in enumerate(self.summaries):
            for place, wording in enumerate(summary.wording):
                key = (wording.kind, self.key(wording.text))
                if key not in self.ids:
                    self.ids[key] = len(self.texts[wording.kind])
                    self.texts[wording.kind].append(key[1])
                self.places[(wording.kind, self.ids[key])].append((number, place, wording.text))

    def key(self, text: str) -> str:
        found = self.folded.get(text)
        if found is None:
            found = self.folded[text] = _wording_key(text)
        return found

    def first_document(self, kind: str, position: int) -> int:
        return self.places[(kind, position)][0][0]

    def earliest_elsewhere(self, kind: str, position: int,
                           before: int) -> tuple[int, int, str] | None:
        """The first place of a text in a document before ``before`` with another source."""
        source = self.summaries[before].source
        for place in self.places[(kind, position)]:
            if place[0] >= before:
                return None
            if self.summaries[place[0]].source != source:
                return place
        return None


def _check_wording_drift(summaries: Sequence[DocumentSummary],
                         progress: Progress) -> Iterator[FolderProblem]:
    seen = _Occurrences(summaries)
    indexes = {kind: NearDuplicates(texts, WORDING_SIMILARITY)
               for kind, texts in seen.texts.items()}
    for number, summary in enumerate(summaries):
        progress(number, len(summaries))
        reported: set[str] = set()
        for wording in summary.wording:
            folded = seen.key(wording.text)
            position = seen.ids[(wording.kind, folded)]
            if folded in reported or seen.first_document(wording.kind, position) < number:
                continue  # reported already, or the same text is in an earlier file
            def earlier(other: int, kind: str = wording.kind, before: int = number) -> bool:
                return seen.first_document(kind, other) < before

            similar = indexes[wording.kind].similar_to(position, keep=earlier)
            places = [place for other in similar if (place := seen.earliest_elsewhere(
                wording.kind, other, number)) is not None]
            if places:
                other_number, _, theirs = min(places)
                reported.add(folded)
                yield FolderProblem(summary.source, wording.part, tr(
                    "sõnastus erineb veidi failis {other} olevast: „{theirs}”",
                    'the wording differs slightly from {other}: "{theirs}"',
                    other=summaries[other_number].source, theirs=_shortened(theirs)))
    progress(len(summaries), len(summaries))
