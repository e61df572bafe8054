"""A comparison as text: inline word differences and the one-line-per-change summary."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ametieditor.i18n import tr
from ametieditor.model.compare.entries import ChangeKind, Comparison, TextChange
from ametieditor.model.compare.words import Op, Segment

CONTEXT_WORDS = 6


def inline_diff(segments: Sequence[Segment], context_words: int | None = CONTEXT_WORDS) -> str:
    """Segments as one text with ``[-deleted-]`` and ``{+inserted+}`` marks.

    Long unchanged runs are shortened to ``context_words`` words on each side
    of a change (``None`` keeps everything).
    """
    parts: list[str] = []
    for index, (op, text) in enumerate(segments):
        if op is Op.DELETE:
            parts.append(f"[-{text}-]")
        elif op is Op.INSERT:
            parts.append(f"{{+{text}+}}")
        else:
            parts.append(_shorten(text, context_words, first=index == 0,
                                  last=index == len(segments) - 1))
    return "".join(parts)


def _shorten(text: str, words: int | None, first: bool, last: bool) -> str:
    if words is None:
        return text
    tokens = re.split(r"(\s+)", text)
    word_count = sum(1 for token in tokens if token.strip())
    keep_before = 0 if first else words  # words after the previous change
    keep_after = 0 if last else words  # words before the next change
    if word_count <= keep_before + keep_after + 2:
        return text
    head = _take_words(tokens, keep_before)
    tail = _take_words(list(reversed(tokens)), keep_after)[::-1]
    if not head:
        return "… " + "".join(tail)
    if not tail:
        return "".join(head) + " …"
    return "".join(head) + " … " + "".join(tail)


def _take_words(tokens: list[str], count: int) -> list[str]:
    taken: list[str] = []
    seen = 0
    for token in tokens:
        if token.strip():
            if seen == count:
                break
            seen += 1
        taken.append(token)
    while taken and not taken[-1].strip():
        taken.pop()
    return taken


def summary_lines(comparison: Comparison) -> list[str]:
    """The change summary as lines of plain text, in the current language."""
    changes = comparison.changes
    if not changes:
        return [tr("Erinevusi ei ole.", "No differences.")]
    lines = [tr("Muudatusi: {n}, neist sisulisi: {s}", "Changes: {n}, substantive: {s}",
                n=len(changes), s=len(comparison.substantive_changes))]
    for entry in changes:
        flag = tr(" [SISULINE]", " [SUBSTANTIVE]") if entry.substantive else ""
        lines.append(f"* {entry.label}: {entry.describe_kind()}{flag}")
        for change in entry.fields:
            if len(entry.fields) == 1:
                change = TextChange(change.name, "", change.old, change.new, change.segments)
            if entry.kind is ChangeKind.ADDED and change.new:
                lines.extend(_indented(change.label, "+ " + _one_line(change.new)))
            elif entry.kind is ChangeKind.REMOVED and change.old:
                lines.extend(_indented(change.label, "- " + _one_line(change.old)))
            elif change.changed and entry.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
                lines.extend(_indented(change.label, _one_line(inline_diff(change.segments))))
    return lines


def _one_line(text: str) -> str:
    return " / ".join(line.strip() for line in text.splitlines() if line.strip())


def _indented(label: str, text: str) -> list[str]:
    return [f"    {label}: {text}" if label else f"    {text}"]


