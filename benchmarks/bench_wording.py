#!/usr/bin/env python3
"""Search-as-you-type speed of the wording library (target: < 5 ms a query).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_wording.py

Every prefix of a few queries is searched, as typing them would; the
bundled library plus 500 own entries is the second case. Figures go to
docs/PERFORMANCE.md, section "Wording search".
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.model.document import Block  # noqa: E402
from ametieditor.wording.entry import Category, Entry  # noqa: E402
from ametieditor.wording.library import WordingLibrary  # noqa: E402

QUERIES = ("kliendikesksus", "tooulesannete taitmise", "õigus saada teavet", "haridus",
           "korrektsus")


def timings(library: WordingLibrary) -> list[float]:
    times = []
    for _ in range(20):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                start = time.perf_counter()
                library.search(query[:end])
                times.append((time.perf_counter() - start) * 1000)
    return sorted(times)


def report(label: str, library: WordingLibrary) -> None:
    times = timings(library)
    print(f"{label} ({len(library.entries())} entries): median {statistics.median(times):.3f} ms, "
          f"worst {times[-1]:.3f} ms over {len(times)} queries")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        library = WordingLibrary(Path(folder))
        report("bundled library", library)
        for n in range(500):
            library._own.append(Entry(Category.RIGHT, f"Oma õigus {n}", [Block.li(
                f"saada teavet ja dokumente asutuselt number {n} tööülesannete täitmiseks;")],
                id=f"u-{n}"))
        library._reindex()
        report("with 500 own entries", library)
    return 0


if __name__ == "__main__":
    sys.exit(main())
