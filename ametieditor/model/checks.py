"""Problems a careful reader would point out before a job description leaves.

:func:`check_document` returns :class:`Problem` objects. Each names the part
in words (``"3.4 ülesanne"``) for people and carries a :data:`Location` (a
path into the model) so the GUI can jump to the field concerned. The CLI's
``check`` command and the GUI's check panel both use this function.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ametieditor.i18n import tr
from ametieditor.model.document import JobDescription, RichText
from ametieditor.model.numbering import (
    Numbering,
    Section,
    additional_empty,
    competencies_empty,
    numbering,
    section_is_empty,
)
from ametieditor.model.parts import GENERAL_FIELDS, NUMBERED_PARTS
from ametieditor.model.texts import Location, iter_texts


@dataclass(frozen=True)
class Problem:
    """One finding: where it is (for people and for the GUI) and what it is."""

    part: str
    message: str
    location: Location

    def format(self, source: str) -> str:
        """``FILE: <part>: <message>``, the line the CLI prints."""
        return f"{source}: {self.part}: {self.message}"


REQUIRED_GENERAL_FIELDS = tuple(spec.attribute for spec in GENERAL_FIELDS if spec.required)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_iso_date(text: str) -> dt.date | None:
    """The date of ``YYYY-MM-DD`` text, or ``None`` when it is not a real date."""
    if not _ISO_DATE.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def _blank(blocks: RichText) -> bool:
    return not any(block.text.strip() for block in blocks)


def _empty_bullets(
    blocks: RichText, part: str, location: Location
) -> Iterator[Problem]:
    for index, block in enumerate(blocks):
        if block.is_bullet and not block.text.strip():
            yield Problem(
                part,
                tr("tühi loetelupunkt ({n}.)", "empty list item (no. {n})", n=index + 1),
                (*location, index),
            )


def check_document(doc: JobDescription, today: dt.date | None = None) -> list[Problem]:
    """All problems of ``doc``: the approval date's age first, then the rest in document order.

    ``today`` is the date the approval date is compared with (default: the
    real today; the CLI and the GUI pass :func:`ametieditor.clock.checking_date`).
    """
    date = doc.approval.date if doc.approval is not None else ""
    return [*approval_date_problems(date, today or dt.date.today()),
            *check_document_undated(doc)]


def check_document_undated(doc: JobDescription) -> list[Problem]:
    """The problems of ``doc`` that do not depend on the day (all but the approval date's age).

    The folder overview keeps these in its cache; :func:`approval_date_problems`
    adds the rest when the list is shown.
    """
    return list(_iter_problems(doc))


def _iter_problems(doc: JobDescription) -> Iterator[Problem]:
    numbers = numbering(doc)
    yield from _check_approval(doc)
    for name in REQUIRED_GENERAL_FIELDS:
        if not getattr(doc.general, name).strip():
            label = numbers.general_label(name)
            yield Problem(label, tr("väli on täitmata", "field is empty"), ("general", name))
    yield from _check_empty_parts(doc, numbers)

    simple_parts: tuple[tuple[Section, str, str, str], ...] = (
        (Section.PURPOSE, "purpose", "Eesmärk", "Purpose"),
        (Section.WORK_TOOLS, "work_tools", "Töövahendid", "Work tools"),
        (Section.AMENDMENT, "amendment", "Muutmine", "Amendment"),
    )
    for section, attribute, et_name, en_name in simple_parts:
        blocks = getattr(doc, attribute)
        if blocks is not None:
            part = f"{numbers.section(section)}. {tr(et_name, en_name)}"
            yield from _empty_bullets(blocks, part, (attribute,))

    if doc.duties is not None:
        yield from _check_duties(doc, numbers)
        yield from _check_duties_present(doc, numbers)
        yield from _check_open_task_lists(doc, numbers)

    for attribute, et_name, en_name in (
        ("rights", "Õigused", "Rights"),
        ("responsibilities", "Vastutus", "Responsibilities"),
    ):
        part_value = getattr(doc, attribute)
        if part_value is not None:
            section = Section.RIGHTS if attribute == "rights" else Section.RESPONSIBILITIES
            part = f"{numbers.section(section)}. {tr(et_name, en_name)}"
            yield from _empty_bullets(part_value.content, part, (attribute, "content"))

    yield from _check_rights_repeated_in_responsibilities(doc, numbers)

    if doc.requirements is not None:
        yield from _check_requirements(doc, numbers)
        yield from _check_empty_competency_groups(doc, numbers)

    yield from _check_extra_sections(doc, numbers)
    yield from _check_import_notes(doc)

    if doc.signatures is not None and doc.signatures.acknowledgement is not None:
        for index, signer in enumerate(doc.signatures.acknowledgement.signers):
            if not signer.strip():
                yield Problem(
                    tr("Allkirjad", "Signatures"),
                    tr("tutvuja roll on täitmata ({n}.)", "signer role is empty (no. {n})",
                       n=index + 1),
                    ("signatures", "acknowledgement", "signers", index),
                )


_EMPTY_PART = ("osa on tühi", "the part is empty")


def _check_empty_parts(doc: JobDescription, numbers: Numbering) -> Iterator[Problem]:
    """A part that is on but empty is not printed (:func:`~ametieditor.model.numbering.is_printed`).

    Its number is the one it will have in print once it has content. Duties
    without any row have their own message (:func:`_check_duties_present`);
    inside printed requirements, an empty competencies or additional
    competencies part or closing note is a part of its own.
    """
    for spec in NUMBERED_PARTS:
        section = spec.section
        assert section is not None
        number = numbers.section(section)
        if section is Section.REQUIREMENTS and numbers.printed(section):
            yield from _empty_requirement_parts(doc, number)
        elif not section_is_empty(doc, section):
            continue
        elif section is Section.DUTIES:
            if doc.duties is not None and doc.duties.items:
                yield Problem(f"{number}. {doc.duties.heading}", tr(*_EMPTY_PART), (spec.key,))
        else:
            yield Problem(f"{number}. {spec.display_name()}", tr(*_EMPTY_PART), (spec.key,))


def _empty_requirement_parts(doc: JobDescription, number: int | None) -> Iterator[Problem]:
    requirements = doc.requirements
    assert requirements is not None
    if requirements.competencies is not None and competencies_empty(requirements.competencies):
        yield Problem(f"{number}. {requirements.competencies.heading}", tr(*_EMPTY_PART),
                      ("requirements", "competencies"))
    if requirements.additional is not None and additional_empty(requirements.additional):
        yield Problem(f"{number}. {requirements.additional.heading}", tr(*_EMPTY_PART),
                      ("requirements", "additional"))
    if requirements.note is not None and _blank(requirements.note):
        yield Problem(f"{number}. {tr('Märkus', 'Note')}", tr(*_EMPTY_PART),
                      ("requirements", "note"))


def _check_approval(doc: JobDescription) -> Iterator[Problem]:
    approval = doc.approval
    if approval is None or not approval.date.strip():
        return
    if parse_iso_date(approval.date.strip()) is None:
        yield Problem(
            tr("Kinnitamine", "Approval"),
            tr(
                "kuupäev „{date}” ei ole päris kuupäev",
                'date "{date}" is not a real date',
                date=approval.date,
            ),
            ("approval", "date"),
        )


def _check_duties(doc: JobDescription, numbers: Numbering) -> Iterator[Problem]:
    assert doc.duties is not None
    seen: dict[str, str] = {}
    for index, duty in enumerate(doc.duties.items):
        number = numbers.duty(index)
        task_part = tr("{n} ülesanne", "{n} task", n=number)
        results_part = tr("{n} tulemused", "{n} results", n=number)
        if _blank(duty.task):
            yield Problem(task_part, tr("ülesanne on kirjutamata", "the task is empty"),
                          ("duties", "items", index, "task"))
        if _blank(duty.results):
            yield Problem(
                results_part,
                tr("oodatavad tulemused on kirjutamata", "the expected results are empty"),
                ("duties", "items", index, "results"),
            )
        yield from _empty_bullets(duty.task, task_part, ("duties", "items", index, "task"))
        yield from _empty_bullets(duty.results, results_part,
                                  ("duties", "items", index, "results"))
        key = _normalise(" ".join(block.text for block in duty.task))
        if key:
            if key in seen:
                yield Problem(
                    task_part,
                    tr("sama ülesanne on juba punktis {other}",
                       "the same task is already in {other}", other=seen[key]),
                    ("duties", "items", index, "task"),
                )
            else:
                seen[key] = number


def _check_requirements(doc: JobDescription, numbers: Numbering) -> Iterator[Problem]:
    requirements = doc.requirements
    assert requirements is not None
    section = numbers.section(Section.REQUIREMENTS)
    for index, requirement in enumerate(requirements.items):
        label = requirement.label.strip() or tr("nimetu nõue", "unnamed requirement")
        part = f"{section}. {label}"
        location: Location = ("requirements", "items", index)
        if not requirement.label.strip():
            yield Problem(part, tr("nõude nimetus on täitmata", "the requirement has no label"),
                          (*location, "label"))
        yield from _empty_bullets(requirement.content, part, (*location, "content"))
    if requirements.competencies is not None:
        for index, group in enumerate(requirements.competencies.groups):
            part = f"{section}. {group.name.strip() or tr('kompetents', 'competency')}"
            location = ("requirements", "competencies", "groups", index)
            if not group.name.strip():
                yield Problem(part, tr("kompetentsi nimetus on täitmata",
                                       "the competency has no name"), (*location, "name"))
            yield from _empty_bullets(group.content, part, (*location, "content"))
    if requirements.additional is not None:
        for index, item in enumerate(requirements.additional.items):
            part = f"{section}. {item.name.strip() or tr('kompetents', 'competency')}"
            location = ("requirements", "additional", "items", index)
            if not item.name.strip():
                yield Problem(part, tr("kompetentsi nimetus on täitmata",
                                       "the competency has no name"), (*location, "name"))
            yield from _empty_bullets(item.content, part, (*location, "content"))
    if requirements.note is not None:
        yield from _empty_bullets(requirements.note, f"{section}. " + tr("Märkus", "Note"),
                                  ("requirements", "note"))


def _check_extra_sections(doc: JobDescription, numbers: Numbering) -> Iterator[Problem]:
    """An extra section needs a heading and some text, like an official one."""
    for index, extra in enumerate(doc.extra_sections):
        name = extra.heading.strip() or tr("Lisaosa", "Extra section")
        part = f"{numbers.extra(index)}. {name}"
        location: Location = ("extra_sections", index)
        if not extra.heading.strip():
            yield Problem(part, tr("lisaosa pealkiri on täitmata",
                                   "the extra section has no heading"), (*location, "heading"))
        if _blank(extra.content):
            yield Problem(part, tr("lisaosa on tühi", "the extra section is empty"),
                          (*location, "content"))
        yield from _empty_bullets(extra.content, part, (*location, "content"))


#: An approval older than this is probably a copied date, not this year's review.
APPROVAL_MAX_AGE_YEARS = 5


def _check_import_notes(doc: JobDescription) -> Iterator[Problem]:
    """Text an importer could not place waits until it is moved into a part or deleted."""
    for index, note in enumerate(doc.import_notes):
        text = " ".join(note.text.split())
        text = text if len(text) <= 40 else text[:39] + "…"
        yield Problem(tr("Paigutamata tekst", "Unplaced text"),
                      tr("„{text}” ootab paigutamist või kustutamist",
                         "“{text}” waits to be placed or deleted", text=text),
                      ("import_notes", index))


def approval_date_problems(date_text: str, today: dt.date) -> list[Problem]:
    """Whether the approval date ``date_text`` (ISO) is in the future or too old on ``today``."""
    return list(_check_approval_date_range(date_text, today))


def _check_approval_date_range(date_text: str, today: dt.date) -> Iterator[Problem]:
    date = parse_iso_date(date_text.strip())
    if date is None:
        return
    shown = date.strftime("%d.%m.%Y")
    if date > today:
        yield Problem(tr("Kinnitamine", "Approval"),
                      tr("kinnitamise kuupäev {date} on tulevikus",
                         "the approval date {date} is in the future", date=shown),
                      ("approval", "date"))
    elif (today - date).days > APPROVAL_MAX_AGE_YEARS * 365.25:
        yield Problem(tr("Kinnitamine", "Approval"),
                      tr("kinnitamise kuupäev {date} on üle {years} aasta vana",
                         "the approval date {date} is more than {years} years old",
                         date=shown, years=APPROVAL_MAX_AGE_YEARS),
                      ("approval", "date"))


def _check_duties_present(doc: JobDescription, numbers: Numbering) -> Iterator[Problem]:
    assert doc.duties is not None
    if not doc.duties.items:
        number = numbers.section(Section.DUTIES)
        yield Problem(f"{number}. {doc.duties.heading}",
                      tr("ühtegi ülesannet ei ole lisatud", "no duties have been added"),
                      ("duties", "items"))


_LIST_INTRO = re.compile(r"\bsh\s*:\s*$", re.IGNORECASE)


def _check_open_task_lists(doc: JobDescription, numbers: Numbering) -> Iterator[Problem]:
    """A task that announces a list ("…, sh:") must have bullets after it."""
    assert doc.duties is not None
    for index, duty in enumerate(doc.duties.items):
        for position, block in enumerate(duty.task):
            if block.is_bullet or not _LIST_INTRO.search(block.text):
                continue
            following = duty.task[position + 1] if position + 1 < len(duty.task) else None
            if following is None or not following.is_bullet:
                yield Problem(
                    tr("{n} ülesanne", "{n} task", n=numbers.duty(index)),
                    tr("ülesanne lõpeb „sh:”, kuid loetelu sellele ei järgne",
                       'the task ends in "sh:" but no list follows'),
                    ("duties", "items", index, "task", position),
                )


def _check_rights_repeated_in_responsibilities(doc: JobDescription,
                                               numbers: Numbering) -> Iterator[Problem]:
    if doc.rights is None or doc.responsibilities is None:
        return
    rights = {_normalise(b.text).rstrip(";.,"): i for i, b in enumerate(doc.rights.content)
              if b.text.strip()}
    section = numbers.section(Section.RESPONSIBILITIES)
    for index, block in enumerate(doc.responsibilities.content):
        key = _normalise(block.text).rstrip(";.,")
        if key and key in rights:
            yield Problem(
                f"{section}. {tr('Vastutus', 'Responsibilities')}",
                tr("sama sõnastus on ka õiguste all ({n}. punkt)",
                   "the same wording is also under rights (item {n})", n=rights[key] + 1),
                ("responsibilities", "content", index),
            )


def _check_empty_competency_groups(doc: JobDescription, numbers: Numbering) -> Iterator[Problem]:
    requirements = doc.requirements
    assert requirements is not None
    if requirements.competencies is None:
        return
    section = numbers.section(Section.REQUIREMENTS)
    for index, group in enumerate(requirements.competencies.groups):
        if group.name.strip() and _blank(group.content):
            yield Problem(f"{section}. {group.name.strip()}",
                          tr("kompetentsil ei ole ühtegi kirjeldust",
                             "the competency has no items"),
                          ("requirements", "competencies", "groups", index, "content"))


#: Text left in a draft that must not reach a signed document.
PLACEHOLDERS = (
    ("…", re.compile(r"…|\.\.\.")),
    ("XXX", re.compile(r"\bX{3,}\b", re.IGNORECASE)),
    ("[täida]", re.compile(r"\[[^\]]{0,40}\]")),
    ("TODO", re.compile(r"\bTODO\b|\bFIXME\b")),
    ("lorem ipsum", re.compile(r"\blorem\s+ipsum\b", re.IGNORECASE)),
)
#: Text without any of these cannot hold a placeholder (most text: a quick test first).
_PLACEHOLDER_HINTS = ("…", "...", "xxx", "[", "todo", "fixme", "lorem")


def check_for_signing(doc: JobDescription, today: dt.date | None = None) -> list[Problem]:
    """Everything :func:`check_document` finds, plus what must not be signed.

    Run before the DOCX is exported for digital signing: parts a signed
    document needs (purpose, duties, signatures) and leftover placeholder
    text ("…", "XXX", "[täida]", "TODO", lorem ipsum) anywhere.
    """
    return [*check_document(doc, today), *signing_problems(doc)]


def signing_problems(doc: JobDescription) -> list[Problem]:
    """What :func:`check_for_signing` finds beyond :func:`check_document`."""
    problems: list[Problem] = []
    numbers = numbering(doc)
    required: list[tuple[bool, str, str, str, Location]] = [
        (doc.purpose is None,  # an empty one is already "osa on tühi"
         f"{numbers.section(Section.PURPOSE) or 2}. {tr('Eesmärk', 'Purpose')}",
         "ametikoha eesmärk puudub", "the purpose is missing", ("purpose",)),
        (doc.duties is None,
         tr("Ülesanded", "Duties"),
         "ülesannete osa puudub", "the duties section is missing", ("duties",)),
        (doc.signatures is None or (doc.signatures.approver is None
                                    and doc.signatures.acknowledgement is None),
         tr("Allkirjad", "Signatures"),
         "allkirjade osa puudub", "the signatures are missing", ("signatures",)),
    ]
    if doc.signatures is not None and doc.signatures.approver is not None:
        approver = doc.signatures.approver
        for attribute, et_text, en_text in (
                ("name", "kinnitaja nimi on täitmata", "the approver's name is empty"),
                ("title", "kinnitaja ametinimetus on täitmata", "the approver's title is empty")):
            required.append((not getattr(approver, attribute).strip(),
                             tr("Allkirjad", "Signatures"), et_text, en_text,
                             ("signatures", "approver", attribute)))
    for missing, part, et_text, en_text, location in required:
        if missing:
            problems.append(Problem(part, tr(et_text, en_text), location))
    for piece in iter_texts(doc):
        folded = piece.text.casefold()
        if not any(hint in folded for hint in _PLACEHOLDER_HINTS):
            continue
        for _, pattern in PLACEHOLDERS:
            found = pattern.search(piece.text)
            if found:
                problems.append(Problem(piece.part, tr(
                    "mustandi kohatäide „{text}” on jäänud tekstisse",
                    'leftover placeholder "{text}"', text=found.group()), piece.location))
                break
    return problems
