"""Checks added for issue 7: empty parts, dates, repeated wording, open lists, signing."""

import datetime as dt

import pytest

from ametieditor.model.checks import check_document, check_for_signing
from ametieditor.model.document import Block, CompetencyGroup, Signatures
from tests.support.factories import full_document

TODAY = dt.date(2026, 11, 23)


def lines(doc, today: dt.date = TODAY) -> list[str]:
    return [p.format("f") for p in check_document(doc, today=today)]


def test_full_document_is_clean_today_and_ready_for_signing() -> None:
    assert lines(full_document()) == []
    assert check_for_signing(full_document(), today=TODAY) == []


def test_duties_section_without_duties() -> None:
    doc = full_document()
    doc.duties.items = []
    assert lines(doc) == ["f: 3. TEENISTUSKOHUSTUSED: ühtegi ülesannet ei ole lisatud"]


def test_competency_group_without_items() -> None:
    doc = full_document()
    doc.requirements.competencies.groups.append(CompetencyGroup("Koostöövõime", []))
    assert lines(doc) == ["f: 7. Koostöövõime: kompetentsil ei ole ühtegi kirjeldust"]


@pytest.mark.parametrize(("date", "expected"), [
    ("2026-12-01", "f: Kinnitamine: kinnitamise kuupäev 01.12.2026 on tulevikus"),
    ("2021-11-01", "f: Kinnitamine: kinnitamise kuupäev 01.11.2021 on üle 5 aasta vana"),
])
def test_approval_date_in_the_future_or_far_past(date: str, expected: str) -> None:
    doc = full_document()
    doc.approval.date = date
    assert lines(doc) == [expected]


def test_approval_date_within_range_is_fine() -> None:
    doc = full_document()
    for date in ("2026-11-23", "2022-01-01"):
        doc.approval.date = date
        assert lines(doc) == []


def test_same_wording_in_rights_and_responsibilities() -> None:
    doc = full_document()
    doc.responsibilities.content.append(Block.li("Saada tööks vajalikku infot."))
    assert lines(doc) == ["f: 5. Vastutus: sama sõnastus on ka õiguste all (1. punkt)"]


def test_task_ending_in_sh_without_bullets() -> None:
    doc = full_document()
    doc.duties.items[1].task = [Block.p("Teenuse korraldamine, sh:")]
    doc.duties.items[2].task = [Block.p("Aruannete koostamine, sh:"), Block.p("muu")]
    assert lines(doc) == [
        "f: 3.2 ülesanne: ülesanne lõpeb „sh:”, kuid loetelu sellele ei järgne",
        "f: 3.3 ülesanne: ülesanne lõpeb „sh:”, kuid loetelu sellele ei järgne",
    ]


def test_signing_finds_placeholders_anywhere() -> None:
    doc = full_document()
    doc.purpose = [Block.p("Ametikoha eesmärk on …")]
    doc.duties.items[0].results.append(Block.li("TODO tulemused"))
    doc.general.substitutes = "XXX"
    doc.requirements.items[0].content = [Block.p("[täida] haridus")]
    doc.amendment = [Block.p("Lorem ipsum dolor sit amet.")]
    found = [p.format("f") for p in check_for_signing(doc, today=TODAY)]
    assert found == [
        "f: 1.5 Keda asendab: mustandi kohatäide „XXX” on jäänud tekstisse",
        "f: 2. Eesmärk: mustandi kohatäide „…” on jäänud tekstisse",
        "f: 3.1 tulemused: mustandi kohatäide „TODO” on jäänud tekstisse",
        "f: 7. Haridus: mustandi kohatäide „[täida]” on jäänud tekstisse",
        "f: 8. Muutmine: mustandi kohatäide „Lorem ipsum” on jäänud tekstisse",
    ]
    assert check_document(doc, today=TODAY) == []


def test_signing_needs_purpose_duties_and_signatures() -> None:
    doc = full_document()
    doc.purpose = []
    doc.duties = None
    doc.signatures = Signatures()
    assert [p.format("f") for p in check_for_signing(doc, today=TODAY)] == [
        "f: 2. Eesmärk: osa on tühi",  # on but empty: not printed (check_document says so)
        "f: Ülesanded: ülesannete osa puudub",
        "f: Allkirjad: allkirjade osa puudub",
    ]
    doc.purpose = None
    assert next(p.format("f") for p in check_for_signing(doc, today=TODAY)) == (
        "f: 2. Eesmärk: ametikoha eesmärk puudub")
    doc = full_document()
    doc.signatures.approver.name = ""
    assert [p.message for p in check_for_signing(doc, today=TODAY)] == [
        "kinnitaja nimi on täitmata"]


def test_checking_date_is_today_unless_pinned(monkeypatch) -> None:
    from ametieditor.clock import checking_date

    assert checking_date() == dt.date(2026, 11, 23)  # pinned by tests/conftest.py
    monkeypatch.delenv("AMETIEDITOR_TODAY")
    assert checking_date() == dt.date.today()
    monkeypatch.setenv("AMETIEDITOR_TODAY", "2040-01-01")
    doc = full_document()
    assert [p.message for p in check_document(doc, checking_date())] == [
        "kinnitamise kuupäev 11.06.2023 on üle 5 aasta vana"]


def test_new_checks_speak_english() -> None:
    from ametieditor.i18n import ENGLISH, set_language

    set_language(ENGLISH)
    doc = full_document()
    doc.duties.items = []
    doc.approval.date = "2030-01-01"
    assert lines(doc) == [
        "f: Approval: the approval date 01.01.2030 is in the future",
        "f: 3. TEENISTUSKOHUSTUSED: no duties have been added",
    ]
