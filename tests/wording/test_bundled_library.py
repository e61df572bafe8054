"""The committed library is exactly what scripts/build_wording.py makes, and proofread."""

import subprocess
import sys

import pytest

from ametieditor.spelling.checker import SpellChecker
from ametieditor.spelling.tokenizer import iter_words
from ametieditor.spelling.user_dictionary import UserDictionary
from ametieditor.wording.library import WordingLibrary
from tests.conftest import REPO
from tests.support.scripts import load_script

#: Hyphenated words that would also be words written together, each reviewed:
#: the hyphen is right (Eesti Keele Instituudi ÕS: a proper-noun first part).
REVIEWED_HYPHENS = {
    "Eesti-sisesteks": "proper noun + -sisene is written with a hyphen",
}


def test_build_script_reproduces_the_committed_file(tmp_path) -> None:
    output = tmp_path / "standard.xml"
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_wording.py"),
                             str(output)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == (REPO / "resources" / "wording" / "standard.xml").read_bytes()


@pytest.fixture(scope="module")
def library_words(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("library")
    return [w.text for e in WordingLibrary(folder).entries()
            for w in iter_words(f"{e.name} {e.label} {e.text}")]


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> SpellChecker:
    return SpellChecker(user_dictionary=UserDictionary(
        tmp_path_factory.mktemp("dict") / "d.txt"))


def test_every_word_of_the_library_passes_the_speller(library_words: list[str],
                                                      checker: SpellChecker) -> None:
    """Names, requirement labels and texts (lost diacritics included, issue 15)."""
    assert checker.misspelt(library_words) == []


def test_no_compound_is_split_by_a_hyphen_unless_reviewed(library_words: list[str],
                                                          checker: SpellChecker) -> None:
    """``tegutsemis-meetodeid``: each half is a word, so the speller alone passes it."""
    hyphenated = {w for w in library_words if "-" in w}
    joined = {w for w in hyphenated if checker.is_correct(w.replace("-", ""))}
    assert joined - REVIEWED_HYPHENS.keys() == set()
    assert REVIEWED_HYPHENS.keys() <= hyphenated  # no stale exception


def test_what_proofreading_fixed_is_gone_from_the_library() -> None:
    """The mistakes the speller cannot see (grammar, split compounds) stay fixed."""
    fixes = load_script("build_wording").FIXES
    text = (REPO / "resources" / "wording" / "standard.xml").read_text(encoding="utf-8")
    assert {"On muutuv keskkonnas võimeline kohanema", "tegutsemis-meetodeid"} <= fixes.keys()
    for wrong, right in fixes.items():
        assert wrong not in text
        assert right in text
