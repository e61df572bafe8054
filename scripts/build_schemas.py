"""Write resources/schema/ametijuhend-N.xsd for every format version from one base.

A new format version must not mean copying the whole XSD by hand: the base,
``scripts/schema/ametijuhend.base.xsd``, is every version at once, with what
each version changes marked in comments (see the comment at its top):

* ``<!--@since N-->`` at the end of a line: the line is in versions N and later;
* ``<!--@since N {-->`` … ``<!--}-->``: the lines between likewise;
* ``<!--@version N … -->``: the note on version N, listed in the header of
  every generated file from version N on;
* ``<!--@@ … -->``: a comment about the base itself, left out.

Run ``python scripts/build_schemas.py`` after editing the base (or after raising
``xml_format.CURRENT_VERSION``); ``--check`` only reports files that differ.
``tests/formats/test_schemas.py`` fails when a committed file is not what this
script writes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BASE = REPO / "scripts" / "schema" / "ametijuhend.base.xsd"
OUT = REPO / "resources" / "schema"

_BASE_COMMENT = re.compile(r"<!--@@.*?-->\n", re.DOTALL)
_VERSION_NOTE = re.compile(r"<!--@version (\d+)\n(.*?)\n-->\n", re.DOTALL)
_SINCE_LINE = re.compile(r"<!--@since (\d+)-->$")
_BLOCK_START = re.compile(r"^\s*<!--@since (\d+) \{-->$")
_BLOCK_END = re.compile(r"^\s*<!--\}-->$")


def schema_file(version: int) -> str:
    """``"schema/ametijuhend-3.xsd"``: the resource path of a version's XSD."""
    return f"schema/ametijuhend-{version}.xsd"


def _lines_of_version(lines: list[str], version: int) -> list[str]:
    kept: list[str] = []
    blocks: list[int] = []  # the "since" of each open block
    for line in lines:
        if start := _BLOCK_START.match(line):
            blocks.append(int(start[1]))
            continue
        if _BLOCK_END.match(line):
            blocks.pop()
            continue
        if any(since > version for since in blocks):
            continue
        if since := _SINCE_LINE.search(line):
            if int(since[1]) > version:
                continue
            line = line[: since.start()].rstrip()
        kept.append(line)
    if blocks:
        raise ValueError(f"{BASE.name}: a '@since {{' block is not closed")
    return kept


def build(version: int, base: str | None = None) -> str:
    """The XSD of ``version`` made from the base text."""
    text = _BASE_COMMENT.sub("", base if base is not None else BASE.read_text("utf-8"))
    notes = {int(number): note.rstrip() for number, note in _VERSION_NOTE.findall(text)}
    text = _VERSION_NOTE.sub("", text)
    listed = "".join(f"{notes[number]}\n\n" for number in sorted(notes) if number <= version)
    text = text.replace("{version}", str(version)).replace("{notes}", listed)
    return "\n".join(_lines_of_version(text.split("\n"), version))


def versions() -> range:
    """Every format version that has an XSD: 1 up to the current one."""
    sys.path.insert(0, str(REPO))
    from ametieditor.formats import xml_format

    return range(1, xml_format.CURRENT_VERSION + 1)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    different = []
    for version in versions():
        path = OUT / Path(schema_file(version)).name
        text = build(version)
        if path.exists() and path.read_text("utf-8") == text:
            continue
        different.append(path)
        if not check:
            path.write_text(text, "utf-8")
    for path in different:
        print(("differs: " if check else "wrote: ") + str(path.relative_to(REPO)))
    return 1 if check and different else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
