"""The PyInstaller build: the spec is sound, and a real build runs (about a minute).

``packaging/smoke_test.sh`` builds the one-folder application and runs the
built ``ametieditor-cli`` (convert, check; DOCX export once a DOCX writer is
registered) and the built editor offscreen until its window shows.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

SPEC = REPO / "packaging" / "ametieditor.spec"


def test_spec_parses_and_builds_both_entry_points() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    calls = {node.func.id for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"Analysis", "EXE", "COLLECT", "PYZ"} <= calls
    text = SPEC.read_text(encoding="utf-8")
    assert set(re.findall(r'name="([^"]+)"', text)) == {"ametieditor", "ametieditor-cli",
                                                        "Ametieditor"}
    for script in re.findall(r'analysis\("([^"]+)"\)', text):
        assert (REPO / "packaging" / script).is_file()
    assert 'collect_submodules("ametieditor")' in text  # the registry imports lazily
    assert '(str(ROOT / "resources"), "resources")' in text


@pytest.mark.slow
def test_built_application_runs(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHON": sys.executable, "PYTHONPATH": str(REPO)}
    result = subprocess.run(["bash", str(REPO / "packaging" / "smoke_test.sh"),
                             str(tmp_path)], capture_output=True, text=True, env=env,
                            timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "SMOKE OK" in result.stdout
    assert "editor window shown (AMETIEDITOR_SHOWN" in result.stdout
