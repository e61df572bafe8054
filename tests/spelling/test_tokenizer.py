from ametieditor.spelling.tokenizer import is_checkable, iter_words


def words(text: str) -> list[str]:
    return [word.text for word in iter_words(text)]


def test_estonian_letters_stay_inside_words() -> None:
    assert words("Õigus saada tööülesannete täitmiseks šokolaadi ja žüriid") == [
        "Õigus", "saada", "tööülesannete", "täitmiseks", "šokolaadi", "ja", "žüriid"]


def test_offsets_point_at_the_word() -> None:
    text = "Ametnik vastutab: tööülesanete täitmise eest."
    for word in iter_words(text):
        assert text[word.start:word.end] == word.text


def test_hyphenated_compounds_are_one_word() -> None:
    assert words("e-posti ja sotsiaal-majanduslik") == ["e-posti", "ja", "sotsiaal-majanduslik"]


def test_shortened_first_half_of_a_pair_is_left_out() -> None:
    assert words("sise- ja välisriikide") == ["ja", "välisriikide"]


def test_capitals_digits_levels_and_addresses_are_left_out() -> None:
    text = "SKA ÜLDOSA eesti keel C1 ja B2 tase, 3a, info@sotsiaalkindlustusamet.ee www.sm.ee"
    assert words(text) == ["eesti", "keel", "ja", "tase"]


def test_abbreviations_with_case_endings_are_left_out() -> None:
    assert words("andmed STAR-i ja SKA-le ning SKAle, e-kirjaga") == [
        "andmed", "ja", "ning", "e-kirjaga"]


def test_one_letter_words_are_not_checked() -> None:
    assert not is_checkable("a")
    assert is_checkable("Ab")
    assert not is_checkable("AB")


def _words_by_the_full_pattern(text: str) -> list[tuple[str, int]]:
    """The words as the one pattern with all four kinds finds them (the slow path)."""
    from ametieditor.spelling.tokenizer import _ADDRESS, _WORD, is_checkable

    return [(m.group(), m.start()) for m in _WORD.finditer(text)
            if is_checkable(m.group()) and not _ADDRESS.search(m.group())]


def test_plain_text_shortcut_finds_the_same_words_as_the_full_pattern() -> None:
    """Text with no digit, @, :// or www. takes a quicker pattern; the words must not change."""
    import random

    pieces = ["Korraldab", "tööülesannete", "jaotust", "sise-", "ja", "välisriikide",
              "O'Connor", "e-posti", "SKA-le", "ÜLDOSA", "a", "b)", "–", "-", "—",
              "sotsiaal-majanduslik", "d’Artagnan", "õ", "Žürii", "šokk", "(", ")",
              ",", ".", ";", "\u00a0", "\t", "x-", "-y", "_", "A", "Ab", "aB"]
    rng = random.Random(16)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\n"])
                       for _ in range(rng.randint(0, 12)))
        assert [(w.text, w.start) for w in iter_words(text)] \
            == _words_by_the_full_pattern(text), text
