"""The words and patterns the importers recognise: headings, labels, bullets, numbers.

Shared by :mod:`ametieditor.formats.import_lines` and the section readers in
:mod:`ametieditor.formats.textparse`, which use only the public names here.
Headings and labels are compared
:func:`fold`-ed (lowercase, no diacritics), so OCR text that lost its
diacritics (``ULDOSA``, ``OIGUSED``) matches, and the canonical spelling is
restored from these tables.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from functools import cache

from ametieditor.model.folding import fold_diacritics
from ametieditor.model.parts import GENERAL_FIELDS, NUMBERED_PARTS


def fold(text: str) -> str:
    """Lowercase, without diacritics, punctuation collapsed: for comparing words."""
    return " ".join(re.findall(r"[a-z0-9]+", fold_diacritics(text)))


#: Duty headings keep the word the file used (restored to its diacritics).
DUTY_HEADINGS = {
    "teenistuskohustused": "TEENISTUSKOHUSTUSED",
    "teenistusulesanded": "TEENISTUSÜLESANDED",
    "pohikohustused": "PÕHIKOHUSTUSED",
    "toouulesanded": "TÖÖÜLESANDED",
    "tooulesanded": "TÖÖÜLESANDED",
}


# --------------------------------------------------------------------------
# The part and field vocabulary, from the model's table of parts
# (:mod:`ametieditor.model.parts`): one accessor each.


@cache
def section_headings() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Part key -> (canonical heading, the heading's variants)."""
    return {spec.key: (spec.heading, (spec.heading, *spec.import_headings))
            for spec in NUMBERED_PARTS}


@cache
def section_order() -> tuple[str, ...]:
    """The keys of the parts with a numbered heading, in document order."""
    return tuple(spec.key for spec in NUMBERED_PARTS)


@cache
def general_labels() -> dict[str, tuple[str, ...]]:
    """General-part field -> its label and the label's variants (aliases)."""
    return {spec.attribute: (spec.label, *spec.import_labels) for spec in GENERAL_FIELDS}


def canonical_heading(key: str) -> str:
    """The heading a part is written with (``ÕIGUSED``), "" for an unknown key."""
    return section_headings().get(key, ("", ()))[0]


@cache
def _section_by_fold() -> dict[str, tuple[str, str]]:
    return {fold(variant): (key, variant)
            for key, (_, variants) in section_headings().items() for variant in variants}


@cache
def _general_by_fold() -> dict[str, str]:
    return {fold(v): key for key, vs in general_labels().items() for v in vs}


def section_for(folded: str, fuzzy: bool = False) -> str | None:
    """The part key whose heading ``folded`` is (:func:`fold`-ed), else None.

    With ``fuzzy``, a heading damaged by OCR (a letter lost, doubled or
    misread: ``oiguscd``, ``vastiitus``) matches its closest variant too; the
    caller asks for that only for a line that is unmistakably a heading
    (numbered, in capitals), so the bar is lower than for labels.
    """
    table = _section_by_fold()
    if folded in table:
        return table[folded][0]
    if fuzzy and (match := closest(folded, table, cutoff=0.75)) is not None:
        return table[match][0]
    return None


def spelled_heading(text: str) -> str:
    """A recognised heading as written, with the diacritics OCR or old PDFs lost put back.

    ``"1. ULDOSA"`` → ``"1. ÜLDOSA"``, ``"Toovahendid"`` → ``"Töövahendid"``: the
    letters and their case stay the file's, only the marks come from the
    tables. Text that is not a known heading, or differs in more than marks,
    is returned as it is.
    """
    number = re.match(r"\s*\d+\s*\.?\s*", text)
    if number and number.end() < len(text):
        return text[:number.end()] + spelled_heading(text[number.end():])
    folded = fold(text)
    known = _section_by_fold().get(folded, (None, None))[1] \
        or DUTY_HEADINGS.get(folded.replace(" ", ""))
    if known is None or len(known) != len(text):
        return text
    restored = []
    for have, mark in zip(text, known, strict=True):
        if fold_diacritics(mark) != fold_diacritics(have):
            return text
        restored.append(mark.upper() if have.isupper() else mark.lower())
    return "".join(restored)


