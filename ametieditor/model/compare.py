"""What changed between two job descriptions (last year's and this year's).

:func:`compare` aligns the two documents part by part and returns a
:class:`Comparison`: a list of :class:`Entry` objects in the order of the new
document, each saying what became of one unit (a field of the general part,
a whole part such as the purpose, one duty, one labelled requirement, …) and
carrying word-level differences of its texts.

Duties are matched by content, not by position: every old duty is scored
against every new one (:class:`difflib.SequenceMatcher` ratio over the
normalised words of task and results), and pairs are taken best first, so a
duty that moved from 3.4 to 3.2 shows as *moved*, not as removed and added.
Which matched units moved is decided by the longest run that kept its order
(longest increasing subsequence): moving one duty up marks that duty as
moved, not every duty it jumped over.

Substantive changes
===================

Under the civil service act (avaliku teenistuse seadus) a change to the duties or the
requirements of a post may need the official's consent, while corrections
of wording do not. The comparison flags an entry as *substantive* when

* the **purpose** (section 2) was added, removed, or its text changed;
* a **duty** was added or removed, or its **task** text changed (a moved
  duty alone, a changed heading, or changed *results* are not substantive);
* anything in the **requirements** (section 7: labelled requirements,
  competency groups, additional competencies, the closing note) was added,
  removed, or its label/name or text changed (section headings excepted).

"Text changed" always means changed beyond whitespace, punctuation and
letter case: both texts are case-folded, every character that is not a
letter or digit becomes a space, and the remaining words are compared.
Everything else (general part, rights, responsibility, work tools,
amendment, approval note, signatures) is reported as a change but never
flagged substantive. The flag is a pointer for the HR specialist, not a
legal judgement.

The document's ``meta`` (id, revision, dates) is not compared: it differs
between any two revisions.

This module is plain Python (no Qt); the CLI ``diff`` command, the HTML and
DOCX summaries and the GUI compare view all use it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from ametieditor.i18n import tr
from ametieditor.model.document import JobDescription, RichText
from ametieditor.model.numbering import (
    Section,
    numbered_heading,
    numbering,
)
from ametieditor.model.parts import GENERAL_FIELDS

#: A path into the model, as in :mod:`ametieditor.model.checks`.
Location = tuple[str | int, ...]

#: Minimum similarity (0…1) for two duties to count as the same duty.
DUTY_MATCH_THRESHOLD = 0.5

BULLET_PREFIX = "• "

#: Entry sections outside the numbered ones.
APPROVAL = "approval"
SIGNATURES = "signatures"


class ChangeKind(StrEnum):
    """What became of one unit between the old and the new document."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    MOVED = "moved"  # position changed; the text may have changed too
    ADDED = "added"
    REMOVED = "removed"


