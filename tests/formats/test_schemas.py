"""The XSD of every format version is generated from one base (scripts/build_schemas.py)."""

from __future__ import annotations

from lxml import etree

from ametieditor.formats import xml_format
from ametieditor.model.parts import NUMBERED_PARTS
from ametieditor.resources import resource_path
from tests.support.scripts import load_script

build_schemas = load_script("build_schemas")
XS = "{http://www.w3.org/2001/XMLSchema}"


def _root_sequence(version: int) -> list[str]:
    schema = etree.fromstring(build_schemas.build(version).encode())
    root = next(e for e in schema.iter(f"{XS}element") if e.get("name") == "ametijuhend")
    return [e.get("name") for e in root.iter(f"{XS}element")][1:]


def test_committed_schemas_are_the_generated_ones() -> None:
    for version in build_schemas.versions():
        committed = resource_path(build_schemas.schema_file(version)).read_text("utf-8")
        assert committed == build_schemas.build(version), (
            f"ametijuhend-{version}.xsd differs from the base: run scripts/build_schemas.py")


def test_there_is_a_schema_for_every_version_up_to_the_current_one() -> None:
    assert list(build_schemas.versions()) == list(range(1, xml_format.CURRENT_VERSION + 1))
    assert build_schemas.schema_file(xml_format.CURRENT_VERSION) == xml_format.SCHEMA_FILE
    assert build_schemas.main(["--check"]) == 0


def test_each_version_adds_what_the_base_marks_for_it() -> None:
    assert "importNotes" not in _root_sequence(1)
    assert _root_sequence(2)[-1] == "importNotes" and "extraSections" not in _root_sequence(2)
    v3 = _root_sequence(3)
    assert v3[v3.index("amendment") + 1] == "extraSections"
    # the notes on each version are in the header of that version and the later ones
    assert "Version 2 adds" in build_schemas.build(2)
    assert "Version 3 adds" not in build_schemas.build(2)
    assert "Version 2 adds" in build_schemas.build(3) and "version 3 (" in build_schemas.build(3)


def test_every_numbered_part_is_an_element_of_the_current_schema() -> None:
    sequence = _root_sequence(xml_format.CURRENT_VERSION)
    positions = [sequence.index(spec.section.value) for spec in NUMBERED_PARTS
                 if spec.section is not None]
    assert positions == sorted(positions)


def test_a_marked_block_is_left_out_of_earlier_versions() -> None:
    base = ("<!--@version 5\n  Version 5 adds b.\n-->\n<x>{version}\n{notes}</x>\n"
            "<a/>\n<!--@since 5 {-->\n<b/>\n<!--}-->\n<c/><!--@since 6-->\n")
    assert build_schemas.build(4, base) == "<x>4\n</x>\n<a/>\n"
    assert build_schemas.build(5, base) == "<x>5\n  Version 5 adds b.\n\n</x>\n<a/>\n<b/>\n"
    assert build_schemas.build(6, base).endswith("<b/>\n<c/>\n")
