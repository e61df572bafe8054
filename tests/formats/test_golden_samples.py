"""The golden ``.ametijuhend`` files against the three real samples they were made from.

``tests/data/00n_*.ametijuhend`` are the reference the importer of copied text
will be compared to field by field. These tests keep them honest:

* every word of the sample's body text is in the golden file, as often as in
  the sample (multisets, so a dropped repeated sentence is caught), and the
  golden file has no word the sample does not have;
* the file reads (and so validates against the XSD), and reading and writing
  it again gives identical bytes;
* the structure the samples show: duty, rights and responsibility counts,
  which optional parts are present, requirement labels and competency names
  in order, approval and signatures.

The samples are copied byte for byte from ``../shared/samples`` into
``tests/data/samples`` (``tests/test_repository.py`` checks the copies against
the originals whenever ``../shared`` is beside the repository). If they are
missing the tests fail (they do not skip): a silently skipped golden check is
worse than none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from ametieditor.formats import xml_format
from ametieditor.model.document import BlockKind, JobDescription, RichText

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = DATA / "samples"

# --------------------------------------------------------------------------
# Tokenising

#: Layout removed from the sample text before it is tokenised. Words the
#: format keeps as fixed wording (never stored in the file) are in this list
#: and nowhere else; bullet characters (U+F0B7, U+F0A7, ▪, •, -) and other
#: punctuation need no entry because the tokeniser keeps only letters and digits.
_SAMPLE_ARTEFACTS: tuple[re.Pattern[str], ...] = (
    re.compile(r"<[^>]*>"),  # HTML fragments of the DOCX conversion (003)
    re.compile(r"\*\*"),  # markdown bold (003)
    # General-part labels with their numbers ("1.1 Ametinimetus", "1.3. Vahetu juht" …).
    re.compile(
        r"\b1\.[1-6]\.?\s+(?:Ameti?nimetus|Struktuuriüksus|Vahetu juht|Kes asendab"
        r"|Keda asendab|Töötaja grupp)\b"
    ),
    # Section headings fixed by the format (the duties heading is stored, so it stays).
    re.compile(
        r"(?m)^[ \t]*\d+\.[ \t]+(?:ÜLDOSA|AMETIKOHA EESMÄRK|ÕIGUSED|VASTUTUS|TÖÖVAHENDID"
        r"|AMETIJUHENDI MUUTMINE|AMETIKOHALE ESITATAVAD NÕUDED)[ \t]*$"
    ),
    # Section and duty numbers at the start of a line: "3.", "3.4.", "3.12". Before the
    # phrases below, so that "käskkirjaga nr 94" keeps its 94.
    re.compile(r"(?m)^[ \t]*\d+(?:\.\d+)*\.?(?=\s)"),
    # Fixed wording of the approval note, the title and the signature marker.
    re.compile(r"\bKINNITATUD\b"),
    re.compile(r"\bkäskkirjaga nr\b"),
    re.compile(r"\bAMETIJUHEND\b"),
    re.compile(r"\(allkirjastatud digitaalselt\)"),
    # Header row of the duties table.
    re.compile(r"\bPõhiülesanded\b"),
    re.compile(r"\bOodatavad tulemused\b"),
)

#: Attributes of the format whose values are document text (headings, labels, names).
_TEXT_ATTRIBUTES = ("heading", "label", "name")

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Lowercase words of letters and digits, in order."""
    return _WORD.findall(text.casefold())


def sample_words(text: str) -> Counter[str]:
    for pattern in _SAMPLE_ARTEFACTS:
        text = pattern.sub(" ", text)
    return Counter(words(text))


def golden_words(data: bytes) -> Counter[str]:
    root = etree.fromstring(data)
    parts: list[str] = []
    for element in root.iter(etree.Element):
        parts.extend(element.get(name, "") for name in _TEXT_ATTRIBUTES)
        parts.append(element.text or "")
    return Counter(words(" ".join(parts)))


# --------------------------------------------------------------------------
# The pairs and what each sample shows


@dataclass(frozen=True)
class Golden:
    sample: str
    golden: str
    duties_heading: str
    #: (blocks in the task, blocks in the results) per duty, in order.
    duty_shapes: tuple[tuple[int, int], ...]
    rights_intro: str
    rights: int
    responsibilities_intro: str
    responsibilities: int
    has_approval: bool
    has_work_tools: bool
    has_amendment: bool
    requirement_labels: tuple[str, ...]
    competency_groups: tuple[tuple[str, int], ...]
    additional: tuple[str, ...]


