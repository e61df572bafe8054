"""The review round trip: a DOCX to send round with tracked changes on, and reading it back.

**Export for review.** :func:`review_docx` is the ordinary export (the model is
embedded in it, see :mod:`ametieditor.formats.docx_embedded`) with
``w:trackRevisions`` set in ``word/settings.xml``, so Word and LibreOffice
record every edit of the manager or the lawyer as a tracked change.

**Reading a returned file.** :func:`read_review` reads the tracked changes
(``w:ins``, ``w:del``, ``w:moveFrom``/``w:moveTo``, inserted and deleted
paragraph marks) and the comments (``word/comments.xml`` anchored by
``w:commentRangeStart`` or ``w:commentReference``) and places them in the
document that was sent, taken from the file itself. Placing works because the
layout is deterministic: the document sent is laid out again with every
text field replaced by a numbered marker (:func:`_layout`), which tells for each
paragraph of the export which fields it shows and what fixed text (a duty's
"3.1 ", a competency's ":") surrounds them. The reviewer's paragraphs, as they
were before the changes, are aligned with that layout by their text; each run
of changed paragraphs then becomes a :class:`~ametieditor.model.review.Proposal`
(a new value for a text field, or new blocks for a run of blocks of one list),
and each comment a :class:`~ametieditor.model.review.ReviewComment` on the
field or part of its paragraph. A change that cannot be placed (a changed
section heading, text edited with tracking off, an unknown paragraph) and a
comment without an anchor become import notes: nothing of the reviewer's is
dropped. No widgets here; the GUI is :mod:`ametieditor.gui.review`.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from lxml import etree

from ametieditor.formats import xml_format
from ametieditor.formats.docx_embedded import find_embedded
from ametieditor.formats.docx_export import build_docx, document_xml
from ametieditor.formats.docx_package import write_package
from ametieditor.i18n import tr
from ametieditor.io.atomic import atomic_write
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error, read_limited
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.io.safezip import open_zip, read_member
from ametieditor.model.document import Block, BlockKind, ImportNote, JobDescription
from ametieditor.model.review import Proposal, Review, ReviewComment, value_at
from ametieditor.model.texts import Location, TextPiece, iter_texts

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
SETTINGS_PART = "word/settings.xml"
DOCUMENT_PART = "word/document.xml"
COMMENTS_PART = "word/comments.xml"

#: Settings that come before w:trackRevisions in the schema's order (CT_Settings).
_BEFORE_TRACKING = frozenset((
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
    "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
    "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter",
    "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle",
    "proofState", "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
    "stylePaneSortMethod", "documentType", "mailMerge", "revisionView",
))
_INSERTED = (_W + "ins", _W + "moveTo")
_DELETED = (_W + "del", _W + "moveFrom")
_MARKER = re.compile("\ue000(\\d+)\ue001")


# --------------------------------------------------------------------------
# Export


def track_revisions(settings: bytes) -> bytes:
    """``word/settings.xml`` with ``w:trackRevisions`` on (in its schema position)."""
    root = parse_xml_bytes(settings)
    if root.find(_W + "trackRevisions") is None:
        element = etree.Element(_W + "trackRevisions")
        before = [child for child in root
                  if isinstance(child.tag, str) and etree.QName(child).localname
                  in _BEFORE_TRACKING]
        if before:
            before[-1].addnext(element)
        else:
            root.insert(0, element)
    body: bytes = etree.tostring(root, encoding="UTF-8")
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + body


def review_docx(doc: JobDescription, template: Path | None = None, author: str = "") -> bytes:
    """The DOCX to send for review: the ordinary export with change tracking on."""
    package = build_docx(doc, template, author).data
    with open_zip(package, "<export>") as archive:
        parts = {name: read_member(archive, name, "<export>") for name in archive.namelist()}
    parts[SETTINGS_PART] = track_revisions(parts[SETTINGS_PART])
    return write_package(parts)


def save_for_review(doc: JobDescription, path: Path, template: Path | None = None,
                    author: str = "") -> None:
    """Write :func:`review_docx` to ``path`` atomically."""
    data = review_docx(doc, template, author)
    try:
        atomic_write(path, data)
    except OSError as error:
        raise FormatError(path, describe_os_error(error)) from error


# --------------------------------------------------------------------------
# The reviewer's paragraphs


@dataclass
class _Paragraph:
    """One ``w:p`` of the returned file: its text before and after the changes."""

    old: str = ""
    new: str = ""
    mark: str = ""  # "", "ins" (the paragraph mark was inserted) or "del"
    bullet: bool = False
    comments: list[str] = field(default_factory=list)
    authors: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    changed: bool = False


def _read_paragraph(element: etree._Element) -> _Paragraph:
    paragraph = _Paragraph()
    properties = element.find(_W + "pPr")
    if properties is not None:
        paragraph.bullet = properties.find(_W + "numPr") is not None
        mark = properties.find(_W + "rPr")
        if mark is not None:
            for tag, kind in ((_INSERTED, "ins"), (_DELETED, "del")):
                change = next((child for child in mark if child.tag in tag), None)
                if change is not None:
                    paragraph.mark = kind
                    _note_change(paragraph, change)
    old: list[str] = []
    new: list[str] = []
    _walk(element, "", paragraph, old, new)
    paragraph.old, paragraph.new = "".join(old), "".join(new)
    return paragraph


def _note_change(paragraph: _Paragraph, change: etree._Element) -> None:
    paragraph.changed = True
    if author := change.get(_W + "author"):
        paragraph.authors.add(author)
    if date := change.get(_W + "date"):
        paragraph.dates.append(date)


def _walk(element: etree._Element, state: str, paragraph: _Paragraph,
          old: list[str], new: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in (_W + "pPr", _W + "rPr", _W + "instrText"):
            continue
        if tag in _INSERTED or tag in _DELETED:
            _note_change(paragraph, child)
            _walk(child, "ins" if tag in _INSERTED else "del", paragraph, old, new)
            continue
        text = {_W + "t": child.text or "", _W + "delText": child.text or "",
                _W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n"}.get(tag)
        if text is not None:
            if state != "ins":
                old.append(text)
            if state != "del":
                new.append(text)
        elif tag in (_W + "commentRangeStart", _W + "commentReference"):
            identifier = child.get(_W + "id", "")
            if identifier not in paragraph.comments:
                paragraph.comments.append(identifier)
        else:
            _walk(child, state, paragraph, old, new)


@dataclass
class _Group:
    """Reviewer's paragraphs that were one paragraph before (or after) the changes."""

    text: str
    members: list[int]
    bullet: bool = False
    slot: int | None = None  # index in the layout of the document sent


