"""Numbers of sections, general-part fields and duties, and which parts are printed.

Numbers are never stored: they follow from the order of the parts and from
which optional parts are present. Every writer and the GUI take them from
:func:`numbering`, so the DOCX, the preview and the navigator always agree.

**An empty part is not printed, and not counted in print.** A part that
is switched on but has no content (:func:`section_is_empty`) would print its
heading alone, so the writers leave it out exactly as if it were switched
off, and the later sections move up: a printed document never has a gap in
its numbers. :func:`is_printed` is that one rule; every writer (DOCX,
preview, and PDF through the DOCX) asks it through
:meth:`Numbering.printed` and prints :meth:`Numbering.printed_section` and
:meth:`Numbering.printed_duty`. In the editor (navigator, panes, checks) an
empty part keeps its number (:meth:`Numbering.section`), the one it will
have in print once it has content, so numbers do not jump while typing; the
checks report it as "osa on tühi" until then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ametieditor.model.document import (
    AdditionalCompetencies,
    Competencies,
    IntroList,
    JobDescription,
)
from ametieditor.model.parts import (
    SECTION_ORDER,
    Section,
    general_field,
    general_field_number,
    section_part,
)

__all__ = ["Numbering", "Section", "additional_empty", "blank", "competencies_empty",
           "extra_heading", "is_present", "is_printed", "numbered_heading", "numbering",
           "section_heading", "section_is_empty"]


def is_present(doc: JobDescription, section: Section) -> bool:
    """Whether the section appears in the document (general always does)."""
    if section is Section.GENERAL:
        return True
    return getattr(doc, section_part(section).key) is not None


def blank(blocks: Iterable[object] | None) -> bool:
    """True when rich text (or a list of texts) holds no visible character."""
    return not any(str(getattr(block, "text", block)).strip() for block in blocks or ())


def _intro_list_empty(part: IntroList) -> bool:
    """No items, and an intro that is missing or only announces them (ends with a colon)."""
    intro = part.intro.strip()
    return blank(part.content) and (not intro or intro.endswith(":"))


def competencies_empty(part: Competencies | None) -> bool:
    """No competency group with a name or an item (the sub-heading would stand alone)."""
    return part is None or not any(group.name.strip() or not blank(group.content)
                                   for group in part.groups)


def additional_empty(part: AdditionalCompetencies | None) -> bool:
    """No additional competency with a name or a description."""
    return part is None or not any(item.name.strip() or not blank(item.content)
                                   for item in part.items)


def section_is_empty(doc: JobDescription, section: Section) -> bool:
    """Whether a switched-on section has nothing to print under its heading.

    Purpose, work tools, amendment: no text. Duties: no row with a task or a
    result. Rights, responsibilities: no items and at most an intro that
    announces them ("Ametnikul on õigus:"). Requirements: no requirement
    with text (labels alone are the new document's scaffolding), no
    competency, no additional competency, no closing note. The general part
    is never empty: it is always printed.
    """
    if section is Section.GENERAL:
        return False
    value = getattr(doc, section_part(section).key)
    if value is None:
        return False
    if section is Section.DUTIES:
        return all(blank(duty.task) and blank(duty.results) for duty in value.items)
    if section in (Section.RIGHTS, Section.RESPONSIBILITIES):
        return _intro_list_empty(value)
    if section is Section.REQUIREMENTS:
        return (all(blank(item.content) for item in value.items)
                and competencies_empty(value.competencies)
                and additional_empty(value.additional) and blank(value.note))
    return blank(value)


def is_printed(doc: JobDescription, section: Section) -> bool:
    """THE rule of what the writers print: a section that is on and not empty."""
    return section is Section.GENERAL or (is_present(doc, section)
                                          and not section_is_empty(doc, section))


@dataclass(frozen=True)
class Numbering:
    """The numbers of one document, as computed by :func:`numbering`."""

    #: Every switched-on section and its number in the editor (empty ones counted).
    sections: dict[Section, int]
    #: The printed sections (:func:`is_printed`) and their numbers in print (no gaps).
    printed_sections: dict[Section, int] = field(default_factory=dict)
    #: Numbers of the extra sections (``doc.extra_sections``), after the last section.
    extras: tuple[int, ...] = ()
    #: The same in print: after the last printed section.
    printed_extras: tuple[int, ...] = ()

    def section(self, section: Section) -> int | None:
        """The number of a section in the editor, or ``None`` when the section is off."""
        return self.sections.get(section)

    def printed(self, section: Section) -> bool:
        return section in self.printed_sections

    def printed_section(self, section: Section) -> int | None:
        """The number a writer prints, or ``None`` when the section is not printed."""
        return self.printed_sections.get(section)

    def general_field(self, attribute: str) -> str:
        """``"1.1"`` … ``"1.6"``: the general part is always section 1."""
        return general_field_number(attribute, self.sections[Section.GENERAL])

    def general_label(self, attribute: str) -> str:
        """``"1.4 Kes asendab"``: the field's number and printed label."""
        return f"{self.general_field(attribute)} {general_field(attribute).label}"

    def duty(self, index: int) -> str:
        """Number of the duty at ``index`` (0-based) in the editor: ``"3.1"`` for the first."""
        return f"{self.sections[Section.DUTIES]}.{index + 1}"

    def extra(self, index: int) -> int:
        """Number of the extra section at ``index`` (0-based): after the last official one."""
        return self.extras[index]

    def printed_extra(self, index: int) -> int:
        """The number an extra section is printed with (every extra section is printed)."""
        return self.printed_extras[index]

    def printed_duty(self, index: int) -> str:
        """Number of the duty at ``index`` as printed (the duties are printed)."""
        return f"{self.printed_sections[Section.DUTIES]}.{index + 1}"


def numbering(doc: JobDescription) -> Numbering:
    """Compute every number of ``doc`` from order, presence and :func:`is_printed`."""
    sections: dict[Section, int] = {}
    printed: dict[Section, int] = {}
    for section in SECTION_ORDER:
        if is_present(doc, section):
            sections[section] = len(sections) + 1
        if is_printed(doc, section):
            printed[section] = len(printed) + 1
    count = len(doc.extra_sections)
    return Numbering(sections=sections, printed_sections=printed,
                     extras=tuple(range(len(sections) + 1, len(sections) + 1 + count)),
                     printed_extras=tuple(range(len(printed) + 1, len(printed) + 1 + count)))


def section_heading(doc: JobDescription, section: Section) -> str:
    """The heading text of a section without its number."""
    if section is Section.DUTIES:
        return doc.duties.heading if doc.duties is not None else ""
    return section_part(section).heading


def numbered_heading(doc: JobDescription, section: Section, printed: bool = False) -> str:
    """``"3. TEENISTUSKOHUSTUSED"``; empty when the section is absent (or not printed).

    With ``printed`` the number and the answer are the printed document's
    (:func:`is_printed`); without, the editor's.
    """
    numbers = numbering(doc)
    number = numbers.printed_section(section) if printed else numbers.section(section)
    if number is None:
        return ""
    return f"{number}. {section_heading(doc, section)}"


def extra_heading(doc: JobDescription, index: int, printed: bool = False) -> str:
    """``"9. LISAD"``: the extra section at ``index`` with its number (editor's or printed)."""
    numbers = numbering(doc)
    number = numbers.printed_extra(index) if printed else numbers.extra(index)
    return f"{number}. {doc.extra_sections[index].heading}"
