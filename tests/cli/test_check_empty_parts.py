"""``check`` and ``check --signing`` name a part that is on but empty (issue 12, item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ametieditor.cli import EXIT_OK, EXIT_PROBLEMS, main
from ametieditor.formats import xml_format
from tests.support.factories import full_document

ADDITIONAL = "Täiendavad kompetentsid, isikuomadused ja teadmised"


@pytest.mark.parametrize("signing", [False, True])
def test_check_names_the_empty_part_with_its_number(tmp_path: Path, signing: bool,
                                                    capsys: pytest.CaptureFixture) -> None:
    doc = full_document()
    doc.work_tools = None  # so the requirements are section 6
    doc.requirements.additional.items = []
    path = tmp_path / "tyhi.ametijuhend"
    xml_format.write(doc, path)
    args = ["check", str(path), "--no-spelling"] + (["--signing"] if signing else [])
    assert main(args) == EXIT_PROBLEMS
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{path}: 6. {ADDITIONAL}: osa on tühi"]


def test_filled_part_passes(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "taidetud.ametijuhend"
    xml_format.write(full_document(), path)
    assert main(["check", str(path), "--no-spelling", "--signing"]) == EXIT_OK
    assert capsys.readouterr().out == ""
