"""Scoring texts against each other: normalised words, word-level differences, similarity."""

from __future__ import annotations

import difflib
import re
from enum import StrEnum

from ametieditor.model.document import RichText

BULLET_PREFIX = "• "

#: Minimum similarity (0…1) for two duties to count as the same duty.
DUTY_MATCH_THRESHOLD = 0.5


class Op(StrEnum):
    """One step of a word-level difference."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


#: A run of text and what happened to it: ``(Op.DELETE, "heaolu")``.
Segment = tuple[Op, str]


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_NON_WORD = re.compile(r"[\W_]+")


def normalise_words(text: str) -> list[str]:
    """The words of ``text`` without case, punctuation or spacing differences."""
    return _NON_WORD.sub(" ", text.casefold()).split()


def rich_to_text(blocks: RichText | None) -> str:
    """Rich text as lines; bullet items start with ``• ``."""
    if not blocks:
        return ""
    return "\n".join((BULLET_PREFIX if block.is_bullet else "") + block.text for block in blocks)


def word_diff(old: str, new: str) -> list[Segment]:
    """Word-level difference: equal, deleted and inserted runs, in reading order.

    Texts are split into words, punctuation marks and whitespace runs; a
    replaced run gives a deletion followed by an insertion. Adjacent runs of
    the same kind are merged.
    """
    if old == new:
        return [(Op.EQUAL, old)] if old else []
    a = _TOKEN.findall(old)
    b = _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    segments: list[Segment] = []

    def emit(op: Op, text: str) -> None:
        if not text:
            return
        if segments and segments[-1][0] is op:
            segments[-1] = (op, segments[-1][1] + text)
        else:
            segments.append((op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            emit(Op.EQUAL, "".join(a[i1:i2]))
        else:
            emit(Op.DELETE, "".join(a[i1:i2]))
            emit(Op.INSERT, "".join(b[j1:j2]))
    return _tidy(segments)


def _tidy(segments: list[Segment]) -> list[Segment]:
    """Join replacements separated by a single space into one, so changes read as phrases.

    ``[-a-]{+x+} [-b-]{+y+}`` becomes ``[-a b-]{+x y+}``; the space belongs to
    both sides, so both texts can still be rebuilt from the segments.
    """
    groups: list[list[Segment]] = []  # alternating runs: equal, or a group of changes
    for segment in segments:
        if groups and (groups[-1][0][0] is Op.EQUAL) == (segment[0] is Op.EQUAL):
            groups[-1].append(segment)
        else:
            groups.append([segment])

    def is_replacement(group: list[Segment]) -> bool:
        return {op for op, _ in group} == {Op.DELETE, Op.INSERT}

    merged: list[list[Segment]] = []
    index = 0
    while index < len(groups):
        group = groups[index]
        lone_space = (group[0][0] is Op.EQUAL and len(group) == 1
                      and group[0][1] == " " and merged and index + 1 < len(groups)
                      and is_replacement(merged[-1]) and is_replacement(groups[index + 1]))
        if lone_space:
            previous, following = merged.pop(), groups[index + 1]
            deleted = "".join(t for o, t in previous if o is Op.DELETE) + " " + "".join(
                t for o, t in following if o is Op.DELETE)
            inserted = "".join(t for o, t in previous if o is Op.INSERT) + " " + "".join(
                t for o, t in following if o is Op.INSERT)
            merged.append([(Op.DELETE, deleted), (Op.INSERT, inserted)])
            index += 2
            continue
        merged.append(group)
        index += 1
    return [segment for group in merged for segment in group]


def similarity(old: str, new: str) -> float:
    """0…1: how alike two texts are, over their normalised words."""
    a, b = normalise_words(old), normalise_words(new)
    if not a and not b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < DUTY_MATCH_THRESHOLD:
        return 0.0  # cannot reach the threshold: skip the costly ratio()
    if matcher.quick_ratio() < DUTY_MATCH_THRESHOLD:
        return 0.0
    return matcher.ratio()


