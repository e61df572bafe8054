"""``ametieditor-cli check`` reports misspelt words after the model's problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from ametieditor import cli
from ametieditor.formats import xml_format
from ametieditor.model.document import Block
from tests.cli.test_cli import run
from tests.support.factories import full_document


@pytest.fixture
def typo_file(tmp_path: Path) -> Path:
    doc = full_document(duty_count=4)
    doc.duties.items[3].task = [Block.p("Osakonna tööülesanete planeerimine.")]
    path = tmp_path / "kirjaviga.ametijuhend"
    xml_format.write(doc, path)
    return path


def test_check_reports_the_misspelt_word_with_its_suggestion(typo_file: Path) -> None:
    result = run("check", typo_file)
    assert result.returncode == 1
    assert f'{typo_file}: 3.4 ülesanne: "tööülesanete" → tööülesannete' in \
        result.stdout.splitlines()


def test_no_spelling_flag_turns_it_off(typo_file: Path) -> None:
    result = run("check", "--no-spelling", typo_file)
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""


def test_missing_speller_is_a_note_not_a_failure(typo_file: Path, monkeypatch,
                                                 capsys: pytest.CaptureFixture) -> None:
    from ametieditor.spelling import backend

    def unavailable() -> backend.Backend:
        raise backend.SpellerUnavailable("eesti keele speller ei ole paigaldatud")

    monkeypatch.setattr("ametieditor.spelling.checker.default_backend", unavailable)
    assert cli.main(["check", str(typo_file)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "õigekirja ei kontrollitud: eesti keele speller ei ole paigaldatud" in captured.err
