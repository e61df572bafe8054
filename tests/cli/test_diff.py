"""``ametieditor-cli diff OLD NEW``: exit codes, the summary, HTML and DOCX outputs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from ametieditor.formats import xml_format
from ametieditor.model.document import Block
from tests.cli.test_cli import run
from tests.conftest import DATA

SAMPLE = DATA / "001_peaspetsialist_lastemaja.ametijuhend"


@pytest.fixture
def revised(tmp_path: Path) -> Path:
    """Sample 001 with one duty moved (3.4 → 3.2), one task reworded, a result added."""
    doc = xml_format.read(SAMPLE)
    items = doc.duties.items
    items.insert(1, items.pop(3))
    items[2].task[0].text = "Valdkondliku koostöö korraldamine."
    items[0].results.append(Block.li("aruanne esitatud."))
    path = tmp_path / "uus.ametijuhend"
    xml_format.write(doc, path)
    return path


def test_same_file_exits_0() -> None:
    result = run("diff", SAMPLE, SAMPLE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Erinevusi ei ole."


def test_differences_exit_1_and_are_listed(revised: Path) -> None:
    result = run("diff", SAMPLE, revised)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Muudatusi: 3, neist sisulisi: 1"
    assert "* 3.1 põhiülesanne: muudetud" in lines
    assert "* 3.2 põhiülesanne: liigutatud 3.4 → 3.2" in lines
    assert "* 3.3 põhiülesanne: muudetud [SISULINE]" in lines
    assert ("    Tulemused: … tehtud; / • lastemajateenuse arendustegevused ellu viidud."
            "{+ / • aruanne esitatud.+}") in lines


def test_english_summary(revised: Path) -> None:
    result = run("--lang", "en", "diff", SAMPLE, revised)
    assert result.returncode == 1
    assert "* 3.2 main duty: moved 3.4 → 3.2" in result.stdout.splitlines()


def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "katki.ametijuhend"
    broken.write_text("<ametijuhend", encoding="utf-8")
    result = run("diff", SAMPLE, broken)
    assert result.returncode == 2
    assert result.stderr.startswith(str(broken))
    assert "Traceback" not in result.stderr
    missing = run("diff", tmp_path / "puudub.ametijuhend", SAMPLE)
    assert missing.returncode == 2 and "ei ole olemas" in missing.stderr


def test_html_and_docx_summaries(revised: Path, tmp_path: Path) -> None:
    html_out, docx_out = tmp_path / "muudatused.html", tmp_path / "muudatused.docx"
    result = run("diff", SAMPLE, revised, "--html", html_out, "--docx", docx_out)
    assert result.returncode == 1, result.stderr
    page = etree.HTML(html_out.read_bytes())
    assert page.xpath("string(//h1)") == (
        "Ametijuhendi muudatused: 001_peaspetsialist_lastemaja.ametijuhend → uus.ametijuhend")
    assert "aruanne esitatud." in page.xpath("string(//ins)")
    assert page.xpath("//del[contains(., 'Valdkondliku võrgustiku- ja koostöö')]") or \
        page.xpath("//del[contains(., 'võrgustiku')]")
    headings = [h.xpath("string(.)") for h in page.xpath("//h2")]
    assert any("liigutatud 3.4 → 3.2" in h for h in headings)
    assert sum("SISULINE" in h for h in headings) == 1

    with zipfile.ZipFile(docx_out) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    struck = ["".join(r.itertext()) for r in body.iter(w + "r") if r.find(f"{w}rPr/{w}strike")
              is not None]
    underlined = ["".join(r.itertext()) for r in body.iter(w + "r")
                  if r.find(f"{w}rPr/{w}u") is not None]
    assert any("võrgustiku" in text for text in struck)
    assert any("aruanne esitatud." in text for text in underlined)


def test_the_summaries_say_which_side_is_old_and_which_new(tmp_path: Path) -> None:
    """File names, revision numbers and dates of both sides, in HTML and DOCX."""
    import datetime as dt

    from ametieditor.model.revision import new_revision

    old = xml_format.read(SAMPLE)  # no revision details of its own, only the approval
    new = new_revision(old, dt.datetime(2026, 11, 20, 9, 30))
    new.duties.items[0].results.append(Block.li("aruanne esitatud."))
    new_path = tmp_path / "2026.ametijuhend"
    xml_format.write(new, new_path)
    html_out, docx_out = tmp_path / "m.html", tmp_path / "m.docx"
    result = run("diff", SAMPLE, new_path, "--html", html_out, "--docx", docx_out)
    assert result.returncode == 1, result.stderr
    page = etree.HTML(html_out.read_bytes())
    rows = [[cell.xpath("string(.)") for cell in row.xpath("th|td")]
            for row in page.xpath("//table[@class='sides']/tr")]
    assert rows == [
        ["", "Varasem", "Uus"],
        ["Fail", SAMPLE.name, "2026.ametijuhend"],
        ["Redaktsioon", "—", "2"],
        ["Kinnitatud", "11.06.2023", "—"],
        ["Salvestatud", "—", "20.11.2026 09:30"],
    ]
    with zipfile.ZipFile(docx_out) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    table = body.find(f"{w}body/{w}tbl")
    assert table is not None  # right under the title
    cells = [["".join(cell.itertext()) for cell in row.iter(f"{w}tc")]
             for row in table.iter(f"{w}tr")]
    assert cells[0] == ["", "Varasem", "Uus"]
    assert cells[2] == ["Redaktsioon", "—", "2"]
    assert cells[3] == ["Kinnitatud", "11.06.2023", "—"]


def test_failed_summary_write_is_one_line_error(revised: Path, tmp_path: Path) -> None:
    result = run("diff", SAMPLE, revised, "--html", tmp_path / "puudub" / "x.html")
    assert result.returncode == 2
    missing = tmp_path / "puudub" / "x.html"
    assert result.stderr.strip() == f"{missing}: faili või kausta ei ole olemas"
    occupied = tmp_path / "kaust.docx"
    occupied.mkdir()
    result = run("diff", SAMPLE, revised, "--docx", occupied)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert occupied.is_dir() and not list(tmp_path.glob(".kaust.docx.*"))


def test_diff_reads_a_signed_container(revised: Path) -> None:
    """Last year's signed container against this year's file, as the issue describes."""
    container = DATA / "legacy" / "signed_ametijuhend.asice"
    same = run("diff", container, SAMPLE)
    assert same.returncode == 0, same.stderr
    assert "allkirja kehtivust ei ole siin kontrollitud; kontrollimiseks: ametieditor-cli verify" \
        in same.stderr
    changed = run("diff", container, revised)
    assert changed.returncode == 1
    assert "* 3.2 põhiülesanne: liigutatud 3.4 → 3.2" in changed.stdout.splitlines()
