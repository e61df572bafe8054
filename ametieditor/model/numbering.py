"""Numbers of sections, general-part fields and duties.

Numbers are never stored: they follow from the order of the parts and from
which optional parts are present. Every writer and the GUI take them from
:func:`numbering`, so the DOCX, the preview and the navigator always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ametieditor.model.document import JobDescription


class Section(StrEnum):
    """The numbered sections, in document order."""

    GENERAL = "general"
    PURPOSE = "purpose"
    DUTIES = "duties"
    RIGHTS = "rights"
    RESPONSIBILITIES = "responsibilities"
    WORK_TOOLS = "workTools"
    REQUIREMENTS = "requirements"
    AMENDMENT = "amendment"


SECTION_ORDER: tuple[Section, ...] = tuple(Section)

#: Fixed headings of the sections whose heading is not stored in the document.
FIXED_HEADINGS: dict[Section, str] = {
    Section.GENERAL: "ÜLDOSA",
    Section.PURPOSE: "AMETIKOHA EESMÄRK",
    Section.RIGHTS: "ÕIGUSED",
    Section.RESPONSIBILITIES: "VASTUTUS",
    Section.WORK_TOOLS: "TÖÖVAHENDID",
    Section.REQUIREMENTS: "AMETIKOHALE ESITATAVAD NÕUDED",
    Section.AMENDMENT: "AMETIJUHENDI MUUTMINE",
}


class GeneralField(StrEnum):
    """Fields of the general part, in order; the value is the model attribute."""

    TITLE = "title"
    UNIT = "unit"
    MANAGER = "manager"
    SUBSTITUTED_BY = "substituted_by"
    SUBSTITUTES = "substitutes"
    EMPLOYEE_GROUP = "employee_group"


_GENERAL_FIELDS: tuple[GeneralField, ...] = tuple(GeneralField)

#: Labels of the general-part fields as the official layout prints them.
GENERAL_FIELD_LABELS: dict[GeneralField, str] = {
    GeneralField.TITLE: "Ametinimetus",
    GeneralField.UNIT: "Struktuuriüksus",
    GeneralField.MANAGER: "Vahetu juht",
    GeneralField.SUBSTITUTED_BY: "Kes asendab",
    GeneralField.SUBSTITUTES: "Keda asendab",
    GeneralField.EMPLOYEE_GROUP: "Töötaja grupp",
}


def is_present(doc: JobDescription, section: Section) -> bool:
    """Whether the section appears in the document (general always does)."""
    if section is Section.GENERAL:
        return True
    return getattr(doc, _ATTRIBUTE[section]) is not None


_ATTRIBUTE: dict[Section, str] = {
    Section.GENERAL: "general",
    Section.PURPOSE: "purpose",
    Section.DUTIES: "duties",
    Section.RIGHTS: "rights",
    Section.RESPONSIBILITIES: "responsibilities",
    Section.WORK_TOOLS: "work_tools",
    Section.REQUIREMENTS: "requirements",
    Section.AMENDMENT: "amendment",
}


@dataclass(frozen=True)
class Numbering:
    """The numbers of one document, as computed by :func:`numbering`."""

    sections: dict[Section, int]

    def section(self, section: Section) -> int | None:
        """The number of a section, or ``None`` when the section is absent."""
        return self.sections.get(section)

    def general_field(self, name: GeneralField) -> str:
        """``"1.1"`` … ``"1.6"``: the general part is always section 1."""
        return f"{self.sections[Section.GENERAL]}.{_GENERAL_FIELDS.index(name) + 1}"

    def duty(self, index: int) -> str:
        """Number of the duty at ``index`` (0-based): ``"3.1"`` for the first."""
        return f"{self.sections[Section.DUTIES]}.{index + 1}"


def numbering(doc: JobDescription) -> Numbering:
    """Compute every number of ``doc`` from order and presence."""
    sections: dict[Section, int] = {}
    for section in SECTION_ORDER:
        if is_present(doc, section):
            sections[section] = len(sections) + 1
    return Numbering(sections=sections)


def section_heading(doc: JobDescription, section: Section) -> str:
    """The heading text of a section without its number."""
    if section is Section.DUTIES:
        return doc.duties.heading if doc.duties is not None else ""
    return FIXED_HEADINGS[section]


def numbered_heading(doc: JobDescription, section: Section) -> str:
    """``"3. TEENISTUSKOHUSTUSED"``; empty when the section is absent."""
    number = numbering(doc).section(section)
    if number is None:
        return ""
    return f"{number}. {section_heading(doc, section)}"
