"""fold_diacritics: lower case without diacritics, the one loose comparison of text."""

from __future__ import annotations

import random
import unicodedata

from ametieditor.model.folding import fold_diacritics


def _by_definition(text: str) -> str:
    """Case folded, decomposed as a whole, every combining mark dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_estonian_letters_fold_to_their_base_letters() -> None:
    assert fold_diacritics("Õigus ÄÖÜ šŽ") == "oigus aou sz"
    assert fold_diacritics("Nõukogu „otsus” – 2024") == "noukogu „otsus” – 2024"


def test_folding_character_by_character_equals_folding_the_whole_text() -> None:
    """Each character outside ASCII is folded once and remembered; the result must be
    that of decomposing the whole text, also with combining marks typed separately."""
    alphabet = [chr(code) for code in (*range(32, 0x250), *range(0x300, 0x370),
                                      *range(0x1E00, 0x1F00), 0x2013, 0x201E, 0x201D,
                                      0xB7, 0xFB01, 0x2460, 0x212B, 0x1D400, 0xAC00)]
    rng = random.Random(16)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert fold_diacritics(text) == _by_definition(text), repr(text)
