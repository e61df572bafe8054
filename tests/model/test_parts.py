"""The model's part and field table is the one declaration every layer iterates."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from lxml import etree

from ametieditor.formats import import_vocabulary, xml_format
from ametieditor.model.document import General, JobDescription
from ametieditor.model.numbering import numbering
from ametieditor.model.parts import (
    GENERAL_FIELDS,
    NUMBERED_PARTS,
    PANE_PARTS,
    PARTS,
    SECTION_ORDER,
    Section,
    general_layout_rows,
    part,
)
from tests.support.factories import full_document

REPO = Path(__file__).resolve().parents[2]


def test_every_general_attribute_is_declared_once_in_model_order() -> None:
    declared = [spec.attribute for spec in GENERAL_FIELDS]
    assert declared == [f.name for f in dataclasses.fields(General)]
    assert len({spec.xml_name for spec in GENERAL_FIELDS}) == len(GENERAL_FIELDS)


def test_every_part_attribute_of_the_document_is_declared() -> None:
    document_parts = {f.name for f in dataclasses.fields(JobDescription)} - {"meta",
                                                                            "import_notes"}
    assert {spec.key for spec in PARTS} == document_parts


def test_sections_follow_the_table() -> None:
    assert tuple(Section) == SECTION_ORDER
    assert [spec.key for spec in NUMBERED_PARTS][:2] == ["general", "purpose"]
    assert not part("general").optional


def test_every_part_is_edited_in_a_pane_that_exists() -> None:
    pane_keys = {spec.key for spec in PANE_PARTS}
    for spec in PARTS:
        assert spec.pane_key in pane_keys
    for spec in PANE_PARTS:
        module, class_name = spec.pane or ("", "")
        source = (REPO / "ametieditor" / "gui" / "panes" / f"{module}.py").read_text("utf-8")
        assert f"class {class_name}(" in source


def test_layout_rows_group_the_general_part_as_printed() -> None:
    rows = [[spec.attribute for spec in row] for row in general_layout_rows()]
    # 1.1 | 1.2, then 1.3 | 1.4 | 1.5, then 1.6 (and any optional field added after it)
    assert rows[:2] == [["title", "unit"], ["manager", "substituted_by", "substitutes"]]
    assert rows[2][0] == "employee_group"


def test_xsd_declares_every_general_field_in_table_order() -> None:
    schema = etree.parse(str(REPO / "resources" / xml_format.SCHEMA_FILE))
    xs = "{http://www.w3.org/2001/XMLSchema}"
    general_types = [element for element in schema.iter(f"{xs}complexType")
                     if element.get("name") in ("General", "GeneralType", "general")]
    names: list[str] = []
    if general_types:
        names = [e.get("name") for e in general_types[0].iter(f"{xs}element")]
    else:  # declared inline under <xs:element name="general">
        general = next(e for e in schema.iter(f"{xs}element") if e.get("name") == "general")
        names = [e.get("name") for e in general.iter(f"{xs}element")][1:]
    assert names == [spec.xml_name for spec in GENERAL_FIELDS]


def test_a_new_field_in_the_table_reaches_the_importer_and_the_numbers() -> None:
    for spec in GENERAL_FIELDS:
        assert spec.label in import_vocabulary.general_labels()[spec.attribute]
        label = import_vocabulary.fold(spec.label)
        assert import_vocabulary.general_field_for(label) == spec.attribute
    numbers = numbering(full_document())
    labels = [numbers.general_label(spec.attribute) for spec in GENERAL_FIELDS]
    assert labels[3] == "1.4 Kes asendab"
    assert all(re.fullmatch(r"1\.\d \S.*", label) for label in labels)


def test_the_field_name_substituted_by_is_written_in_at_most_two_production_files() -> None:
    """Issue 14: the model and at most one more production file name the field."""
    found = sorted(
        str(path.relative_to(REPO))
        for path in (REPO / "ametieditor").rglob("*.py")
        if "generated" not in path.parts and "substituted_by" in path.read_text("utf-8")
    )
    assert "ametieditor/model/document.py" in found
    assert len(found) <= 2, found