class Op(StrEnum):
    """One step of a word-level difference."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


#: A run of text and what happened to it: ``(Op.DELETE, "heaolu")``.
Segment = tuple[Op, str]


@dataclass
class TextChange:
    """One text of an entry (a task, a result, a label, …) in both documents."""

    name: str  # "text", "task", "results", "label", "intro", "heading", …
    label: str  # for people: "Ülesanne", "Tulemused", …
    old: str
    new: str
    segments: list[Segment]

    @property
    def changed(self) -> bool:
        return self.old != self.new

    @property
    def substantive_change(self) -> bool:
        """Changed beyond whitespace, punctuation and letter case."""
        return normalise_words(self.old) != normalise_words(self.new)


@dataclass
class Entry:
    """What became of one unit of the document."""

    section: str  # a Section value, or "approval" / "signatures"
    label: str  # "3.2 põhiülesanne", "1.1 Ametinimetus", "7. Haridus"
    kind: ChangeKind
    fields: list[TextChange]
    substantive: bool = False
    old_location: Location | None = None
    new_location: Location | None = None
    old_number: str = ""  # "3.4" for duties: the number in the old document
    new_number: str = ""
    #: The numbered heading of the part the entry belongs to ("3. TEENISTUSKOHUSTUSED").
    heading: str = ""

    @property
    def is_change(self) -> bool:
        return self.kind is not ChangeKind.UNCHANGED

    @property
    def text_changed(self) -> bool:
        return any(change.changed for change in self.fields)

    def describe_kind(self) -> str:
        """``"muudetud"``, ``"liigutatud 3.4 → 3.2"``, … in the current language."""
        if self.kind is ChangeKind.MOVED:
            text = tr("liigutatud {old} → {new}", "moved {old} → {new}",
                      old=self.old_number, new=self.new_number)
            if self.text_changed:
                text += tr(" ja muudetud", " and changed")
            return text
        return kind_name(self.kind)


@dataclass
class Comparison:
    """All entries of two compared documents, in the order of the new document."""

    entries: list[Entry] = field(default_factory=list)

    @property
    def changes(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.is_change]

    @property
    def substantive_changes(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.substantive]

    @property
    def has_differences(self) -> bool:
        return any(entry.is_change for entry in self.entries)


def kind_name(kind: ChangeKind) -> str:
    return {
        ChangeKind.UNCHANGED: tr("muutmata", "unchanged"),
        ChangeKind.CHANGED: tr("muudetud", "changed"),
        ChangeKind.MOVED: tr("liigutatud", "moved"),
        ChangeKind.ADDED: tr("lisatud", "added"),
        ChangeKind.REMOVED: tr("eemaldatud", "removed"),
    }[kind]


# --------------------------------------------------------------------------
# Text helpers

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


def _change(name: str, label: str, old: str, new: str) -> TextChange:
    return TextChange(name, label, old, new, word_diff(old, new))


# --------------------------------------------------------------------------
# Alignment

T = TypeVar("T")


def match_by_similarity(
    old: Sequence[str], new: Sequence[str], threshold: float = DUTY_MATCH_THRESHOLD
) -> list[tuple[int, int]]:
    """Pairs ``(old index, new index)`` of the most alike texts, best pairs first.

    Identical texts pair first; then every remaining pair scoring at least
    ``threshold`` is considered in order of falling score (ties: nearer
    positions first), and a pair is taken when neither side is taken yet.
    """
    pairs: list[tuple[int, int]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    # Exact (normalised) matches first: cheap and unambiguous.
    by_key: dict[tuple[str, ...], list[int]] = {}
    for j, text in enumerate(new):
        by_key.setdefault(tuple(normalise_words(text)), []).append(j)
    for i, text in enumerate(old):
        candidates = by_key.get(tuple(normalise_words(text)))
        if candidates:
            j = candidates.pop(0)
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    scored: list[tuple[float, int, int, int]] = []
    for i, old_text in enumerate(old):
        if i in used_old:
            continue
        for j, new_text in enumerate(new):
            if j in used_new:
                continue
            score = similarity(old_text, new_text)
            if score >= threshold:
                scored.append((-score, abs(i - j), i, j))
    for _score, _distance, i, j in sorted(scored):
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return sorted(pairs)


def match_by_key(old: Sequence[T], new: Sequence[T], key: Callable[[T], str]
                 ) -> list[tuple[int, int]]:
    """Pairs of items whose normalised key (a label, a name) is the same, in order."""
    free: dict[tuple[str, ...], list[int]] = {}
    for j, item in enumerate(new):
        free.setdefault(tuple(normalise_words(key(item))), []).append(j)
    pairs = []
    for i, item in enumerate(old):
        candidates = free.get(tuple(normalise_words(key(item))))
        if candidates:
            pairs.append((i, candidates.pop(0)))
    return pairs


def _stayed_in_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The largest set of pairs that kept their relative order (LIS over new indexes)."""
    ordered = sorted(pairs)
    if not ordered:
        return set()
    # O(n²) is plenty for a few dozen duties and keeps the tie-breaking obvious.
    length = [1] * len(ordered)
    previous = [-1] * len(ordered)
    for k in range(len(ordered)):
        for m in range(k):
            if ordered[m][1] < ordered[k][1] and length[m] + 1 > length[k]:
                length[k] = length[m] + 1
                previous[k] = m
    best = max(range(len(ordered)), key=lambda k: (length[k], -k))
    kept = set()
    while best != -1:
        kept.add(ordered[best])
        best = previous[best]
    return kept


