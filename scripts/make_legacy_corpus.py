"""Generate the legacy corpus in tests/data/legacy/corpus/ (deterministic).

Each input re-types one of the three golden documents (tests/data/*.ametijuhend)
the way a typist, a copy from a web page, an OCR program or a PDF printer
would, and is written next to the document a perfect reader gets from it
(``<name>.expected.ametijuhend``). The variations are made by rule, per
document part, and combined; nothing is tuned to a sample's words:

* **general part**: ``label: value`` lines, alternating label and value lines,
  label rows over value rows with tabs, one ``label<TAB>value`` row per field,
  or all labels and values run together on one line (OCR of a table);
* **duties**: numbered paragraphs (task bullets and result bullets typed with
  different glyphs), a Word table saved as text (tabs), the same with a
  number column (``Nr``, ``No``, ``Jrk``, ``Nr.``), or numbered paragraphs
  run together by OCR (the next number after a sentence end, on one line);
* **requirements**: ``Label: text``, the label on a line of its own, the label
  followed by blank lines and several paragraphs, ``Label<TAB>text``, or a
  label wrapped onto two lines (a narrow PDF column);
* **copy markup**: markdown (``## 1. ÜLDOSA``, ``**Haridus**``, a sub-heading
  glued to the first group ``…kompetentsid**Kliendikesksus:**``), HTML tags
  and entities, backslash escapes;
* **OCR**: diacritics lost everywhere, letters misread (``ü`` → ``ii``,
  ``m`` → ``rn``, ``e`` → ``c`` …) in headings, labels and running text,
  words split in two; the expected document keeps the damage in the values
  (a reader cannot know the right word) and has the headings and known labels
  in their canonical spelling (the reader restores its own vocabulary);
* **wrapping**: lines wrapped at a column width, as a PDF copy gives them;
* **Word files** (python-docx, via the writer of
  ``scripts/make_legacy_fixtures.py``): tables or paragraphs, typed bullets;
* **PDF print-outs** (LibreOffice, private profile) of those Word files, and
  their text as ``pdftotext -layout`` gives it: one column for paragraphs,
  two columns side by side for tables.

Run: ``python scripts/make_legacy_corpus.py`` (``--no-pdf`` skips LibreOffice
and pdftotext). Outputs are committed; ``scripts/measure_import_accuracy.py``
measures the importer against them and tests/formats/test_legacy_corpus.py
holds the figure.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import re
import subprocess
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from make_legacy_fixtures import Writer, golden, make_pdf, save_docx  # noqa: E402

from ametieditor.formats import xml_format  # noqa: E402
from ametieditor.model.document import (  # noqa: E402
    Block,
    JobDescription,
    RichText,
)
from ametieditor.model.parts import GENERAL_FIELDS, NUMBERED_PARTS  # noqa: E402

OUT = REPO / "tests" / "data" / "legacy" / "corpus"
EXPECTED = ".expected.ametijuhend"


# --------------------------------------------------------------------------
# OCR damage, deterministic (a hash of the word and its place decides)


#: Letters OCR misreads, and what it reads instead (case kept).
_MISREAD = (("u", "ii"), ("m", "rn"), ("e", "c"), ("i", "l"), ("n", "ri"), ("h", "b"))


def _chance(key: str) -> float:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def misread(word: str) -> str:
    """``word`` with one letter misread (the first letter OCR confuses)."""
    for letter, reading in _MISREAD:
        index = word.lower().find(letter, 1)
        if 0 < index < len(word) - 1:
            reading = reading.upper() if word[index].isupper() else reading
            return word[:index] + reading + word[index + 1:]
    return word


def ocr_body(text: str) -> str:
    """Running text as OCR gives it: no diacritics, some long words misread or split."""
    words = strip_diacritics(text).split(" ")
    damaged: list[str] = []
    for index, word in enumerate(words):
        chance = _chance(f"{index}:{word}")
        if len(word) >= 8 and word.isalpha() and chance < 0.05:
            word = misread(word)
        elif len(word) >= 12 and word.isalpha() and chance > 0.97:
            word = f"{word[:len(word) // 2]} {word[len(word) // 2:]}"
        damaged.append(word)
    return " ".join(damaged)


def ocr_label(text: str) -> str:
    """A heading or label as OCR gives it: no diacritics, one long word misread
    (``ü`` read as ``ii`` where it has one: ``Struktuuriiiksus``)."""
    words = text.split(" ")
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) >= 7:
        umlaut = next((ch for ch in word if ch in "üÜ"), "")
        word = word.replace(umlaut, "ii" if umlaut == "ü" else "II", 1) if umlaut \
            else misread(strip_diacritics(word))
    words[longest] = word
    return strip_diacritics(" ".join(words))


# --------------------------------------------------------------------------
# Styles


@dataclass(frozen=True)
class Style:
    """How one typist, program or printer wrote the document down."""

    general: str = "colon"  # colon | alternating | rows | cells | run_together
    duties: str = "numbered"  # numbered | tabs | tabs_number | run_together
    requirements: str = "inline"  # inline | own_line | blank_lines | tabs | wrapped
    glyphs: str = "•"  # bullet glyphs, used in turn
    result_glyphs: str = "-"  # glyphs of result bullets in numbered duties
    markup: str = ""  # "" | markdown | html
    ocr: bool = False  # diacritics lost, letters misread
    wrap: int = 0  # wrap running text at this width (0: one line per block)
    number_title: str = "Nr"  # the number column's title (tabs_number)
    headings_numbered: bool = True


class Typist:
    """Plain text of a document in one :class:`Style`."""

    def __init__(self, doc: JobDescription, style: Style) -> None:
        self.doc = doc
        self.style = style
        self.lines: list[str] = []
        self.glyph = itertools.cycle(style.glyphs)
        self.section = 0

    # -- words ------------------------------------------------------------------

    def body(self, text: str) -> str:
        text = ocr_body(text) if self.style.ocr else text
        if self.style.markup == "html":
            text = text.replace("&", "&amp;").replace("„", "&bdquo;").replace("“", "&ldquo;")
        return text

    def label(self, text: str) -> str:
        return ocr_label(text) if self.style.ocr else text

    def known(self, text: str) -> str:
        """A word of the reader's vocabulary: OCR loses its diacritics only."""
        return strip_diacritics(text) if self.style.ocr else text

    def strong(self, text: str) -> str:
        if self.style.markup == "markdown":
            return f"**{text}**"
        if self.style.markup == "html":
            return f"<b>{text}</b>"
        return text

    # -- lines --------------------------------------------------------------------

    def emit(self, *lines: str) -> None:
        self.lines.extend(lines)

    def para(self, text: str, prefix: str = "") -> None:
        """A block's text, wrapped when the style wraps; no continuation line starts
        like a list item or a number."""
        first = f"{prefix}{text}"
        if not self.style.wrap or len(first) <= self.style.wrap:
            self.emit(first)
            return
        wrapped = textwrap.wrap(first, self.style.wrap, break_long_words=False,
                                break_on_hyphens=False)
        merged = [wrapped[0]]
        for piece in wrapped[1:]:
            if re.match(r"^(?:\d{1,2}[.)]|[^\W\d_][.)]|[-–•*=»>+o]\s)", piece):
                merged[-1] = f"{merged[-1]} {piece}"  # never a wrap that looks like an item
            else:
                merged.append(piece)
        self.emit(*merged)

    def rich(self, blocks: RichText, glyphs=None, first_prefix: str = "") -> None:
        glyphs = glyphs or self.glyph
        for index, block in enumerate(blocks):
            if self.style.wrap and index:
                self.emit("")
            prefix = first_prefix if index == 0 else ""
            if block.is_bullet and not prefix:
                self.para(self.body(block.text), f"{next(glyphs)} ")
            else:
                self.para(self.body(block.text), prefix)

    def heading(self, words: str, key: str) -> None:
        self.section += 1
        words = self.label(words) if self.style.ocr and key != "duties" else words
        text = f"{self.section}. {words}" if self.style.headings_numbered else words
        if self.style.markup == "markdown":
            text = f"## {text}"
        elif self.style.markup == "html":
            text = f"<h2>{text}</h2>"
        self.emit("", text, "")

    # -- parts --------------------------------------------------------------------

    def build(self) -> str:
        doc = self.doc
        self.approval()
        self.emit("AMETIJUHEND")
        for spec in NUMBERED_PARTS:
            part = getattr(doc, spec.key)
            if part is None:
                continue
            heading = doc.duties.heading if spec.key == "duties" else spec.heading
            self.heading(self.known(heading) if spec.key == "duties" else heading, spec.key)
            getattr(self, f"part_{spec.key}")(part)
        self.signatures()
        return "\n".join(self.lines).rstrip() + "\n"

    def approval(self) -> None:
        approval = self.doc.approval
        if approval is None:
            return
        self.emit("KINNITATUD")
        date = ""
        if approval.date:
            year, month, day = approval.date.split("-")
            date = f"{day}.{month}.{year}"
        first = " ".join(x for x in (self.body(approval.approver), date) if x)
        if first:
            self.emit(first)
        if approval.decree:
            self.emit(self.known(f"käskkirjaga nr {approval.decree}"))
        self.emit("")

    def part_general(self, general) -> None:
        fields = [(f"1.{index}", spec.label, self.body(getattr(general, spec.attribute)))
                  for index, spec in enumerate(GENERAL_FIELDS, start=1)
                  if spec.printed_when_empty or getattr(general, spec.attribute)]
        style = self.style.general
        labels = [f"{number} {self.label(label)}" for number, label, _ in fields]
        if style == "colon":
            self.emit(*(f"{label}: {value}" for label, (_, _, value) in zip(labels, fields,
                                                                           strict=True)))
        elif style == "alternating":
            for label, (_, _, value) in zip(labels, fields, strict=True):
                self.emit(label, value)
        elif style == "cells":
            self.emit(*(f"{label}\t{value}" for label, (_, _, value) in zip(labels, fields,
                                                                            strict=True)))
        elif style == "run_together":
            self.emit(" ".join(f"{label} {value}" for label, (_, _, value)
                               in zip(labels, fields, strict=True)))
        else:  # rows: the official layout, label rows over value rows
            for row in (fields[:2], fields[2:5], fields[5:]):
                if row:
                    self.emit("\t".join(f"{num} {self.label(name)}" for num, name, _ in row),
                              "\t".join(value for _, _, value in row), "")

    def part_purpose(self, blocks: RichText) -> None:
        self.rich(blocks)

    part_work_tools = part_purpose
    part_amendment = part_purpose

    def part_rights(self, part) -> None:
        if part.intro:
            self.para(self.body(part.intro))
        self.rich(part.content)

    part_responsibilities = part_rights

    def part_duties(self, duties) -> None:
        style = self.style.duties
        if style in ("tabs", "tabs_number"):
            self.duty_table(duties, numbered=style == "tabs_number")
            return
        results = itertools.cycle(self.style.result_glyphs)
        for number, duty in enumerate(duties.items, start=1):
            start = len(self.lines)
            self.rich(duty.task, first_prefix=f"{self.section}.{number}. ")
            self.rich(duty.results, results)
            if style == "run_together" and number > 1 and self.lines[start - 1][-1:] in ".;!?":
                # OCR ran the last line of the duty before and this one together.
                self.lines[start - 1:start + 1] = [f"{self.lines[start - 1]} {self.lines[start]}"]

    def duty_table(self, duties, numbered: bool) -> None:
        header = ["Põhiülesanded", "Oodatavad tulemused"]
        self.emit("\t".join([self.style.number_title, *header] if numbered else header))
        for number, duty in enumerate(duties.items, start=1):
            task = [self.cell(block) for block in duty.task]
            results = [self.cell(block) for block in duty.results]
            for row, (left, right) in enumerate(itertools.zip_longest(task, results,
                                                                       fillvalue="")):
                if row == 0:
                    left = f"{self.section}.{number}. {left}" if not numbered else left
                cells = [left, right]
                if numbered:
                    cells.insert(0, f"{self.section}.{number}" if row == 0 else "")
                self.emit("\t".join(cells))

    def cell(self, block: Block) -> str:
        text = self.body(block.text)
        return f"{next(self.glyph)} {text}" if block.is_bullet else text

    def part_requirements(self, requirements) -> None:
        for item in requirements.items:
            self.requirement(item)
        if requirements.competencies is not None:
            heading = self.known(requirements.competencies.heading)
            groups = requirements.competencies.groups
            glued = self.style.markup == "markdown" and groups
            self.emit("")
            for index, group in enumerate(groups):
                name = self.strong(f"{self.known(group.name)}:")
                if index == 0 and glued:
                    self.emit(f"{heading}{name}")  # the copy lost the line break
                else:
                    if index == 0:
                        self.emit(heading)
                    self.emit(name)
                self.rich(group.content)
                self.emit("")
            if not groups:
                self.emit(heading)
        if requirements.additional is not None:
            self.emit(self.known(requirements.additional.heading), "")
            for item in requirements.additional.items:
                text = " ".join(self.body(block.text) for block in item.content)
                self.para(f"{self.strong(self.body(item.name))}: {text}", f"{next(self.glyph)} ")
        if requirements.note:
            self.emit("")
            self.rich(requirements.note)

    def requirement(self, item) -> None:
        style = self.style.requirements
        label = self.strong(self.known(item.label))
        blocks = item.content
        if style == "inline":
            first, *rest = blocks
            self.para(self.body(first.text), f"{label}: ")
            self.rich(rest)
        elif style == "tabs":
            for index, block in enumerate(blocks):
                self.emit(f"{label if index == 0 else ''}\t{self.cell(block)}")
        elif style == "blank_lines":
            self.emit(label, "", "")
            for block in blocks:
                self.para(self.cell(block))
                self.emit("", "")
        elif style == "wrapped" and len(item.label.split()) > 1:
            head, tail = self.known(item.label).split(" ", 1)
            self.emit(head, tail)
            self.rich(blocks)
        else:  # own_line
            self.emit(label)
            self.rich(blocks)

    def signatures(self) -> None:
        signatures = self.doc.signatures
        if signatures is None:
            return
        self.emit("")
        if signatures.approver is not None:
            self.emit("(allkirjastatud digitaalselt)", self.body(signatures.approver.name),
                      self.body(signatures.approver.title), "")
        if signatures.acknowledgement is not None:
            self.emit(self.known(signatures.acknowledgement.heading))
            for signer in signatures.acknowledgement.signers:
                self.emit("", "(allkirjastatud digitaalselt)", self.body(signer))


