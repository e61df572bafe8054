#!/usr/bin/env python3
"""Update the English translation source and compile it.

1. ``pyside6-lupdate`` collects every ``self.tr`` / ``QCoreApplication.translate``
   string of the GUI (ametieditor/gui, ametieditor/commands) and the Designer
   forms (forms/*.ui) into resources/translations/ametieditor_en.ts, keeping the
   translations already there. Translate new entries with Qt Linguist
   (``pyside6-linguist``) or any .ts editor.
2. ``pyside6-lrelease`` compiles the .ts into ametieditor_en.qm, which the
   editor loads. Both files are committed; tests/gui/test_translations.py
   fails when the .qm is older than the .ts.

3. ``qt_et.ts`` is Estonian for the texts Qt itself shows (standard buttons such
   as Cancel and Yes, the context menu of a text field, the file dialog): Qt ships
   no Estonian. It is written by hand (lupdate has no sources for it) and only
   compiled here, into qt_et.qm.

``--release-only`` skips step 1 (what the test uses).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("en",)
#: Hand-written translations of Qt's own texts, one per language Qt does not ship.
QT_TRANSLATIONS = ("qt_et.ts",)
SOURCES = ("ametieditor/gui", "ametieditor/commands", "forms")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6")
    return found


def source_files() -> list[str]:
    files: list[Path] = []
    for folder in SOURCES:
        root = REPO / folder
        files += sorted(root.rglob("*.py")) + sorted(root.rglob("*.ui"))
    return [str(path.relative_to(REPO)) for path in files
            if "generated" not in path.parts and path.name != "__init__.py"]


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"ametieditor_{language}.ts"


def update(ts: Path, language: str) -> None:
    """Collect the strings of the sources into ``ts``, keeping its translations.

    Strings no longer in the sources are dropped (``-no-obsolete``), so the
    committed file is exactly what this function makes of it.
    """
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", "et", "-target-language", language,
                    *source_files(), "-ts", str(ts)], check=True, cwd=REPO)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, cwd=REPO)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release-only", action="store_true")
    arguments = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_file(language)
        if not arguments.release_only:
            update(ts, language)
        release(ts, ts.with_suffix(".qm"))
        print(f"wrote {ts.with_suffix('.qm').relative_to(REPO)}")
    for name in QT_TRANSLATIONS:
        ts = TRANSLATIONS / name
        release(ts, ts.with_suffix(".qm"))
        print(f"wrote {ts.with_suffix('.qm').relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