def _groups(paragraphs: list[_Paragraph], split_on: str, attribute: str) -> list[_Group]:
    """Join paragraphs whose mark is ``split_on``-ed away (inserted marks did not exist
    before the changes; deleted ones do not exist after them)."""
    groups: list[_Group] = []
    pending: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        pending.append(index)
        if paragraph.mark != split_on:
            text = "".join(getattr(paragraphs[i], attribute) for i in pending)
            groups.append(_Group(text, pending, paragraph.bullet))
            pending = []
    if pending:
        text = "".join(getattr(paragraphs[i], attribute) for i in pending)
        groups.append(_Group(text, pending, paragraphs[pending[-1]].bullet))
    return groups


# --------------------------------------------------------------------------
# The layout of the document sent


@dataclass(frozen=True)
class _Slot:
    """One paragraph of the layout: fixed text and field markers (piece indexes)."""

    parts: tuple[str | int, ...]

    @property
    def pieces(self) -> list[int]:
        return [part for part in self.parts if isinstance(part, int)]

    def text(self, pieces: list[TextPiece]) -> str:
        return "".join(pieces[part].text if isinstance(part, int) else part
                       for part in self.parts)

    def match(self, text: str) -> list[str] | None:
        """The field values in ``text`` laid out like this slot, or None."""
        pattern = "".join("(.*)" if isinstance(part, int) else re.escape(part)
                          for part in self.parts)
        found = re.fullmatch(pattern, text, re.DOTALL)
        return list(found.groups()) if found else None