# --------------------------------------------------------------------------
# What a perfect reader gets


def expected_for(doc: JobDescription, style: Style) -> JobDescription:
    """The golden document as a perfect reader of ``style`` gets it: the values as
    they were typed (OCR damage and all), the reader's own vocabulary restored."""
    if not style.ocr:
        return copy.deepcopy(doc)
    doc = copy.deepcopy(doc)
    _map_text(doc, ocr_body)
    return doc


def _rich(blocks: RichText | None, change: Callable[[str], str]) -> None:
    for block in blocks or []:
        block.text = change(block.text)


def _map_text(doc: JobDescription, change: Callable[[str], str]) -> None:
    """Apply ``change`` to every value a typist wrote; headings, labels and group
    names (the reader's vocabulary) stay as they are."""
    for spec in GENERAL_FIELDS:
        setattr(doc.general, spec.attribute, change(getattr(doc.general, spec.attribute)))
    if doc.approval is not None:
        doc.approval.approver = change(doc.approval.approver)
    for blocks in (doc.purpose, doc.work_tools, doc.amendment):
        _rich(blocks, change)
    for duty in doc.duties.items if doc.duties else []:
        _rich(duty.task, change)
        _rich(duty.results, change)
    for part in (doc.rights, doc.responsibilities):
        if part is not None:
            part.intro = change(part.intro) if part.intro else part.intro
            _rich(part.content, change)
    requirements = doc.requirements
    if requirements is not None:
        for item in requirements.items:
            _rich(item.content, change)
        for group in requirements.competencies.groups if requirements.competencies else []:
            _rich(group.content, change)
        for extra in requirements.additional.items if requirements.additional else []:
            extra.name = change(extra.name)
            _rich(extra.content, change)
        _rich(requirements.note, change)
    signatures = doc.signatures
    if signatures is not None and signatures.approver is not None:
        signatures.approver.name = change(signatures.approver.name)
        signatures.approver.title = change(signatures.approver.title)
    if signatures is not None and signatures.acknowledgement is not None:
        ack = signatures.acknowledgement
        ack.signers = [change(signer) for signer in ack.signers]


