"""ametieditor-cli convert to and from DOCX and to PDF, as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import SAMPLE_FILES
from tests.support.docx_reading import parts, xml
from tests.support.templates import make_plain_template


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda path: path.name[:3])
def test_docx_and_back_gives_identical_xml(sample: Path, tmp_path: Path) -> None:
    exported = tmp_path / "välja.docx"
    result = run("convert", sample, exported)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    back = tmp_path / "tagasi.ametijuhend"
    result = run("convert", exported, back)
    assert result.returncode == 0, result.stderr
    assert back.read_bytes() == sample.read_bytes()


def test_author_and_template_warning(tmp_path: Path) -> None:
    template = make_plain_template(tmp_path / "tavaline.docx")
    out = tmp_path / "out.docx"
    result = run("convert", SAMPLE_FILES[0], out, "--template", template,
                 "--author", "Kati Karu")
    assert result.returncode == 0
    assert result.stderr.startswith(f"{out}: mallis puuduvad stiilid")
    core = xml(parts(out.read_bytes())["docProps/core.xml"])
    assert core.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Kati Karu"


def test_missing_template_is_one_line_and_exit_2(tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    result = run("convert", SAMPLE_FILES[0], out, "--template", tmp_path / "puudub.docx")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "puudub.docx" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_reading_a_truncated_pdf_names_the_problem(tmp_path: Path) -> None:
    # PDF reading is the importer's (pdf_import); a stub file gives one clear line.
    source = tmp_path / "vana.pdf"
    source.write_bytes(b"%PDF-1.4")
    result = run("convert", source, tmp_path / "x.ametijuhend")
    assert result.returncode == 2
    assert result.stderr == f"{source}: PDF-fail on rikutud või poolik\n"
