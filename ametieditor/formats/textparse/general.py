"""1. ÜLDOSA: the general part, read by its labels.

The labels (``1.1 Ametinimetus`` …, with their variants) may stand over a
value row (a table, flattened or not), before their value on the same line
(``label: value``, or just ``label value`` when OCR ran a table together),
in cells beside their values, or on alternating lines. A label damaged by
OCR (``1.2 Struktuuriiiksus``) is matched to its closest variant when it is
numbered, or starts its line and ends in a colon or stands alone on it.
"""

from __future__ import annotations

import re

from ametieditor.formats.import_lines import Line, join_wrapped
from ametieditor.formats.import_vocabulary import fold, general_field_for
from ametieditor.formats.textparse.context import ParseContext, Section, cell_texts
from ametieditor.formats.textparse.general_values import split_values

#: Labels that are also ordinary words: a label only when numbered or first on the line.
_COMMON_WORDS = ("nimetus", "osakond", "asendab", "allub")
_WHERE = "1. ÜLDOSA"


class _General:
    """The general part as it is read line by line."""

    def __init__(self, ctx: ParseContext) -> None:
        self.ctx = ctx
        self.general = ctx.doc.general
        self.pending: list[str] = []  # labels waiting for their value row
        self.value_lines: list[Line] = []
        self.unplaced: list[Line] = []
        self.assigned: list[str] = []
        self.last_inline = ""  # field of the last "label: value" line, for its wrapped tail

    def assign(self, key: str, value: str, line: Line) -> None:
        value = " ".join(value.split()).strip(" :")
        if not value:
            return
        if getattr(self.general, key):
            # The same field twice (a repeated table, a pasted duplicate): keep the
            # second value as a note rather than choosing silently.
            self.unplaced.append(Line(value, line.number))
            return
        setattr(self.general, key, value)
        self.assigned.append(key)

    def flush(self) -> None:
        if not self.pending:
            self.unplaced.extend(self.value_lines)
            self.value_lines.clear()
            return
        lines = self.value_lines
        values = split_values(self.ctx, lines, len(self.pending))
        for key, value in zip(self.pending, values, strict=False):
            self.assign(key, value, lines[0] if lines else Line("", 0))
        if len(values) > len(self.pending):
            self.unplaced.extend(Line(v, lines[0].number) for v in values[len(self.pending):])
        self.pending.clear()
        self.value_lines = []

    def line(self, line: Line) -> None:
        if line.blank:
            self.last_inline = ""
            if self.value_lines:
                self.value_lines.append(line)
        elif line.cells is not None:
            self.last_inline = ""
            labelled = self.cells(line)
            if labelled is None:
                self.value_lines.append(line)
            elif labelled:
                self.flush()
                self.pending.extend(labelled)
        else:
            self.text(line)

    def text(self, line: Line) -> None:
        found = general_labels_in(line.text)
        if not found:
            if self.last_inline and not self.pending and not self.value_lines:
                # "1.2 Struktuuriüksus: … abivajava" wrapped onto the next line.
                key = self.last_inline
                setattr(self.general, key, join_wrapped(getattr(self.general, key), line.text))
            else:
                self.value_lines.append(line)
            return
        self.flush()
        self.last_inline = ""
        for key, value in found:
            if value:
                self.assign(key, value, line)
                self.last_inline = key if key in self.assigned else ""
            else:
                self.pending.append(key)

    def cells(self, line: Line) -> list[str] | None:
        """Labels of a row of label cells; assigns label|value pairs; None if no labels."""
        texts = cell_texts(line)
        labels_in = [general_labels_in(text) for text in texts]
        if not any(labels_in):
            return None
        pending: list[str] = []
        index = 0
        while index < len(texts):
            if not labels_in[index] and texts[index].strip():
                self.ctx.note([Line(texts[index], line.number)], _WHERE)
            for key, value in labels_in[index]:
                if value:
                    self.assign(key, value, line)
                elif index + 1 < len(texts) and not labels_in[index + 1]:
                    self.assign(key, texts[index + 1], line)
                    index += 1
                else:
                    pending.append(key)
            index += 1
        return pending


def read(ctx: ParseContext, section: Section) -> None:
    """Fill ``ctx.doc.general`` from the section's lines."""
    reader = _General(ctx)
    for line in section.lines:
        reader.line(line)
    reader.flush()
    if section.heading or reader.assigned:
        ctx.found("general", section.heading, len(reader.assigned), section.number or None)
    if reader.unplaced:
        ctx.note(reader.unplaced, _WHERE)


def _label_at(words: list[str], index: int, text: str, ends: list[int]) -> tuple[int, str] | None:
    """(end word index, field) of a label starting at word ``index``, else None.

    The longest label spelt right wins; failing that, the shortest one OCR damaged
    (so that a damaged label never swallows the value after it)."""
    numbered = bool(re.fullmatch(r"[1l] ?[1-9]|1", words[index] or ""))
    start = index + 1 if numbered else index
    phrases = [(start + length, " ".join(w for w in words[start:start + length] if w))
               for length in (3, 2, 1) if start + length <= len(words)]
    for stop, phrase in phrases:
        key = general_field_for(phrase) if phrase else None
        if key is not None and (phrase not in _COMMON_WORDS or numbered or index == 0):
            return stop, key
    for stop, phrase in reversed(phrases):
        colon = text[:ends[stop - 1]].endswith(":") \
            or text[ends[stop - 1]:].lstrip().startswith(":")
        if phrase and (numbered or (index == 0 and (stop == len(words) or colon))) \
                and general_field_for(phrase) is None \
                and (key := general_field_for(phrase, fuzzy=True)) is not None:
            return stop, key  # OCR damage
    return None


def general_labels_in(text: str) -> list[tuple[str, str]]:
    """(field, value after the label) for each general-part label in ``text``.

    A label must start the text (after its number, if any); the value of each
    label is the text up to the next label.
    """
    spans = list(re.finditer(r"\S+", text))
    words = [fold(w.group()) for w in spans]
    ends = [w.end() for w in spans]
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(words):
        label = _label_at(words, index, text, ends)
        if label is None:
            if not found:
                return []  # a label must start the text
            index += 1
            continue
        found.append((index, label[0], label[1]))
        index = label[0]
    result: list[tuple[str, str]] = []
    for position, (_start, end, key) in enumerate(found):
        stop = found[position + 1][0] if position + 1 < len(found) else len(spans)
        value = text[spans[end].start():spans[stop - 1].end()] if end < stop else ""
        result.append((key, value.strip().lstrip(":–—-").strip()))
    return result