@dataclass
class _Aligned:
    old_index: int | None
    new_index: int | None
    moved: bool = False


def align(old_count: int, new_count: int, pairs: list[tuple[int, int]]) -> list[_Aligned]:
    """Matched, added and removed items in the order of the new list.

    A removed item is placed after the item that preceded it in the old list.
    """
    in_order = _stayed_in_order(pairs)
    new_of_old = dict(pairs)
    rows: list[tuple[tuple[float, int, int], _Aligned]] = []
    matched_new = {j for _, j in pairs}
    for i, j in pairs:
        rows.append(((j, 0, 0), _Aligned(i, j, moved=(i, j) not in in_order)))
    for j in range(new_count):
        if j not in matched_new:
            rows.append(((j, 0, 0), _Aligned(None, j)))
    for i in range(old_count):
        if i in new_of_old:
            continue
        anchor = -1
        for earlier in range(i - 1, -1, -1):
            if earlier in new_of_old:
                anchor = new_of_old[earlier]
                break
        rows.append(((anchor, 1, i), _Aligned(i, None)))
    rows.sort(key=lambda row: row[0])
    return [row[1] for row in rows]


# --------------------------------------------------------------------------
# Comparing parts


class _Builder:
    def __init__(self, old: JobDescription, new: JobDescription) -> None:
        self.old = old
        self.new = new
        self.old_numbers = numbering(old)
        self.new_numbers = numbering(new)
        self.entries: list[Entry] = []

    def heading(self, section: Section) -> str:
        return numbered_heading(self.new, section) or numbered_heading(self.old, section)

    def section_number(self, section: Section) -> str:
        number = self.new_numbers.section(section) or self.old_numbers.section(section)
        return str(number or "")

    def add(self, section: str, label: str, fields: list[TextChange],
            old_location: Location | None, new_location: Location | None, *,
            moved: bool = False, substantive_rule: Callable[[Entry], bool] | None = None,
            old_number: str = "", new_number: str = "") -> Entry:
        if old_location is None:
            kind = ChangeKind.ADDED
        elif new_location is None:
            kind = ChangeKind.REMOVED
        elif moved:
            kind = ChangeKind.MOVED
        elif any(change.changed for change in fields):
            kind = ChangeKind.CHANGED
        else:
            kind = ChangeKind.UNCHANGED
        heading = (self.heading(Section(section)) if section in Section.__members__.values()
                   else label)
        entry = Entry(section, label, kind, fields, False, old_location, new_location,
                      old_number, new_number, heading)
        if substantive_rule is not None and kind is not ChangeKind.UNCHANGED:
            entry.substantive = substantive_rule(entry)
        self.entries.append(entry)
        return entry


def _any_text_substantive(entry: Entry) -> bool:
    """Added, removed, or a text changed beyond spacing, punctuation and case."""
    if entry.kind in (ChangeKind.ADDED, ChangeKind.REMOVED):
        return any(change.old.strip() or change.new.strip() for change in entry.fields)
    return any(change.substantive_change for change in entry.fields
               if change.name != "heading")


def _duty_substantive(entry: Entry) -> bool:
    if entry.kind in (ChangeKind.ADDED, ChangeKind.REMOVED):
        return True
    return any(change.substantive_change for change in entry.fields if change.name == "task")


def _compare_approval(b: _Builder) -> None:
    old, new = b.old.approval, b.new.approval
    if old is None and new is None:
        return
    names = (("approver", tr("Kinnitaja", "Approver")), ("date", tr("Kuupäev", "Date")),
             ("decree", tr("Käskkirja nr", "Decree no.")))
    fields = [_change(name, label, getattr(old, name, "") if old else "",
                      getattr(new, name, "") if new else "") for name, label in names]
    b.add(APPROVAL, tr("Kinnitamismärge", "Approval note"), fields,
          ("approval",) if old else None, ("approval",) if new else None)


