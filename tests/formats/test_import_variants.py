"""The variations of last year's files that DOMAIN.md describes, one by one."""

from __future__ import annotations

import pytest

from ametieditor.formats.textparse import parse_text
from ametieditor.model.document import Block, ExtraSection

VARIANT = """\
AMETIJUHEND

ULDOSA
1.1. Ametnimetus: Nõunik
1.2. Struktuuriüksus: Arendusosakond
1.3. Vahetu juht: Osakonna juhataja
1.4. Kes asendab: Peaspetsialist
1.5. Keda asendab: Peaspetsialisti
1.6. Töötaja grupp: Töötaja

'' 2. AMETIKOHA EESMARK
Ametikoha eesmärk on arendustegevuse
korraldamine.

3. TÖÖÜLESANDED
Põhiülesanded Oodatavad tulemused
3.1 Projektide juhtimine, sh:
» projektide planeerimine;
» aruandlus.
= Projektid on ellu viidud.
= Aruanded on esitatud.
3.2 Nõustamine.
* Kolleegid on nõustatud.

7. VASTUTUS
Töötaja vastutab:
o tööülesannete täitmise eest;
o vara hoidmise eest.

4. OIGUSED
Töötajal on õigus:
\uf0b7 saada infot;
\uf0b7 osaleda koolitustel.

AMETIKOHALE ESITATAVAD NÕUDED
Haridus: Kõrgharidus.
Juhtimiskogemus
Vähemalt 3 aastat.
Tervisenõuded
Puuduvad.
Tööks vajalikud kompetentsid
Koostöövõime:
- Teeb koostööd.
Täiendavad kompetentsid
- Korrektsus: Täidab ülesandeid täpselt.

KINNITATUD
Sotsiaalkindlustusameti peadirektori 01.02.2024 käskkirjaga nr 1-1/15

(allkirjastatud digitaalselt)
Maret Maripuu
peadirektor
"""


def test_a_document_with_many_variations_at_once() -> None:
    doc, report = parse_text(VARIANT)
    assert (doc.approval.approver, doc.approval.date, doc.approval.decree) == (
        "Sotsiaalkindlustusameti peadirektori", "2024-02-01", "1-1/15")
    g = doc.general
    assert (g.title, g.unit, g.manager, g.substituted_by, g.substitutes, g.employee_group) == (
        "Nõunik", "Arendusosakond", "Osakonna juhataja", "Peaspetsialist",
        "Peaspetsialisti", "Töötaja")
    assert doc.purpose == [Block.p("Ametikoha eesmärk on arendustegevuse korraldamine.")]
    assert doc.duties.heading == "TÖÖÜLESANDED"
    first, second = doc.duties.items
    assert first.task == [Block.p("Projektide juhtimine, sh:"),
                          Block.li("projektide planeerimine;"), Block.li("aruandlus.")]
    assert first.results == [Block.li("Projektid on ellu viidud."),
                             Block.li("Aruanded on esitatud.")]
    assert second.results == [Block.li("Kolleegid on nõustatud.")]
    assert doc.rights.intro == "Töötajal on õigus:"
    assert doc.rights.content == [Block.li("saada infot;"), Block.li("osaleda koolitustel.")]
    assert doc.responsibilities.content == [Block.li("tööülesannete täitmise eest;"),
                                            Block.li("vara hoidmise eest.")]
    requirements = doc.requirements
    assert [(r.label, r.content) for r in requirements.items] == [
        ("Haridus", [Block.p("Kõrgharidus.")]),
        ("Juhtimiskogemus", [Block.p("Vähemalt 3 aastat.")]),
        ("Tervisenõuded", [Block.p("Puuduvad.")]),
    ]
    assert [group.name for group in requirements.competencies.groups] == ["Koostöövõime"]
    assert requirements.additional.heading == "Täiendavad kompetentsid"
    assert requirements.additional.items[0].name == "Korrektsus"
    assert doc.signatures.approver.name == "Maret Maripuu"
    assert doc.import_notes == []
    messages = [guess.message for guess in report.guesses]
    assert "numbrita pealkiri loeti peatükiks 1. ÜLDOSA" in messages
    assert "pealkiri „AMETIKOHA EESMARK” loeti kui AMETIKOHA EESMÄRK" in messages
    assert any("„VASTUTUS” number 7" in message for message in messages)
    assert "lühike eraldi rida „Tervisenõuded” loeti nõude nimetuseks" in messages
    assert report.missing == ["work_tools", "amendment"]
    assert [part.key for part in report.parts if part.key in ("rights", "responsibilities")] \
        == ["responsibilities", "rights"]


