from pathlib import Path

from ametieditor.formats import registry
from ametieditor.model.document import Block
from ametieditor.spelling.checker import SpellChecker
from ametieditor.spelling.report import spelling_problems
from ametieditor.spelling.user_dictionary import UserDictionary
from tests.support.factories import full_document


def test_problems_name_the_part_and_suggest(tmp_path: Path) -> None:
    doc = full_document()
    doc.duties.items[3 - 1].task = [Block.p("Tööülesanete planeerimine ja tööülesanete jaotus")]
    problems = spelling_problems(doc, SpellChecker(user_dictionary=UserDictionary(
        tmp_path / "d.txt")))
    messages = [(p.part, p.message) for p in problems]
    assert ("3.3 ülesanne", '"Tööülesanete" → Tööülesannete') in messages
    assert ("3.3 ülesanne", '"tööülesanete" → tööülesannete') in messages
    assert problems[0].location[:4] == ("duties", "items", 2, "task")


def test_clean_golden_sample_has_no_spelling_problems(data_dir: Path, tmp_path: Path) -> None:
    doc = registry.load(data_dir / "002_koordinaator_srt.ametijuhend").document
    checker = SpellChecker(user_dictionary=UserDictionary(tmp_path / "d.txt"))
    assert spelling_problems(doc, checker) == []
