"""An organisation's template is a file from outside too: a hostile one is refused clearly.

Runs for every writer that takes a DOCX template (DOCX now; others when registered).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ametieditor.formats import registry
from ametieditor.io.errors import FormatError
from tests.support.factories import full_document
from tests.support.hostile import (
    BILLION_LAUGHS,
    MAY_LOAD,
    XXE_FILE,
    exported_docx,
    hostile_cases,
    replace_members,
)

TEMPLATE_WRITERS = [ext for ext in registry.writable_extensions() if ext == ".docx"]


def _templates() -> list[tuple[str, bytes]]:
    if not TEMPLATE_WRITERS:
        return []
    valid = exported_docx()
    cases = [(name, data) for name, data, expected in hostile_cases(".docx")
             if expected != MAY_LOAD and "embedded" not in name]
    cases += [
        ("dtd-in-content-types", replace_members(valid, {"[Content_Types].xml": XXE_FILE})),
        ("laughs-in-package-rels", replace_members(valid, {"_rels/.rels": BILLION_LAUGHS})),
        ("xxe-in-document-rels", replace_members(valid, {
            "word/_rels/document.xml.rels": XXE_FILE})),
        ("malformed-content-types", replace_members(valid, {"[Content_Types].xml": b"<Types"})),
        ("malformed-package-rels", replace_members(valid, {"_rels/.rels": b"<Rel"})),
    ]
    return cases


@pytest.mark.parametrize(("name", "data"), _templates(), ids=[c[0] for c in _templates()])
@pytest.mark.parametrize("extension", TEMPLATE_WRITERS)
def test_hostile_template_is_refused_and_nothing_written(extension: str, name: str, data: bytes,
                                                         tmp_path: Path) -> None:
    template = tmp_path / f"mall-{name}.docx"
    template.write_bytes(data)
    target = tmp_path / f"eksport{extension}"
    with pytest.raises(FormatError) as caught:
        registry.save(full_document(), target, registry.WriteOptions(template=template))
    assert "\n" not in str(caught.value)
    assert not target.exists()


def test_there_is_a_template_writer_to_test() -> None:
    assert ".docx" in registry.writable_extensions()
    assert len(_templates()) >= 10