def _set_at(doc: JobDescription, location: Location, value: str) -> None:
    parent = value_at(doc, location[:-1])
    last = location[-1]
    if isinstance(last, int):
        item = parent[last]
        parent[last] = Block(item.kind, value) if isinstance(item, Block) else value
    else:
        setattr(parent, last, value)


def _layout(base: JobDescription) -> tuple[list[TextPiece], list[_Slot]]:
    """The fields of ``base`` and, for each paragraph of its export, which it shows."""
    pieces = list(iter_texts(base))
    marked = base.clone()
    for number, piece in enumerate(pieces):
        if piece.text:
            _set_at(marked, piece.location, f"\ue000{number}\ue001")
    root = parse_xml_bytes(document_xml(marked))
    slots = []
    for element in root.iter(_W + "p"):
        text = _read_paragraph(element).old
        parts: list[str | int] = []
        position = 0
        for found in _MARKER.finditer(text):
            if found.start() > position:
                parts.append(text[position:found.start()])
            parts.append(int(found[1]))
            position = found.end()
        if position < len(text):
            parts.append(text[position:])
        slots.append(_Slot(tuple(parts)))
    return pieces, slots


# --------------------------------------------------------------------------
# Reading


def read_review(path: str | Path, current: JobDescription) -> Review:
    """The proposals and comments of a returned review file, placed in the document sent.

    The document sent is the one embedded in the file; a file without it (saved
    through a program that dropped it) is placed against ``current``.
    """
    data = read_limited(path)
    archive = open_zip(data, path)
    names = set(archive.namelist())
    if DOCUMENT_PART not in names:
        raise FormatError(path, tr("see ei ole Wordi dokument (word/document.xml puudub)",
                                   "this is not a Word document (word/document.xml is missing)"))
    embedded = find_embedded(archive, path)
    base = xml_format.from_bytes(embedded, path) if embedded is not None else current.clone()
    document = _parse(archive, DOCUMENT_PART, path)
    comments = (_read_comments(_parse(archive, COMMENTS_PART, path))
                if COMMENTS_PART in names else {})
    return _Reader(Path(path).name, base, document, comments).review


def _parse(archive: zipfile.ZipFile, name: str, source: str | Path) -> etree._Element:
    try:
        return parse_xml_bytes(read_member(archive, name, source))
    except UnsafeXmlError as error:
        raise FormatError(source, str(error)) from None
    except etree.XMLSyntaxError as error:
        raise FormatError(source, tr("{part} on vigane: {detail}", "{part} is damaged: {detail}",
                                     part=name, detail=error.msg)) from None


def _read_comments(root: etree._Element) -> dict[str, tuple[str, str, str]]:
    """Comment id → (author, date, text, one line a paragraph)."""
    comments = {}
    for comment in root.iter(_W + "comment"):
        lines = ["".join(t.text or "" for t in p.iter(_W + "t")) for p in comment.iter(_W + "p")]
        comments[comment.get(_W + "id", "")] = (comment.get(_W + "author", ""),
                                                comment.get(_W + "date", ""),
                                                "\n".join(lines).strip())
    return comments


