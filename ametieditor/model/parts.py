"""The one declaration of the document's parts and of the general part's fields.

Everything that needs to know which parts a job description has, in which
order, how they are numbered, labelled, stored and checked, iterates the two
tables here: the XML reader and writer, the import vocabulary, the panes and
the navigator, the import report, the DOCX and preview layout, the checks,
compare, the document templates and the test factories. None keeps a list of
its own. Adding a general-part field means adding one :class:`FieldSpec` (and
the attribute on :class:`~ametieditor.model.document.General`); see
docs/ARCHITECTURE.md, "Adding a general-part field".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ametieditor.i18n import tr
from ametieditor.model.document import EmployeeGroup


class Section(StrEnum):
    """The numbered sections, in document order (the value is the XML element name)."""

    GENERAL = "general"
    PURPOSE = "purpose"
    DUTIES = "duties"
    RIGHTS = "rights"
    RESPONSIBILITIES = "responsibilities"
    WORK_TOOLS = "workTools"
    REQUIREMENTS = "requirements"
    AMENDMENT = "amendment"


class FieldCheck(StrEnum):
    """Rules the checks apply to a general-part field."""

    #: The field must be filled in ("väli on täitmata").
    REQUIRED = "required"
    #: Across a folder, the same value must be spelt the same way (units, managers).
    SAME_SPELLING_IN_FOLDER = "sameSpelling"
    #: Across a folder, the post named here must name this post back in ``counterpart``.
    RECIPROCAL = "reciprocal"


@dataclass(frozen=True)
class FieldSpec:
    """One field of 1. ÜLDOSA.

    ``layout_row`` groups the fields the official layout prints side by side
    (1.1 | 1.2, then 1.3 | 1.4 | 1.5, then 1.6); ``printed_when_empty`` is false
    for a field the layout leaves out when it has no value. ``template_group``
    names the post-specific group a document template empties unless asked to
    keep it (None: always kept). ``import_labels`` are other labels legacy files
    use for the field (the label itself is always recognised).
    """

    attribute: str
    xml_name: str
    label: str
    label_en: str
    layout_row: int
    checks: frozenset[FieldCheck] = frozenset()
    printed_when_empty: bool = True
    template_group: str | None = None
    choices: tuple[str, ...] = ()
    counterpart: str | None = None
    import_labels: tuple[str, ...] = ()

    def display_label(self) -> str:
        """The label in the current interface language."""
        return tr(self.label, self.label_en)

    @property
    def required(self) -> bool:
        return FieldCheck.REQUIRED in self.checks


GENERAL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "title", "title", "Ametinimetus", "Job title", layout_row=1,
        checks=frozenset({FieldCheck.REQUIRED}), template_group="title",
        import_labels=("ametnimetus", "ametikoha nimetus", "ametikoht", "ameti nimetus",
                       "töökoha nimetus", "teenistuskoha nimetus", "nimetus"),
    ),
    FieldSpec(
        "unit", "unit", "Struktuuriüksus", "Unit", layout_row=1,
        checks=frozenset({FieldCheck.REQUIRED, FieldCheck.SAME_SPELLING_IN_FOLDER}),
        template_group="unitAndManager",
        import_labels=("osakond", "allüksus", "struktuuriüksuse nimetus"),
    ),
    FieldSpec(
        "manager", "manager", "Vahetu juht", "Line manager", layout_row=2,
        checks=frozenset({FieldCheck.REQUIRED, FieldCheck.SAME_SPELLING_IN_FOLDER}),
        template_group="unitAndManager",
        import_labels=("vahetu ülem", "otsene juht", "allub"),
    ),
    FieldSpec(
        "substituted_by", "substitutedBy", "Kes asendab", "Substituted by", layout_row=2,
        checks=frozenset({FieldCheck.RECIPROCAL}), template_group="substitution",
        counterpart="substitutes",
        import_labels=("asendaja", "teda asendab", "asendab teda"),
    ),
    FieldSpec(
        "substitutes", "substitutes", "Keda asendab", "Substitutes for", layout_row=2,
        checks=frozenset({FieldCheck.RECIPROCAL}), template_group="substitution",
        counterpart="substituted_by",
        import_labels=("asendatav", "asendab"),
    ),
    FieldSpec(
        "employee_group", "employeeGroup", "Töötaja grupp", "Employee group", layout_row=3,
        printed_when_empty=False, choices=tuple(group.value for group in EmployeeGroup),
        import_labels=("töötajate grupp", "teenistuja liik", "töötaja liik"),
    ),
)

_FIELD_BY_ATTRIBUTE = {spec.attribute: spec for spec in GENERAL_FIELDS}


def general_field(attribute: str) -> FieldSpec:
    """The field declared for ``attribute`` (KeyError for an unknown one)."""
    return _FIELD_BY_ATTRIBUTE[attribute]


def general_field_number(attribute: str, section_number: int = 1) -> str:
    """``"1.4"`` for ``substituted_by``: the field's place in the table."""
    return f"{section_number}.{GENERAL_FIELDS.index(general_field(attribute)) + 1}"


