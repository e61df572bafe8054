"""The job description (ametijuhend) as plain Python data.

The model mirrors the parts of the document described in DOMAIN.md. It holds
no numbers: section, field and duty numbers follow from order and presence
(see :mod:`ametieditor.model.numbering`).

Conventions used throughout:

* An optional part is ``None`` when it is absent from the document and an
  object (possibly empty) when it is present. Switching a part off in the GUI
  sets it to ``None``; the writers then leave it out and later sections are
  renumbered.
* Rich text is a list of :class:`Block`: paragraphs (``p``) and bullet items
  (``li``) in any order. Nothing richer is needed.
* Dates are kept as the ISO text found in the file (``YYYY-MM-DD``) so that a
  date that is not a real date survives loading and can be reported by the
  checks instead of being lost.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """Kind of one element of rich text."""

    PARAGRAPH = "p"
    BULLET = "li"


@dataclass
class Block:
    """One paragraph or bullet item of rich text."""

    kind: BlockKind
    text: str

    @classmethod
    def p(cls, text: str) -> Block:
        return cls(BlockKind.PARAGRAPH, text)

    @classmethod
    def li(cls, text: str) -> Block:
        return cls(BlockKind.BULLET, text)

    @property
    def is_bullet(self) -> bool:
        return self.kind is BlockKind.BULLET

    def __deepcopy__(self, memo: dict[int, object]) -> Block:
        """A copy without deepcopy's general machinery (both fields are immutable).

        An edit copies the edited rich text several times (the undo command keeps
        the old and new value); generic deepcopy spent ~40 µs a block on it.
        """
        copy = Block(self.kind, self.text)
        memo[id(self)] = copy
        return copy


RichText = list[Block]


def plain_text(blocks: RichText) -> str:
    """The text of rich text, one block a line (for previews, checks, search)."""
    return "\n".join(block.text for block in blocks)


class EmployeeGroup(StrEnum):
    """1.6 Töötaja grupp: civil servant or employee."""

    OFFICIAL = "Ametnik"
    EMPLOYEE = "Töötaja"


@dataclass
class Meta:
    """Bookkeeping filled in by the editor."""

    id: str = ""
    revision: int = 1
    created: str = ""
    modified: str = ""
    based_on: str = ""


@dataclass
class Approval:
    """The KINNITATUD note at the top right.

    Date and decree are often left empty for the document system to fill.
    """

    approver: str = ""
    date: str = ""  # ISO date text, YYYY-MM-DD
    decree: str = ""


@dataclass
class General:
    """1. ÜLDOSA, the general part. The only part every document has."""

    title: str = ""  # 1.1 Ametinimetus
    unit: str = ""  # 1.2 Struktuuriüksus
    manager: str = ""  # 1.3 Vahetu juht
    substituted_by: str = ""  # 1.4 Kes asendab
    substitutes: str = ""  # 1.5 Keda asendab
    employee_group: str = ""  # 1.6 Töötaja grupp (Ametnik / Töötaja), optional


DEFAULT_DUTIES_HEADING = "TEENISTUSKOHUSTUSED"
DUTIES_HEADING_VARIANTS = (
    "TEENISTUSKOHUSTUSED",
    "TEENISTUSÜLESANDED",
    "PÕHIKOHUSTUSED",
    "TÖÖÜLESANDED",
)


@dataclass
class Duty:
    """One row of the duty table: a main task and its expected results."""

    task: RichText = field(default_factory=list)
    results: RichText = field(default_factory=list)


@dataclass
class Duties:
    """3. The duty and result table."""

    heading: str = DEFAULT_DUTIES_HEADING
    items: list[Duty] = field(default_factory=list)


@dataclass
class IntroList:
    """Rights or responsibilities: an optional intro line and rich text."""

    intro: str = ""
    content: RichText = field(default_factory=list)


@dataclass
class Requirement:
    """One labelled requirement (Haridus, Töökogemus, … any label)."""

    label: str = ""
    content: RichText = field(default_factory=list)


DEFAULT_COMPETENCIES_HEADING = "Tööks vajalikud kompetentsid"
DEFAULT_ADDITIONAL_HEADING = "Täiendavad kompetentsid, isikuomadused ja teadmised"
COMMON_REQUIREMENT_LABELS = (
    "Haridus",
    "Töökogemus",
    "Keeleoskus",
    "Arvutikasutamise oskus",
    "Valmisolek lähetusteks",
    "Teadmised",
    "Isikuomadused",
    "Lisanõuded",
)


@dataclass
class CompetencyGroup:
    """A named competency (Kliendikesksus, Koostöövõime, …) with its items."""

    name: str = ""
    content: RichText = field(default_factory=list)


@dataclass
class Competencies:
    heading: str = DEFAULT_COMPETENCIES_HEADING
    groups: list[CompetencyGroup] = field(default_factory=list)


@dataclass
class AdditionalCompetency:
    """A named additional competency: name, colon, description."""

    name: str = ""
    content: RichText = field(default_factory=list)


@dataclass
class AdditionalCompetencies:
    heading: str = DEFAULT_ADDITIONAL_HEADING
    items: list[AdditionalCompetency] = field(default_factory=list)


@dataclass
class Requirements:
    """7. AMETIKOHALE ESITATAVAD NÕUDED."""

    items: list[Requirement] = field(default_factory=list)
    competencies: Competencies | None = None
    additional: AdditionalCompetencies | None = None
    note: RichText | None = None


SIGNATURE_MARKER = "(allkirjastatud digitaalselt)"
DEFAULT_ACKNOWLEDGEMENT_HEADING = "Ametijuhendiga tutvunud:"


@dataclass
class ApproverSignature:
    name: str = ""
    title: str = ""


@dataclass
class Acknowledgement:
    heading: str = DEFAULT_ACKNOWLEDGEMENT_HEADING
    signers: list[str] = field(default_factory=list)


@dataclass
class Signatures:
    approver: ApproverSignature | None = None
    acknowledgement: Acknowledgement | None = None


@dataclass
class ExtraSection:
    """An optional numbered section after the official ones ("9. LISAD").

    Extra sections follow the amendment part, numbered on from the last
    official section that is present; ``heading`` is printed in capitals as
    written, ``content`` is rich text like any other part.
    """

    heading: str = ""
    content: RichText = field(default_factory=list)


@dataclass
class ImportNote:
    """Text an importer could not place in the document; kept so nothing is lost.

    ``source`` says where the text was found and, when the importer has a
    guess, where it probably belongs (e.g. ``"rida 57; 3. TEENISTUSKOHUSTUSED?"``).
    """

    text: str
    source: str = ""


@dataclass
class JobDescription:
    """One ametijuhend. ``general`` is always there; every other part is optional."""

    general: General = field(default_factory=General)
    meta: Meta | None = None
    approval: Approval | None = None
    purpose: RichText | None = None
    duties: Duties | None = None
    rights: IntroList | None = None
    responsibilities: IntroList | None = None
    work_tools: RichText | None = None
    requirements: Requirements | None = None
    amendment: RichText | None = None
    signatures: Signatures | None = None
    #: Numbered sections after the official ones (LISAD …); none in most documents.
    extra_sections: list[ExtraSection] = field(default_factory=list)
    #: Text from an imported file that could not be placed (see ImportNote).
    import_notes: list[ImportNote] = field(default_factory=list)

    def clone(self) -> JobDescription:
        """A deep, independent copy (for undo snapshots and revisions)."""
        return copy.deepcopy(self)
