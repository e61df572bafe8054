"""Comparing two job descriptions: alignment, moved duties, word diffs, substance."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from ametieditor.formats import xml_format
from ametieditor.i18n import ENGLISH, set_language
from ametieditor.model.compare import (
    ChangeKind,
    Op,
    compare,
    inline_diff,
    match_by_similarity,
    normalise_words,
    summary_lines,
    word_diff,
)
from ametieditor.model.document import Block, Duty, JobDescription, Requirement
from tests.conftest import DATA
from tests.support.factories import documents, full_document


@pytest.fixture
def sample() -> JobDescription:
    return xml_format.read(DATA / "001_peaspetsialist_lastemaja.ametijuhend")


def _duty_entries(comparison):
    return [entry for entry in comparison.entries if entry.old_number or entry.new_number]


def _rebuild(segments, keep):
    return "".join(text for op, text in segments if op in keep)


def test_identical_documents_have_no_differences(sample: JobDescription) -> None:
    comparison = compare(sample, sample.clone())
    assert not comparison.has_differences
    assert comparison.entries, "unchanged entries are still listed for the side-by-side view"
    assert summary_lines(comparison) == ["Erinevusi ei ole."]


def test_meta_is_not_compared(sample: JobDescription) -> None:
    newer = sample.clone()
    from ametieditor.model.document import Meta

    newer.meta = Meta(id="abc", revision=7, created="2026-01-01T00:00:00+02:00")
    assert not compare(sample, newer).has_differences


def test_moved_duty_is_moved_not_removed_and_added(sample: JobDescription) -> None:
    newer = sample.clone()
    items = newer.duties.items
    items.insert(1, items.pop(3))  # 3.4 -> 3.2
    comparison = compare(sample, newer)
    changes = comparison.changes
    assert len(changes) == 1, [c.label for c in changes]
    moved = changes[0]
    assert moved.kind is ChangeKind.MOVED
    assert (moved.old_number, moved.new_number) == ("3.4", "3.2")
    assert moved.describe_kind() == "liigutatud 3.4 → 3.2"
    assert not moved.substantive, "a move alone does not change the content"
    assert moved.old_location == ("duties", "items", 3)
    assert moved.new_location == ("duties", "items", 1)
    kinds = {entry.kind for entry in _duty_entries(comparison)}
    assert ChangeKind.ADDED not in kinds and ChangeKind.REMOVED not in kinds


def test_moved_and_edited_duty_is_matched_by_similarity(sample: JobDescription) -> None:
    newer = sample.clone()
    items = newer.duties.items
    duty = items.pop(5)
    duty.results[0].text = duty.results[0].text.replace("Heal tasemel", "Kvaliteetsed")
    items.insert(0, duty)
    comparison = compare(sample, newer)
    changes = comparison.changes
    assert [c.kind for c in changes] == [ChangeKind.MOVED]
    entry = changes[0]
    assert (entry.old_number, entry.new_number) == ("3.6", "3.1")
    assert entry.describe_kind() == "liigutatud 3.6 → 3.1 ja muudetud"
    results = next(f for f in entry.fields if f.name == "results")
    assert (Op.DELETE, "Heal tasemel") in results.segments
    assert (Op.INSERT, "Kvaliteetsed") in results.segments
    assert not entry.substantive, "only the results changed"


def test_added_and_removed_duties_are_substantive(sample: JobDescription) -> None:
    newer = sample.clone()
    removed_task = newer.duties.items[2].task[0].text
    del newer.duties.items[2]
    newer.duties.items.append(Duty([Block.p("Andmekaitse nõuete järgimine.")],
                                   [Block.li("Isikuandmed on kaitstud.")]))
    comparison = compare(sample, newer)
    by_kind = {entry.kind: entry for entry in comparison.changes}
    assert set(by_kind) == {ChangeKind.ADDED, ChangeKind.REMOVED}
    assert by_kind[ChangeKind.REMOVED].fields[0].old == removed_task
    assert by_kind[ChangeKind.REMOVED].old_location == ("duties", "items", 2)
    assert by_kind[ChangeKind.REMOVED].new_location is None
    assert by_kind[ChangeKind.ADDED].new_number == f"3.{len(newer.duties.items)}"
    assert all(entry.substantive for entry in comparison.changes)
    # Nothing else shifted: the duties after the removed one are unchanged, not moved.
    assert len(comparison.changes) == 2


def test_removed_duty_sits_where_it_was(sample: JobDescription) -> None:
    newer = sample.clone()
    del newer.duties.items[2]
    duties = _duty_entries(compare(sample, newer))
    assert [entry.old_number for entry in duties[:4]] == ["3.1", "3.2", "3.3", "3.4"]
    assert duties[2].kind is ChangeKind.REMOVED


def test_task_wording_beyond_punctuation_is_substantive(sample: JobDescription) -> None:
    punctuation_only = sample.clone()
    task = punctuation_only.duties.items[1].task[0]
    task.text = task.text.rstrip(".").upper() + "  "
    entry = compare(sample, punctuation_only).changes[0]
    assert entry.kind is ChangeKind.CHANGED
    assert not entry.substantive, "case, spacing and punctuation are not substantive"

    reworded = sample.clone()
    reworded.duties.items[1].task[0].text = "Valdkondliku koostöö koordineerimine."
    entry = compare(sample, reworded).changes[0]
    assert entry.kind is ChangeKind.CHANGED and entry.substantive


def test_results_change_is_not_substantive(sample: JobDescription) -> None:
    newer = sample.clone()
    newer.duties.items[0].results.append(Block.li("aruanne on esitatud."))
    entry = compare(sample, newer).changes[0]
    assert entry.kind is ChangeKind.CHANGED and not entry.substantive


def test_purpose_and_requirements_changes_are_substantive(sample: JobDescription) -> None:
    newer = sample.clone()
    newer.purpose[0].text = newer.purpose[0].text.replace("arendamine", "juhtimine")
    newer.requirements.items.append(Requirement("Juhiluba", [Block.p("B-kategooria.")]))
    newer.rights.content[0].text += " lisaks"
    comparison = compare(sample, newer)
    flagged = {entry.label for entry in comparison.substantive_changes}
    assert flagged == {"2. AMETIKOHA EESMÄRK", "7. Juhiluba"}
    rights = next(e for e in comparison.changes if e.section == "rights")
    assert not rights.substantive
    purpose = next(e for e in comparison.changes if e.section == "purpose")
    assert (Op.DELETE, "arendamine") in purpose.fields[0].segments
    assert (Op.INSERT, "juhtimine") in purpose.fields[0].segments


def test_requirement_matched_by_label_even_when_reordered(sample: JobDescription) -> None:
    newer = sample.clone()
    newer.requirements.items.reverse()
    comparison = compare(sample, newer)
    assert comparison.changes
    assert all(entry.kind is ChangeKind.MOVED for entry in comparison.changes)
    assert not comparison.substantive_changes


def test_absent_part_is_added(sample: JobDescription) -> None:
    older = sample.clone()
    older.work_tools = None
    comparison = compare(older, sample)
    entry = next(e for e in comparison.changes if e.section == "workTools")
    assert entry.kind is ChangeKind.ADDED and entry.old_location is None
    # Section numbers follow the new document.
    assert entry.label.startswith("6.")


def test_word_diff_marks_only_changed_words() -> None:
    segments = word_diff("Laps on ära kuulatud ja nõustatud.",
                         "Laps on ära kuulatud, lähedased nõustatud.")
    assert _rebuild(segments, {Op.EQUAL, Op.DELETE}) == "Laps on ära kuulatud ja nõustatud."
    assert _rebuild(segments, {Op.EQUAL, Op.INSERT}) == "Laps on ära kuulatud, lähedased nõustatud."
    changed = [(op, text) for op, text in segments if op is not Op.EQUAL]
    assert (Op.DELETE, "ja") in [(op, text.strip()) for op, text in changed]
    assert "Laps on ära kuulatud" in segments[0][1]


def test_word_diff_groups_a_replaced_phrase() -> None:
    assert word_diff("a b c d", "x y z d") == [
        (Op.DELETE, "a b c"), (Op.INSERT, "x y z"), (Op.EQUAL, " d")]


@settings(max_examples=60, deadline=None)
@given(documents, documents)
def test_word_diff_rebuilds_both_texts(old: JobDescription, new: JobDescription) -> None:
    a, b = old.general.title + " " + old.general.unit, new.general.title + " " + new.general.unit
    segments = word_diff(a, b)
    assert _rebuild(segments, {Op.EQUAL, Op.DELETE}) == a
    assert _rebuild(segments, {Op.EQUAL, Op.INSERT}) == b


@settings(max_examples=40, deadline=None)
@given(documents)
def test_any_document_equals_its_copy(doc: JobDescription) -> None:
    assert not compare(doc, doc.clone()).has_differences


def test_match_by_similarity_prefers_best_pairs() -> None:
    old = ["laste nõustamine ja info jagamine", "aruannete koostamine kord kuus"]
    new = ["aruannete koostamine kord kvartalis", "laste ja perede nõustamine ja info jagamine",
           "täiesti uus ülesanne"]
    assert match_by_similarity(old, new) == [(0, 1), (1, 0)]


def test_normalise_words_ignores_case_and_punctuation() -> None:
    assert normalise_words("Laste HEAOLU, sh: (nõustamine).") == [
        "laste", "heaolu", "sh", "nõustamine"]


def test_inline_diff_shortens_long_context() -> None:
    old = " ".join(f"sõna{n}" for n in range(40)) + " vana lõpp"
    new = " ".join(f"sõna{n}" for n in range(40)) + " uus lõpp"
    text = inline_diff(word_diff(old, new))
    assert text.startswith("… sõna34")
    assert "[-vana-]{+uus+}" in text and "sõna10" not in text


def test_summary_in_english(sample: JobDescription) -> None:
    newer = sample.clone()
    items = newer.duties.items
    items.insert(0, items.pop(2))
    set_language(ENGLISH)
    lines = summary_lines(compare(sample, newer))
    assert lines[0] == "Changes: 1, substantive: 0"
    assert lines[1] == "* 3.1 main duty: moved 3.3 → 3.1"


def test_summary_of_full_documents_lists_each_change() -> None:
    old = full_document(3)
    new = full_document(3)
    new.general.title = "Juhtivspetsialist (lastemaja)"
    new.duties.items[1].task[0].text = "Ülesanne 2 täitmine, sh:"
    lines = summary_lines(compare(old, new))
    assert lines[0] == "Muudatusi: 2, neist sisulisi: 1"
    assert "* 1.1 Ametinimetus: muudetud" in lines
    assert "    [-Peaspetsialist-]{+Juhtivspetsialist+} (lastemaja)" in lines
    assert "* 3.2 põhiülesanne: muudetud [SISULINE]" in lines


@settings(max_examples=60, deadline=None)
@given(documents, documents)
def test_any_two_documents_compare_consistently(old: JobDescription,
                                                new: JobDescription) -> None:
    comparison = compare(old, new)
    for entry in comparison.entries:
        for change in entry.fields:
            if entry.kind in (ChangeKind.ADDED, ChangeKind.REMOVED):
                continue
            assert _rebuild(change.segments, {Op.EQUAL, Op.DELETE}) == change.old
            assert _rebuild(change.segments, {Op.EQUAL, Op.INSERT}) == change.new
        if entry.kind is ChangeKind.UNCHANGED:
            assert not entry.text_changed and not entry.substantive
        if entry.kind is ChangeKind.ADDED:
            assert entry.old_location is None and entry.new_location is not None
        if entry.kind is ChangeKind.REMOVED:
            assert entry.new_location is None and entry.old_location is not None
    # Every duty of both documents appears exactly once.
    old_duties = [e.old_location for e in comparison.entries
                  if e.old_location and e.old_location[:2] == ("duties", "items")]
    new_duties = [e.new_location for e in comparison.entries
                  if e.new_location and e.new_location[:2] == ("duties", "items")]
    assert sorted(loc[2] for loc in old_duties) == list(range(len(old.duties.items)
                                                             if old.duties else 0))
    assert sorted(loc[2] for loc in new_duties) == list(range(len(new.duties.items)
                                                             if new.duties else 0))
    assert summary_lines(comparison)
