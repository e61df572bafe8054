"""What a comparison is made of: entries (one per unit of the document) and their text changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ametieditor.i18n import tr
from ametieditor.model.compare.words import Segment, normalise_words, word_diff

#: A path into the model, as in :mod:`ametieditor.model.checks`.
Location = tuple[str | int, ...]

#: Entry sections outside the numbered ones.
APPROVAL = "approval"
SIGNATURES = "signatures"
EXTRA_SECTIONS = "extra_sections"


class ChangeKind(StrEnum):
    """What became of one unit between the old and the new document."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    MOVED = "moved"  # position changed; the text may have changed too
    ADDED = "added"
    REMOVED = "removed"


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

def _change(name: str, label: str, old: str, new: str) -> TextChange:
    return TextChange(name, label, old, new, word_diff(old, new))


# --------------------------------------------------------------------------
# Alignment