def general_layout_rows() -> list[tuple[FieldSpec, ...]]:
    """The fields grouped as the official layout prints them, in order."""
    rows: dict[int, list[FieldSpec]] = {}
    for spec in GENERAL_FIELDS:
        rows.setdefault(spec.layout_row, []).append(spec)
    return [tuple(rows[key]) for key in sorted(rows)]


@dataclass(frozen=True)
class PartSpec:
    """One part of the document, as the editor shows it and the files store it.

    ``key`` is the model attribute of :class:`JobDescription` and the first step
    of every location inside the part. ``section`` is the numbered section the
    part prints as (None for the approval note and the signatures, which carry
    no number). ``heading`` is the printed heading without its number (the
    duties part stores its own, this is its default). ``name`` is the short
    name the checks and the import report use; ``pane_name`` the longer one of
    the navigator when the pane edits more than this part. ``pane`` is the pane
    that edits it (module in ``ametieditor.gui.panes`` and class), or None when
    the part is edited in the pane of the part ``edited_in``.
    ``intro_choices`` are the standard intro lines of an intro + list part.
    """

    key: str
    name: str
    name_en: str
    section: Section | None = None
    heading: str = ""
    heading_en: str = ""
    optional: bool = True
    pane: tuple[str, str] | None = None
    edited_in: str = ""
    pane_name: str = ""
    pane_name_en: str = ""
    intro_choices: tuple[str, ...] = ()
    import_headings: tuple[str, ...] = ()

    def display_name(self) -> str:
        """The short name in the current interface language."""
        return tr(self.name, self.name_en)

    def display_title(self) -> str:
        """The printed heading in sentence case ("Ametijuhendi muutmine"), or the name."""
        heading = tr(self.heading, self.heading_en)
        return heading.capitalize() if heading else self.display_name()

    def display_pane_name(self) -> str:
        """The navigator's name for the pane of this part."""
        return tr(self.pane_name or self.name, self.pane_name_en or self.name_en)

    @property
    def pane_key(self) -> str:
        """The key of the part whose pane edits this part."""
        return self.edited_in or self.key