def _compare_general(b: _Builder) -> None:
    section = b.section_number(Section.GENERAL)
    for position, spec in enumerate(GENERAL_FIELDS, start=1):
        old_value = getattr(b.old.general, spec.attribute)
        new_value = getattr(b.new.general, spec.attribute)
        if not old_value and not new_value:
            continue
        location = ("general", spec.attribute)
        b.add(Section.GENERAL, f"{section}.{position} {spec.label}",
              [_change("text", spec.label, old_value, new_value)],
              location if old_value else None, location if new_value else None)


def _compare_rich_part(b: _Builder, section: Section, attribute: str,
                       substantive: bool = False) -> None:
    old, new = getattr(b.old, attribute), getattr(b.new, attribute)
    if old is None and new is None:
        return
    location = (attribute,)
    b.add(section, b.heading(section),
          [_change("text", b.heading(section), rich_to_text(old), rich_to_text(new))],
          location if old is not None else None, location if new is not None else None,
          substantive_rule=_any_text_substantive if substantive else None)


def _compare_intro_list(b: _Builder, section: Section, attribute: str) -> None:
    old, new = getattr(b.old, attribute), getattr(b.new, attribute)
    if old is None and new is None:
        return
    location = (attribute,)
    fields = [
        _change("intro", tr("Sissejuhatus", "Intro"), old.intro if old else "",
                new.intro if new else ""),
        _change("content", tr("Loetelu", "List"), rich_to_text(old.content if old else None),
                rich_to_text(new.content if new else None)),
    ]
    b.add(section, b.heading(section), fields,
          location if old is not None else None, location if new is not None else None)


def _duty_text(duty) -> str:
    return rich_to_text(duty.task) + "\n" + rich_to_text(duty.results)


def _compare_duties(b: _Builder) -> None:
    old, new = b.old.duties, b.new.duties
    if old is None and new is None:
        return
    heading_label = b.heading(Section.DUTIES)
    b.add(Section.DUTIES, heading_label,
          [_change("heading", tr("Pealkiri", "Heading"), old.heading if old else "",
                   new.heading if new else "")],
          ("duties",) if old is not None else None, ("duties",) if new is not None else None)
    old_items = old.items if old else []
    new_items = new.items if new else []
    pairs = match_by_similarity([_duty_text(d) for d in old_items],
                                [_duty_text(d) for d in new_items])
    task_label, results_label = tr("Ülesanne", "Task"), tr("Tulemused", "Results")
    for row in align(len(old_items), len(new_items), pairs):
        old_duty = old_items[row.old_index] if row.old_index is not None else None
        new_duty = new_items[row.new_index] if row.new_index is not None else None
        old_number = b.old_numbers.duty(row.old_index) if row.old_index is not None else ""
        new_number = b.new_numbers.duty(row.new_index) if row.new_index is not None else ""
        fields = [
            _change("task", task_label, rich_to_text(old_duty.task) if old_duty else "",
                    rich_to_text(new_duty.task) if new_duty else ""),
            _change("results", results_label,
                    rich_to_text(old_duty.results) if old_duty else "",
                    rich_to_text(new_duty.results) if new_duty else ""),
        ]
        if new_duty is not None:
            label = tr("{n} põhiülesanne", "{n} main duty", n=new_number)
        else:
            label = tr("varasem {n} põhiülesanne", "former {n} main duty", n=old_number)
        b.add(Section.DUTIES, label, fields,
              ("duties", "items", row.old_index) if old_duty else None,
              ("duties", "items", row.new_index) if new_duty else None,
              moved=row.moved, substantive_rule=_duty_substantive,
              old_number=old_number, new_number=new_number)


def _compare_named_list(b: _Builder, old_items: list, new_items: list, name_attr: str,
                        location_prefix: Location, name_label: str) -> None:
    section = b.section_number(Section.REQUIREMENTS)
    pairs = match_by_key(old_items, new_items, key=lambda item: getattr(item, name_attr))
    for row in align(len(old_items), len(new_items), pairs):
        old_item = old_items[row.old_index] if row.old_index is not None else None
        new_item = new_items[row.new_index] if row.new_index is not None else None
        old_name = getattr(old_item, name_attr) if old_item else ""
        new_name = getattr(new_item, name_attr) if new_item else ""
        fields = [
            _change(name_attr, name_label, old_name, new_name),
            _change("content", tr("Sisu", "Content"),
                    rich_to_text(old_item.content) if old_item else "",
                    rich_to_text(new_item.content) if new_item else ""),
        ]
        shown = (new_name or old_name).strip() or name_label.lower()
        b.add(Section.REQUIREMENTS, f"{section}. {shown}", fields,
              (*location_prefix, row.old_index) if old_item else None,
              (*location_prefix, row.new_index) if new_item else None,
              moved=row.moved, substantive_rule=_any_text_substantive)


