#!/usr/bin/env python3
"""Run every benchmark script (bench_*.py) and print one table.

    python benchmarks/run_all.py              # plain table
    python benchmarks/run_all.py --markdown   # for docs/PERFORMANCE.md

Each script prints JSON lines (see _common.emit); a ratio above 1 means the
editor is that many times faster than its peer.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import environment, machine  # noqa: E402

#: Benchmarks too long for a run of all of them.
NAMED_ONLY = {"bench_folder"}


def run(script: Path) -> list[dict]:
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                            env=environment(), cwd=HERE, timeout=1800)
    records = [json.loads(line) for line in result.stdout.splitlines()
               if line.startswith("{")]
    if result.returncode != 0:
        records.append({"benchmark": f"{script.name} FAILED", "value": 0, "unit": "",
                        "note": result.stderr.strip().splitlines()[-1:]})
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("only", nargs="*", help="run only these scripts (e.g. bench_batch)")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem in args.only]
    else:  # minutes to hours (thousands of generated files): run only when named
        scripts = [s for s in scripts if s.stem not in NAMED_ONLY]
    rows = [record for script in scripts for record in run(script)]
    header = ("benchmark", "value", "peer", "peer value", "ratio", "note")
    table = [(r["benchmark"], f"{r['value']} {r['unit']}", r.get("peer", ""),
              f"{r['peer_value']} {r['unit']}" if "peer_value" in r else "",
              f"{r['ratio']}×" if r.get("ratio") else "", str(r.get("note", "")))
             for r in rows]
    info = machine()
    if args.markdown:
        print(f"Machine: {info['nproc']} cores, {info['cpu']}, {info['ram']} RAM, "
              f"Python {info['python']}\n")
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in table:
            print("| " + " | ".join(row) + " |")
    else:
        widths = [max(len(str(row[i])) for row in [header, *table]) for i in range(len(header))]
        for row in [header, *table]:
            print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths,
                                                                           strict=True)))
        print(f"\n{info}")
    return 1 if any("FAILED" in r["benchmark"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
