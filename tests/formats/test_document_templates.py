import datetime as dt
from pathlib import Path

import pytest

from ametieditor.formats import document_templates as templates
from ametieditor.formats import xml_format
from ametieditor.io.errors import FormatError
from ametieditor.model.checks import check_document
from tests.support.factories import full_document

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources folder with two bundled templates (fixtures, made here)."""
    resources = tmp_path / "resources"
    (resources / "templates").mkdir(parents=True)
    for name, group in (("uus-ametnik", "Ametnik"), ("uus-tootaja", "Töötaja")):
        doc = templates.as_template(full_document())
        doc.general.employee_group = group
        xml_format.write(doc, resources / "templates" / f"{name}.ametijuhend")
    (resources / "templates" / "loe-mind.txt").write_text("not a template")
    monkeypatch.setattr(templates, "bundled_folder", lambda: resources / "templates")
    return resources / "templates"


def test_template_empties_post_specific_parts_and_keeps_the_rest() -> None:
    doc = full_document()
    template = templates.as_template(doc)
    assert template.meta is None
    assert (template.general.title, template.general.substituted_by,
            template.general.substitutes) == ("", "", "")
    assert template.general.unit == doc.general.unit
    assert template.purpose == [] and template.duties.items == []
    assert template.duties.heading == doc.duties.heading
    assert (template.approval.approver, template.approval.date, template.approval.decree) == (
        doc.approval.approver, "", "")
    assert template.rights == doc.rights and template.requirements == doc.requirements
    assert template.signatures == doc.signatures and template.amendment == doc.amendment
    assert doc.general.title == "Peaspetsialist (lastemaja)"  # the document is untouched


def test_keep_chooses_more_parts() -> None:
    keep = {templates.PostPart.PURPOSE, templates.PostPart.DUTIES}
    template = templates.as_template(full_document(), keep)
    assert template.purpose == full_document().purpose
    assert len(template.duties.items) == 3
    assert template.general.unit == ""


def test_list_save_create_and_delete(bundled: Path, isolated_environment: Path) -> None:
    assert [(t.name, t.bundled) for t in templates.list_templates()] == [
        ("uus-ametnik", True), ("uus-tootaja", True)]
    saved = templates.save_as_template(full_document(), "Lastemaja: spetsialist")
    assert saved.path.is_relative_to(isolated_environment)
    assert saved.path.name == "Lastemaja- spetsialist.ametijuhend"
    assert [t.name for t in templates.list_templates()] == [
        "uus-ametnik", "uus-tootaja", "Lastemaja- spetsialist"]

    doc = templates.new_from_template(saved, now=NOW)
    assert doc.meta.revision == 1 and len(doc.meta.id) == 32
    assert doc.meta.created == doc.meta.modified == "2026-11-23T10:00:00+02:00"
    assert doc.meta.based_on == ""
    assert templates.new_from_template(saved, now=NOW).meta.id != doc.meta.id
    problems = [p.format("uus") for p in check_document(doc)]
    assert "uus: 1.1 Ametinimetus: väli on täitmata" in problems
    assert "uus: 3. TEENISTUSKOHUSTUSED: ühtegi ülesannet ei ole lisatud" in problems

    with pytest.raises(FormatError):
        templates.save_as_template(full_document(), "Lastemaja: spetsialist")
    templates.save_as_template(full_document(), "Lastemaja: spetsialist", replace=True)

    templates.delete_template(saved)
    assert [t.name for t in templates.list_templates()] == ["uus-ametnik", "uus-tootaja"]
    with pytest.raises(FormatError):
        templates.delete_template(templates.list_templates()[0])


def test_new_from_bundled_template(bundled: Path) -> None:
    tootaja = next(t for t in templates.list_templates() if t.name == "uus-tootaja")
    before = tootaja.path.read_bytes()
    doc = templates.new_from_template(tootaja, now=NOW)
    assert doc.general.employee_group == "Töötaja"
    assert doc.rights == full_document().rights
    doc.general.title = "Uus ametikoht"
    assert tootaja.path.read_bytes() == before


def test_blank_name_is_refused() -> None:
    with pytest.raises(FormatError):
        templates.template_path(" / ")


@pytest.mark.parametrize("name", ["uus-ametnik", "uus-tootaja"])
def test_new_document_starts_with_only_the_parts_its_kind_needs(name: str) -> None:
    """No work tools and no additional competencies: optional, and empty they would only
    stand in the check as "osa on tühi" (issue 12); the user switches them on if needed."""
    from ametieditor.resources import resource_path

    doc = templates.new_from_template(resource_path(f"templates/{name}.ametijuhend"))
    assert doc.work_tools is None
    assert doc.requirements.additional is None
    for part in (doc.purpose, doc.duties, doc.rights, doc.responsibilities, doc.requirements,
                 doc.amendment, doc.signatures, doc.requirements.competencies):
        assert part is not None
    empty = [p.part for p in check_document(doc) if p.message == "osa on tühi"]
    # what the new document asks the user to write, with the numbers it will print
    assert empty == ["2. Eesmärk", f"3. {doc.duties.heading}", "4. Õigused", "5. Vastutus",
                     "6. Nõuded"]
