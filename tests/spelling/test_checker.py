from pathlib import Path

from ametieditor.spelling.checker import SpellChecker
from ametieditor.spelling.user_dictionary import UserDictionary, default_path


class CountingBackend:
    """A tiny engine: knows a fixed word list and counts what it is asked."""

    name = "test"

    def __init__(self, known: set[str]) -> None:
        self.known = known
        self.asked: list[str] = []

    def check(self, words: list[str]) -> list[bool]:
        self.asked.extend(words)
        return [word in self.known for word in words]

    def suggest(self, word: str) -> list[str]:
        return sorted(self.known, key=lambda known: -len(set(known) & set(word)))


def test_answers_are_cached_so_the_engine_sees_each_word_once(tmp_path: Path) -> None:
    backend = CountingBackend({"õigus", "saada"})
    checker = SpellChecker(backend, UserDictionary(tmp_path / "d.txt"))
    assert checker.cached("õigus") is None
    assert checker.check_words(["õigus", "saada", "õigus", "viga"]) == {
        "õigus": True, "saada": True, "viga": False}
    checker.check_words(["õigus", "viga"])
    assert backend.asked == ["õigus", "saada", "viga"]
    assert checker.cached("viga") is False


def test_user_dictionary_persists_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "spelling" / "minu.txt"
    checker = SpellChecker(CountingBackend(set()), UserDictionary(path))
    assert not checker.is_correct("Lastekaitseliit")
    checker.add_to_dictionary("Lastekaitseliit")
    assert checker.is_correct("Lastekaitseliit")

    restarted = SpellChecker(CountingBackend(set()), UserDictionary(path))
    assert restarted.is_correct("Lastekaitseliit")
    assert path.read_text(encoding="utf-8") == "Lastekaitseliit\n"


def test_a_lower_case_entry_also_accepts_the_capitalised_form(tmp_path: Path) -> None:
    dictionary = UserDictionary(tmp_path / "d.txt")
    dictionary.add("tiimijuht")
    assert "tiimijuht" in dictionary
    assert "Tiimijuht" in dictionary
    dictionary.add("Maripuu")
    assert "maripuu" not in dictionary


def test_default_dictionary_lives_in_the_user_data_folder(isolated_environment: Path) -> None:
    assert default_path().is_relative_to(isolated_environment)
    assert default_path().parent.name == "spelling"