@pytest.mark.parametrize(
    ("written", "stored"),
    [("TEENISTUSÜLESANDED", "TEENISTUSÜLESANDED"),
     ("TEENISTUSKOHUSTUSED", "TEENISTUSKOHUSTUSED"),
     ("PÕHIKOHUSTUSED", "PÕHIKOHUSTUSED"),
     ("TÖÖÜLESANDED", "TÖÖÜLESANDED"),
     ("TEENISTUSULESANDED", "TEENISTUSÜLESANDED"),
     ("POHIKOHUSTUSED", "PÕHIKOHUSTUSED"),
     ("Teenistusülesanded", "TEENISTUSÜLESANDED")],
)
def test_duty_heading_variants(written: str, stored: str) -> None:
    doc, _ = parse_text(f"1. ÜLDOSA\n1.1 Ametinimetus: Nõunik\n3. {written}\n"
                        "3.1 Nõustamine.\n• Nõustatud.\n")
    assert doc.duties.heading == stored
    assert doc.duties.items[0].task == [Block.p("Nõustamine.")]


@pytest.mark.parametrize("glyph", ["•", "▪", "-", "=", "*", "»", "\uf0b7", "\uf0a7", "o", "–",
                                   "●", "➢"])
def test_every_bullet_glyph(glyph: str) -> None:
    doc, _ = parse_text(f"1. ÜLDOSA\n1.1 Ametinimetus: Nõunik\n4. ÕIGUSED\nOmab õigust:\n"
                        f"{glyph} saada infot;\n{glyph} osaleda koolitustel.\n")
    assert doc.rights.intro == "Omab õigust:"
    assert doc.rights.content == [Block.li("saada infot;"), Block.li("osaleda koolitustel.")]


def test_results_told_apart_from_task_bullets_by_wording() -> None:
    doc, report = parse_text(
        "3. TEENISTUSKOHUSTUSED\n3.1. Teenuse korraldamine, sh:\n• lepingute sõlmimine;\n"
        "• arvete kontrollimine.\n• Lepingud on sõlmitud.\n• Arved on kontrollitud.\n")
    duty = doc.duties.items[0]
    assert [block.text for block in duty.task] == [
        "Teenuse korraldamine, sh:", "lepingute sõlmimine;", "arvete kontrollimine."]
    assert [block.text for block in duty.results] == [
        "Lepingud on sõlmitud.", "Arved on kontrollitud."]
    assert any("sõnastuse järgi" in guess.message for guess in report.guesses)


def test_roman_numbers_inline_heading_text_and_markdown_headings() -> None:
    doc, report = parse_text(
        "I ÜLDOSA\n1.1 Ametinimetus: Nõunik\n"
        "II AMETIKOHA EESMÄRK: Eesmärk on nõustada.\n"
        "## **3. TEENISTUSKOHUSTUSED**\n3.1) Nõustamine.\n- Nõustatud.\n")
    assert doc.general.title == "Nõunik"
    assert doc.purpose == [Block.p("Eesmärk on nõustada.")]
    assert doc.duties.items[0].task == [Block.p("Nõustamine.")]
    assert not any("number" in guess.message for guess in report.guesses)


def test_page_numbers_are_kept_as_notes_and_unknown_sections_as_extra_sections() -> None:
    doc, report = parse_text(
        "1. ÜLDOSA\n1.1 Ametinimetus: Nõunik\n2. AMETIKOHA EESMÄRK\nEesmärk on\nLk 1 / 2\n"
        "nõustada.\n9. LISAD\nLisa 1\n- Lisa 2\n")
    assert doc.purpose == [Block.p("Eesmärk on nõustada.")]
    assert doc.extra_sections == [ExtraSection("LISAD", [Block.p("Lisa 1"), Block.li("Lisa 2")])]
    assert [note.text for note in doc.import_notes] == ["Lk 1 / 2"]
    assert doc.import_notes[0].source == "rida 5; leheküljenumber"
    found = report.part("extra_sections")
    assert (found.heading, found.count, found.line) == ("LISAD", 2, 7)
    assert [guess.message for guess in report.guesses] == [
        "tundmatu peatükk „LISAD” loeti lisaosaks"]


def test_approval_with_blanks_and_signature_at_the_top() -> None:
    doc, _ = parse_text(
        "(allkirjastatud digitaalselt)\nMaret Maripuu\npeadirektor\n\n"
        "KINNITATUD\nSotsiaalkindlustusameti peadirektori ..........\n"
        "käskkirjaga nr ........\nAMETIJUHEND\n1. ÜLDOSA\n1.1 Ametinimetus: Nõunik\n")
    assert (doc.approval.approver, doc.approval.date, doc.approval.decree) == (
        "Sotsiaalkindlustusameti peadirektori", "", "")
    assert (doc.signatures.approver.name, doc.signatures.approver.title) == (
        "Maret Maripuu", "peadirektor")
    assert doc.general.title == "Nõunik"
    assert doc.import_notes == []