_LABELS_5 = ("Haridus", "Töökogemus", "Keeleoskus", "Arvutikasutamise oskus",
             "Valmisolek lähetusteks")

CASES = (
    Golden(
        sample="001_5cb7489fb33e288f.txt",
        golden="001_peaspetsialist_lastemaja.ametijuhend",
        duties_heading="TEENISTUSKOHUSTUSED",
        duty_shapes=((7, 8), (1, 1), (1, 1), (1, 1), (1, 1), (1, 1), (1, 2), (1, 2), (1, 1)),
        rights_intro="Ametnikul on õigus:",
        rights=6,
        responsibilities_intro="Ametnik vastutab:",
        responsibilities=6,
        has_approval=True,
        has_work_tools=True,
        has_amendment=True,
        requirement_labels=_LABELS_5,
        competency_groups=(("Kliendikesksus", 3), ("Eestvedamine", 7), ("Asjatundlikkus", 4),
                           ("Koostöövõime", 4), ("Efektiivsus", 5)),
        additional=("Suhtlemis- ja mõjutamisoskus, sh selge ja veenev eneseväljendusoskus",
                    "Analüüsi- ja üldistusvõime", "Korrektsus", "Efektiivsus", "Asjatundlikkus",
                    "Abivalmidus", "Pingetaluvus", "Empaatiavõime", "Juhendamisoskus", "Loovus",
                    "Suhete loomise oskus"),
    ),
    Golden(
        sample="002_a1a6b92aa03a8c40.txt",
        golden="002_koordinaator_srt.ametijuhend",
        duties_heading="TEENISTUSÜLESANDED",
        duty_shapes=((1, 2), (1, 2), (1, 1), (1, 1), (1, 1), (1, 1), (1, 2), (1, 3), (1, 2),
                     (1, 3), (1, 1)),
        rights_intro="Ametnikul on õigus:",
        rights=8,
        responsibilities_intro="Ametnik vastutab:",
        responsibilities=6,
        has_approval=True,
        has_work_tools=True,
        has_amendment=True,
        requirement_labels=_LABELS_5,
        competency_groups=(("Kliendikesksus", 3), ("Asjatundlikkus", 4), ("Koostöövõime", 4),
                           ("Efektiivsus", 5)),
        additional=("Suhtlemis- ja mõjutamisoskus, sh selge ja veenev eneseväljendusoskus",
                    "Analüüsi- ja üldistusvõime", "Korrektsus", "Empaatiavõime",
                    "Juhendamisoskus", "Loovus", "Pingetaluvus (tasakaalukus)", "Abivalmidus",
                    "Suhete loomise oskus"),
    ),
    Golden(
        sample="003_88d031c4619f2af0.txt",
        golden="003_koordinaator_kaitstud_too.ametijuhend",
        duties_heading="TEENISTUSKOHUSTUSED",
        duty_shapes=((1, 3), (1, 2), (1, 1), (1, 1), (1, 1), (1, 1), (1, 2), (1, 1), (1, 2),
                     (1, 3), (1, 2), (1, 1), (1, 2), (1, 2), (1, 1)),
        rights_intro="Omab õigust:",
        rights=5,
        responsibilities_intro="Omab vastutust:",
        responsibilities=5,
        has_approval=False,
        has_work_tools=True,
        has_amendment=False,
        requirement_labels=_LABELS_5[:4],
        competency_groups=(("Kliendikesksus", 3), ("Asjatundlikkus", 4), ("Koostöövõime", 4),
                           ("Efektiivsus", 5)),
        additional=("Suhtlemis- ja mõjutamisoskus, sh selge ja veenev eneseväljendusoskus",
                    "Analüüsi- ja üldistusvõime", "Korrektus", "Empaatiavõime",
                    "Juhendamisoskus", "Loovus", "Pingetaluvus (tasakaalukus)", "Abivalmidus",
                    "Suhete loomise oskus"),
    ),
)


def _ids(case: Golden) -> str:
    return case.golden.split(".")[0]


def sample_text(case: Golden) -> str:
    if not SAMPLES.is_dir():
        pytest.fail(f"the samples folder {SAMPLES} is missing: the golden files cannot be "
                    "checked against their sources (expected ../shared/samples next to the "
                    "repository)", pytrace=False)
    path = SAMPLES / case.sample
    if not path.is_file():
        pytest.fail(f"sample {path} is missing", pytrace=False)
    return path.read_text(encoding="utf-8")


def golden_path(case: Golden) -> Path:
    return DATA / case.golden


