#!/usr/bin/env python3
"""Build the bundled wording library ``resources/wording/standard.xml``.

Sources, in this order (the first occurrence of a text wins, later
duplicates are dropped by normalised text):

1. the golden job descriptions ``tests/data/00*.ametijuhend`` (real wording
   of the Social Insurance Board): rights, responsibilities, work tools,
   requirement texts per label, competency groups with their items,
   additional competencies with their descriptions, amendment texts;
2. the curated list below: wording common in Estonian public-sector job
   descriptions that the samples lack (managers' rights, other education
   levels, …).

Known typos of the sources are corrected by :data:`FIXES` first. Tags:
``ametnik`` when the source speaks of an official ("Ametnikul on õigus"),
else ``töötaja``; curated entries carry their own.

Run: ``python scripts/build_wording.py [OUTPUT]`` (default: the file above). The output
is committed; running the script again gives identical bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.formats import xml_format  # noqa: E402
from ametieditor.model.document import Block, JobDescription, RichText  # noqa: E402
from ametieditor.wording import storage  # noqa: E402
from ametieditor.wording.entry import (  # noqa: E402
    Category,
    Entry,
    normalised_text,
    short_name,
)

OUTPUT = REPO / "resources" / "wording" / "standard.xml"
SOURCES = sorted((REPO / "tests" / "data").glob("00*.ametijuhend"))

#: Mistakes in the source documents, fixed before use: typos the speller
#: finds, and what proofreading found that it cannot (a compound split by a
#: hyphen or a space, a wrong case ending, a comma too many, a word the
#: language office advises against). tests/wording/test_bundled_library.py
#: checks that none of them is left.
FIXES = {
    "Korrektus": "Korrektsus",
    "Põhjub veenvalt": "Põhjendab veenvalt",
    "usaldusväarsuse": "usaldusväärsuse",
    "soovitude": "soovituste",
    "tegutsemis-meetodeid": "tegutsemismeetodeid",
    "On muutuv keskkonnas võimeline kohanema": "On muutuvas keskkonnas võimeline kohanema",
    "kommunikatsiooni-tehnoloogiat": "kommunikatsioonitehnoloogiat",
    "põhifunktsioonide kasutamiseoskus": "põhifunktsioonide kasutamise oskus",
    "pidevas stressi olukorras": "pidevas stressiolukorras",
    "Kõrgharidus, sotsiaal-": "Kõrgharidus sotsiaal-",
    "parandab need koheselt": "parandab need kohe",
}

OFFICIAL, EMPLOYEE, MANAGER = "ametnik", "töötaja", "juht"

#: (category, name, blocks, tags, label)
CURATED: list[tuple[Category, str, RichText, tuple[str, ...], str]] = [
    (Category.RIGHT, "Korralduste andmine alluvatele",
     [Block.li("anda oma pädevuse piires alluvatele korraldusi ja juhiseid ning "
               "kontrollida nende täitmist;")], (MANAGER,), ""),
    (Category.RIGHT, "Ettepanekute tegemine",
     [Block.li("teha vahetule juhile ettepanekuid oma valdkonna töö paremaks "
               "korraldamiseks;")], (OFFICIAL, EMPLOYEE), ""),
    (Category.RIGHT, "Teabe saamine teistelt asutustelt",
     [Block.li("saada teistelt asutustelt ja isikutelt tööülesannete täitmiseks "
               "vajalikku teavet ja dokumente;")], (OFFICIAL,), ""),
    (Category.RESPONSIBILITY, "Struktuuriüksuse eesmärkide täitmine",
     [Block.li("juhitava struktuuriüksuse eesmärkide ja ülesannete täitmise eest;")],
     (MANAGER,), ""),
    (Category.RESPONSIBILITY, "Alluvate töö korraldamine",
     [Block.li("alluvate töö korraldamise ja töötulemuste eest;")], (MANAGER,), ""),
    (Category.REQUIREMENT, "Magistrikraad",
     [Block.p("Magistrikraad või sellele vastav kvalifikatsioon.")],
     (OFFICIAL, MANAGER), "Haridus"),
    (Category.REQUIREMENT, "Keskharidus",
     [Block.p("Keskharidus.")], (EMPLOYEE,), "Haridus"),
    (Category.REQUIREMENT, "Kutseharidus",
     [Block.p("Kutseharidus ametikoha valdkonnas.")], (EMPLOYEE,), "Haridus"),
    (Category.REQUIREMENT, "Eesti keel B2",
     [Block.p("Eesti keele valdamine vähemalt tasemel B2.")], (EMPLOYEE,), "Keeleoskus"),
    (Category.REQUIREMENT, "Juhtimiskogemus",
     [Block.p("Vähemalt 2-aastane juhtimiskogemus.")], (MANAGER,), "Töökogemus"),
    (Category.REQUIREMENT, "Õigusaktide tundmine",
     [Block.p("Teenistusülesannete täitmiseks vajalike õigusaktide tundmine.")],
     (OFFICIAL,), "Teadmised"),
    (Category.WORK_TOOLS, "Sülearvuti ja mobiiltelefon",
     [Block.p("Töövahenditeks on sülearvuti koos tööks vajaliku tarkvaraga, "
              "mobiiltelefon ning ühiskasutuses olev kontoritehnika.")],
     (OFFICIAL, EMPLOYEE), ""),
    (Category.ADDITIONAL, "Otsustusvõime",
     [Block.p("Teeb põhjendatud otsuseid ka keerulistes olukordades ja vastutab nende "
              "eest.")], (MANAGER,), ""),
    (Category.AMENDMENT, "Muutmine ametniku nõusolekuta",
     [Block.p("Ametijuhendit võib muuta ametniku nõusolekuta, kui muudatused on seotud "
              "ameti ülesannete muutumisega ega too kaasa teenistuskoha olulist "
              "muutumist.")], (OFFICIAL,), ""),
]


def _fix(text: str) -> str:
    for wrong, right in FIXES.items():
        text = text.replace(wrong, right)
    return text


def _fixed(blocks: RichText) -> RichText:
    return [Block(block.kind, _fix(block.text)) for block in blocks]


def _group_tag(doc: JobDescription) -> str:
    intro = doc.rights.intro if doc.rights is not None else ""
    group = doc.general.employee_group.casefold()
    if group == "töötaja":
        return EMPLOYEE
    return OFFICIAL if group == "ametnik" or intro.startswith("Ametnik") else EMPLOYEE


def entries_from(doc: JobDescription) -> list[Entry]:
    tags = (_group_tag(doc),)
    found: list[Entry] = []
    for category, part in ((Category.RIGHT, doc.rights),
                           (Category.RESPONSIBILITY, doc.responsibilities)):
        for block in part.content if part is not None else []:
            found.append(Entry(category, short_name(_fix(block.text)),
                               [Block.li(_fix(block.text))], tags))
    if doc.work_tools:
        text = _fix(" ".join(b.text for b in doc.work_tools))
        found.append(Entry(Category.WORK_TOOLS, short_name(text), _fixed(doc.work_tools), tags))
    requirements = doc.requirements
    if requirements is not None:
        for requirement in requirements.items:
            blocks = _fixed(requirement.content)
            found.append(Entry(Category.REQUIREMENT,
                               f"{requirement.label}: {short_name(blocks[0].text, 5)}",
                               blocks, tags, requirement.label))
        for group in requirements.competencies.groups if requirements.competencies else []:
            found.append(Entry(Category.COMPETENCY, _fix(group.name), _fixed(group.content),
                               tags))
        for item in requirements.additional.items if requirements.additional else []:
            found.append(Entry(Category.ADDITIONAL, _fix(item.name), _fixed(item.content),
                               tags))
    if doc.amendment:
        found.append(Entry(Category.AMENDMENT, short_name(doc.amendment[0].text),
                           _fixed(doc.amendment), tags))
    return found


def build() -> list[Entry]:
    candidates: list[Entry] = []
    for source in SOURCES:
        candidates.extend(entries_from(xml_format.read(source)))
    candidates.extend(Entry(category, f"{label}: {name}" if label else name, blocks, tags, label)
                      for category, name, blocks, tags, label in CURATED)
    unique: dict[tuple[str, str], Entry] = {}
    for entry in candidates:
        key = (entry.category.value, normalised_text(entry.text))
        if key in unique:
            kept = unique[key]
            kept.tags = tuple(dict.fromkeys((*kept.tags, *entry.tags)))
        else:
            unique[key] = entry
    counters: dict[Category, int] = {}
    ordered = sorted(unique.values(), key=lambda e: list(Category).index(e.category))
    for entry in ordered:
        counters[entry.category] = counters.get(entry.category, 0) + 1
        entry.id = f"std-{entry.category.value}-{counters[entry.category]:03d}"
    return ordered


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else OUTPUT
    if not SOURCES:
        print("build_wording: no tests/data/00*.ametijuhend found", file=sys.stderr)
        return 2
    entries = build()
    output.parent.mkdir(parents=True, exist_ok=True)
    storage.write(output, entries, comment="Generated by scripts/build_wording.py from "
                  "tests/data/00*.ametijuhend and its curated list. Do not edit by hand.")
    print(f"build_wording: {len(entries)} entries -> {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
