"""The quality bar of issue 7, on the real engine (installed by setup.sh's spell extra)."""

import sys

import pytest

from ametieditor.spelling.checker import SpellChecker
from ametieditor.spelling.user_dictionary import UserDictionary


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> SpellChecker:
    folder = tmp_path_factory.mktemp("dict")
    return SpellChecker(user_dictionary=UserDictionary(folder / "words.txt"))


def test_common_typo_gets_the_right_first_suggestion(checker: SpellChecker) -> None:
    assert not checker.is_correct("tööülesanete")
    assert "tööülesannete" in checker.suggestions("tööülesanete")[:3]


@pytest.mark.parametrize("word", [
    "tööülesannete", "teenistuskohustuste", "lastemajateenuse", "kliendikesksus",
    "Kliendikesksus", "koostöövõime", "pingetaluvus", "Sotsiaalkindlustusameti",
    "peaspetsialist", "isikuandmete", "Koordinaatorit", "e-posti",
])
def test_inflected_forms_and_compounds_of_job_descriptions_pass(
        checker: SpellChecker, word: str) -> None:
    assert checker.is_correct(word)


def test_typos_in_the_golden_sample_are_found(checker: SpellChecker) -> None:
    assert checker.misspelt(["usaldusväarsuse", "Korrektus", "vastutab"]) == [
        "usaldusväarsuse", "Korrektus"]
    assert checker.suggestions("Korrektus")[0] == "Korrektsus"


def test_engine_loads_without_the_rest_of_estnltk(checker: SpellChecker) -> None:
    checker.is_correct("õigus")
    assert "estnltk" not in sys.modules
