"""Import time per document: text, hand-made DOCX and PDF (extraction timed apart).

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/bench_import.py [--repeat N]``.
Prints the median and worst time of N imports of each file; the figures go to
docs/PERFORMANCE.md ("Import"). Target: at most 50 ms per document for text
and DOCX (PDF text extraction by pypdf is reported separately).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.formats import registry  # noqa: E402
from ametieditor.formats.pdf_import import extract_pdf_text  # noqa: E402
from ametieditor.formats.textparse import lines_from_text, parse_lines  # noqa: E402

DATA = REPO / "tests" / "data"


def timed(function, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    files = [*sorted((DATA / "samples").glob("*.txt")),
             DATA / "legacy" / "003_ocr_no_diacritics.txt",
             *sorted((DATA / "legacy").glob("*.docx")),
             DATA / "legacy" / "002_from_word.pdf"]
    registry.load(files[0])  # import the modules once
    print(f"{'file':40} {'kind':5} {'median ms':>10} {'worst ms':>9}")
    for path in files:
        median, worst = timed(lambda p=path: registry.load(p), args.repeat)
        print(f"{path.name:40} {path.suffix[1:]:5} {median:10.1f} {worst:9.1f}")
        if path.suffix == ".pdf":
            data = path.read_bytes()
            text = extract_pdf_text(data, path)
            median, worst = timed(lambda d=data, p=path: extract_pdf_text(d, p), args.repeat)
            print(f"{'  of which pypdf text extraction':40} {'':5} {median:10.1f} {worst:9.1f}")
            median, worst = timed(lambda t=text: parse_lines(lines_from_text(t), "pdf"),
                                  args.repeat)
            print(f"{'  of which parsing the text':40} {'':5} {median:10.1f} {worst:9.1f}")


if __name__ == "__main__":
    main()
