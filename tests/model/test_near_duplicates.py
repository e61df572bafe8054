"""The near-duplicate index finds exactly the pairs that comparing every pair finds."""

from __future__ import annotations

import random

import pytest

from ametieditor.model import near_duplicates
from ametieditor.model.near_duplicates import NearDuplicates, similar

WORDS = ("osaleda", "töörühmades", "saada", "vajalikku", "teavet", "ja", "dokumente",
         "oma", "valdkonna", "piires", "teha", "ettepanekuid", "töö", "parendamiseks", "ning")


def _variants(rng: random.Random, count: int) -> list[str]:
    """Sentences and copies of them with a letter or a word changed, dropped or added."""
    texts: list[str] = []
    for _ in range(count):
        if texts and rng.random() < 0.6:
            text = list(rng.choice(texts))
            for _ in range(rng.randint(1, 6)):
                position = rng.randrange(len(text))
                action = rng.choice(("drop", "add", "swap"))
                if action == "drop" and len(text) > 1:
                    del text[position]
                elif action == "add":
                    text.insert(position, rng.choice("aeiouõäöüsk "))
                else:
                    text[position] = rng.choice("aeiouõäöü")
            texts.append("".join(text))
        else:
            texts.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 9))))
    return texts


@pytest.mark.parametrize("threshold", [0.85, 0.9])
@pytest.mark.parametrize("seed", range(4))
def test_same_pairs_as_comparing_every_pair(seed: int, threshold: float) -> None:
    texts = _variants(random.Random(seed), 120)
    index = NearDuplicates(texts, threshold)
    for position, text in enumerate(texts):
        every_pair = [other for other, candidate in enumerate(texts)
                      if other != position and similar(text, candidate, threshold)]
        assert index.similar_to(position) == every_pair


def test_distinct_sentences_are_not_compared(monkeypatch) -> None:
    """Real standard wording, each sentence once: few pairs reach the expensive comparison.

    Comparing every pair would be n × (n − 1) comparisons; the index makes fewer than n.
    """
    from ametieditor.wording.library import WordingLibrary

    texts = sorted({" ".join(block.text.split()) for entry in WordingLibrary().bundled_entries()
                    for block in entry.blocks if len(block.text.split()) >= 4})
    assert len(texts) > 50
    calls = []
    original = near_duplicates.similar
    monkeypatch.setattr(near_duplicates, "similar",
                        lambda a, b, t: calls.append(1) or original(a, b, t))
    index = NearDuplicates(texts, 0.9)
    found = sum(len(index.similar_to(position)) for position in range(len(texts)))
    assert found > 0  # the library holds a few variants ("B2" / "C1", "ja" / "ning")
    assert len(calls) < len(texts)  # comparing every pair would be n × (n − 1)


def test_keep_filters_before_comparing() -> None:
    index = NearDuplicates(["saada vajalikku teavet", "saada vajalikku teavet;",
                            "saada vajalikku teavet."], 0.9)
    assert index.similar_to(0) == [1, 2]
    assert index.similar_to(0, keep=lambda other: other != 1) == [2]