# --------------------------------------------------------------------------
# The corpus


#: Text variants: name -> style. Each golden document is typed in each style.
TEXT_STYLES: dict[str, Style] = {
    "typed_colon_tabs": Style(general="colon", duties="tabs", requirements="tabs",
                              glyphs="•"),
    "typed_alternating": Style(general="alternating", duties="numbered",
                               requirements="own_line", glyphs="-", result_glyphs="▪"),
    "word_as_text": Style(general="rows", duties="tabs_number", requirements="tabs",
                          glyphs="\uf0b7", number_title="Nr."),
    "blank_line_labels": Style(general="cells", duties="numbered", requirements="blank_lines",
                               glyphs="▪", result_glyphs="»"),
    "markdown_copy": Style(general="colon", duties="numbered", requirements="own_line",
                           glyphs="*", result_glyphs="-", markup="markdown"),
    "html_copy": Style(general="alternating", duties="tabs_number", requirements="inline",
                       glyphs="•", markup="html", number_title="Jrk"),
    "ocr_run_together": Style(general="run_together", duties="run_together",
                              requirements="own_line", glyphs="•", result_glyphs="o",
                              ocr=True),
    "ocr_wrapped": Style(general="alternating", duties="numbered", requirements="wrapped",
                         glyphs="»", result_glyphs="-", ocr=True, wrap=78),
    "pdf_wrapped": Style(general="colon", duties="tabs_number", requirements="wrapped",
                         glyphs="\uf0a7", wrap=70, number_title="No"),
    "unnumbered_headings": Style(general="cells", duties="numbered", requirements="inline",
                                 glyphs="–", result_glyphs="•", headings_numbered=False),
}

