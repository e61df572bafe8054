"""Find and replace over the model: labels, spans, case and diacritics, replacing."""

from hypothesis import given
from hypothesis import strategies as st

from ametieditor.model.search import (
    SearchOptions,
    find_all,
    find_in_text,
    replace_spans,
    replaced_texts,
)
from ametieditor.model.texts import iter_texts
from tests.support.factories import full_document

LOOSE = SearchOptions(ignore_case=True, ignore_diacritics=True)
EXACT = SearchOptions(ignore_case=False, ignore_diacritics=False)


def test_matches_name_their_part_and_number_like_the_checks() -> None:
    doc = full_document()
    matches = find_all(doc, "korraldamine")
    assert [match.part for match in matches] == ["3.1 ülesanne", "3.2 ülesanne",
                                                 "3.3 ülesanne"]
    assert matches[1].location == ("duties", "items", 1, "task", 0)
    assert matches[1].found == "korraldamine"
    assert find_all(doc, "Laste heaolu")[0].part == "1.2 Struktuuriüksus"
    doc.work_tools = None  # the numbers follow the parts present
    assert find_all(doc, "Kõrgharidus")[0].part == "6. Haridus"


def test_case_is_ignored_unless_asked_for() -> None:
    doc = full_document()
    assert [m.found for m in find_all(doc, "ülesanne")] == ["Ülesanne"] * 3
    assert find_all(doc, "ülesanne", EXACT) == []
    assert len(find_all(doc, "Ülesanne", EXACT)) == 3


def test_diacritics_are_ignored_only_when_asked_for() -> None:
    doc = full_document()
    assert find_all(doc, "oigus") == []
    [match] = find_all(doc, "oigus", LOOSE)
    assert match.found == "õigus"
    assert match.location == ("rights", "intro")
    assert match.part == "4. Õigused"
    # Capital letters with diacritics, and case kept while diacritics are ignored.
    assert find_in_text("ÕIGUS ja õigus", "oigus", LOOSE) == [(0, 5), (9, 14)]
    assert find_in_text("ÕIGUS ja õigus", "oigus",
                        SearchOptions(ignore_case=False, ignore_diacritics=True)) == [(9, 14)]
    assert find_in_text("ÕIGUS ja õigus", "OIGUS",
                        SearchOptions(ignore_case=False, ignore_diacritics=True)) == [(0, 5)]


def test_spans_are_in_the_original_text_when_folding_changes_lengths() -> None:
    # "ß" folds to "ss" and a combining accent disappears: spans still fit the original.
    text = "Straße e\u0301lu Straße"
    spans = find_in_text(text, "strasse", LOOSE)
    assert [text[a:b] for a, b in spans] == ["Straße", "Straße"]
    assert [text[a:b] for a, b in find_in_text(text, "elu", LOOSE)] == ["e\u0301lu"]


def test_matches_do_not_overlap_and_empty_query_finds_nothing() -> None:
    assert find_in_text("aaaa", "aa") == [(0, 2), (2, 4)]
    assert find_in_text("abc", "") == []
    assert find_all(full_document(), "   x-y-z-never") == []


def test_replacing_gives_each_field_its_new_text() -> None:
    doc = full_document(duty_count=2)
    matches = find_all(doc, "korraldamine")
    new = replaced_texts(matches, "juhtimine")
    assert new == {("duties", "items", 0, "task", 0): "Ülesanne 1 juhtimine, sh:",
                   ("duties", "items", 1, "task", 0): "Ülesanne 2 juhtimine, sh:"}
    assert replace_spans("a-b-a", [(4, 5), (0, 1)], "xy") == "xy-b-xy"


def test_context_shows_the_words_around_a_match() -> None:
    [match] = find_all(full_document(), "sülearvuti")
    assert match.context() == ("Töövahenditeks on ", "sülearvuti", ".")
    [match] = find_all(full_document(), "eest.")
    assert match.context(5)[0].startswith("…")
    assert match.context(5)[0] == "…mise "


@given(st.text(max_size=30), st.text(min_size=1, max_size=4), st.booleans(), st.booleans())
def test_every_span_matches_the_query_when_folded_alike(text, query, case, marks) -> None:
    options = SearchOptions(ignore_case=case, ignore_diacritics=marks)
    for start, end in find_in_text(text, query, options):
        assert 0 <= start < end <= len(text)
        assert find_in_text(text[start:end], query, options), (text, query)


def test_every_text_piece_can_be_found_again() -> None:
    doc = full_document()
    for piece in iter_texts(doc):
        if piece.text.strip():
            assert any(m.location == piece.location for m in find_all(doc, piece.text, EXACT))


@given(st.text(max_size=40), st.booleans(), st.booleans())
def test_the_fast_fold_is_the_same_as_folding_each_character(text, case, marks) -> None:
    from ametieditor.model.search import _fold_char, _folded_fast

    options = SearchOptions(ignore_case=case, ignore_diacritics=marks)
    fast = _folded_fast(text, options)
    if fast is not None:
        assert fast == "".join(_fold_char(char, options) for char in text)
    estonian = "Õun, äär, öö, üle, šokk, žürii „jutt” • Straße"
    slow = "".join(_fold_char(char, options) for char in estonian)
    assert (_folded_fast(estonian, options) or slow) == slow
