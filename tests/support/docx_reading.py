"""Reading exported DOCX and PDF files back in tests: texts in order, parts as XML."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from ametieditor.model.document import JobDescription, RichText

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def model_texts(doc: JobDescription) -> list[str]:
    """Every text of the model, in document order (the expected content of an export)."""
    texts: list[str] = []

    def rich(blocks: RichText | None) -> None:
        texts.extend(block.text for block in blocks or [])

    if doc.approval is not None:
        texts.extend([doc.approval.approver, _dotted(doc.approval.date), doc.approval.decree])
    general = doc.general
    texts.extend([general.title, general.unit, general.manager, general.substituted_by,
                  general.substitutes, general.employee_group])
    rich(doc.purpose)
    if doc.duties is not None:
        texts.append(doc.duties.heading)
        for duty in doc.duties.items:
            rich(duty.task)
            rich(duty.results)
    for part in (doc.rights, doc.responsibilities):
        if part is not None:
            texts.append(part.intro)
            rich(part.content)
    rich(doc.work_tools)
    if (requirements := doc.requirements) is not None:
        for requirement in requirements.items:
            texts.append(requirement.label)
            rich(requirement.content)
        if requirements.competencies is not None:
            texts.append(requirements.competencies.heading)
            for group in requirements.competencies.groups:
                texts.append(group.name)
                rich(group.content)
        if requirements.additional is not None:
            texts.append(requirements.additional.heading)
            for item in requirements.additional.items:
                texts.append(item.name)
                rich(item.content)
        rich(requirements.note)
    rich(doc.amendment)
    for extra in doc.extra_sections:
        texts.append(extra.heading)
        rich(extra.content)
    if doc.signatures is not None:
        if doc.signatures.approver is not None:
            texts.extend([doc.signatures.approver.name, doc.signatures.approver.title])
        if doc.signatures.acknowledgement is not None:
            texts.append(doc.signatures.acknowledgement.heading)
            texts.extend(doc.signatures.acknowledgement.signers)
    return [text for text in texts if text]


def _dotted(iso: str) -> str:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    return f"{match[3]}.{match[2]}.{match[1]}" if match else iso


def docx_texts(data: bytes) -> list[str]:
    """Paragraph texts of the body in document order, table cells included (python-docx)."""
    document = docx.Document(io.BytesIO(data))
    texts: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            texts.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    texts.extend(paragraph.text for paragraph in cell.paragraphs)
    return texts


def assert_in_order(expected: list[str], found: list[str]) -> None:
    """Each expected text occurs in ``found`` (joined), each after the previous one."""
    haystack = "\n".join(found)
    position = 0
    for text in expected:
        index = haystack.find(text, position)
        assert index >= 0, f"missing or out of order: {text[:80]!r}"
        position = index + len(text)


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def xml(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def words(text: str) -> Counter:
    """How often each word occurs; hyphens and punctuation split words.

    PDF text of a table comes line by line across the columns, so the PDF
    check compares words, not sentences. pdftotext joins a word broken at a
    hyphen at the end of a line ("Eesti-" + "sisesteks" → "Eestisisesteks"),
    so hyphens and the space after them are dropped on both sides.
    """
    return Counter(re.findall(r"\w+", re.sub(r"-\s*", "", text)))


def missing_words(expected: list[str], text: str) -> Counter:
    """Words of ``expected`` that ``text`` lacks (empty when every occurrence is there)."""
    return words("\n".join(expected)) - words(text)


def squeeze(text: str) -> str:
    """Text with all whitespace and soft hyphens removed (for PDF text comparison)."""
    return re.sub(r"[\s\u00ad]+", "", text)
