"""The PyInstaller build: the spec is sound, and a real build runs (about a minute).

``packaging/smoke_test.sh`` builds the one-folder application and runs the
built ``ametieditor-cli`` (convert, check; DOCX export once a DOCX writer is
registered; spelling with the bundled speller) and the built editor offscreen
until its window shows. The spec itself is also evaluated with stand-ins for
PyInstaller's classes, with and without estnltk installed.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

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
    from ametieditor.spelling.backend import is_installed

    if is_installed():  # the ``spell`` extra, as scripts/setup.sh and CI install it
        assert "built CLI flagged Korrektus" in result.stdout
    else:
        assert "built CLI says spelling was not checked" in result.stdout


class _Recorder:
    """Stands in for PyInstaller's spec classes: remembers what the spec passes."""

    calls: list[tuple[str, tuple, dict]]

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __call__(self, *args: object, **kwargs: object) -> SimpleNamespace:
        self.calls.append((self.kind, args, kwargs))
        return SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])


def evaluate_spec(work: Path) -> list[dict]:
    """Run the spec's own code with recording stand-ins; the keyword arguments of Analysis."""
    calls: list[tuple[str, tuple, dict]] = []
    _Recorder.calls = calls
    namespace = {name: _Recorder(name) for name in ("Analysis", "EXE", "PYZ", "COLLECT")}
    namespace |= {"SPECPATH": str(SPEC.parent), "workpath": str(work),
                  "__file__": str(SPEC)}
    saved_path = list(sys.path)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.path[:] = saved_path
    return [kwargs for kind, _, kwargs in calls if kind == "Analysis"]


def bundled_to(analysis: dict) -> set[str]:
    return {folder for _, folder in analysis["binaries"] + analysis["datas"]}


def test_spec_bundles_the_speller_but_not_estnltk(tmp_path: Path) -> None:
    from ametieditor.spelling import backend

    lexicon = backend.spelling_lexicon(
        [p.name for p in (backend.wheel_folder() / "dct").iterdir()])
    analyses = evaluate_spec(tmp_path)
    assert len(analyses) == 2
    for analysis in analyses:
        assert "estnltk" in analysis["excludes"]
        folders = bundled_to(analysis)
        assert "vabamorf" in folders
        assert [f for f in folders if f.startswith("vabamorf/dct/")] == [
            f"vabamorf/dct/{lexicon}"]
        assert lexicon.endswith("_sp")


def test_spec_still_builds_without_estnltk(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """``pip install ametieditor[packaging]`` without the ``spell`` extra."""
    from ametieditor.spelling import backend

    def not_installed() -> Path:
        raise backend.SpellerUnavailable("ei ole paigaldatud")

    monkeypatch.setattr(backend, "wheel_folder", not_installed)
    analyses = evaluate_spec(tmp_path)
    assert len(analyses) == 2
    for analysis in analyses:
        assert analysis["binaries"] == []
        assert not any(folder.startswith("vabamorf") for folder in bundled_to(analysis))
        assert "resources" in bundled_to(analysis)


def test_spec_bundles_the_user_guide_with_its_pictures(tmp_path: Path) -> None:
    """Abi › Kasutusjuhend (F1) reads resources/help/ in the build (ametieditor/gui/help.py)."""
    import shutil

    from ametieditor.gui.help import GUIDE_NAME, SOURCE_GUIDE

    for analysis in evaluate_spec(tmp_path):
        datas = {(Path(source), folder) for source, folder in analysis["datas"]}
        assert (SOURCE_GUIDE, "resources/help") in datas
        assert (SOURCE_GUIDE.parent / "kasutusjuhend", "resources/help/kasutusjuhend") in datas
    # Laid out as the build lays it out, the help finds the bundled copy first.
    bundle = tmp_path / "resources"
    (bundle / "help").mkdir(parents=True)
    shutil.copy(SOURCE_GUIDE, bundle / "help" / GUIDE_NAME)
    shutil.copytree(SOURCE_GUIDE.parent / "kasutusjuhend", bundle / "help" / "kasutusjuhend")
    script = ("from ametieditor.gui.help import guide_file; print(guide_file())")
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           env={**os.environ, "AMETIEDITOR_RESOURCES": str(bundle)},
                           cwd=REPO, timeout=60, check=True)
    assert found.stdout.strip() == str(bundle / "help" / GUIDE_NAME)
