"""Documents built in code for tests, and a hypothesis strategy for any document."""

from __future__ import annotations

from hypothesis import strategies as st

from ametieditor.model.document import (
    Acknowledgement,
    AdditionalCompetencies,
    AdditionalCompetency,
    Approval,
    ApproverSignature,
    Block,
    BlockKind,
    Competencies,
    CompetencyGroup,
    Duties,
    Duty,
    ExtraSection,
    General,
    IntroList,
    JobDescription,
    Meta,
    Requirement,
    Requirements,
    Signatures,
)
from ametieditor.model.parts import GENERAL_FIELDS

#: Realistic values of the general part; a field added to the model's table later gets
#: a value made from its label, so every field is always filled.
FULL_GENERAL_VALUES = {
    "title": "Peaspetsialist (lastemaja)", "unit": "Laste heaolu osakond",
    "manager": "Juhtivspetsialist (lastemaja)", "substituted_by": "Nõunik",
    "substitutes": "Nõunikku", "employee_group": "Ametnik",
}


def full_document(duty_count: int = 3) -> JobDescription:
    """A document with every part present and something in every field."""
    return JobDescription(
        meta=Meta(id="3f0c9a", revision=2, created="2025-11-20T10:15:00+02:00",
                  modified="2026-11-20T09:00:00+02:00", based_on="1a2b"),
        approval=Approval("Sotsiaalkindlustusameti peadirektori", "2023-06-11", "94"),
        general=General(**{spec.attribute: FULL_GENERAL_VALUES.get(spec.attribute,
                                                                   f"{spec.label} (test)")
                           for spec in GENERAL_FIELDS}),
        purpose=[Block.p("Ametikoha eesmärk on laste heaolu valdkonna arendamine.")],
        duties=Duties(
            heading="TEENISTUSKOHUSTUSED",
            items=[
                Duty(
                    task=[Block.p(f"Ülesanne {n} korraldamine, sh:"), Block.li("üks;"),
                          Block.li("kaks.")],
                    results=[Block.p(f"Tulemus {n} on saavutatud."), Block.li("täidetud")],
                )
                for n in range(1, duty_count + 1)
            ],
        ),
        rights=IntroList("Ametnikul on õigus:", [Block.li("saada tööks vajalikku infot;")]),
        responsibilities=IntroList("Ametnik vastutab:", [Block.li("vara hoidmise eest.")]),
        work_tools=[Block.p("Töövahenditeks on sülearvuti.")],
        requirements=Requirements(
            items=[Requirement("Haridus", [Block.p("Kõrgharidus.")]),
                   Requirement("Keeleoskus", [Block.p("Eesti keel C1.")])],
            competencies=Competencies(groups=[
                CompetencyGroup("Kliendikesksus", [Block.li("Lähtub kliendi vajadustest.")])]),
            additional=AdditionalCompetencies(items=[
                AdditionalCompetency("Korrektsus", [Block.p("Täidab ülesandeid täpselt.")])]),
            note=[Block.p("Nõuded kehtivad alates 2024.")],
        ),
        amendment=[Block.p("Ametijuhend vaadatakse üle kord aastas.")],
        extra_sections=[ExtraSection("LISAD", [Block.p("Lisa 1. Töökoha riskianalüüs."),
                                              Block.li("Lisa 2. Koolituskava.")])],
        signatures=Signatures(
            approver=ApproverSignature("Maret Maripuu", "peadirektor"),
            acknowledgement=Acknowledgement(signers=["vahetu juht", "peaspetsialist"]),
        ),
    )


# Text that XML 1.0 can carry: no control characters other than tab/newline,
# no surrogates, no U+FFFE/U+FFFF. Leading/trailing spaces are allowed.
_xml_char = st.characters(
    blacklist_categories=("Cs", "Cc"),
    blacklist_characters="\ufffe\uffff",
)
text = st.text(_xml_char, max_size=40)
line = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                             blacklist_characters="\ufffe\uffff\x85"), max_size=30)
blocks = st.lists(st.builds(Block, st.sampled_from(list(BlockKind)), text), max_size=4)


def _optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


iso_datetime = st.datetimes().map(lambda value: value.replace(microsecond=0).isoformat())

documents = st.builds(
    JobDescription,
    # one strategy per field of the model's table: a new field is generated too
    general=st.builds(General, **{spec.attribute: text for spec in GENERAL_FIELDS}),
    meta=_optional(st.builds(Meta, line, st.integers(1, 999), iso_datetime | st.just(""),
                             iso_datetime | st.just(""), line)),
    approval=_optional(st.builds(Approval, text, text, text)),
    purpose=_optional(blocks),
    duties=_optional(st.builds(Duties, text, st.lists(st.builds(Duty, blocks, blocks),
                                                       max_size=4))),
    rights=_optional(st.builds(IntroList, text, blocks)),
    responsibilities=_optional(st.builds(IntroList, text, blocks)),
    work_tools=_optional(blocks),
    requirements=_optional(st.builds(
        Requirements,
        st.lists(st.builds(Requirement, text, blocks), max_size=3),
        _optional(st.builds(Competencies, text,
                            st.lists(st.builds(CompetencyGroup, text, blocks), max_size=3))),
        _optional(st.builds(AdditionalCompetencies, text,
                            st.lists(st.builds(AdditionalCompetency, text, blocks),
                                     max_size=3))),
        _optional(blocks),
    )),
    amendment=_optional(blocks),
    extra_sections=st.lists(st.builds(ExtraSection, text, blocks), max_size=2),
    signatures=_optional(st.builds(
        Signatures,
        _optional(st.builds(ApproverSignature, text, text)),
        _optional(st.builds(Acknowledgement, text, st.lists(text, max_size=3))),
    )),
)


def worst_case_document(duty_count: int = 40) -> JobDescription:
    """Every optional part, ``duty_count`` duties, long cells, bullets everywhere."""
    doc = full_document(duty_count)
    long = " ".join(["Pikk lahtri tekst, mis murdub mitmele reale ja kontrollib lehekülje "
                     "jaotust."] * 6)
    for number, duty in enumerate(doc.duties.items, start=1):
        duty.task = [Block.p(f"Ülesanne {number}: {long}"), *[Block.li(f"alapunkt {k}: {long}")
                                                             for k in range(number % 3)]]
        duty.results = [Block.p(long), Block.li("tulemus üks;"), Block.li("tulemus kaks.")]
    doc.requirements.items = [Requirement(label, [Block.p(long)]) for label in (
        "Haridus", "Töökogemus", "Keeleoskus", "Arvutikasutamise oskus", "Teadmised",
        "Isikuomadused")]
    doc.rights.content = [Block.li(f"õigus {k}: {long}") for k in range(6)]
    doc.responsibilities.content = [Block.li(f"vastutus {k}: {long}") for k in range(6)]
    return doc
