"""Helpers shared by the benchmark scripts (not a test module: nothing here asserts)."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO / "tests" / "data"


def emit(name: str, value: float, unit: str, *, peer: str | None = None,
         peer_value: float | None = None, note: str = "") -> None:
    """One result as a JSON line on stdout; run_all.py collects them into a table."""
    record = {"benchmark": name, "value": round(value, 3), "unit": unit, "note": note}
    if peer is not None and peer_value is not None:
        record.update(peer=peer, peer_value=round(peer_value, 3),
                      ratio=round(peer_value / value, 2) if value else None)
    print(json.dumps(record, ensure_ascii=False), flush=True)


def median_seconds(action: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def samples() -> list[Path]:
    return sorted(DATA.glob("0*.ametijuhend"))


def largest_sample() -> Path:
    return max(samples(), key=lambda path: path.stat().st_size)


_data_dir: tempfile.TemporaryDirectory[str] | None = None


def environment() -> dict[str, str]:
    """The environment of a benchmarked process: this checkout, offscreen Qt, scratch data.

    The user data folder (settings, recent files) is one scratch folder per
    benchmark run, removed when the run ends, unless ``AMETIEDITOR_DATA_DIR``
    is already set.
    """
    global _data_dir
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    if "AMETIEDITOR_DATA_DIR" not in env:
        if _data_dir is None:
            _data_dir = tempfile.TemporaryDirectory(prefix="bench-data-")
        env["AMETIEDITOR_DATA_DIR"] = _data_dir.name
    return env


def plain_text(value: object) -> Iterable[str]:
    """Every piece of text in a document, in order (for the LibreOffice comparison)."""
    if isinstance(value, str):
        if value.strip():
            yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from plain_text(getattr(value, field.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from plain_text(item)


class LibreOffice:
    """``soffice`` with a private profile, warmed up once (the first run builds the profile)."""

    def __init__(self) -> None:
        self.binary = shutil.which("soffice")
        self.profile = Path(tempfile.mkdtemp(prefix=f"lo-bench-{os.getpid()}-"))

    @property
    def available(self) -> bool:
        return self.binary is not None

    def run(self, *args: str, cwd: Path | None = None) -> float:
        command = [self.binary, f"-env:UserInstallation=file://{self.profile}", "--headless",
                   "--norestore", *args]
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True, timeout=600)
        return time.perf_counter() - started

    def warm_up(self, work: Path) -> None:
        probe = work / "warm.txt"
        probe.write_text("x\n", encoding="utf-8")
        self.run("--convert-to", "docx", "--outdir", str(work / "warm"), str(probe))

    def close(self) -> None:
        shutil.rmtree(self.profile, ignore_errors=True)


def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory_kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{memory_kb / 1024 / 1024:.1f} GB"
    except OSError:
        memory = "?"
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "ram": memory,
            "python": sys.version.split()[0]}
