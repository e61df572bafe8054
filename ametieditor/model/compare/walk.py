"""The walk over both documents, part by part, that builds the :class:`Comparison`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ametieditor.i18n import tr
from ametieditor.model.compare.entries import (
    APPROVAL,
    EXTRA_SECTIONS,
    SIGNATURES,
    ChangeKind,
    Comparison,
    Entry,
    Location,
    TextChange,
    _change,
)
from ametieditor.model.compare.matching import align, match_by_key, match_by_similarity
from ametieditor.model.compare.words import rich_to_text
from ametieditor.model.document import (
    AdditionalCompetency,
    CompetencyGroup,
    Duty,
    JobDescription,
    Requirement,
)
from ametieditor.model.numbering import Section, numbered_heading, numbering
from ametieditor.model.parts import GENERAL_FIELDS


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


def _duty_text(duty: Duty) -> str:
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
              ("duties", "items", row.old_index)
              if old_duty and row.old_index is not None else None,
              ("duties", "items", row.new_index)
              if new_duty and row.new_index is not None else None,
              moved=row.moved, substantive_rule=_duty_substantive,
              old_number=old_number, new_number=new_number)


#: The items of the requirements part that have a name (or label) and a text.
NamedItem = Requirement | CompetencyGroup | AdditionalCompetency


def _compare_named_list(b: _Builder, old_items: Sequence[NamedItem],
                        new_items: Sequence[NamedItem], name_attr: str,
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
              (*location_prefix, row.old_index)
              if old_item and row.old_index is not None else None,
              (*location_prefix, row.new_index)
              if new_item and row.new_index is not None else None,
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


def _compare_extra_sections(b: _Builder) -> None:
    """Extra sections are matched by heading (LISAD stays LISAD when renumbered)."""
    old_items, new_items = b.old.extra_sections, b.new.extra_sections
    pairs = match_by_key(old_items, new_items, key=lambda item: item.heading)
    for row in align(len(old_items), len(new_items), pairs):
        old_location: Location | None = None
        new_location: Location | None = None
        old_item = new_item = None
        if row.old_index is not None:
            old_item = old_items[row.old_index]
            old_location = ("extra_sections", row.old_index)
            number = b.old_numbers.extra(row.old_index)
        if row.new_index is not None:
            new_item = new_items[row.new_index]
            new_location = ("extra_sections", row.new_index)
            number = b.new_numbers.extra(row.new_index)
        shown = new_item or old_item
        heading = shown.heading.strip() if shown is not None else ""
        fields = [
            _change("heading", tr("Pealkiri", "Heading"), old_item.heading if old_item else "",
                    new_item.heading if new_item else ""),
            _change("content", tr("Sisu", "Content"),
                    rich_to_text(old_item.content) if old_item else "",
                    rich_to_text(new_item.content) if new_item else ""),
        ]
        b.add(EXTRA_SECTIONS, f"{number}. {heading or tr('Lisaosa', 'Extra section')}", fields,
              old_location, new_location, moved=row.moved,
              substantive_rule=_any_text_substantive)


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
    _compare_extra_sections(b)
    _compare_signatures(b)
    return Comparison(b.entries)


# --------------------------------------------------------------------------
# Plain-text summary (the CLI's ``diff`` output)

#: Words of unchanged text kept on each side of a change in the summary.
