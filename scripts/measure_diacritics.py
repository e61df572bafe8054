#!/usr/bin/env python3
"""Measure the lost-diacritics rule of the speller (docs/SPELLING.md, "Lost diacritics").

Prints, for the real Vabamorf engine:

1. false alarms on correct text the rule has not seen: each golden sample
   ``tests/data/00*.ametijuhend`` checked with the ordinary members taken
   from the templates and the *other* samples only (the bundled wording
   library is left out, as it was built from all three samples);
2. false alarms on the samples as shipped (members from the bundled texts),
   and with no ordinary members at all;
3. recall on text that lost its diacritics: ``tests/data/legacy/003_ocr_no_diacritics.txt``
   against sample 003 — of the words that had diacritics, how many are
   flagged, and how many have the original as the first suggestion;
4. the time to check every distinct word of a sample, first time (no cache).

Run: ``python scripts/measure_diacritics.py`` (needs the ``spell`` extra).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.formats import registry  # noqa: E402
from ametieditor.model.texts import iter_texts  # noqa: E402
from ametieditor.spelling import diacritics  # noqa: E402
from ametieditor.spelling.backend import VabamorfBackend  # noqa: E402
from ametieditor.spelling.tokenizer import iter_words  # noqa: E402

_PLAIN = str.maketrans("õäöüšžÕÄÖÜŠŽ", "oaouszOAOUSZ")


def document_texts(path: Path) -> list[str]:
    return [piece.text for piece in iter_texts(registry.load(path).document)]


def distinct_words(texts: list[str]) -> list[str]:
    return sorted({w.text for text in texts for w in iter_words(text)})


def false_alarms(backend: VabamorfBackend, words: list[str]) -> list[str]:
    """Words Vabamorf accepts that the rule flags."""
    plain = backend._check_plain(words)
    final = backend.check(words)
    return [w for w, p, f in zip(words, plain, final, strict=True) if p and not f]


def main() -> None:
    samples = sorted((REPO / "tests" / "data").glob("00*.ametijuhend"))
    texts = {path.name: document_texts(path) for path in samples}
    templates = [t for path in sorted((REPO / "resources" / "templates").glob("*.ametijuhend"))
                 for t in document_texts(path)]
    backend = VabamorfBackend()

    print("1. held out (members from the templates and the other samples):")
    for name, own in texts.items():
        others = [t for other, ts in texts.items() if other != name for t in ts]
        backend.attest(templates + others)
        words = distinct_words(own)
        alarms = false_alarms(backend, words)
        print(f"   {name}: {len(words)} distinct words, {len(alarms)} false alarms {alarms}")

    backend.attest(diacritics.bundled_texts())
    every = distinct_words([t for ts in texts.values() for t in ts])
    alarms = false_alarms(backend, every)
    print(f"2. as shipped: {len(every)} distinct words of the samples, "
          f"{len(alarms)} false alarms {alarms}")

    backend.attest([])
    naive = false_alarms(backend, every)
    print(f"   without ordinary members (any equal-parts candidate wins): "
          f"{len(naive)} false alarms {naive}")
    backend.attest(diacritics.bundled_texts())

    original = distinct_words(texts["003_koordinaator_kaitstud_too.ametijuhend"])
    by_plain = {w.translate(_PLAIN): w for w in original if w.translate(_PLAIN) != w}
    ocr = distinct_words([(REPO / "tests/data/legacy/003_ocr_no_diacritics.txt").read_text(
        encoding="utf-8")])
    lost = [w for w in ocr if w in by_plain]
    answers = dict(zip(lost, backend.check(lost), strict=True))
    flagged = [w for w in lost if not answers[w]]
    first = [w for w in flagged if backend.suggest(w)[:1] == [by_plain[w]]]
    print(f"3. OCR text: {len(lost)} distinct words lost their diacritics; "
          f"{len(flagged)} flagged, {len(first)} with the original first")
    print(f"   not flagged: {sorted(set(lost) - set(flagged))}")
    other = [(w, backend.suggest(w)[:2]) for w in flagged if w not in first]
    print(f"   flagged, other first: {other}")

    words = distinct_words(texts["001_peaspetsialist_lastemaja.ametijuhend"])
    fresh = VabamorfBackend()
    fresh.attest(diacritics.bundled_texts())
    start = time.perf_counter()
    fresh._check_plain(words)
    plain = time.perf_counter() - start
    start = time.perf_counter()
    fresh.check(words)
    full = time.perf_counter() - start
    print(f"4. check {len(words)} distinct words of sample 001: {full * 1000:.0f} ms "
          f"(Vabamorf alone: {plain * 1000:.0f} ms; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