def general_field_for(folded: str, fuzzy: bool = False) -> str | None:
    """The general-part field labelled ``folded`` (number already stripped), else None."""
    table = _general_by_fold()
    if folded in table:
        return table[folded]
    if fuzzy and (match := closest(folded, table)) is not None:
        return table[match]
    return None


@cache
def general_label_words() -> frozenset[str]:
    """Every folded word of a general-part label (for a quick "may be a label" test)."""
    return frozenset(word for label in _general_by_fold() for word in label.split())


@cache
def _general_label_re() -> re.Pattern[str]:
    labels = sorted({re.escape(label) for label in _general_by_fold()}, key=len, reverse=True)
    return re.compile(r"(?:(?<=\s)|^)(?:1\s*\.\s*\d\.?\s*)?(" + "|".join(labels) + r")\b")


def has_general_label(folded: str) -> bool:
    """Whether the folded text holds a general-part label anywhere (word-aligned)."""
    return bool(_general_label_re().search(folded))


def closest(folded: str, choices: Iterable[str], cutoff: float = 0.84,
            min_length: int = 6) -> str | None:
    """The choice nearest to ``folded`` by :class:`difflib.SequenceMatcher`, or None.

    For OCR damage: a letter or two lost, doubled or misread. Short words are
    never matched fuzzily (``asendab`` and ``asendaja`` are different labels,
    and a short word is too easily another word); the two must have as many
    words (a label never swallows the value after it: ``ametinimetus x``) and
    their lengths may differ by at most a fifth. Standard library only: the vocabulary is a few
    hundred phrases, so no faster matcher is needed.
    """
    if len(folded) < min_length:
        return None
    words = folded.count(" ")
    best, best_ratio = None, cutoff
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(folded)
    for choice in choices:
        if len(choice) < min_length or choice.count(" ") != words \
                or abs(len(choice) - len(folded)) > max(2, len(choice) // 5):
            continue
        matcher.set_seq1(choice)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = choice, ratio
    return best


KNOWN_REQUIREMENT_LABELS = (
    "Haridus", "Töökogemus", "Keeleoskus", "Arvutikasutamise oskus", "Arvutioskus",
    "Valmisolek lähetusteks", "Teadmised", "Isikuomadused", "Lisanõuded", "Oskused",
    "Erialased teadmised", "Juhtimiskogemus", "Kutsetunnistus", "Juhiload",
    "Muud nõuded", "Eriteadmised", "Erialane ettevalmistus", "Kvalifikatsioon",
    "Tervislik seisund", "Erialane töökogemus", "Eesti keele oskus", "Võõrkeelte oskus",
    "Teadmised ja oskused", "Ametialased teadmised",
)
REQUIREMENT_BY_FOLD = {fold(label): label for label in KNOWN_REQUIREMENT_LABELS}
KNOWN_COMPETENCIES = (
    "Kliendikesksus", "Asjatundlikkus", "Koostöövõime", "Efektiivsus", "Eestvedamine",
    "Analüüsi- ja üldistusvõime", "Korrektsus", "Abivalmidus", "Pingetaluvus",
    "Empaatiavõime", "Juhendamisoskus", "Loovus", "Suhete loomise oskus", "Meeskonnatöö",
    "Muutustega kohanemine", "Otsustusvõime", "Suhtlemisoskus", "Vastutustunne",
    "Tulemustele orienteeritus", "Usaldusväärsus", "Algatusvõime", "Kohanemisvõime",
)
COMPETENCY_BY_FOLD = {fold(name): name for name in KNOWN_COMPETENCIES}
COMPETENCIES_HEADINGS = ("tooks vajalikud kompetentsid", "vajalikud kompetentsid",
                          "kompetentsid", "tooks vajalikud kompetentsid ja isikuomadused",
                          "kompetentsinouded", "tooks vajalikud oskused")
ADDITIONAL_HEADINGS = ("taiendavad kompetentsid isikuomadused ja teadmised",
                        "taiendavad kompetentsid", "isikuomadused ja teadmised",
                        "taiendavad kompetentsid ja isikuomadused",
                        "taiendavad kompetentsid isikuomadused ja oskused",
                        "isikuomadused")
ACK_HEADINGS = ("ametijuhendiga tutvunud", "ametijuhendiga tutvusin",
                 "olen ametijuhendiga tutvunud", "tutvunud", "ametijuhendiga tutvunud ja noustun")
@cache
def heading_phrases() -> frozenset[str]:
    """Every folded heading and label a line may start with: part headings, the
    competencies' sub-headings, the acknowledgement heading, requirement and
    general-part labels. For finding a heading glued to the item after it."""
    phrases = set(_section_by_fold()) | set(_general_by_fold()) | set(REQUIREMENT_BY_FOLD)
    phrases.update(COMPETENCIES_HEADINGS, ADDITIONAL_HEADINGS, ACK_HEADINGS)
    return frozenset(phrases)


@cache
def subheading_phrases() -> frozenset[str]:
    """The competencies' sub-headings of more than one word (a one-word one such as
    ``Isikuomadused`` is as often a requirement label followed by its text)."""
    return frozenset(p for p in (*COMPETENCIES_HEADINGS, *ADDITIONAL_HEADINGS) if " " in p)


DUTY_HEADER = re.compile(
    r"^(?:nr\s+)?(?:pohi)?(?:ulesanded?|kohustused|tooulesanded|teenistusulesanded)"
    r"(?:\s+(?:oodatavad?\s+)?tulemus(?:ed)?)?$|^(?:oodatavad?\s+)?tulemus(?:ed)?$"
)
SIGNATURE_MARKER = re.compile(r"^[\(\[/]?\s*allkirjastatud\s+digitaalselt\s*[\)\]/]?$")
APPROVAL_WORD = re.compile(r"^\W*kinnitatud\b", re.IGNORECASE)
DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
DECREE = re.compile(
    r"(?:käskkirja(?:ga)?|kaskkirja(?:ga)?|korraldusega|otsusega|määrusega)\s*"
    r"(?:nr\.?|№)?\s*([\w\-/.]*\w)?", re.IGNORECASE)

#: Glyphs that mark a bullet when followed by a space (or directly by text for symbol fonts).
BULLET_GLYPHS = "•▪‣◦●○■□➢►▸✓✔·\uf0b7\uf0a7\uf0a8\uf0d8\uf0fc\uf076\uf06e\u2043\u25aa\u25cf"
BULLET = re.compile(
    r"^\s*(?:[" + BULLET_GLYPHS + r"]\s*|[-–—=*»>+]\s+|o\s+|\d{1,2}\)\s+(?=\S)(?!$))(?=\S)"
)
#: A duty's number leading its line: "3.2", "3.2.", "3.2)", OCR's "3,2." and "3.2.Teeb".
DUTY_NUMBER = re.compile(
    r"^\s*(\d{1,2})\s*(?:\.\s*(\d{1,2})\.?|,\s*(\d{1,2})\.)\)?(?:\s+|$|(?=[A-ZÕÄÖÜŠŽ]))")
#: A duty's number inside a line that OCR or copying ran together with the duty before.
DUTY_NUMBER_INSIDE = re.compile(
    r"(?<=[.;!?:])\s+(\d{1,2})\s*\.\s*(\d{1,2})\.?\)?\s+(?=[A-ZÕÄÖÜŠŽ])")
SECTION_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s+")
ROMAN_NUMBER = re.compile(r"^\s*([IVX]{1,4})\s*[.)]?\s+(?=\S)")
#: A page number line of a PDF or a pasted print-out: "2", "Lk 2 / 5", "Page 2 of 5".
PAGE_NUMBER = re.compile(r"^\s*(?:(?:lk|lehekülg|leht|page|p)\.?\s*)?\d{1,3}"
                          r"(?:\s*(?:/|of|-|\(|kokku)\s*\d{1,3}\)?)?\s*$", re.IGNORECASE)
TERMINAL = ".;!?"
#: Wording of an expected result: "… on tehtud", "… on ellu viidud", "… esitatud."
RESULT_LANGUAGE = re.compile(r"\bon\b.*\b\w+(?:tud|dud|nud)\b|\w+(?:tud|dud)\.?$",
                              re.IGNORECASE)


def roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for index, char in enumerate(text):
        value = values[char]
        total += -value if index + 1 < len(text) and values[text[index + 1]] > value else value
    return total


