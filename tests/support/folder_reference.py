"""The folder check as it was before issue 16: every file compared with every other.

This is the all-pairs implementation of :func:`ametieditor.model.folder_checks.check_folder`
copied from main (commit bb556b9) before the linear rewrite of issue 16. It is kept
**only as a test oracle**: tests/model/test_folder_corpus.py checks that the
program's folder check gives exactly the findings this one gives, in the same
order, over a generated folder. Nothing in the program imports it; do not fix or
speed it up (that would change what the oracle says).

The findings, as the original docstring put it:

* substitution that does not match both ways (1.4 / 1.5, within a unit);
* managers and units spelt differently for the same thing;
* standard wording drifted into variants.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ametieditor.i18n import tr
from ametieditor.model.document import JobDescription
from ametieditor.model.folding import fold_diacritics
from ametieditor.model.numbering import numbering
from ametieditor.model.parts import GENERAL_FIELDS, FieldCheck
from ametieditor.model.texts import iter_texts

#: Two words are forms of the same word when their common beginning covers
#: at least this share of the shorter one and what is left of the longer one
#: is a case ending (Koordinaatorit / Koordinaator, nõunikku / nõunik).
STEM_SHARE = 0.8
MAX_ENDING = 4
#: Names (units, managers) at least this similar but not equal are variants.
NAME_SIMILARITY = 0.85
#: Sentences at least this similar but not equal are drifted wording.
WORDING_SIMILARITY = 0.9


@dataclass(frozen=True)
class FolderDocument:
    """A document of the folder and the name it is reported under (its path)."""

    source: str
    document: JobDescription


@dataclass(frozen=True)
class FolderProblem:
    source: str
    part: str
    message: str

    def format(self) -> str:
        """``DIR/file: part: message``."""
        return f"{self.source}: {self.part}: {self.message}"


_WORD = re.compile(r"\w+")
_SEPARATORS = re.compile(r",|;|\s+või\s+|\s+ja\s+|\s+ning\s+|/", re.IGNORECASE)


def _fold(text: str) -> str:
    return " ".join(fold_diacritics(text).split())


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    shorter, longer = sorted((len(a), len(b)))
    return common >= STEM_SHARE * shorter and longer - common <= MAX_ENDING


def _split_title(text: str) -> tuple[list[str], list[str]]:
    """Main words and qualifier words: ``Koordinaator (kaitstud töö)``."""
    folded = _fold(text)
    qualifier = " ".join(re.findall(r"\(([^)]*)\)", folded))
    main = re.sub(r"\([^)]*\)", " ", folded)
    return _WORD.findall(main), _WORD.findall(qualifier)


def _same_words(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b, strict=True))


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


def _similar(a: str, b: str, threshold: float) -> bool:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold
            and matcher.ratio() >= threshold)


def _same_unit(a: JobDescription, b: JobDescription) -> bool:
    unit_a, unit_b = _fold(a.general.unit), _fold(b.general.unit)
    return not unit_a or not unit_b or unit_a == unit_b or _similar(unit_a, unit_b,
                                                                   NAME_SIMILARITY)


def _label(doc: JobDescription, attribute: str) -> str:
    return numbering(doc).general_label(attribute)


#: (field, its counterpart) pairs that must name each other across a folder.
_RECIPROCAL_FIELDS = tuple((spec.attribute, spec.counterpart) for spec in GENERAL_FIELDS
                           if FieldCheck.RECIPROCAL in spec.checks and spec.counterpart)
#: Fields whose values must be spelt the same way across a folder.
_SAME_SPELLING_FIELDS = tuple(spec.attribute for spec in GENERAL_FIELDS
                              if FieldCheck.SAME_SPELLING_IN_FOLDER in spec.checks)


def reference_check_folder(documents: Sequence[FolderDocument]) -> list[FolderProblem]:
    """Problems between the documents, grouped by kind, in file order (all pairs compared).

    ``documents`` need only ``source`` and ``document`` (this module's
    :class:`FolderDocument`); compare results through ``FolderProblem.format()``.
    """
    return [*_check_substitution(documents), *_check_name_variants(documents),
            *_check_wording_drift(documents)]


def _check_substitution(documents: Sequence[FolderDocument]) -> Iterator[FolderProblem]:
    for a in documents:
        own_title = a.document.general.title.strip()
        if not own_title:
            continue
        for field, other_field in _RECIPROCAL_FIELDS:
            for name in post_names(getattr(a.document.general, field)):
                for b in documents:
                    if b is a or not _same_unit(a.document, b.document):
                        continue
                    if not same_post(name, b.document.general.title):
                        continue
                    back = post_names(getattr(b.document.general, other_field))
                    if any(same_post(n, own_title) for n in back):
                        continue
                    yield FolderProblem(a.source, _label(a.document, field), tr(
                        "„{name}” ({other}) ei nimeta väljal {field} ametikohta „{title}”",
                        '"{name}" ({other}) does not name "{title}" in {field}',
                        name=name, other=b.source, title=own_title,
                        field=_label(b.document, other_field)))


def _check_name_variants(documents: Sequence[FolderDocument]) -> Iterator[FolderProblem]:
    for field in _SAME_SPELLING_FIELDS:
        spellings: dict[str, list[FolderDocument]] = {}
        for item in documents:
            value = " ".join(getattr(item.document.general, field).split())
            if value:
                spellings.setdefault(value, []).append(item)
        # The most used spelling first: the others are reported against it.
        ordered = sorted(spellings, key=lambda v: (-len(spellings[v]), v))
        reported: set[str] = set()
        for index, usual in enumerate(ordered):
            if usual in reported:
                continue
            for variant in ordered[index + 1:]:
                if variant in reported:
                    continue
                if _fold(usual) == _fold(variant) or _similar(_fold(usual), _fold(variant),
                                                               NAME_SIMILARITY):
                    reported.add(variant)
                    for item in spellings[variant]:
                        yield FolderProblem(item.source, _label(item.document, field), tr(
                            "„{variant}” on kirjutatud teisiti kui „{usual}” ({other})",
                            '"{variant}" is spelt differently from "{usual}" ({other})',
                            variant=variant, usual=usual, other=spellings[usual][0].source))


def _shortened(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _standard_texts(doc: JobDescription) -> Iterator[tuple[str, str, str]]:
    """(kind, part, text) of the parts where standard wording lives."""
    standard_roots = {"rights", "responsibilities", "work_tools", "requirements", "amendment"}
    for piece in iter_texts(doc):
        if piece.location[0] in standard_roots and piece.location[-1] not in {
                "label", "name", "intro"} and len(piece.text.split()) >= 4:
            yield str(piece.location[0]), piece.part, piece.text


def _check_wording_drift(documents: Sequence[FolderDocument]) -> Iterator[FolderProblem]:
    seen: list[tuple[str, str, str, FolderDocument]] = []  # kind, folded, text, where
    for item in documents:
        reported: set[str] = set()
        texts = list(_standard_texts(item.document))
        for kind, part, text in texts:
            folded = _fold(text).rstrip(";.,")
            if folded in reported:
                continue
            exact = any(k == kind and f == folded for k, f, _, _ in seen)
            if not exact:
                for other_kind, other_folded, other_text, other in seen:
                    if other_kind != kind or other.source == item.source:
                        continue
                    if _similar(folded, other_folded, WORDING_SIMILARITY):
                        reported.add(folded)
                        yield FolderProblem(item.source, part, tr(
                            "sõnastus erineb veidi failis {other} olevast: „{theirs}”",
                            'the wording differs slightly from {other}: "{theirs}"',
                            other=other.source, theirs=_shortened(other_text)))
                        break
        seen.extend((kind, _fold(text).rstrip(";.,"), text, item) for kind, _, text in texts)