def _compare_requirements(b: _Builder) -> None:
    old, new = b.old.requirements, b.new.requirements
    if old is None and new is None:
        return
    _compare_named_list(b, old.items if old else [], new.items if new else [], "label",
                        ("requirements", "items"), tr("Nõue", "Requirement"))
    old_groups = old.competencies.groups if old and old.competencies else []
    new_groups = new.competencies.groups if new and new.competencies else []
    _compare_named_list(b, old_groups, new_groups, "name",
                        ("requirements", "competencies", "groups"),
                        tr("Kompetents", "Competency"))
    old_extra = old.additional.items if old and old.additional else []
    new_extra = new.additional.items if new and new.additional else []
    _compare_named_list(b, old_extra, new_extra, "name",
                        ("requirements", "additional", "items"),
                        tr("Täiendav kompetents", "Additional competency"))
    old_note = old.note if old else None
    new_note = new.note if new else None
    if old_note is not None or new_note is not None:
        location = ("requirements", "note")
        label = f"{b.section_number(Section.REQUIREMENTS)}. " + tr("Märkus", "Note")
        b.add(Section.REQUIREMENTS, label,
              [_change("text", label, rich_to_text(old_note), rich_to_text(new_note))],
              location if old_note is not None else None,
              location if new_note is not None else None,
              substantive_rule=_any_text_substantive)


def _signature_lines(doc: JobDescription) -> tuple[str, str]:
    signatures = doc.signatures
    if signatures is None:
        return "", ""
    approver = ""
    if signatures.approver is not None:
        approver = ", ".join(part for part in (signatures.approver.name,
                                               signatures.approver.title) if part)
    signers = ""
    if signatures.acknowledgement is not None:
        signers = "\n".join([signatures.acknowledgement.heading,
                             *signatures.acknowledgement.signers])
    return approver, signers


def _compare_signatures(b: _Builder) -> None:
    if b.old.signatures is None and b.new.signatures is None:
        return
    old_approver, old_signers = _signature_lines(b.old)
    new_approver, new_signers = _signature_lines(b.new)
    b.add(SIGNATURES, tr("Allkirjad", "Signatures"), [
        _change("approver", tr("Kinnitaja", "Approver"), old_approver, new_approver),
        _change("acknowledgement", tr("Tutvujad", "Acknowledged by"), old_signers,
                new_signers),
    ], ("signatures",) if b.old.signatures is not None else None,
        ("signatures",) if b.new.signatures is not None else None)


def compare(old: JobDescription, new: JobDescription) -> Comparison:
    """Align ``old`` and ``new`` and say what changed, entry by entry."""
    b = _Builder(old, new)
    _compare_approval(b)
    _compare_general(b)
    _compare_rich_part(b, Section.PURPOSE, "purpose", substantive=True)
    _compare_duties(b)
    _compare_intro_list(b, Section.RIGHTS, "rights")
    _compare_intro_list(b, Section.RESPONSIBILITIES, "responsibilities")
    _compare_rich_part(b, Section.WORK_TOOLS, "work_tools")
    _compare_requirements(b)
    _compare_rich_part(b, Section.AMENDMENT, "amendment")
    _compare_signatures(b)
    return Comparison(b.entries)


# --------------------------------------------------------------------------
# Plain-text summary (the CLI's ``diff`` output)

#: Words of unchanged text kept on each side of a change in the summary.
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


__all__ = [
    "ChangeKind",
    "Comparison",
    "Entry",
    "Op",
    "Segment",
    "TextChange",
    "compare",
    "inline_diff",
    "normalise_words",
    "rich_to_text",
    "summary_lines",
    "word_diff",
]
