#!/usr/bin/env python3
"""Folder check and folder overview at 100, 2,000 and 10,000 files, cold and cached (issue 16).

Times the whole CLI process, as a user runs it:

* ``ametieditor-cli check DIR --no-spelling``
* ``ametieditor-cli list DIR --csv OUT.csv``

over folders made by ``scripts/make_folder_corpus.py`` (seed 16), generated
once into ``/tmp/fcorpus-bench-N`` (``/tmp/fcorpus-bench-flat-N`` with
``--flat``) and reused while their manifest is there. "Cold" runs with
``AMETIEDITOR_CACHE_DIR`` set to a new empty folder, "cached" runs again with
the same folder, so a summary cache (where the program has one) is warm.
Prints a JSON line per figure as it is measured (for run_all.py, which runs this
script only when named: ``run_all.py bench_folder``) and at the end a markdown
table: files, command, cold s, cached s, and the ratio of each cold time to the
same command's cold time at 100 files.

    python benchmarks/bench_folder.py                          # 100, 2000, 10000
    python benchmarks/bench_folder.py --sizes 100,500 --commands check --flat --no-cached

A command the CLI does not have yet (``list`` before issue 16) is skipped with
a message, and a run that takes longer than ``--timeout`` seconds is stopped
and shown as such: no figure is made up.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, emit, machine

sys.path.insert(0, str(REPO / "scripts"))

from make_folder_corpus import DEFAULT_SEED, generate

COMMANDS = {
    "check": lambda folder, out: ["check", str(folder), "--no-spelling"],
    "list": lambda folder, out: ["list", str(folder), "--csv", str(out / "overview.csv")],
}


def corpus(size: int, flat: bool) -> Path:
    """The generated folder of ``size`` files (made now unless a complete one is there)."""
    folder = Path(tempfile.gettempdir()) / f"fcorpus-bench-{'flat-' if flat else ''}{size}"
    manifest = folder.parent / f"{folder.name}.planted.json"
    if folder.exists() and manifest.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    generate(size, folder, DEFAULT_SEED, flat=flat, manifest=manifest)
    print(f"generated {size} files in {folder} ({time.perf_counter() - started:.1f} s)",
          file=sys.stderr)
    return folder


def environment(**extra: str) -> dict[str, str]:
    """The CLI's environment (not _common.environment: that makes a data folder per call)."""
    return {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", **extra}


def available(command: str) -> bool:
    """Whether the CLI has ``command`` (``list`` arrives with issue 16)."""
    result = subprocess.run([sys.executable, "-m", "ametieditor.cli", command, "--help"],
                            capture_output=True, env=environment(), cwd=REPO)
    return result.returncode == 0


def timed(arguments: list[str], cache: Path, timeout: float) -> float | None:
    """Seconds the CLI process took (None when stopped at ``timeout``)."""
    env = environment(AMETIEDITOR_CACHE_DIR=str(cache))
    started = time.perf_counter()
    try:
        result = subprocess.run([sys.executable, "-m", "ametieditor.cli", *arguments],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                                cwd=REPO, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1, 2) or b"Traceback" in result.stderr:
        raise SystemExit(f"{' '.join(arguments)} failed ({result.returncode}):\n"
                         f"{result.stderr.decode(errors='replace')[-2000:]}")
    return elapsed


def measure(command: str, folder: Path, cached: bool, timeout: float
            ) -> tuple[float | None, float | None]:
    with tempfile.TemporaryDirectory(prefix="fcorpus-cache-") as cache, \
            tempfile.TemporaryDirectory(prefix="fcorpus-out-") as out:
        arguments = COMMANDS[command](folder, Path(out))
        cold = timed(arguments, Path(cache), timeout)
        warm = timed(arguments, Path(cache), timeout) if cached and cold is not None else None
    return cold, warm


def _seconds(value: float | None, timeout: float, ran: bool) -> str:
    if not ran:
        return "–"
    return f"{value:.2f}" if value is not None else f"stopped at {timeout:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,2000,10000", help="comma-separated file counts")
    parser.add_argument("--commands", default="check,list", help="check, list or both")
    parser.add_argument("--flat", action="store_true",
                        help="all files in one folder (for a check that reads no subfolders)")
    parser.add_argument("--no-cached", dest="cached", action="store_false",
                        help="cold runs only (the second run is the long one without a cache)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per run")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    commands = [command for command in args.commands.split(",") if command]
    # the settings and data folder of every run: private, removed at the end
    data = tempfile.TemporaryDirectory(prefix="fcorpus-data-")
    os.environ["AMETIEDITOR_DATA_DIR"] = data.name
    for command in [c for c in commands if c not in COMMANDS or not available(c)]:
        print(f"skipped: `ametieditor-cli {command}` does not exist in this version",
              file=sys.stderr)
        commands.remove(command)
    print(f"machine: {machine()}; load average at start: "
          f"{' '.join(f'{v:.2f}' for v in os.getloadavg())}", file=sys.stderr)
    rows = []
    base: dict[str, float | None] = {}
    for size in sizes:
        folder = corpus(size, args.flat)
        for command in commands:
            cold, warm = measure(command, folder, args.cached, args.timeout)
            if size == 100:
                base[command] = cold
            reference = base.get(command)
            ratio = f"{cold / reference:.1f}" if cold and reference else "–"
            for label, value in (("cold", cold), ("cached", warm)):
                if value is not None:
                    emit(f"folder {command}, {size} files, {label}", value, "s")
            rows.append(f"| {size} | {command} | {_seconds(cold, args.timeout, True)} | "
                        f"{_seconds(warm, args.timeout, args.cached)} | {ratio} |")
            print(rows[-1], file=sys.stderr, flush=True)
    print("| files | command | cold s | cached s | cold ÷ cold at 100 files |")
    print("|---:|---|---:|---:|---:|")
    print("\n".join(rows))
    print(f"\nload average at end: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    data.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
