"""Edit an exported DOCX the way Word records a reviewer's work: tracked changes, comments.

Word keeps the run properties of the text it splits, wraps deleted runs in
``w:del`` with ``w:delText``, inserted runs in ``w:ins``, marks a deleted or an
inserted paragraph mark in ``w:pPr/w:rPr``, and anchors a comment with
``w:commentRangeStart``/``w:commentRangeEnd`` and a run holding
``w:commentReference``, the comment itself in ``word/comments.xml`` (related
from the main document, with its content type). :class:`WordReview` does the
same to a package in memory; :meth:`WordReview.package` gives the bytes.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "comments")
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
DATE = "2026-12-01T10:00:00Z"


def paragraph_text(paragraph: etree._Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(_W + "t"))


class WordReview:
    """A package being reviewed; every change carries the reviewer's name and a date."""

    def __init__(self, package: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(package)) as archive:
            self.members = {name: archive.read(name) for name in archive.namelist()}
        self.document = etree.fromstring(self.members["word/document.xml"])
        self.comments = etree.Element(_W + "comments", nsmap={"w": W})
        self.next_id = 100

    def _id(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def _change(self, tag: str, author: str) -> etree._Element:
        return etree.Element(_W + tag, {_W + "id": self._id(), _W + "author": author,
                                        _W + "date": DATE})

    def paragraph(self, starts: str) -> etree._Element:
        """The first body paragraph whose text starts with ``starts``."""
        for paragraph in self.document.iter(_W + "p"):
            if paragraph_text(paragraph).startswith(starts):
                return paragraph
        raise AssertionError(f"no paragraph starts with {starts!r}")

    def replace(self, paragraph: etree._Element, old: str, new: str, author: str) -> None:
        """Select ``old`` inside one run and type ``new`` over it."""
        for run in paragraph.iter(_W + "r"):
            text = run.find(_W + "t")
            if text is None or old not in (text.text or ""):
                continue
            before, after = (text.text or "").split(old, 1)
            pieces: list[etree._Element] = []
            if before:
                pieces.append(self._run_like(run, before))
            deleted = self._change("del", author)
            deleted_run = self._run_like(run, old)
            deleted_run.find(_W + "t").tag = _W + "delText"
            deleted.append(deleted_run)
            pieces.append(deleted)
            if new:
                inserted = self._change("ins", author)
                inserted.append(self._run_like(run, new))
                pieces.append(inserted)
            if after:
                pieces.append(self._run_like(run, after))
            for piece in reversed(pieces):
                run.addnext(piece)
            run.getparent().remove(run)
            return
        raise AssertionError(f"{old!r} is not inside one run")

    @staticmethod
    def _run_like(run: etree._Element, text: str) -> etree._Element:
        new = etree.Element(_W + "r")
        if (properties := run.find(_W + "rPr")) is not None:
            new.append(copy.deepcopy(properties))
        element = etree.SubElement(new, _W + "t")
        element.text = text
        if text[:1].isspace() or text[-1:].isspace():
            element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return new

    def _mark(self, paragraph: etree._Element, tag: str, author: str) -> None:
        properties = paragraph.find(_W + "pPr")
        if properties is None:
            properties = etree.Element(_W + "pPr")
            paragraph.insert(0, properties)
        mark = properties.find(_W + "rPr")
        if mark is None:
            mark = etree.SubElement(properties, _W + "rPr")
        mark.append(self._change(tag, author))

    def insert_after(self, paragraph: etree._Element, text: str, author: str) -> None:
        """Press Enter at the end of ``paragraph`` and type ``text`` (a new paragraph
        in the same style: Word marks the paragraph mark it inserted, which ends
        ``paragraph``)."""
        new = etree.Element(_W + "p")
        if (properties := paragraph.find(_W + "pPr")) is not None:
            new.append(copy.deepcopy(properties))
        inserted = self._change("ins", author)
        run = etree.SubElement(inserted, _W + "r")
        etree.SubElement(run, _W + "t").text = text
        new.append(inserted)
        paragraph.addnext(new)
        self._mark(paragraph, "ins", author)

    def delete(self, paragraph: etree._Element, author: str) -> None:
        """Select the whole paragraph with its mark and delete it."""
        for run in list(paragraph.iterchildren(_W + "r")):
            for text in run.iter(_W + "t"):
                text.tag = _W + "delText"
            deleted = self._change("del", author)
            run.addprevious(deleted)
            deleted.append(run)
        self._mark(paragraph, "del", author)

    def comment(self, paragraph: etree._Element, text: str, author: str,
                anchored: bool = True) -> None:
        """Comment on the whole paragraph (``anchored=False``: the anchor got lost)."""
        identifier = self._id()
        comment = etree.SubElement(self.comments, _W + "comment",
                                   {_W + "id": identifier, _W + "author": author,
                                    _W + "date": DATE, _W + "initials": author[:1]})
        for line in text.split("\n"):
            etree.SubElement(etree.SubElement(etree.SubElement(comment, _W + "p"), _W + "r"),
                             _W + "t").text = line
        if not anchored:
            return
        properties = paragraph.find(_W + "pPr")
        start = etree.Element(_W + "commentRangeStart", {_W + "id": identifier})
        if properties is not None:
            properties.addnext(start)
        else:
            paragraph.insert(0, start)
        etree.SubElement(paragraph, _W + "commentRangeEnd", {_W + "id": identifier})
        reference = etree.SubElement(paragraph, _W + "r")
        etree.SubElement(reference, _W + "commentReference", {_W + "id": identifier})

    def package(self) -> bytes:
        members = dict(self.members)
        members["word/document.xml"] = etree.tostring(self.document, xml_declaration=True,
                                                      encoding="UTF-8", standalone=True)
        if len(self.comments):
            members["word/comments.xml"] = etree.tostring(
                self.comments, xml_declaration=True, encoding="UTF-8", standalone=True)
            rels = etree.fromstring(members["word/_rels/document.xml.rels"])
            etree.SubElement(rels, f"{{{REL}}}Relationship",
                             {"Id": "rIdComments9", "Type": COMMENTS_REL,
                              "Target": "comments.xml"})
            members["word/_rels/document.xml.rels"] = etree.tostring(
                rels, xml_declaration=True, encoding="UTF-8", standalone=True)
            types = etree.fromstring(members["[Content_Types].xml"])
            etree.SubElement(types, f"{{{CT}}}Override",
                             {"PartName": "/word/comments.xml", "ContentType": COMMENTS_CT})
            members["[Content_Types].xml"] = etree.tostring(
                types, xml_declaration=True, encoding="UTF-8", standalone=True)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        return buffer.getvalue()


def review_everywhere(package: bytes, changes: int, comments: int, author: str = "Juta Jurist",
                      starts: str = "") -> bytes:
    """A reviewer who changed a word (to capitals) in ``changes`` body paragraphs and
    commented on ``comments``, spread evenly over the paragraphs that start with
    ``starts`` and have a word of five letters or more: ``package`` with that many
    tracked changes and comments."""
    review = WordReview(package)
    word = re.compile(r"[^\W\d_]{5,}")
    eligible = []
    for paragraph in review.document.iter(_W + "p"):
        if paragraph_text(paragraph).startswith(starts):
            found = next((match.group() for text in paragraph.iter(_W + "t")
                          if (match := word.search(text.text or ""))), None)
            if found is not None:
                eligible.append((paragraph, found))

    def spread(count: int) -> list[tuple[etree._Element, str]]:
        count = min(count, len(eligible))
        return [eligible[n * len(eligible) // count] for n in range(count)] if count else []

    for number, (paragraph, _found) in enumerate(spread(comments), 1):
        review.comment(paragraph, f"Märkus {number}: kas nii on õige?", author)
    for paragraph, found in spread(changes):
        review.replace(paragraph, found, found.upper(), author)
    return review.package()
