"""Numbers of sections, general-part fields and duties.

Numbers are never stored: they follow from the order of the parts and from
which optional parts are present. Every writer and the GUI take them from
:func:`numbering`, so the DOCX, the preview and the navigator always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from ametieditor.model.document import JobDescription
from ametieditor.model.parts import (
    SECTION_ORDER,
    Section,
    general_field,
    general_field_number,
    section_part,
)

__all__ = ["Numbering", "Section", "is_present", "numbered_heading", "numbering",
           "section_heading"]


def is_present(doc: JobDescription, section: Section) -> bool:
    """Whether the section appears in the document (general always does)."""
    if section is Section.GENERAL:
        return True
    return getattr(doc, section_part(section).key) is not None


@dataclass(frozen=True)
class Numbering:
    """The numbers of one document, as computed by :func:`numbering`."""

    sections: dict[Section, int]

    def section(self, section: Section) -> int | None:
        """The number of a section, or ``None`` when the section is absent."""
        return self.sections.get(section)

    def general_field(self, attribute: str) -> str:
        """``"1.1"`` … ``"1.6"``: the general part is always section 1."""
        return general_field_number(attribute, self.sections[Section.GENERAL])

    def general_label(self, attribute: str) -> str:
        """``"1.4 Kes asendab"``: the field's number and printed label."""
        return f"{self.general_field(attribute)} {general_field(attribute).label}"

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
    return section_part(section).heading


def numbered_heading(doc: JobDescription, section: Section) -> str:
    """``"3. TEENISTUSKOHUSTUSED"``; empty when the section is absent."""
    number = numbering(doc).section(section)
    if number is None:
        return ""
    return f"{number}. {section_heading(doc, section)}"
