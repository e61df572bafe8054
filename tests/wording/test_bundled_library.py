"""The committed library is exactly what scripts/build_wording.py makes, and spelt right."""

import subprocess
import sys

from ametieditor.spelling.checker import SpellChecker
from ametieditor.spelling.tokenizer import iter_words
from ametieditor.wording.library import WordingLibrary
from tests.conftest import REPO


def test_build_script_reproduces_the_committed_file(tmp_path) -> None:
    output = tmp_path / "standard.xml"
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_wording.py"),
                             str(output)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == (REPO / "resources" / "wording" / "standard.xml").read_bytes()


def test_bundled_wording_has_no_spelling_mistakes(tmp_path) -> None:
    from ametieditor.spelling.user_dictionary import UserDictionary

    checker = SpellChecker(user_dictionary=UserDictionary(tmp_path / "d.txt"))
    words = [w.text for e in WordingLibrary(tmp_path).entries()
             for w in iter_words(f"{e.name} {e.text}")]
    assert checker.misspelt(words) == []
