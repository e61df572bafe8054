"""Property: importing never loses a word and never raises, however the text is mangled.

Inputs are the three real samples, mutated the way last year's files differ:
lines shuffled, dropped or duplicated, diacritics stripped (OCR), bullets
swapped for other glyphs, section and duty numbers removed, junk lines
inserted. For every input, every word of the text is in the imported document
(any field, heading, label or name) or in its import notes, at least as often
as in the input.

**The exception rule.** Words the importer recognises as structure and does
not store are not counted: the words of the section headings and their
variants, the general-part labels, the duty table's header row, the approval
and title words (KINNITATUD, AMETIJUHEND, käskkirjaga, nr), the signature
marker and the acknowledgement heading, HTML list markup (``ul``, ``li``,
``style`` …), numbers (section, duty and list numbers; dates are stored in
ISO form) and single letters (stray OCR marks and the ``o`` bullet). Words are
compared without diacritics, because the importer restores the canonical
spelling of headings and known labels.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from enum import Enum

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ametieditor.formats.import_vocabulary import (
    ACK_HEADINGS,
    ADDITIONAL_HEADINGS,
    COMPETENCIES_HEADINGS,
    general_labels,
    section_headings,
)
from ametieditor.formats.textparse import SourceLine, parse_lines, parse_text
from ametieditor.model.document import JobDescription
from tests.conftest import DATA

SAMPLES = [path.read_text(encoding="utf-8") for path in sorted((DATA / "samples").glob("*.txt"))]


def _strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", _strip(text))


def _vocabulary() -> set[str]:
    words: set[str] = set()
    for _, variants in section_headings().values():
        for variant in variants:
            words.update(tokens(variant))
    for variants in general_labels().values():
        for variant in variants:
            words.update(tokens(variant))
    for phrase in (*ACK_HEADINGS, *COMPETENCIES_HEADINGS, *ADDITIONAL_HEADINGS):
        words.update(tokens(phrase))
    words.update(tokens(
        "kinnitatud ametijuhend käskkirjaga nr allkirjastatud digitaalselt põhiülesanded "
        "põhiülesanne ülesanded kohustused oodatavad oodatav tulemused tulemus "
        "ul ol li br p style list style type none"))
    return words


#: Words the importer may consume as structure (see the module docstring).
STRUCTURE = _vocabulary()


def counted(text: str) -> Counter[str]:
    return Counter(word for word in tokens(text)
                   if word not in STRUCTURE and not word.isdigit() and len(word) > 1)


def document_text(doc: JobDescription) -> str:
    parts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, Enum):
            return
        if isinstance(value, str):
            parts.append(value)
        elif dataclasses.is_dataclass(value):
            for item in dataclasses.fields(value):
                walk(getattr(value, item.name))
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(doc)
    return "\n".join(parts)


def assert_no_word_lost(text: str, lines: list[SourceLine] | None = None) -> None:
    doc, report = parse_text(text) if lines is None else parse_lines(lines, "docx")
    assert doc.import_notes == report.notes
    missing = counted(text) - counted(document_text(doc))
    assert not missing, f"words lost: {dict(missing)}"


# --------------------------------------------------------------------------
# Mutations

GLYPHS = ["•", "▪", "-", "=", "*", "»", "\uf0b7", "o", "–", "\uf0a7"]
_BULLET_AT_START = re.compile(r"^(\s*)(?:[•▪\uf0b7\uf0a7»*=]|-(?=\s))\s*")


def strip_diacritics(lines: list[str]) -> list[str]:
    return [unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", line) if not unicodedata.combining(ch)))
        for line in lines]


def remove_numbers(lines: list[str]) -> list[str]:
    return [re.sub(r"^(\s*)\d+(?:\.\d+)*\.?\s+", r"\1", line) for line in lines]


junk_words = st.lists(
    st.text(alphabet="abdefghijklmnoprstuvõäöüšžABEKLMPRSTÕÄÖÜ", min_size=2, max_size=9),
    min_size=1, max_size=6)
junk_line = st.builds(
    lambda words, prefix, suffix: f"{prefix}{' '.join(words)}{suffix}",
    junk_words,
    st.sampled_from(["", "", "• ", "- ", "  ", "3.9 ", "9. ", "| ", "\t", "**"]),
    st.sampled_from(["", "", ":", ".", ";", "\t", " sh:"]),
)


@st.composite
def mutated_sample(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(SAMPLES)).splitlines()
    operations = draw(st.lists(st.sampled_from(
        ["shuffle", "drop", "duplicate", "diacritics", "bullets", "numbers", "junk"]),
        min_size=1, max_size=4))
    for operation in operations:
        if not lines:
            break
        if operation == "shuffle":
            start = draw(st.integers(0, len(lines) - 1))
            end = min(len(lines), start + draw(st.integers(2, 30)))
            window = lines[start:end]
            lines[start:end] = draw(st.permutations(window))
        elif operation == "drop":
            for _ in range(draw(st.integers(1, 10))):
                if lines:
                    del lines[draw(st.integers(0, len(lines) - 1))]
        elif operation == "duplicate":
            for _ in range(draw(st.integers(1, 10))):
                index = draw(st.integers(0, len(lines) - 1))
                lines.insert(index, lines[index])
        elif operation == "diacritics":
            lines = strip_diacritics(lines)
        elif operation == "bullets":
            glyph = draw(st.sampled_from(GLYPHS))
            lines = [_BULLET_AT_START.sub(rf"\g<1>{glyph} ", line) for line in lines]
        elif operation == "numbers":
            lines = remove_numbers(lines)
        else:
            for _ in range(draw(st.integers(1, 8))):
                lines.insert(draw(st.integers(0, len(lines))), draw(junk_line))
    return "\n".join(lines)


def test_the_samples_lose_no_word() -> None:
    for text in SAMPLES:
        assert_no_word_lost(text)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_sample())
def test_mutated_samples_lose_no_word_and_never_raise(text: str) -> None:
    assert_no_word_lost(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(junk_line, max_size=40))
def test_arbitrary_lines_lose_no_word(lines: list[str]) -> None:
    assert_no_word_lost("\n".join(lines))


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_sample(), st.randoms(use_true_random=False))
def test_mutated_samples_as_word_paragraphs_and_rows_lose_no_word(text: str, rnd) -> None:
    """The DOCX path: every line a whole paragraph, some lines table rows of cells."""
    lines: list[SourceLine] = []
    for number, line in enumerate(text.splitlines(), start=1):
        words = line.split()
        if len(words) >= 2 and rnd.random() < 0.2:
            cut = rnd.randrange(1, len(words))
            cells = [[" ".join(words[:cut])], [" ".join(words[cut:])]]
            lines.append(SourceLine("\t".join(c[0] for c in cells), number, cells, hard=True))
        else:
            lines.append(SourceLine(line, number, hard=True))
    assert_no_word_lost(text, lines)


# --------------------------------------------------------------------------
# A duties table laid out in two columns side by side (pdftotext -layout)

layout_word = st.text(alphabet="abdeghijklmnoprstuvõäöüšž", min_size=2, max_size=12)


@st.composite
def laid_out_duties(draw: st.DrawFn) -> str:
    """A duties section whose task and result columns share each line, at a gutter that
    may move from page to page, with lines that run into the gutter and junk lines."""
    lines = ["3. TEENISTUSKOHUSTUSED"]
    gutter = draw(st.integers(25, 60))
    indent = draw(st.integers(0, 4))
    for number in range(1, draw(st.integers(2, 6)) + 1):
        if draw(st.booleans()):  # a page break: header row, a new gutter
            gutter = draw(st.integers(25, 60))
            indent = draw(st.integers(0, 4))
            lines += ["", "", " " * indent + "Põhiülesanded".ljust(gutter - indent)
                      + "Oodatavad tulemused"]
        left = [f"3.{number} " + " ".join(draw(st.lists(layout_word, min_size=1, max_size=5)))]
        left += [draw(st.sampled_from(["", "• "])) + " ".join(draw(
            st.lists(layout_word, min_size=1, max_size=4))) for _ in range(draw(st.integers(0, 4)))]
        right = [draw(st.sampled_from(["", "• ", "•    "])) + " ".join(draw(
            st.lists(layout_word, min_size=1, max_size=4))) for _ in range(draw(st.integers(0, 5)))]
        for index in range(max(len(left), len(right))):
            task = left[index] if index < len(left) else ""
            result = right[index] if index < len(right) else ""
            jitter = draw(st.sampled_from([0, 0, 0, 0, 1, -1, -3]))
            pad = max(1, gutter - indent - len(task) + jitter)
            lines.append((" " * indent + task + " " * pad + result).rstrip())
    for _ in range(draw(st.integers(0, 3))):
        lines.insert(draw(st.integers(1, len(lines))), draw(junk_line))
    return "\n".join(lines)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(laid_out_duties())
def test_laid_out_duties_lose_no_word_and_never_raise(text: str) -> None:
    assert_no_word_lost(text)
