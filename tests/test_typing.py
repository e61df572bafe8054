"""The type checker is part of the test suite: strict on model, io, formats, commands.

The configuration is in pyproject.toml ([tool.mypy]); this runs it the way a
developer does (`.venv/bin/mypy` from the repository root) and fails with its
report.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_mypy_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"], cwd=REPO,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
