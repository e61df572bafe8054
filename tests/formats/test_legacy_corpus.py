"""The legacy corpus: last year's files as typists, copies, OCR and printers made them.

tests/data/legacy/corpus is made by scripts/make_legacy_corpus.py from the three
golden documents; each input sits beside the document a perfect reader gets
from it. The importer must read every input to that document (100 % of the
fields, no word lost), and docs/IMPORT.md must show the figure as measured.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest

from ametieditor.formats import registry, xml_format
from ametieditor.model.document import Block
from tests.support.model_diff import assert_same_document
from tests.support.scripts import load_script

corpus = load_script("make_legacy_corpus")
measure = load_script("measure_import_accuracy")
INPUTS = corpus.inputs()


def test_the_corpus_is_large_and_varied() -> None:
    names = [path.name for path in INPUTS]
    assert len(names) >= 30
    assert {path.suffix for path in INPUTS} == {".txt", ".docx", ".pdf"}
    text = {path.name: path.read_text(encoding="utf-8") for path in INPUTS
            if path.suffix == ".txt"}
    # Each kind of damage is really in the files, not only in their names.
    assert "kompetentsid**Kliendikesksus:**" in text["001_markdown_copy.txt"]
    assert "<h2>" in text["002_html_copy.txt"] and "&bdquo;" in text["003_html_copy.txt"]
    assert "\nNr.\tPõhiülesanded" in text["001_word_as_text.txt"]
    assert "\nJrk\tPõhiülesanded" in text["001_html_copy.txt"]
    ocr = text["001_ocr_run_together.txt"]
    assert not re.search("[õäöüÕÄÖÜ]", ocr) and "1.2 Struktuuriiiksus" in ocr
    assert re.search(r"\. 3\.2\. [A-Z]", ocr)  # two duties on one line
    assert "Arvutikasutamise\noskus\n" in text["001_pdf_wrapped.txt"]
    assert "Haridus\n\n\n" in text["002_blank_line_labels.txt"]
    # Two columns side by side in the layout text of a table, one in a paragraph file.
    assert re.search(r"3\.1\. \S.* {3,}\S", text["002_word_tables_layout.txt"])
    assert not re.search(r"3\.1\. \S.* {3,}\S", text["002_word_paragraphs_layout.txt"])


@pytest.mark.parametrize("source", INPUTS, ids=[path.name for path in INPUTS])
def test_every_input_reads_to_its_expected_document(source: Path) -> None:
    result = registry.load(source)
    assert_same_document(xml_format.read(corpus.expected_path(source)), result.document)
    assert result.document.import_notes == []


def test_ocr_damage_stays_in_the_values_and_the_vocabulary_is_restored() -> None:
    expected = xml_format.read(corpus.expected_path(INPUTS[0].with_name(
        "001_ocr_wrapped.txt")))
    assert expected.general.unit == "Laste heaolu osakond"  # no diacritics to lose
    assert expected.general.title == "Peaspetsialist (lastemaja)"
    assert expected.purpose[0].text.startswith("Ametikoha eesmark on")  # damage kept
    assert expected.requirements.items[3].label == "Arvutikasutamise oskus"
    assert expected.requirements.competencies.heading == "Tööks vajalikud kompetentsid"
    assert expected.duties.heading == "TEENISTUSKOHUSTUSED"


def test_text_inputs_are_what_the_script_makes(tmp_path: Path) -> None:
    corpus.main(tmp_path, pdf=False)
    made = sorted(path.name for path in tmp_path.iterdir())
    for name in made:
        committed = corpus.OUT / name
        if name.endswith(".docx"):
            assert _seen(tmp_path / name) == _seen(committed), name
        else:
            assert (tmp_path / name).read_bytes() == committed.read_bytes(), name


def _seen(path: Path) -> list[tuple[str, object, bool]]:
    from ametieditor.formats.docx_import import docx_lines

    with zipfile.ZipFile(path) as archive:
        return [(line.text, line.cells, line.margin) for line in docx_lines(archive, path)]


def test_the_figure_is_100_percent_and_no_word_lost() -> None:
    results = measure.measure()
    assert len(results) == len(INPUTS)
    assert all(r.total > 150 for r in results)
    assert sum(r.right for r in results) == sum(r.total for r in results)
    assert sum(r.lost for r in results) == 0


def test_docs_show_the_measured_table() -> None:
    text = measure.DOC.read_text(encoding="utf-8")
    start = text.index(measure.BEGIN) + len(measure.BEGIN)
    assert text[start:text.index(measure.END)].strip() == measure.table(measure.measure())


def test_the_measure_sees_a_wrong_field_and_a_lost_word(tmp_path: Path) -> None:
    """The measure would fail a reader that misplaced or dropped text."""
    source = corpus.OUT / "002_typed_colon_tabs.txt"
    shutil.copyfile(source, tmp_path / source.name)
    expected = xml_format.read(corpus.expected_path(source))
    expected.purpose.append(Block.p("Lisalõik, mida sisendis ei ole."))
    expected.general.manager = "Keegi teine"
    xml_format.write(expected, corpus.expected_path(tmp_path / source.name))
    [result] = measure.measure(tmp_path)
    assert set(result.wrong) == {"general.manager", "purpose[1].text", "purpose[1].kind"}
    assert result.lost == 7  # "Lisalõik, mida sisendis ei ole." and "Keegi teine"
    assert result.accuracy < 100
