#!/usr/bin/env python3
"""How long comparing two revisions takes (model only, and the CLI end to end).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_compare.py

Cases: the two largest samples against a revised copy (a duty moved, a task
reworded, a result added, a duty removed and one added, purpose and
requirements edited: tests/support/revisions.py); sample 001 against sample
003 (different posts: few duties match, so every pair is scored); and a
synthetic 60-duty document against its revision. Prints the median of
several runs; figures go to docs/PERFORMANCE.md, section "Compare".
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.formats import xml_format  # noqa: E402
from ametieditor.model.compare import compare, summary_lines  # noqa: E402
from ametieditor.model.document import Block, Duty  # noqa: E402
from tests.support.revisions import revise  # noqa: E402

DATA = REPO / "tests" / "data"
RUNS = 15


def median_ms(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    samples = sorted(DATA.glob("0*.ametijuhend"), key=lambda p: p.stat().st_size, reverse=True)
    largest = samples[:2]
    rows = []
    for path in largest:
        old = xml_format.read(path)
        new = revise(old)
        rows.append((f"{path.name[:3]} vs revised copy ({len(old.duties.items)} duties)",
                     median_ms(lambda o=old, n=new: summary_lines(compare(o, n)))))
    first, third = (xml_format.read(DATA.glob(f"{p}_*.ametijuhend").__next__())
                    for p in ("001", "003"))
    rows.append(("001 vs 003 (different posts)",
                 median_ms(lambda: summary_lines(compare(first, third)))))
    big = xml_format.read(largest[0])
    base = list(big.duties.items)
    big.duties.items = [Duty([Block.p(f"{n}. " + b.text) for b in d.task], d.results)
                        for n in range(7) for d in base][:60]
    rows.append(("60 duties vs revised copy", median_ms(lambda: compare(big, revise(big)), 5)))

    with tempfile.TemporaryDirectory() as folder:
        revised = Path(folder) / "uus.ametijuhend"
        xml_format.write(revise(xml_format.read(largest[0])), revised)
        cli = Path(sys.executable).with_name("ametieditor-cli")
        command = [str(cli), "diff", str(largest[0]), str(revised),
                   "--html", str(Path(folder) / "m.html"), "--docx", str(Path(folder) / "m.docx")]
        rows.append(("CLI diff with --html and --docx (process)",
                     median_ms(lambda: subprocess.run(command, capture_output=True, check=False),
                               5)))

    width = max(len(name) for name, _ in rows)
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:8.1f} ms")


if __name__ == "__main__":
    main()
