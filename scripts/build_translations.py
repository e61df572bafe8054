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


def known_translations(ts: Path) -> dict[str, str]:
    """Source text -> translation of every finished entry of ``ts`` (any context)."""
    if not ts.exists():
        return {}
    from lxml import etree

    found: dict[str, str] = {}
    for message in etree.parse(str(ts)).iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if (source is not None and translation is not None and translation.text
                and translation.get("type") is None):
            found.setdefault(source.text or "", translation.text)
    return found


def carry_over(ts: Path, known: dict[str, str]) -> None:
    """Fill new entries whose text was translated before in another context.

    Moving code to another class changes the Qt context of its strings; the
    translation of the same Estonian text is carried over instead of lost.
    """
    from lxml import etree

    tree = etree.parse(str(ts))
    changed = False
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if (source is not None and translation is not None
                and translation.get("type") == "unfinished" and (source.text or "") in known):
            translation.text = known[source.text or ""]
            del translation.attrib["type"]
            changed = True
    if changed:
        tree.write(str(ts), encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")


def update(ts: Path, language: str) -> None:
    """Collect the strings of the sources into ``ts``, keeping its translations.

    Strings no longer in the sources are dropped (``-no-obsolete``), so the
    committed file is exactly what this function makes of it; a string that
    only moved to another context keeps its translation (:func:`carry_over`).
    """
    known = known_translations(ts)
    command = [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
               "-source-language", "et", "-target-language", language,
               *source_files(), "-ts", str(ts)]
    subprocess.run(command, check=True, cwd=REPO)
    carry_over(ts, known)
    subprocess.run(command, check=True, cwd=REPO)  # lupdate's own layout again


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
