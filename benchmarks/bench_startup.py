"""Editor start until the main window is shown, with the largest sample open; its memory.

Runs ``python -m ametieditor.gui.smoke SAMPLE`` (the editor's real entry point,
quitting once the window is shown) several times, offscreen. The peer is
LibreOffice loading the same document exported as DOCX (``soffice --headless
--cat``: start, load, print the text), when a DOCX writer is registered.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import LibreOffice, emit, environment, largest_sample

RUNS = 5


def start_once(sample: Path) -> tuple[float, int]:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "ametieditor.gui.smoke", str(sample)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env={**environment(), "AMETIEDITOR_SMOKE_MS": "500"})
    shown_at, rss = None, 0
    for line in process.stdout:
        if line.startswith("AMETIEDITOR_SHOWN"):
            shown_at = float(re.search(r"seconds=([\d.]+)", line)[1])
            rss = int(re.search(r"rss_kb=(\d+)", line)[1])
    process.wait()
    if shown_at is None:
        raise SystemExit("the editor never showed its window")
    del started
    return shown_at, rss


def main() -> None:
    sample = largest_sample()
    start_once(sample)  # warm the file cache
    results = [start_once(sample) for _ in range(RUNS)]
    seconds = statistics.median(r[0] for r in results)
    rss_mb = max(r[1] for r in results) / 1024
    peer_seconds = None
    from ametieditor.formats import registry

    office = LibreOffice()
    if office.available and ".docx" in registry.writable_extensions():
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            office.warm_up(work)
            exported = work / "sample.docx"
            registry.save(registry.load(sample).document, exported)
            peer_seconds = statistics.median(office.run("--cat", str(exported))
                                             for _ in range(3))
        office.close()
    emit("start → window shown (largest sample)", seconds * 1000, "ms",
         peer="soffice --headless --cat of its DOCX" if peer_seconds else None,
         peer_value=peer_seconds * 1000 if peer_seconds else None,
         note=f"{sample.name}, median of {RUNS}, offscreen")
    emit("editor memory with the document open (peak RSS)", rss_mb, "MB",
         note="target ≤ 150 MB")


if __name__ == "__main__":
    main()
