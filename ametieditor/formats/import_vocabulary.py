"""The words and patterns the importers recognise: headings, labels, bullets, numbers.

Shared by :mod:`ametieditor.formats.import_lines` and
:mod:`ametieditor.formats.import_parser`. Headings and labels are compared
:func:`fold`-ed (lowercase, no diacritics), so OCR text that lost its
diacritics (``ULDOSA``, ``OIGUSED``) matches, and the canonical spelling is
restored from these tables.
"""

from __future__ import annotations

import re

from ametieditor.model.folding import fold_diacritics
from ametieditor.model.parts import GENERAL_FIELDS, NUMBERED_PARTS


def fold(text: str) -> str:
    """Lowercase, without diacritics, punctuation collapsed: for comparing words."""
    return " ".join(re.findall(r"[a-z0-9]+", fold_diacritics(text)))


#: Section key -> (canonical heading, variants), from the model's part table.
#: Variants are compared folded.
SECTION_HEADINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    spec.key: (spec.heading, (spec.heading, *spec.import_headings)) for spec in NUMBERED_PARTS
}
_SECTION_BY_FOLD: dict[str, tuple[str, str]] = {
    fold(variant): (key, variant)
    for key, (_, variants) in SECTION_HEADINGS.items()
    for variant in variants
}
#: Duty headings keep the word the file used (restored to its diacritics).
_DUTY_HEADINGS = {
    "teenistuskohustused": "TEENISTUSKOHUSTUSED",
    "teenistusulesanded": "TEENISTUSÜLESANDED",
    "pohikohustused": "PÕHIKOHUSTUSED",
    "toouulesanded": "TÖÖÜLESANDED",
    "tooulesanded": "TÖÖÜLESANDED",
}


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
    known = _SECTION_BY_FOLD.get(folded, (None, None))[1] \
        or _DUTY_HEADINGS.get(folded.replace(" ", ""))
    if known is None or len(known) != len(text):
        return text
    restored = []
    for have, mark in zip(text, known, strict=True):
        if fold_diacritics(mark) != fold_diacritics(have):
            return text
        restored.append(mark.upper() if have.isupper() else mark.lower())
    return "".join(restored)


SECTION_ORDER = tuple(spec.key for spec in NUMBERED_PARTS)

#: General-part field -> folded label variants (numbers stripped before comparing).
GENERAL_LABELS: dict[str, tuple[str, ...]] = {
    spec.attribute: (spec.label.lower(), *spec.import_labels)
    for spec in GENERAL_FIELDS
}
_GENERAL_LABEL_RE = re.compile(
    r"(?:(?<=\s)|^)(?:1\s*\.\s*\d\.?\s*)?("
    + "|".join(sorted({re.escape(fold(v)) for vs in GENERAL_LABELS.values() for v in vs},
                      key=len, reverse=True))
    + r")\b"
)
_GENERAL_BY_FOLD = {fold(v): key for key, vs in GENERAL_LABELS.items() for v in vs}

KNOWN_REQUIREMENT_LABELS = (
    "Haridus", "Töökogemus", "Keeleoskus", "Arvutikasutamise oskus", "Arvutioskus",
    "Valmisolek lähetusteks", "Teadmised", "Isikuomadused", "Lisanõuded", "Oskused",
    "Erialased teadmised", "Juhtimiskogemus", "Kutsetunnistus", "Juhiload",
    "Muud nõuded", "Eriteadmised", "Erialane ettevalmistus", "Kvalifikatsioon",
    "Tervislik seisund", "Erialane töökogemus", "Eesti keele oskus", "Võõrkeelte oskus",
    "Teadmised ja oskused", "Ametialased teadmised",
)
_REQUIREMENT_BY_FOLD = {fold(label): label for label in KNOWN_REQUIREMENT_LABELS}
KNOWN_COMPETENCIES = (
    "Kliendikesksus", "Asjatundlikkus", "Koostöövõime", "Efektiivsus", "Eestvedamine",
    "Analüüsi- ja üldistusvõime", "Korrektsus", "Abivalmidus", "Pingetaluvus",
    "Empaatiavõime", "Juhendamisoskus", "Loovus", "Suhete loomise oskus", "Meeskonnatöö",
    "Muutustega kohanemine", "Otsustusvõime", "Suhtlemisoskus", "Vastutustunne",
    "Tulemustele orienteeritus", "Usaldusväärsus", "Algatusvõime", "Kohanemisvõime",
)
_COMPETENCY_BY_FOLD = {fold(name): name for name in KNOWN_COMPETENCIES}
_COMPETENCIES_HEADINGS = ("tooks vajalikud kompetentsid", "vajalikud kompetentsid",
                          "kompetentsid", "tooks vajalikud kompetentsid ja isikuomadused",
                          "kompetentsinouded", "tooks vajalikud oskused")
