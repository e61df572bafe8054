"""Lost diacritics (issue 15, item 9): candidates, ranking, the quality bar on the real engine."""

import pytest

from ametieditor.spelling import diacritics
from ametieditor.spelling.backend import VabamorfBackend
from ametieditor.spelling.checker import SpellChecker
from ametieditor.spelling.user_dictionary import UserDictionary
from tests.conftest import DATA


def test_variants_restore_each_mark_and_runs_change_together() -> None:
    assert diacritics.diacritic_variants("too") == ["tõõ", "töö"]
    assert diacritics.diacritic_variants("Uz") == ["Üz", "Už", "Üž"]
    assert "Šaža" in diacritics.diacritic_variants("Saza")
    assert diacritics.diacritic_variants("lind") == []


def test_variants_are_bounded_and_fewest_changes_come_first() -> None:
    word = "osa" * 6
    variants = diacritics.diacritic_variants(word)
    assert len(variants) == diacritics.MAX_VARIANTS
    changed = [sum(a != b for a, b in zip(word, v, strict=True)) for v in variants]
    assert changed[0] == 1
    assert len(diacritics.diacritic_variants("kooskolas", max_changes=1)) == 7


def test_analysis_counts_compound_parts_and_members() -> None:
    analysis = diacritics.analysis_from_roots(["koos_kola", "täht_aegse=lt"])
    assert analysis.parts == 2
    assert analysis.members == {"koos", "kola", "täht", "aegselt"}
    assert diacritics.analysis_from_roots([]).parts is None


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> SpellChecker:
    folder = tmp_path_factory.mktemp("dict")
    return SpellChecker(user_dictionary=UserDictionary(folder / "words.txt"))


def test_two_lost_marks_are_restored_first(checker: SpellChecker) -> None:
    assert not checker.is_correct("Personalitoo")
    assert checker.suggestions("Personalitoo")[0] == "Personalitöö"


@pytest.mark.parametrize(("typed", "meant"), [
    ("kooskolas", "kooskõlas"), ("tahtaegselt", "tähtaegselt"),
    ("toovahendid", "töövahendid"),
])
def test_compound_that_only_reads_as_one_without_its_marks_is_flagged(
        checker: SpellChecker, typed: str, meant: str) -> None:
    assert not checker.is_correct(typed)
    assert checker.suggestions(typed)[0] == meant


@pytest.mark.parametrize("word", [
    "ametikoha", "olukorras", "tarkvaraga", "heaolu", "seisukohad", "Struktuuritoetuste",
    "too", "kasutajakogemuse",
])
def test_ordinary_words_without_marks_are_not_false_alarms(
        checker: SpellChecker, word: str) -> None:
    """Each of these has an accepted spelling with marks (ametiköha, õlukord, tärkvara…)."""
    assert checker.is_correct(word)


def test_the_ordinary_members_decide() -> None:
    """``ametikoha`` is flagged once ``koht`` is no longer attested: the rule, not a list."""
    backend = VabamorfBackend()
    backend.attest(["ameti"])
    assert backend.check(["ametikoha", "kooskõlas"]) == [False, True]
    backend.attest(["ametikoht"])
    assert backend.check(["ametikoha"]) == [True]


def test_restored_spellings_ranks_by_changes_then_parts() -> None:
    """With a stand-in engine: every accepted spelling, fewest changes, then simplest, first."""
    lexicon = {"tõõ": "tõõ", "töö": "töö", "töõ": "töö_õ"}

    def check(words: list[str]) -> list[bool]:
        return [w in lexicon for w in words]

    def analyse(words: list[str]) -> list[diacritics.Analysis]:
        return [diacritics.analysis_from_roots([lexicon[w]]) for w in words]

    assert diacritics.restored_spellings("too", check, analyse) == ["tõõ", "töö"]
    own = diacritics.analysis_from_roots(["to_o"])
    assert diacritics.restored_spellings("too", check, analyse, own,
                                         frozenset({"to", "o"})) == ["tõõ", "töö"]


def _texts(path) -> list[str]:
    from ametieditor.formats import registry
    from ametieditor.model.texts import iter_texts

    return [piece.text for piece in iter_texts(registry.load(path).document)]


def test_a_text_has_lost_its_marks_when_long_enough_and_nearly_without_them() -> None:
    assert diacritics.marks_lost(_texts(DATA / "003_koordinaator_kaitstud_too.ametijuhend")) \
        is False
    ocr = (DATA / "legacy/003_ocr_no_diacritics.txt").read_text(encoding="utf-8")
    assert diacritics.marks_lost([ocr]) is True
    assert diacritics.marks_lost(["Sotsiaalteenuste osakonna erihoolekande talitus"]) is None
    assert diacritics.marks_lost(["aaaa " * 100]) is True
    assert diacritics.marks_lost(["aaaa " * 100 + "öö õõ"]) is False


def test_the_innermost_context_that_can_tell_decides() -> None:
    assert diacritics.context_marks_lost(None, False) is False
    assert diacritics.context_marks_lost(True, False) is True
    assert diacritics.context_marks_lost(None, None) is True  # no context: as before


def test_report_flags_lost_marks_only_where_the_text_lost_them(checker: SpellChecker) -> None:
    """``erihoolekande`` (welfare) and ``ohutusjuhendi`` (safety) read as words that lost
    their marks (*känd*, a stump; *õhutus*, incitement), and a document with its marks
    is not flagged for them; the same words in a document without marks are."""
    from ametieditor.formats import registry
    from ametieditor.model.document import Block, Duty
    from ametieditor.spelling.report import spelling_problems

    line = "Järgib ohutusjuhendi ja erihoolekande nõudeid kooskolas kasutajatoe juhistega"
    for path, flagged in ((DATA / "003_koordinaator_kaitstud_too.ametijuhend", set()),
                          (DATA / "legacy/003_ocr_no_diacritics.txt",
                           {"ohutusjuhendi", "erihoolekande", "kooskolas", "kasutajatoe"})):
        doc = registry.load(path).document
        doc.duties.items.append(Duty(task=[Block.p(line)]))
        found = {problem.message.split('"')[1]
                 for problem in spelling_problems(doc, checker)}
        assert found & set(line.split()) == flagged, path
        assert checker.is_correct("kooskolas") is False  # no context: as before