class _Reader:
    """Places the changes and comments of one returned file (see the module docstring)."""

    def __init__(self, source: str, base: JobDescription, document: etree._Element,
                 comments: dict[str, tuple[str, str, str]]) -> None:
        self.review = Review(source, base)
        self.base = base
        self.pieces, self.slots = _layout(base)
        body = document.find(_W + "body")
        elements = list(body.iter(_W + "p")) if body is not None else []
        self.paragraphs = [_read_paragraph(element) for element in elements]
        self.old_groups = _groups(self.paragraphs, "ins", "old")
        self.group_of = {member: group for group in self.old_groups for member in group.members}
        self._align()
        self._place_changes()
        self._place_comments(comments)

    def _align(self) -> None:
        expected = [slot.text(self.pieces) for slot in self.slots]
        matcher = SequenceMatcher(None, [group.text for group in self.old_groups], expected,
                                  autojunk=False)
        matched: set[int] = set()
        for block in matcher.get_matching_blocks():
            for offset in range(block.size):
                self.old_groups[block.a + offset].slot = block.b + offset
                matched.add(block.b + offset)
        for group in self.old_groups:
            untracked = not any(self.paragraphs[i].changed for i in group.members)
            if group.slot is None and group.text.strip() and untracked:
                self._unplaced(tr("Tekst, mida saadetud dokumendis ei olnud: {text}",
                                  "Text that was not in the document sent: {text}",
                                  text=group.text), [])
        for index, text in enumerate(expected):
            if index not in matched and text.strip():
                self._unplaced(tr("Ülevaadatud failist puudub (kustutatud muudatusi "
                                  "jälgimata?): {text}",
                                  "Missing from the reviewed file (deleted without tracking?): "
                                  "{text}", text=text), [])

    # -- changes -------------------------------------------------------------

    def _place_changes(self) -> None:
        members: list[int] = []
        for index, paragraph in enumerate(self.paragraphs):
            members.append(index)
            if not paragraph.mark:
                self._segment(members)
                members = []
        if members:
            self._segment(members)

    def _segment(self, members: list[int]) -> None:
        paragraphs = [self.paragraphs[i] for i in members]
        if not any(paragraph.changed for paragraph in paragraphs):
            return
        olds = list({id(self.group_of[i]): self.group_of[i] for i in members}.values())
        news = _groups(paragraphs, "del", "new")
        old_texts, new_texts = [g.text for g in olds], [g.text for g in news]
        if old_texts == new_texts:
            return  # formatting only
        first = 0
        while first < min(len(olds), len(news)) and old_texts[first] == new_texts[first]:
            first += 1
        last = 0
        while (last < min(len(olds), len(news)) - first
               and old_texts[-1 - last] == new_texts[-1 - last]):
            last += 1
        changed_old, changed_new = olds[first:len(olds) - last], news[first:len(news) - last]
        before = olds[first - 1] if first else None
        after = olds[len(olds) - last] if last else None
        authors = sorted(set().union(*(paragraph.authors for paragraph in paragraphs)))
        date = max((d for paragraph in paragraphs for d in paragraph.dates), default="")
        proposals = self._propose(changed_old, changed_new, before, after)
        if proposals is None:
            self._unplaced(tr("Enne: {old}\nPärast: {new}", "Before: {old}\nAfter: {new}",
                              old="\n".join(g.text for g in changed_old) or "—",
                              new="\n".join(g.text for g in changed_new) or "—"), authors)
            return
        for proposal in proposals:
            self.review.proposals.append(Proposal(
                proposal.part, proposal.path, proposal.old, proposal.new, proposal.start,
                tuple(authors), date))

    def _propose(self, olds: list[_Group], news: list[_Group], before: _Group | None,
                 after: _Group | None) -> list[Proposal] | None:
        if any(group.slot is None for group in olds):
            return None
        if len(olds) == 1 and len(news) == 1:
            within = self._within_paragraph(olds[0], news[0])
            if within is not None:
                return within
        return self._blocks(olds, news, before, after)

    def _is_block(self, location: Location) -> bool:
        return isinstance(location[-1], int) and isinstance(value_at(self.base, location), Block)

    def _within_paragraph(self, old: _Group, new: _Group) -> list[Proposal] | None:
        assert old.slot is not None
        slot = self.slots[old.slot]
        values = slot.match(new.text)
        if values is None or not slot.pieces:
            return None
        proposals = []
        for number, value in zip(slot.pieces, values, strict=True):
            piece = self.pieces[number]
            if value == piece.text:
                continue
            location = piece.location
            if self._is_block(location):
                block: Block = value_at(self.base, location)
                index = location[-1]
                assert isinstance(index, int)
                proposals.append(Proposal(piece.part, location[:-1], (block,),
                                          (Block(block.kind, value),), index))
            else:
                proposals.append(Proposal(piece.part, location, piece.text, value))
        return proposals

    def _block_location(self, group: _Group) -> Location | None:
        """The block a paragraph shows when it shows exactly one block, else None."""
        if group.slot is None:
            return None
        tokens = self.slots[group.slot].pieces
        if len(tokens) != 1:
            return None
        location = self.pieces[tokens[0]].location
        return location if self._is_block(location) else None

    def _blocks(self, olds: list[_Group], news: list[_Group], before: _Group | None,
                after: _Group | None) -> list[Proposal] | None:
        new_blocks = [Block(BlockKind.BULLET if g.bullet else BlockKind.PARAGRAPH, g.text)
                      for g in news]
        if olds:
            # the fixed text before the first block ("3.1 ") is the layout's, not the text's
            prefix = self._fixed_prefix(olds[0])
            if prefix and new_blocks:
                if not new_blocks[0].text.startswith(prefix):
                    return None  # the number itself was changed: nothing in the model to change
                new_blocks[0] = Block(new_blocks[0].kind, new_blocks[0].text[len(prefix):])
        else:  # paragraphs inserted: replace the one beside them with it and them
            anchor = before if before is not None and self._block_location(before) else after
            if anchor is None or (location := self._block_location(anchor)) is None:
                return None
            block = value_at(self.base, location)
            new_blocks = [block, *new_blocks] if anchor is before else [*new_blocks, block]
            olds = [anchor]
        locations = [self._block_location(group) for group in olds]
        if any(location is None for location in locations):
            return None
        paths = {location[:-1] for location in locations if location is not None}
        indexes = [int(location[-1]) for location in locations if location is not None]
        if len(paths) != 1 or indexes != list(range(indexes[0], indexes[0] + len(indexes))):
            return None
        path = paths.pop()
        old_blocks = tuple(value_at(self.base, (*path, index)) for index in indexes)
        first = locations[0]
        assert first is not None
        part = next(piece.part for piece in self.pieces if piece.location == first)
        return [Proposal(part, path, old_blocks, tuple(new_blocks), indexes[0])]

    def _fixed_prefix(self, group: _Group) -> str:
        assert group.slot is not None
        first = self.slots[group.slot].parts[0] if self.slots[group.slot].parts else ""
        return first if isinstance(first, str) else ""

    # -- comments and notes ------------------------------------------------------

    def _place_comments(self, comments: dict[str, tuple[str, str, str]]) -> None:
        anchors: dict[str, int] = {}
        for index, paragraph in enumerate(self.paragraphs):
            for identifier in paragraph.comments:
                anchors.setdefault(identifier, index)
        for identifier, (author, date, text) in comments.items():
            anchor = anchors.get(identifier)
            group = self.group_of.get(anchor) if anchor is not None else None
            if group is None or group.slot is None:
                quoted = group.text if group is not None else ""
                self._unplaced(tr("Kommentaar: {text}", "Comment: {text}", text=text)
                               + (f"\n({quoted})" if quoted else ""), [author])
                continue
            part, location = self._part_of(group.slot)
            self.review.comments.append(ReviewComment(author, date, text, part, location,
                                                      " ".join(group.text.split())))

    def _part_of(self, slot_index: int) -> tuple[str, Location]:
        """The field a paragraph shows, or for a heading the part that follows it."""
        tokens = self.slots[slot_index].pieces
        if tokens:
            piece = self.pieces[tokens[0]]
            return piece.part, piece.location
        heading = self.slots[slot_index].text(self.pieces).strip()
        for slot in self.slots[slot_index + 1:]:
            if slot.pieces:
                piece = self.pieces[slot.pieces[0]]
                return heading or piece.part, piece.location[:1]
        return heading, ()

    def _unplaced(self, text: str, authors: list[str]) -> None:
        who = ", ".join(author for author in authors if author)
        source = (tr("ülevaatus ({who}, {file})", "review ({who}, {file})", who=who,
                     file=self.review.source) if who else
                  tr("ülevaatus ({file})", "review ({file})", file=self.review.source))
        self.review.unplaced.append(ImportNote(text, source))
