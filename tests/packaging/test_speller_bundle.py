"""The speller files the packaged build carries (packaging/speller_bundle.py).

The full build (tests/packaging/test_pyinstaller.py) shows the built CLI
flagging a misspelling; these tests pin down what is bundled, that the folder
laid out exactly as in the build works in a "frozen" program on its own, and
that without estnltk nothing is bundled and the build does not fail.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ametieditor.spelling import backend
from tests.conftest import REPO


def load_helper() -> ModuleType:
    # By path: a ``packaging`` package would shadow the PyPI package of that name.
    spec = importlib.util.spec_from_file_location(
        "speller_bundle", REPO / "packaging" / "speller_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lay_out(toc: list[tuple[str, str]], internal: Path) -> None:
    """Copy PyInstaller ``(source, folder)`` entries as COLLECT does."""
    for source, folder in toc:
        (internal / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, internal / folder / Path(source).name)


def test_only_what_the_speller_needs_is_bundled(tmp_path: Path) -> None:
    binaries, datas = load_helper().speller_files(tmp_path)
    wheel = backend.wheel_folder()
    bundled = {f"{folder}/{Path(source).name}" for source, folder in binaries + datas}
    lexicon = backend.spelling_lexicon([p.name for p in (wheel / "dct").iterdir()])
    assert lexicon is not None and lexicon.endswith("_sp")
    native = next(p for p in wheel.iterdir() if p.name.startswith("_vabamorf."))
    assert bundled == {
        "vabamorf/__init__.py", "vabamorf/morf.py", "vabamorf/vabamorf.py",
        f"vabamorf/{native.name}",
        f"vabamorf/dct/{lexicon}/et.dct", f"vabamorf/dct/{lexicon}/et3.dct",
    }
    assert not any("nosp" in path or "tests" in path for path in bundled)
    assert [folder for _, folder in binaries] == [backend.BUNDLED_FOLDER]


def test_native_module_is_bundled_without_debugging_symbols(tmp_path: Path) -> None:
    """On Linux (CI, this machine) with binutils' ``strip`` (scripts/setup.sh)."""
    ((library, _),), _ = load_helper().speller_files(tmp_path)
    library = Path(library)
    original = backend.wheel_folder() / library.name
    assert library.parent == tmp_path / "vabamorf-stripped"
    assert b".debug_info" not in library.read_bytes()
    assert library.stat().st_size < original.stat().st_size


FROZEN_PROGRAM = """
import json, sys
sys.frozen = True
sys._MEIPASS = sys.argv[1]
from ametieditor.spelling import backend
engine = backend.default_backend()
print(json.dumps({
    "module": backend._load_morf_module().__file__,
    "check": engine.check(["Korrektus", "Korrektsus", "tööülesannete"]),
    "suggest": engine.suggest("tööülesanete"),
    "estnltk_imported": "estnltk" in sys.modules,
}))
"""


def test_bundled_folder_spell_checks_in_a_frozen_program(tmp_path: Path) -> None:
    binaries, datas = load_helper().speller_files(tmp_path / "work")
    internal = tmp_path / "_internal"
    lay_out(binaries + datas, internal)
    result = subprocess.run([sys.executable, "-c", FROZEN_PROGRAM, str(internal)],
                            capture_output=True, text=True, cwd=REPO, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert Path(answer["module"]).parent == internal / "vabamorf"
    assert answer["check"] == [False, True, True]
    assert answer["suggest"] == ["tööülesannete"]
    assert answer["estnltk_imported"] is False


def test_without_estnltk_nothing_is_bundled(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed() -> Path:
        raise backend.SpellerUnavailable("ei ole paigaldatud")

    monkeypatch.setattr(backend, "wheel_folder", not_installed)
    assert load_helper().speller_files(tmp_path) == ([], [])
    assert not (tmp_path / "vabamorf-stripped").exists()