#: Word variants: name -> writer options (see make_legacy_fixtures.Writer).
WORD_STYLES: dict[str, dict] = {
    "word_tables": {"tables": True, "bullets": "style"},
    "word_paragraphs": {"tables": False, "bullets": "typed:»"},
}


def _write(path: Path, data: str | bytes) -> None:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    print(f"wrote {path}")


def text_corpus(out: Path) -> list[str]:
    names: list[str] = []
    for key in ("001", "002", "003"):
        doc = golden(key)
        for name, style in TEXT_STYLES.items():
            stem = f"{key}_{name}"
            _write(out / f"{stem}.txt", Typist(doc, style).build())
            _write(out / f"{stem}{EXPECTED}", xml_format.to_bytes(expected_for(doc, style)))
            names.append(f"{stem}.txt")
    return names


def word_corpus(out: Path, pdf: bool) -> list[str]:
    names: list[str] = []
    for key in ("001", "002", "003"):
        doc = golden(key)
        for name, options in WORD_STYLES.items():
            stem = f"{key}_{name}"
            save_docx(Writer(doc, **options).build(), out / f"{stem}.docx")
            _write(out / f"{stem}{EXPECTED}", xml_format.to_bytes(doc))
            names.append(f"{stem}.docx")
            if not pdf:
                continue
            make_pdf(out / f"{stem}.docx", out / f"{stem}.pdf")  # same expected document
            layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8",
                                     str(out / f"{stem}.pdf"), "-"],
                                    check=True, capture_output=True, text=True).stdout
            _write(out / f"{stem}_layout.txt", layout)
            _write(out / f"{stem}_layout{EXPECTED}", xml_format.to_bytes(doc))
            names.extend([f"{stem}.pdf", f"{stem}_layout.txt"])
    return names


def expected_path(source: Path) -> Path:
    """The expected document of a corpus input (a PDF shares its Word file's)."""
    return source.with_name(f"{source.stem}{EXPECTED}")


def inputs(folder: Path = OUT) -> list[Path]:
    """The corpus inputs, in a stable order."""
    return sorted(path for path in folder.iterdir()
                  if path.suffix in (".txt", ".docx", ".pdf"))


def main(out: Path = OUT, pdf: bool = True) -> None:
    out.mkdir(parents=True, exist_ok=True)
    text_corpus(out)
    word_corpus(out, pdf)


if __name__ == "__main__":
    main(pdf="--no-pdf" not in sys.argv)