def load(case: Golden) -> JobDescription:
    return xml_format.read(golden_path(case))


def _diff(counter: Counter[str]) -> str:
    return ", ".join(f"{word}×{count}" for word, count in sorted(counter.items()))


# --------------------------------------------------------------------------
# Words


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_every_word_of_the_sample_is_in_the_golden_file(case: Golden) -> None:
    source = sample_words(sample_text(case))
    golden = golden_words(golden_path(case).read_bytes())
    missing = source - golden
    assert not missing, f"words of {case.sample} missing from {case.golden}: {_diff(missing)}"


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_golden_file_has_no_word_the_sample_lacks(case: Golden) -> None:
    source = sample_words(sample_text(case))
    golden = golden_words(golden_path(case).read_bytes())
    extra = golden - source
    assert not extra, f"words in {case.golden} that {case.sample} does not have: {_diff(extra)}"


def test_tokeniser_drops_layout_only() -> None:
    text = ("3.4. Koostöö <ul style=\"x\">▪ **Loovus**: uus\n\uf0b7 sh:\n- 2-aastane\n"
            "1.3 Vahetu juht 1.4 Kes asendab\n6. TÖÖVAHENDID\nvahetu juht")
    assert sample_words(text) == Counter(
        ["koostöö", "loovus", "uus", "sh", "2", "aastane", "vahetu", "juht"]
    )


# --------------------------------------------------------------------------
# Reading and canonical bytes


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_golden_file_reads_and_rewrites_to_identical_bytes(case: Golden) -> None:
    data = golden_path(case).read_bytes()
    doc = xml_format.read(golden_path(case))
    assert xml_format.to_bytes(doc) == data
    assert xml_format.schema().validate(etree.fromstring(data))
    assert b"<meta" not in data


def _all_text(doc: JobDescription) -> list[str]:
    texts: list[str] = []
    blocks: list[RichText] = []
    if doc.purpose is not None:
        blocks.append(doc.purpose)
    if doc.duties is not None:
        for duty in doc.duties.items:
            blocks += [duty.task, duty.results]
    for part in (doc.rights, doc.responsibilities):
        if part is not None:
            texts.append(part.intro)
            blocks.append(part.content)
    for part in (doc.work_tools, doc.amendment):
        if part is not None:
            blocks.append(part)
    if (req := doc.requirements) is not None:
        for requirement in req.items:
            texts.append(requirement.label)
            blocks.append(requirement.content)
        for group in req.competencies.groups if req.competencies else []:
            texts.append(group.name)
            blocks.append(group.content)
        for item in req.additional.items if req.additional else []:
            texts.append(item.name)
            blocks.append(item.content)
    general = doc.general
    texts += [general.title, general.unit, general.manager, general.substituted_by,
              general.substitutes]
    texts += [block.text for rich in blocks for block in rich]
    return texts


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_golden_text_is_clean(case: Golden) -> None:
    """No bullets, markup, section numbers or stray whitespace left in any text."""
    for text in _all_text(load(case)):
        assert text == text.strip(), repr(text)
        assert "  " not in text and "\n" not in text, repr(text)
        assert not re.search(r"[\uf0b7\uf0a7▪•<>]|\*\*", text), repr(text)
        assert not re.match(r"[-=*»]\s|\d+(\.\d+)*\.?\s", text), repr(text)


# --------------------------------------------------------------------------
# Structure


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_duties(case: Golden) -> None:
    duties = load(case).duties
    assert duties is not None
    assert duties.heading == case.duties_heading
    shapes = tuple((len(duty.task), len(duty.results)) for duty in duties.items)
    assert shapes == case.duty_shapes
    for duty in duties.items:
        assert duty.task[0].kind is BlockKind.PARAGRAPH
        assert all(block.is_bullet for block in duty.task[1:])
        assert all(block.is_bullet for block in duty.results[1:])


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_rights_and_responsibilities(case: Golden) -> None:
    doc = load(case)
    assert doc.rights is not None and doc.responsibilities is not None
    assert doc.rights.intro == case.rights_intro
    assert doc.responsibilities.intro == case.responsibilities_intro
    assert [b.kind for b in doc.rights.content] == [BlockKind.BULLET] * case.rights
    assert [b.kind for b in doc.responsibilities.content] == (
        [BlockKind.BULLET] * case.responsibilities
    )


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_optional_parts(case: Golden) -> None:
    doc = load(case)
    assert doc.meta is None
    assert (doc.approval is not None) == case.has_approval
    assert (doc.work_tools is not None) == case.has_work_tools
    assert (doc.amendment is not None) == case.has_amendment
    assert doc.purpose is not None and len(doc.purpose) == 1


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_requirements(case: Golden) -> None:
    req = load(case).requirements
    assert req is not None
    assert tuple(item.label for item in req.items) == case.requirement_labels
    for item in req.items:
        assert item.content and all(not b.is_bullet for b in item.content)
    assert req.competencies is not None
    assert req.competencies.heading == "Tööks vajalikud kompetentsid"
    groups = tuple((g.name, len(g.content)) for g in req.competencies.groups)
    assert groups == case.competency_groups
    for group in req.competencies.groups:
        assert all(block.is_bullet for block in group.content)
    assert req.additional is not None
    assert req.additional.heading == "Täiendavad kompetentsid, isikuomadused ja teadmised"
    assert tuple(item.name for item in req.additional.items) == case.additional
    for item in req.additional.items:
        assert [b.kind for b in item.content] == [BlockKind.PARAGRAPH]
    assert req.note is None


