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


def test_check_signing_flag_reports_placeholders(tmp_path: Path) -> None:
    doc = full_document()
    doc.purpose = [Block.p("Ametikoha eesmärk on [täida].")]
    path = tmp_path / "mustand.ametijuhend"
    xml_format.write(doc, path)
    assert run("check", "--no-spelling", path).returncode == 0
    result = run("check", "--no-spelling", "--signing", path)
    assert result.returncode == 1
    assert result.stdout == (f"{path}: 2. Eesmärk: mustandi kohatäide „[täida]” on jäänud "
                             "tekstisse\n")


def test_check_folder_reports_each_file_and_what_is_between_them(tmp_path: Path) -> None:
    a, b = full_document(), full_document()
    a.general.title, a.general.substitutes = "Koordinaator", "Nõunikku"
    a.general.substituted_by = ""
    b.general.title = "Nõunik"
    b.general.unit = a.general.unit + "a"
    b.duties.items[0].task = [Block.p("Tööülesanete jaotamine.")]
    xml_format.write(a, tmp_path / "a.ametijuhend")
    xml_format.write(b, tmp_path / "b.ametijuhend")
    (tmp_path / "pilt.png").write_bytes(b"not a job description")
    result = run("check", tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f'{tmp_path}/b.ametijuhend: 3.1 ülesanne: "Tööülesanete" → Tööülesannete',
        f"{tmp_path}/a.ametijuhend: 1.5 Keda asendab: „Nõunikku” "
        f"({tmp_path}/b.ametijuhend) ei nimeta väljal 1.4 Kes asendab ametikohta „Koordinaator”",
        f"{tmp_path}/b.ametijuhend: 1.2 Struktuuriüksus: „Laste heaolu osakonda” on "
        f"kirjutatud teisiti kui „Laste heaolu osakond” ({tmp_path}/a.ametijuhend)",
    ]


def test_check_folder_with_an_unreadable_file_exits_2(tmp_path: Path) -> None:
    xml_format.write(full_document(), tmp_path / "a.ametijuhend")
    (tmp_path / "b.ametijuhend").write_text("<katki", encoding="utf-8")
    result = run("check", tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert str(tmp_path / "b.ametijuhend") in result.stderr


def test_missing_speller_note_appears_once_for_a_folder(tmp_path: Path, monkeypatch,
                                                        capsys: pytest.CaptureFixture) -> None:
    from ametieditor.spelling import backend

    def unavailable() -> backend.Backend:
        raise backend.SpellerUnavailable("puudub")

    monkeypatch.setattr("ametieditor.spelling.checker.default_backend", unavailable)
    for name in ("a", "b", "c"):
        xml_format.write(full_document(), tmp_path / f"{name}.ametijuhend")
    cli.main(["check", str(tmp_path)])
    assert capsys.readouterr().err.count("õigekirja ei kontrollitud: puudub") == 1
