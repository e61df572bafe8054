"""The fuzzer in CI: 200 damaged inputs through every reader, no traceback, no hang."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ametieditor.formats import registry
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import fuzz_readers

CI_BUDGET = 200


def test_fuzz_budget_finds_no_traceback_and_no_hang() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "fuzz_readers.py"), "--count", str(CI_BUDGET),
         # 60 s per input: a LibreOffice-backed reader (.doc/.odt/.rtf) starts a fresh
         # profile each time, which on a loaded 2-core machine can take tens of seconds;
         # a real hang is still caught.
         "--seed", "20261123", "--timeout", "60", "--json"],
        capture_output=True, text=True, timeout=900)
    summary = json.loads(result.stdout)
    assert summary["failures"] == [], summary["failures"]
    assert summary["totals"]["traceback"] == summary["totals"]["hang"] == 0
    assert summary["totals"]["multi-line"] == 0
    assert result.returncode == 0
    assert sum(summary["totals"].values()) == CI_BUDGET
    # every reader the registry has was fuzzed, and the mutations did damage files
    assert set(summary["by_extension"]) == set(registry.readable_extensions())
    assert summary["totals"]["format-error"] > CI_BUDGET // 4


def test_mutations_change_every_kind_of_seed() -> None:
    import random

    rng = random.Random(5)
    seed = (REPO / "tests" / "data" / "001_peaspetsialist_lastemaja.ametijuhend").read_bytes()
    mutated = [fuzz_readers.mutate(rng, seed) for _ in range(50)]
    assert sum(m != seed for m in mutated) >= 48
    from tests.support.hostile import minimal_docx

    package = minimal_docx()
    assert sum(fuzz_readers.mutate(rng, package) != package for _ in range(50)) >= 48


def test_classifier_sees_tracebacks_hangs_and_multi_line_messages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_READERS", {})
    registry.register_reader(".probe", "tests.reliability.probe_reader:load", "Probe")
    data = tmp_path / "data"
    data.mkdir()
    for name, content in {"a": b"CRASH" * 50, "b": b"HANG" * 50, "c": b"fine" * 50,
                          "d": b"LINES" * 50}.items():
        (data / f"{name}.probe").write_bytes(content)
    report = fuzz_readers.run(count=24, seed=3, timeout=1.0, jobs=2, save=tmp_path / "bad",
                              data_dir=data)
    counts = report.counts[".probe"]
    assert sum(counts.values()) == 24
    assert counts["traceback"] > 0 and counts["hang"] > 0 and counts["format-error"] > 0
    assert counts["multi-line"] > 0
    saved = sorted(p.name.split("-")[0] for p in (tmp_path / "bad").iterdir())
    assert set(saved) == {"hang", "multi", "traceback"}