PARTS: tuple[PartSpec, ...] = (
    PartSpec("approval", "Kinnitamine", "Approval", edited_in="general"),
    PartSpec(
        "general", "Üldosa", "General", Section.GENERAL, "ÜLDOSA", "GENERAL",
        optional=False, pane=("general", "GeneralPane"),
        pane_name="Üldosa ja kinnitamine", pane_name_en="General part and approval",
        import_headings=("ÜLDANDMED", "ÜLDSÄTTED", "ÜLDINE OSA", "ÜLDOSA JA ANDMED"),
    ),
    PartSpec(
        "purpose", "Eesmärk", "Purpose", Section.PURPOSE, "AMETIKOHA EESMÄRK",
        "PURPOSE OF THE POST", pane=("rich_part", "RichPartPane"),
        import_headings=("AMETIKOHA PÕHIEESMÄRK", "TÖÖKOHA EESMÄRK", "EESMÄRK",
                         "AMETIKOHA TÖÖ EESMÄRK", "TEENISTUSKOHA EESMÄRK", "AMETI EESMÄRK"),
    ),
    PartSpec(
        "duties", "Ülesanded ja tulemused", "Duties and results", Section.DUTIES,
        "TEENISTUSKOHUSTUSED", "DUTIES", pane=("duties", "DutiesPane"),
        import_headings=("TEENISTUSÜLESANDED", "PÕHIKOHUSTUSED", "TÖÖÜLESANDED",
                         "TÖÖKOHUSTUSED", "PÕHIÜLESANDED", "AMETIKOHA ÜLESANDED", "ÜLESANDED",
                         "KOHUSTUSED", "TEENISTUSÜLESANDED JA OODATAVAD TULEMUSED",
                         "PÕHIÜLESANDED JA OODATAVAD TULEMUSED",
                         "TÖÖÜLESANDED JA OODATAVAD TULEMUSED"),
    ),
    PartSpec(
        "rights", "Õigused", "Rights", Section.RIGHTS, "ÕIGUSED", "RIGHTS",
        pane=("intro_list", "IntroListPane"),
        intro_choices=("Ametnikul on õigus:", "Töötajal on õigus:", "Omab õigust:"),
        import_headings=("AMETNIKU ÕIGUSED", "TÖÖTAJA ÕIGUSED"),
    ),
    PartSpec(
        "responsibilities", "Vastutus", "Responsibility", Section.RESPONSIBILITIES,
        "VASTUTUS", "RESPONSIBILITY", pane=("intro_list", "IntroListPane"),
        intro_choices=("Ametnik vastutab:", "Töötaja vastutab:", "Omab vastutust:"),
        import_headings=("AMETNIKU VASTUTUS", "TÖÖTAJA VASTUTUS"),
    ),
    PartSpec(
        "work_tools", "Töövahendid", "Work tools", Section.WORK_TOOLS, "TÖÖVAHENDID",
        "WORK TOOLS", pane=("rich_part", "RichPartPane"),
        import_headings=("TÖÖVAHENDID JA TÖÖTINGIMUSED",),
    ),
    PartSpec(
        "requirements", "Nõuded", "Requirements", Section.REQUIREMENTS,
        "AMETIKOHALE ESITATAVAD NÕUDED", "REQUIREMENTS FOR THE POST",
        pane=("requirements", "RequirementsPane"),
        import_headings=("TÖÖKOHALE ESITATAVAD NÕUDED", "NÕUDED", "KVALIFIKATSIOONINÕUDED",
                         "NÕUDED AMETIKOHALE", "NÕUDED TÖÖKOHALE", "AMETIKOHA NÕUDED",
                         "ESITATAVAD NÕUDED", "KVALIFIKATSIOONI NÕUDED", "NÕUDED AMETNIKULE",
                         "NÕUDED TEENISTUJALE"),
    ),
    PartSpec(
        "amendment", "Muutmine", "Amendment", Section.AMENDMENT, "AMETIJUHENDI MUUTMINE",
        "AMENDING THE JOB DESCRIPTION", pane=("rich_part", "RichPartPane"),
        import_headings=("AMETIJUHENDI MUUTMISE KORD", "MUUTMINE",
                         "AMETIJUHENDI MUUTMINE JA ÜLEVAATAMINE", "AMETIJUHENDI ÜLEVAATAMINE"),
    ),
    # Numbered on after the last official section; a list, empty when there are none.
    PartSpec(
        "extra_sections", "Lisaosad", "Extra sections",
        pane=("extra_sections", "ExtraSectionsPane"),
    ),
    PartSpec("signatures", "Allkirjad", "Signatures", pane=("signatures", "SignaturesPane")),
)

_PART_BY_KEY = {spec.key: spec for spec in PARTS}
_PART_BY_SECTION = {spec.section: spec for spec in PARTS if spec.section is not None}


def part(key: str) -> PartSpec:
    """The part declared under ``key`` (KeyError for an unknown one)."""
    return _PART_BY_KEY[key]


def section_part(section: Section) -> PartSpec:
    """The part that prints as ``section``."""
    return _PART_BY_SECTION[section]


#: The parts that have a pane of their own, in navigator order.
PANE_PARTS: tuple[PartSpec, ...] = tuple(spec for spec in PARTS if spec.pane is not None)
#: The numbered parts, in document order.
NUMBERED_PARTS: tuple[PartSpec, ...] = tuple(spec for spec in PARTS if spec.section)
#: The numbered sections, in document order.
SECTION_ORDER: tuple[Section, ...] = tuple(
    spec.section for spec in NUMBERED_PARTS if spec.section is not None)
