"""One name spelt two ways, and the index that finds them without comparing all pairs."""

from __future__ import annotations

import random

import pytest

from ametieditor.model.names import NameIndex, fold_name, same_name, same_word, typo_apart

DEPARTMENTS = ("sotsiaalteenuste", "lastekaitse", "oigus", "haldus", "hariduse", "ehituse",
               "it", "pensionide", "oigusosakonna")
SECTIONS = ("eakate", "noorte", "perede", "menetluse", "teenuste", "hanke", "analuusi", "e")
KINDS = ("osakond", "osakonna", "osak", "talitus", "talituse", "tiim", "tiimi", "keskus")


def _mangled(rng: random.Random, word: str) -> str:
    position = rng.randrange(len(word))
    action = rng.choice(("drop", "add", "swap", "same"))
    if action == "drop" and len(word) > 1:
        return word[:position] + word[position + 1:]
    if action == "add":
        return word[:position] + rng.choice("aeiklnst") + word[position:]
    if action == "swap":
        return word[:position] + rng.choice("aeiklnst") + word[position + 1:]
    return word


def _names(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    names = set()
    while len(names) < count:
        words = [rng.choice(DEPARTMENTS), rng.choice(KINDS)]
        if rng.random() < 0.6:
            words += [rng.choice(SECTIONS), rng.choice(KINDS)]
        if rng.random() < 0.3:
            words = [_mangled(rng, word) for word in words]
        names.add(" ".join(words) if rng.random() < 0.9 else "".join(words))
    return sorted(names)


@pytest.mark.parametrize("seed", range(3))
def test_the_index_finds_exactly_what_comparing_every_pair_finds(seed: int) -> None:
    names = _names(seed, 250)
    index = NameIndex(names)
    for number, name in enumerate(names):
        every_pair = [other for other, candidate in enumerate(names)
                      if other != number and same_name(name, candidate)]
        assert index.same_as(number) == every_pair


def test_words_are_forms_or_typos_of_each_other() -> None:
    assert same_word("osakond", "osakonna") and same_word("nounik", "nounikku")
    assert not same_word("juhti", "juhtivspetsialist")
    assert typo_apart("lastekaitse", "lastekatse") and typo_apart("talitus", "talitsu") is False
    assert typo_apart("eakate", "eakade") and not typo_apart("noor", "nool")
    assert fold_name("  Õigus-  OSAKOND ") == "oigus- osakond"
