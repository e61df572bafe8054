"""A new revision: new id, next number, link to the old one, approval cleared."""

from __future__ import annotations

import datetime as dt
import re

from ametieditor.formats import xml_format
from ametieditor.model.compare import compare
from ametieditor.model.revision import new_revision
from tests.conftest import DATA
from tests.support.factories import full_document

NOW = dt.datetime(2026, 11, 23, 10, 15, 30, 123456,
                  tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_new_revision_of_a_document_with_meta() -> None:
    old = full_document()
    before = old.clone()
    new = new_revision(old, NOW)
    assert old == before, "the old revision is not touched when it already has an id"
    assert re.fullmatch(r"[0-9a-f]{32}", new.meta.id) and new.meta.id != old.meta.id
    assert new.meta.revision == 3
    assert new.meta.based_on == "3f0c9a"
    assert new.meta.created == new.meta.modified == "2026-11-23T10:15:30+02:00"
    assert new.approval.approver == old.approval.approver
    assert (new.approval.date, new.approval.decree) == ("", "")
    assert (old.approval.date, old.approval.decree) == ("2023-06-11", "94")


def test_everything_else_is_copied_deep() -> None:
    old = full_document()
    new = new_revision(old, NOW)
    comparison = compare(old, new)
    assert [entry.label for entry in comparison.changes] == ["Kinnitamismärge"]
    new.duties.items[0].task[0].text = "muudetud"
    new.requirements.items[0].content.clear()
    assert old.duties.items[0].task[0].text == "Ülesanne 1 korraldamine, sh:"
    assert old.requirements.items[0].content


def test_document_without_id_gets_one_first() -> None:
    old = xml_format.read(DATA / "001_peaspetsialist_lastemaja.ametijuhend")
    assert old.meta is None
    new = new_revision(old, NOW)
    assert old.meta is not None and re.fullmatch(r"[0-9a-f]{32}", old.meta.id)
    assert old.meta.revision == 1
    assert new.meta.based_on == old.meta.id
    assert new.meta.revision == 2
    assert new_revision(new, NOW).meta.based_on == new.meta.id


def test_revision_survives_saving(tmp_path) -> None:
    new = new_revision(full_document(), NOW)
    path = tmp_path / "uus.ametijuhend"
    xml_format.write(new, path)
    again = xml_format.read(path)
    assert again.meta == new.meta
    assert again.approval.date == ""


def test_naive_time_gets_the_local_offset() -> None:
    new = new_revision(full_document(), dt.datetime(2026, 1, 2, 3, 4, 5))
    assert re.fullmatch(r"2026-01-02T03:04:05[+-]\d\d:\d\d", new.meta.created)


def test_revision_info_tells_the_sides_apart() -> None:
    from ametieditor.i18n import ENGLISH, set_language
    from ametieditor.model.document import Approval, JobDescription, Meta
    from ametieditor.model.revision import revision_info

    doc = JobDescription(meta=Meta(id="x", revision=3, created="2025-01-02T08:00:00+02:00"),
                         approval=Approval("peadirektori", "2025-01-05", "7"))
    info = revision_info(doc, "a.ametijuhend")
    assert (info.name, info.revision, info.approved, info.saved) == (
        "a.ametijuhend", "3", "05.01.2025", "02.01.2025 08:00")  # created when never modified
    assert info.details() == "redaktsioon 3, kinnitatud 05.01.2025, salvestatud 02.01.2025 08:00"
    doc.approval.date = "2025-02-30"  # not a real date: shown as it is, not dropped
    assert revision_info(doc, "a").approved == "2025-02-30"
    bare = revision_info(JobDescription(), "imporditud.txt")
    assert bare.details() == "redaktsiooni andmeid ei ole"
    set_language(ENGLISH)
    try:
        assert revision_info(doc, "a").details().startswith("revision 3, approved 2025-02-30")
    finally:
        set_language("et")
