"""The files of the Estonian speller that the packaged application carries.

Used by packaging/ametieditor.spec (and tests/packaging/test_speller_bundle.py).
The speller is Vabamorf from the ``estnltk`` wheel (the optional ``spell``
extra). The editor loads only the wheel's ``estnltk/vabamorf`` folder by path
(ametieditor/spelling/backend.py), so the build copies just what that needs
into ``_internal/vabamorf``, never the rest of estnltk (which would pull in
pandas, nltk and more):

* ``__init__.py``, ``morf.py``, ``vabamorf.py`` (the SWIG wrapper) as files, not
  into the PYZ archive: the backend loads them from the folder;
* the native module ``_vabamorf*.so|pyd``, on Linux stripped of debugging
  symbols with ``strip --strip-unneeded`` (the wheel's is 47 MB with debug
  info, 3 MB without; it works the same);
* the spell-checking lexicon ``dct/<date>_sp`` only, not the slang lexicon
  ``_nosp``, nor the tests.

Without estnltk installed nothing is bundled and the build still succeeds; the
built program then says that spelling was not checked.

This file is loaded by path (``packaging`` would shadow the PyPI package of
that name), so it has no package imports of its own besides ametieditor.
"""

from __future__ import annotations

import importlib.machinery
import shutil
import subprocess
import sys
from pathlib import Path

from ametieditor.spelling import backend

#: Python files of estnltk/vabamorf the backend loads (``__init__`` starts
#: the engine on Windows and macOS).
PYTHON_FILES = ("__init__.py", "morf.py", "vabamorf.py")
#: Standard-library modules those files import. They are in the build anyway
#: (the editor uses them); listed so that PyInstaller is told, not trusted.
HIDDEN_IMPORTS = ["atexit", "functools", "operator", "os", "re", "sys", "typing"]

Toc = list[tuple[str, str]]


def native_module(folder: Path) -> Path:
    """The compiled SWIG module ``_vabamorf`` for this Python in ``folder``."""
    found = [folder / f"_vabamorf{suffix}" for suffix in importlib.machinery.EXTENSION_SUFFIXES
             if (folder / f"_vabamorf{suffix}").is_file()]
    if not found:
        raise FileNotFoundError(f"no _vabamorf native module in {folder}")
    return found[0]


def stripped_copy(library: Path, work_dir: Path) -> Path:
    """``library`` without debugging symbols (Linux, when ``strip`` exists), else itself."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return library
    target = work_dir / "vabamorf-stripped" / library.name  # redone every build: 0.3 s
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([strip, "--strip-unneeded", "-o", str(target), str(library)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(f"speller_bundle: strip failed, bundling {library.name} as it is: "
              f"{result.stderr.strip()}", file=sys.stderr)
        return library
    return target


def speller_files(work_dir: Path) -> tuple[Toc, Toc]:
    """``(binaries, datas)`` for PyInstaller's Analysis: ``(source, folder in the build)``.

    Both are empty when estnltk is not installed.
    """
    try:
        source = backend.wheel_folder()
    except backend.SpellerUnavailable as error:
        print(f"speller_bundle: the speller is not bundled: {error}", file=sys.stderr)
        return [], []
    dest = backend.BUNDLED_FOLDER
    lexicons = source / "dct"
    lexicon = backend.spelling_lexicon([p.name for p in lexicons.iterdir() if p.is_dir()])
    if lexicon is None:
        raise FileNotFoundError(f"no spell-checking lexicon (*_sp) in {lexicons}")
    binaries = [(str(stripped_copy(native_module(source), work_dir)), dest)]
    datas = [(str(source / name), dest) for name in PYTHON_FILES]
    datas += [(str(path), f"{dest}/dct/{lexicon}")
              for path in sorted((lexicons / lexicon).iterdir()) if path.is_file()]
    return binaries, datas