def test_general_part_without_heading_and_label_rows_split_by_spaces() -> None:
    doc, report = parse_text(
        "AMETIJUHEND\n1.1 Ametinimetus 1.2 Struktuuriüksus\nNõunik  Arendusosakond\n"
        "1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab\n"
        "Juhataja Peaspetsialist Peaspetsialisti\n1.6 Töötaja grupp\nAmetnik\n")
    g = doc.general
    assert (g.title, g.unit, g.manager, g.substituted_by, g.substitutes, g.employee_group) == (
        "Nõunik", "Arendusosakond", "Juhataja", "Peaspetsialist", "Peaspetsialisti",
        "Ametnik")
    assert report.part("general") is not None


def test_duties_without_numbers_are_read_paragraph_by_paragraph() -> None:
    doc, report = parse_text(
        "3. TEENISTUSKOHUSTUSED\nNõustamine.\n• Kolleegid on nõustatud.\n"
        "Aruandlus.\n• Aruanded on esitatud.\n")
    assert [duty.task for duty in doc.duties.items] == [[Block.p("Nõustamine.")],
                                                        [Block.p("Aruandlus.")]]
    assert any("numbrid" in guess.message for guess in report.guesses)


def test_closing_sentence_after_additional_competencies_is_the_requirements_note() -> None:
    doc, _ = parse_text(
        "7. AMETIKOHALE ESITATAVAD NÕUDED\nHaridus\nKõrgharidus.\n"
        "Täiendavad kompetentsid, isikuomadused ja teadmised\n"
        "• Korrektsus: Täidab ülesandeid täpselt.\n\n"
        "Nõuetele vastavust hinnatakse värbamisel.\n")
    requirements = doc.requirements
    assert requirements.additional.heading == \
        "Täiendavad kompetentsid, isikuomadused ja teadmised"
    assert requirements.note == [Block.p("Nõuetele vastavust hinnatakse värbamisel.")]


def test_a_sentence_starting_with_kinnitatud_is_not_the_approval_note() -> None:
    doc, _ = parse_text("1. ÜLDOSA\n1.1 Ametinimetus: Nõunik\n2. AMETIKOHA EESMÄRK\n"
                        "Kinnitatud eelarve piires hangete korraldamine.\n")
    assert doc.approval is None
    assert doc.purpose == [Block.p("Kinnitatud eelarve piires hangete korraldamine.")]


def test_labels_with_dashes() -> None:
    doc, _ = parse_text("1. ÜLDOSA\n1.1 Ametinimetus – Nõunik\n"
                        "7. AMETIKOHALE ESITATAVAD NÕUDED\nHaridus – kõrgharidus.\n"
                        "Keeleoskus - eesti keel C1.\n")
    assert doc.general.title == "Nõunik"
    assert [(r.label, r.content) for r in doc.requirements.items] == [
        ("Haridus", [Block.p("kõrgharidus.")]), ("Keeleoskus", [Block.p("eesti keel C1.")])]


def test_markdown_tables() -> None:
    doc, _ = parse_text(
        "1. ÜLDOSA\n| 1.1 Ametinimetus | 1.2 Struktuuriüksus |\n|---|---|\n"
        "| Nõunik | Arendusosakond |\n\n3. TEENISTUSKOHUSTUSED\n"
        "| Põhiülesanded | Oodatavad tulemused |\n|:--|:--|\n"
        "| 3.1 Nõustamine. | <ul><li>Kolleegid on nõustatud.</li><li>Info on antud.</li></ul> |\n"
        "7. AMETIKOHALE ESITATAVAD NÕUDED\n| Haridus | Kõrgharidus. |\n")
    assert (doc.general.title, doc.general.unit) == ("Nõunik", "Arendusosakond")
    assert doc.duties.items[0].task == [Block.p("Nõustamine.")]
    assert doc.duties.items[0].results == [Block.li("Kolleegid on nõustatud."),
                                           Block.li("Info on antud.")]
    assert [(r.label, r.content) for r in doc.requirements.items] == [
        ("Haridus", [Block.p("Kõrgharidus.")])]
    assert doc.import_notes == []


def test_tab_rows_whose_task_cell_is_a_bullet_continue_the_duty() -> None:
    text = (
        "3. PÕHIKOHUSTUSED\n"
        "Põhiülesanded\tOodatavad tulemused\n"
        "1) Deklaratsioonide kontrollimine.\tDeklaratsioonid on kontrollitud.\n"
        "2) Nõustamine, sh:\t• kliendid on nõustatud;\n"
        "• klientide nõustamine telefonil;\t• vastused on antud.\n"
        "• e-kirjadele vastamine.\t• kirjad on vastatud.\n"
    )
    duties = parse_text(text)[0].duties
    assert len(duties.items) == 2
    assert duties.items[1].task == [Block.p("Nõustamine, sh:"),
                                    Block.li("klientide nõustamine telefonil;"),
                                    Block.li("e-kirjadele vastamine.")]
    assert duties.items[1].results == [Block.li("kliendid on nõustatud;"),
                                       Block.li("vastused on antud."),
                                       Block.li("kirjad on vastatud.")]