_ADDITIONAL_HEADINGS = ("taiendavad kompetentsid isikuomadused ja teadmised",
                        "taiendavad kompetentsid", "isikuomadused ja teadmised",
                        "taiendavad kompetentsid ja isikuomadused",
                        "taiendavad kompetentsid isikuomadused ja oskused",
                        "isikuomadused")
_ACK_HEADINGS = ("ametijuhendiga tutvunud", "ametijuhendiga tutvusin",
                 "olen ametijuhendiga tutvunud", "tutvunud", "ametijuhendiga tutvunud ja noustun")
_DUTY_HEADER = re.compile(
    r"^(?:nr\s+)?(?:pohi)?(?:ulesanded?|kohustused|tooulesanded|teenistusulesanded)"
    r"(?:\s+(?:oodatavad?\s+)?tulemus(?:ed)?)?$|^(?:oodatavad?\s+)?tulemus(?:ed)?$"
)
_SIGNATURE_MARKER = re.compile(r"^[\(\[/]?\s*allkirjastatud\s+digitaalselt\s*[\)\]/]?$")
_APPROVAL_WORD = re.compile(r"^\W*kinnitatud\b", re.IGNORECASE)
_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_DECREE = re.compile(
    r"(?:käskkirja(?:ga)?|kaskkirja(?:ga)?|korraldusega|otsusega|määrusega)\s*"
    r"(?:nr\.?|№)?\s*([\w\-/.]*\w)?", re.IGNORECASE)

#: Glyphs that mark a bullet when followed by a space (or directly by text for symbol fonts).
BULLET_GLYPHS = "•▪‣◦●○■□➢►▸✓✔·\uf0b7\uf0a7\uf0a8\uf0d8\uf0fc\uf076\uf06e\u2043\u25aa\u25cf"
_BULLET = re.compile(
    r"^\s*(?:[" + BULLET_GLYPHS + r"]\s*|[-–—=*»>+]\s+|o\s+|\d{1,2}\)\s+(?=\S)(?!$))(?=\S)"
)
_DUTY_NUMBER = re.compile(r"^\s*(\d{1,2})\s*\.\s*(\d{1,2})\.?\)?(?:\s+|$)")
_SECTION_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s+")
_ROMAN_NUMBER = re.compile(r"^\s*([IVX]{1,4})\s*[.)]?\s+(?=\S)")
#: A page number line of a PDF or a pasted print-out: "2", "Lk 2 / 5", "Page 2 of 5".
_PAGE_NUMBER = re.compile(r"^\s*(?:(?:lk|lehekülg|leht|page|p)\.?\s*)?\d{1,3}"
                          r"(?:\s*(?:/|of|-|\(|kokku)\s*\d{1,3}\)?)?\s*$", re.IGNORECASE)
_TERMINAL = ".;!?"
#: Wording of an expected result: "… on tehtud", "… on ellu viidud", "… esitatud."
_RESULT_LANGUAGE = re.compile(r"\bon\b.*\b\w+(?:tud|dud|nud)\b|\w+(?:tud|dud)\.?$",
                              re.IGNORECASE)


def _roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for index, char in enumerate(text):
        value = values[char]
        total += -value if index + 1 < len(text) and values[text[index + 1]] > value else value
    return total


