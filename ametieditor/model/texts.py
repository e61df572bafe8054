"""Every piece of text of a job description, with the part it belongs to.

:func:`iter_texts` walks the document in order and yields :class:`TextPiece`
objects naming the part in words the same way the checks do (``"3.4
ülesanne"``, ``"1.1 Ametinimetus"``) with the :data:`Location` of the field.
Spell checking, the "before signing" placeholder check and the folder checks
all read the document through it, so they name parts alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ametieditor.i18n import tr
from ametieditor.model.document import (
    AdditionalCompetency,
    CompetencyGroup,
    JobDescription,
    RichText,
)
from ametieditor.model.numbering import (
    Numbering,
    numbering,
)
from ametieditor.model.parts import GENERAL_FIELDS, NUMBERED_PARTS
from ametieditor.model.parts import part as part_spec

#: A path into the model: attribute names and list indexes, e.g.
#: ``("duties", 3, "task", 1)`` is the second block of the fourth task.
Location = tuple[str | int, ...]


@dataclass(frozen=True)
class TextPiece:
    """One field's text: where it is, for people and for the GUI."""

    part: str
    location: Location
    text: str


def _rich(part: str, location: Location, blocks: RichText) -> Iterator[TextPiece]:
    for index, block in enumerate(blocks):
        yield TextPiece(part, (*location, index), block.text)


def iter_texts(doc: JobDescription) -> Iterator[TextPiece]:
    """All text of ``doc`` in document order (empty fields included)."""
    numbers = numbering(doc)
    if doc.approval is not None:
        yield TextPiece(part_spec("approval").display_name(), ("approval", "approver"),
                        doc.approval.approver)
    for spec in GENERAL_FIELDS:
        yield TextPiece(numbers.general_label(spec.attribute), ("general", spec.attribute),
                        getattr(doc.general, spec.attribute))
    for part_of in NUMBERED_PARTS:
        value = getattr(doc, part_of.key)
        if value is None or part_of.section is None or part_of.key == "general":
            continue
        part = f"{numbers.section(part_of.section)}. {part_of.display_name()}"
        if part_of.key == "duties":
            yield from _duty_texts(doc, numbers)
        elif part_of.key == "requirements":
            yield from _requirement_texts(doc, numbers.section(part_of.section))
        elif part_of.intro_choices:  # rights, responsibility: an intro and a list
            yield TextPiece(part, (part_of.key, "intro"), value.intro)
            yield from _rich(part, (part_of.key, "content"), value.content)
        else:
            yield from _rich(part, (part_of.key,), value)
    for index, extra in enumerate(doc.extra_sections):
        part = f"{numbers.extra(index)}. {extra.heading.strip() or tr('Lisaosa', 'Extra section')}"
        yield TextPiece(part, ("extra_sections", index, "heading"), extra.heading)
        yield from _rich(part, ("extra_sections", index, "content"), extra.content)
    yield from _signature_texts(doc)


def _duty_texts(doc: JobDescription, numbers: Numbering) -> Iterator[TextPiece]:
    assert doc.duties is not None
    for index, duty in enumerate(doc.duties.items):
        number = numbers.duty(index)
        yield from _rich(tr("{n} ülesanne", "{n} task", n=number),
                         ("duties", "items", index, "task"), duty.task)
        yield from _rich(tr("{n} tulemused", "{n} results", n=number),
                         ("duties", "items", index, "results"), duty.results)


def _signature_texts(doc: JobDescription) -> Iterator[TextPiece]:
    if doc.signatures is None:
        return
    part = part_spec("signatures").display_name()
    if doc.signatures.approver is not None:
        yield TextPiece(part, ("signatures", "approver", "name"), doc.signatures.approver.name)
        yield TextPiece(part, ("signatures", "approver", "title"),
                        doc.signatures.approver.title)
    if doc.signatures.acknowledgement is not None:
        for index, signer in enumerate(doc.signatures.acknowledgement.signers):
            yield TextPiece(part, ("signatures", "acknowledgement", "signers", index), signer)


def _requirement_texts(doc: JobDescription, section: int | None) -> Iterator[TextPiece]:
    requirements = doc.requirements
    assert requirements is not None
    for index, requirement in enumerate(requirements.items):
        part = f"{section}. {requirement.label.strip() or tr('nõue', 'requirement')}"
        location: Location = ("requirements", "items", index)
        yield TextPiece(part, (*location, "label"), requirement.label)
        yield from _rich(part, (*location, "content"), requirement.content)
    # competency groups and additional competencies: a name and a text each
    named: list[tuple[Location, Sequence[CompetencyGroup | AdditionalCompetency]]] = []
    if requirements.competencies is not None:
        named.append((("requirements", "competencies", "groups"),
                      requirements.competencies.groups))
    if requirements.additional is not None:
        named.append((("requirements", "additional", "items"), requirements.additional.items))
    for list_path, items in named:
        for index, item in enumerate(items):
            part = f"{section}. {item.name.strip() or tr('kompetents', 'competency')}"
            location = (*list_path, index)
            yield TextPiece(part, (*location, "name"), item.name)
            yield from _rich(part, (*location, "content"), item.content)
    if requirements.note is not None:
        yield from _rich(f"{section}. " + tr("Märkus", "Note"), ("requirements", "note"),
                         requirements.note)
