"""Time the DOCX export in-process: the largest sample, 22 duties (the target) and 50 duties.

Run from the repository root:

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_docx_export.py

Prints the median and the best of many exports (template cached, as in the
editor after the first export) and the first, cold export that also reads
and prepares the template. Figures go to docs/PERFORMANCE.md.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.formats import docx_template, xml_format  # noqa: E402
from ametieditor.formats.docx_export import build_docx  # noqa: E402
from ametieditor.model.document import Duties, JobDescription  # noqa: E402

ROUNDS = 200


def with_duties(base: JobDescription, count: int) -> JobDescription:
    """``base`` with its duties repeated until there are ``count`` of them."""
    doc = base.clone()
    items = base.duties.items
    doc.duties = Duties(heading=base.duties.heading,
                        items=[items[n % len(items)] for n in range(count)])
    return doc


def timed(doc: JobDescription) -> tuple[float, float, int]:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        data = build_docx(doc).data
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, min(times) * 1000, len(data)


def main() -> None:
    samples = {path.name: xml_format.read(path)
               for path in sorted((REPO / "tests" / "data").glob("0*.ametijuhend"))}
    largest_name = max(samples, key=lambda name: len(samples[name].duties.items))
    largest = samples[largest_name]

    docx_template._load_cached.cache_clear()
    start = time.perf_counter()
    build_docx(largest)
    cold = (time.perf_counter() - start) * 1000
    print(f"cold first export (reads the template): {cold:.1f} ms")

    cases = [(f"{largest_name} ({len(largest.duties.items)} duties)", largest),
             ("22 duties", with_duties(largest, 22)),
             ("50 duties", with_duties(largest, 50))]
    for label, doc in cases:
        median, best, size = timed(doc)
        print(f"{label:50s} median {median:6.2f} ms  best {best:6.2f} ms  {size // 1024} kB")


if __name__ == "__main__":
    main()
