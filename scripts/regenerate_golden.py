"""Rewrite the golden .ametijuhend files in the current format version (deterministic).

The golden files (``tests/data/00n_*.ametijuhend``, the expected results of the
legacy fixtures) are canonical files of the current version. When the format
version changes they are rewritten by reading and writing them again, never
by hand. Before ``001_peaspetsialist_lastemaja.ametijuhend`` is rewritten in a
new version, its bytes in the old version are kept as
``tests/data/versions/v<old>.ametijuhend``: one fixture file per old version,
which ``tests/formats/test_xml_format.py`` reads back to the golden file.

Run: ``python scripts/regenerate_golden.py`` (``--check``: only list the files
that would change, exit 1 if any).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.formats import xml_format  # noqa: E402

DATA = REPO / "tests" / "data"
VERSIONS = DATA / "versions"
#: The golden file whose old-version bytes become the fixture of that version.
VERSION_SOURCE = DATA / "001_peaspetsialist_lastemaja.ametijuhend"
#: Golden files made from another file: expected result -> the file it is read from.
DERIVED = {
    DATA / "legacy" / "v0_draft.expected.ametijuhend": DATA / "legacy" / "v0_draft.ametijuhend",
}


def golden_files() -> dict[Path, Path]:
    """Every golden file and the file it is regenerated from (itself, or its source)."""
    files = {path: path for path in sorted(DATA.glob("*.ametijuhend"))}
    files.update(DERIVED)
    return files


def _keep_old_version(path: Path, data: bytes) -> Path | None:
    version = xml_format.file_version(xml_format.parse_root(data, path), path)
    fixture = VERSIONS / f"v{version}.ametijuhend"
    if version == xml_format.CURRENT_VERSION or fixture.exists():
        return None
    VERSIONS.mkdir(exist_ok=True)
    fixture.write_bytes(data)
    return fixture


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed: list[Path] = []
    for golden, source in golden_files().items():
        new = xml_format.to_bytes(xml_format.read(source))
        old = golden.read_bytes() if golden.exists() else b""
        if new == old:
            continue
        changed.append(golden)
        if check:
            continue
        if golden == VERSION_SOURCE and (kept := _keep_old_version(golden, old)):
            print(f"kept the old version as {kept.relative_to(REPO)}")
        xml_format.write(xml_format.read(source), golden)
    for path in changed:
        print(("would change: " if check else "rewrote: ") + str(path.relative_to(REPO)))
    return 1 if check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
