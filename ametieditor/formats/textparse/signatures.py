"""The approval note and the signature blocks, found wherever they stand.

``KINNITATUD`` with the approver, date and decree number; the marker
``(allkirjastatud digitaalselt)`` followed by name and title (the approver);
``Ametijuhendiga tutvunud:`` followed by one marker and role per signer. Both
are taken out of the line flow before the sections are split.
"""

from __future__ import annotations

import re

from ametieditor.formats.import_lines import Line
from ametieditor.formats.import_vocabulary import (
    ACK_HEADINGS,
    APPROVAL_WORD,
    DATE,
    DECREE,
    DUTY_NUMBER,
    SECTION_NUMBER,
    SIGNATURE_MARKER,
    TERMINAL,
    fold,
)
from ametieditor.formats.textparse.context import ParseContext
from ametieditor.formats.textparse.sections import heading_of
from ametieditor.i18n import tr
from ametieditor.model.document import (
    DEFAULT_ACKNOWLEDGEMENT_HEADING,
    Acknowledgement,
    Approval,
    ApproverSignature,
    Signatures,
)


def take_approval(ctx: ParseContext, lines: list[Line]) -> list[Line]:
    """The lines without the approval note, which goes into ``ctx.doc.approval``."""
    index = next((i for i, line in enumerate(lines) if _is_approval_start(line)), None)
    if index is None:
        return lines
    line = lines[index]
    parts = [APPROVAL_WORD.sub("", line.text, count=1).strip(" :")]
    end = index + 1
    taken = 0
    while end < len(lines) and taken < 3:
        candidate = lines[end]
        if candidate.blank:
            end += 1
            continue
        if (candidate.cells is not None or heading_of(candidate) is not None
                or candidate.folded == "ametijuhend" or not _looks_like_approval(candidate)):
            break
        parts.append(candidate.text)
        taken += 1
        end += 1
    ctx.doc.approval = approval_from(" ".join(part for part in parts if part))
    ctx.found("approval", "KINNITATUD", 0, line.number)
    return lines[:index] + lines[end:]


def approval_from(text: str) -> Approval:
    """Approver, date and decree number from the approval note's words."""
    approval = Approval()
    if match := DATE.search(text):
        day, month, year = match.groups()
        approval.date = f"{year}-{int(month):02d}-{int(day):02d}"
        text = text[:match.start()] + " " + text[match.end():]
    if match := DECREE.search(text):
        approval.decree = (match.group(1) or "").strip()
        text = text[:match.start()] + " " + text[match.end():]
    text = re.sub(r"[._…]{3,}|_{2,}|\[[^\]]*\]", " ", text)  # blanks left to fill in
    approval.approver = " ".join(text.split()).strip(" ,")
    return approval


def _is_ack_heading(line: Line) -> bool:
    folded = line.folded
    return line.cells is None and not line.blank and folded.rstrip(":") in ACK_HEADINGS \
        and len(folded.split()) <= 5


def _is_marker(line: Line) -> bool:
    return line.cells is None and not line.blank \
        and bool(SIGNATURE_MARKER.match(line.text.strip().lower()))


class _Signatures:
    """The signature blocks as they are collected line by line."""

    def __init__(self, ctx: ParseContext) -> None:
        self.ctx = ctx
        self.signatures = Signatures()
        self.ack: Acknowledgement | None = None
        self.first_line: int | None = None

    def heading(self, line: Line) -> None:
        if self.ack is None:  # a repeated heading keeps the signers found so far
            self.ack = Acknowledgement(heading=_canonical_ack(line.text))
            self.signatures.acknowledgement = self.ack
        self.first_line = self.first_line or line.number

    def marker(self, line: Line, following: list[Line]) -> None:
        self.first_line = self.first_line or line.number
        signatures = self.signatures
        if self.ack is not None:
            self.ack.signers.append(following[0].text if following else "")
        elif signatures.approver is None:
            signatures.approver = ApproverSignature(
                name=following[0].text if following else "",
                title=following[1].text if len(following) > 1 else "")
        else:
            self.ack = Acknowledgement()
            signatures.acknowledgement = self.ack
            self.ack.signers.extend(ln.text for ln in following)
            self.ctx.guess(tr("teine allkirjamärge loeti tutvumisallkirjaks",
                              "a second signature marker was read as an acknowledgement"),
                           line)

    def finish(self) -> None:
        signatures = self.signatures
        if signatures.approver is None and signatures.acknowledgement is None:
            return
        self.ctx.doc.signatures = signatures
        count = (1 if signatures.approver else 0) + (len(self.ack.signers) if self.ack else 0)
        self.ctx.found("signatures", "", count, self.first_line)


def take_signatures(ctx: ParseContext, lines: list[Line]) -> list[Line]:
    """The lines without the signature blocks, which go into ``ctx.doc.signatures``."""
    kept: list[Line] = []
    found = _Signatures(ctx)
    index = 0
    while index < len(lines):
        line = lines[index]
        if _is_ack_heading(line):
            found.heading(line)
            index += 1
        elif _is_marker(line):
            following, index = _next_texts(lines, index + 1, 1 if found.ack else 2)
            found.marker(line, following)
        else:
            kept.append(line)
            index += 1
    found.finish()
    return kept


def _is_approval_start(line: Line) -> bool:
    """``KINNITATUD`` opening the approval note (not "Kinnitatud eelarve piires …")."""
    if line.cells is not None or line.blank or not APPROVAL_WORD.match(line.text) \
            or len(line.folded.split()) > 14:
        return False
    word = line.text.strip(" \t*_:-–").split()[0].strip(":")
    return word.isupper() or line.folded == "kinnitatud" \
        or bool(DATE.search(line.text) or DECREE.search(line.text))


def _looks_like_approval(line: Line) -> bool:
    folded = line.folded
    return bool(
        DATE.search(line.text) or DECREE.search(line.text)
        or re.search(r"(direktori|juhi|ministri|kantsleri|juhataja|juhatuse|peadirektori"
                     r"|asetaitja|kaskkir|korraldus|otsus)\b", folded)
        or re.fullmatch(r"[\s._…\-/]*(nr[\s._…]*)?", line.text.lower())
    )


def _next_texts(lines: list[Line], start: int, count: int) -> tuple[list[Line], int]:
    """Up to ``count`` text lines after ``start`` that belong to a signature."""
    taken: list[Line] = []
    index = start
    while index < len(lines) and len(taken) < count:
        line = lines[index]
        if line.blank:
            if taken and not _spaced_on(lines, index):
                break
            index += 1
            continue
        if line.cells is not None or SIGNATURE_MARKER.match(line.text.lower()) \
                or line.folded.rstrip(":") in ACK_HEADINGS or DUTY_NUMBER.match(line.raw) \
                or SECTION_NUMBER.match(line.raw):
            break
        taken.append(line)
        index += 1
    return taken, index


def _spaced_on(lines: list[Line], index: int) -> bool:
    """Whether the signature block goes on after the blank line at ``index``: double
    spaced text (a PDF's layout text) puts a blank line between name and title; the
    title is one short line without a sentence end."""
    after = next((line for line in lines[index:index + 3] if not line.blank), None)
    return after is not None and after.cells is None and not after.bullet \
        and len(after.text.split()) <= 4 and not after.text.endswith(tuple(TERMINAL + ":")) \
        and heading_of(after) is None and not after.text[:1].isdigit()


def _canonical_ack(text: str) -> str:
    if fold(text) == fold(DEFAULT_ACKNOWLEDGEMENT_HEADING):
        return DEFAULT_ACKNOWLEDGEMENT_HEADING
    return text.strip()