def test_001_general_approval_and_signatures() -> None:
    doc = load(CASES[0])
    assert doc.approval is not None
    assert (doc.approval.approver, doc.approval.date, doc.approval.decree) == (
        "Sotsiaalkindlustusameti peadirektori", "2023-06-11", "94")
    both = "Lastemajateenuse juht, juhtivspetsialist, nõunik, koordinaator, peaspetsialist " \
           "(lastemaja)"
    g = doc.general
    assert (g.title, g.unit, g.manager, g.substituted_by, g.substitutes, g.employee_group) == (
        "Peaspetsialist (lastemaja)", "Laste heaolu osakond", "Juhtivspetsialist (lastemaja)",
        both, both, "")
    assert doc.requirements is not None
    assert [b.text for b in doc.requirements.items[2].content] == [
        "Eesti keele valdamine vähemalt tasemel C1.",
        "Inglise või vene keele valdamine tasemel B2.",
    ]
    assert doc.signatures is not None and doc.signatures.approver is not None
    assert (doc.signatures.approver.name, doc.signatures.approver.title) == (
        "Maret Maripuu", "peadirektor")
    assert doc.signatures.acknowledgement is None


def test_002_general_approval_and_signatures() -> None:
    doc = load(CASES[1])
    assert doc.approval is not None
    assert (doc.approval.approver, doc.approval.date, doc.approval.decree) == ("", "", "")
    assert b"<approval/>" in golden_path(CASES[1]).read_bytes()
    g = doc.general
    assert (g.title, g.unit, g.manager, g.substituted_by, g.substitutes) == (
        "Koordinaator",
        "Ohvriabi ja ennetusteenuste osakond, ennetustalitus (KLAT ja abivajava lapse SRT tiim)",
        "Tiimijuht", "Koordinaator, tiimijuht", "Koordinaator, tiimijuht")
    assert doc.signatures is not None and doc.signatures.approver is not None
    assert (doc.signatures.approver.name, doc.signatures.approver.title) == (
        "Maret Maripuu", "Peadirektor")
    assert doc.signatures.acknowledgement is None


def test_003_general_and_acknowledgement() -> None:
    doc = load(CASES[2])
    assert doc.approval is None
    g = doc.general
    assert (g.title, g.unit, g.manager, g.substituted_by, g.substitutes) == (
        "Koordinaator (kaitstud töö)", "Sotsiaalteenuste osakonna erihoolekande talitus",
        "Projektijuht (kaitstud töö)",
        "Koordinaator (kaitstud töö) või projektijuht (kaitstud töö)",
        "Koordinaatorit (kaitstud töö) või projektijuhti (kaitstud töö)")
    assert doc.signatures is not None
    assert doc.signatures.approver is None
    ack = doc.signatures.acknowledgement
    assert ack is not None
    assert ack.heading == "Ametijuhendiga tutvunud:"
    assert ack.signers == ["vahetu juht", "koordinaator (kaitstud töö)"]


def test_source_typos_are_kept() -> None:
    """The golden files keep the samples' wording, typos included."""
    expected = {
        CASES[0]: ("eluviidud", "ühekordseteülesannete", "tegutsemis-meetodeid"),
        CASES[2]: ("Korrektus", "Põhjub", "usaldusväarsuse", "soovitude", "muutuv keskkonnas",
                   "kommunikatsiooni-tehnoloogiat"),
    }
    for case, fragments in expected.items():
        text = golden_path(case).read_text(encoding="utf-8")
        for fragment in fragments:
            assert fragment in text, (case.golden, fragment)
