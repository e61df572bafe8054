"""One entry of the wording library and how it becomes document text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from ametieditor.i18n import tr
from ametieditor.model.document import (
    AdditionalCompetency,
    Block,
    CompetencyGroup,
    Requirement,
    RichText,
    plain_text,
)
from ametieditor.model.folding import fold_diacritics


class Category(StrEnum):
    """Where in the document an entry belongs (the value is stored in files)."""

    RIGHT = "right"
    RESPONSIBILITY = "responsibility"
    WORK_TOOLS = "workTools"
    REQUIREMENT = "requirement"
    COMPETENCY = "competency"
    ADDITIONAL = "additionalCompetency"
    AMENDMENT = "amendment"

    def label(self) -> str:
        """The category's name for people, in the current language."""
        return {
            Category.RIGHT: tr("Õigus", "Right"),
            Category.RESPONSIBILITY: tr("Vastutus", "Responsibility"),
            Category.WORK_TOOLS: tr("Töövahendid", "Work tools"),
            Category.REQUIREMENT: tr("Nõue", "Requirement"),
            Category.COMPETENCY: tr("Kompetents", "Competency"),
            Category.ADDITIONAL: tr("Täiendav kompetents", "Additional competency"),
            Category.AMENDMENT: tr("Ametijuhendi muutmine", "Amendment"),
        }[self]


@dataclass
class Entry:
    """A piece of standard wording.

    ``name`` is short, for the list (``Kliendikesksus``, ``Teabe saamine``);
    ``blocks`` is the text as it goes into the document; ``label`` is the
    requirement label (``Haridus``) for requirement entries; ``tags`` say
    for which posts it fits (``ametnik``, ``töötaja``, ``juht``).
    ``bundled`` entries come with the program and cannot be changed.
    """

    category: Category
    name: str
    blocks: RichText = field(default_factory=list)
    tags: tuple[str, ...] = ()
    label: str = ""
    id: str = ""
    bundled: bool = False

    @property
    def text(self) -> str:
        return plain_text(self.blocks)

    def copy(self, **changes: object) -> Entry:
        return replace(self, blocks=[Block(b.kind, b.text) for b in self.blocks],
                       **changes)  # type: ignore[arg-type]


def fold(text: str) -> str:
    """Lower case without diacritics: ``Õigus`` → ``oigus``, ``Žürii`` → ``zurii``."""
    return fold_diacritics(text)


_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = " \t\n;.,:–-"


def normalised_text(text: str) -> str:
    """Text for finding duplicates: folded, one space, no closing ``;`` or ``.``."""
    return _SPACES.sub(" ", fold(text)).strip(_EDGE_PUNCTUATION)


def short_name(text: str, words: int = 6) -> str:
    """A list name from the first words: ``Saada tööülesannete täitmiseks …``."""
    parts = text.strip().rstrip(";.,:").split()
    name = " ".join(parts[:words]) + (" …" if len(parts) > words else "")
    return name[:1].upper() + name[1:]


def entry_to_blocks(entry: Entry) -> RichText:
    """The blocks to insert into the document (fresh copies, safe to keep)."""
    return [Block(block.kind, block.text) for block in entry.blocks]


def entry_to_group(entry: Entry) -> CompetencyGroup:
    """A competency entry as a whole group for 7. (name + bullets)."""
    return CompetencyGroup(entry.name, entry_to_blocks(entry))


def entry_to_additional(entry: Entry) -> AdditionalCompetency:
    """An additional-competency entry as name + description."""
    return AdditionalCompetency(entry.name, entry_to_blocks(entry))


def entry_to_requirement(entry: Entry) -> Requirement:
    """A requirement entry as a labelled requirement (label, else the name)."""
    return Requirement(entry.label or entry.name, entry_to_blocks(entry))
