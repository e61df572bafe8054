"""Measure the importer over the legacy corpus and write the table into docs/IMPORT.md.

For each input in tests/data/legacy/corpus (made by scripts/make_legacy_corpus.py)
the importer's document is compared with the expected one:

* **fields**: every value of the expected document (each general-part field,
  approval field, heading, label, group and item name, and the text of each
  paragraph and bullet, by its place in the document) counts as one field; a
  field is right when the imported document has the same value at the same
  place. Accuracy is right fields / expected fields.
* **words lost**: words of the expected document (without diacritics, case
  folded) that are neither in the imported document nor in its import notes,
  counted with repetition.

Run: ``python scripts/measure_import_accuracy.py`` (``--check`` only prints and
exits 1 when the figure is below 100 % or a word is lost).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from make_legacy_corpus import OUT, expected_path, inputs  # noqa: E402

from ametieditor.formats import registry, xml_format  # noqa: E402
from ametieditor.model.document import JobDescription  # noqa: E402
from ametieditor.model.folding import fold_diacritics  # noqa: E402

DOC = REPO / "docs" / "IMPORT.md"
BEGIN = "<!-- accuracy table: scripts/measure_import_accuracy.py -->"
END = "<!-- end of accuracy table -->"


def fields(value: Any, path: str = "") -> dict[str, str]:
    """Every leaf value of a document by its place (``duties.items[2].task[0].text``)."""
    if dataclasses.is_dataclass(value):
        found: dict[str, str] = {}
        for item in dataclasses.fields(value):
            if item.name in ("meta", "import_notes"):
                continue
            found.update(fields(getattr(value, item.name), f"{path}.{item.name}"))
        return found
    if isinstance(value, list):
        found = {}
        for index, element in enumerate(value):
            found.update(fields(element, f"{path}[{index}]"))
        return found
    if value is None or value == "":
        return {}
    return {path.lstrip("."): str(value)}


def words(texts: list[str]) -> Counter[str]:
    return Counter(word for text in texts for word in re.findall(r"[^\W_]+",
                                                                 fold_diacritics(text)))


def _texts(found: dict[str, str]) -> list[str]:
    """The words a typist wrote: every value but the kind of a block."""
    return [value for key, value in found.items() if not key.endswith(".kind")]


@dataclass
class Result:
    name: str
    right: int
    total: int
    lost: int
    wrong: list[str]

    @property
    def accuracy(self) -> float:
        return 100.0 * self.right / self.total if self.total else 100.0


def measure_one(source: Path) -> Result:
    expected = xml_format.read(expected_path(source))
    imported: JobDescription = registry.load(source).document
    want, got = fields(expected), fields(imported)
    wrong = [key for key, value in want.items() if got.get(key) != value]
    have = words([*_texts(got), *(note.text for note in imported.import_notes)])
    lost = sum((words(_texts(want)) - have).values())
    return Result(source.name, len(want) - len(wrong), len(want), lost, wrong)


def measure(folder: Path = OUT) -> list[Result]:
    return [measure_one(source) for source in inputs(folder)]


def table(results: list[Result]) -> str:
    rows = ["| Input | Fields right | Accuracy | Words lost |", "|---|---:|---:|---:|"]
    for result in results:
        rows.append(f"| `{result.name}` | {result.right} / {result.total} | "
                    f"{result.accuracy:.1f} % | {result.lost} |")
    right = sum(r.right for r in results)
    total = sum(r.total for r in results)
    lost = sum(r.lost for r in results)
    rows.append(f"| **all {len(results)} inputs** | **{right} / {total}** | "
                f"**{100.0 * right / total:.1f} %** | **{lost}** |")
    return "\n".join(rows)


def write_doc(text: str) -> None:
    content = DOC.read_text(encoding="utf-8")
    start, end = content.index(BEGIN) + len(BEGIN), content.index(END)
    DOC.write_text(f"{content[:start]}\n{text}\n{content[end:]}", encoding="utf-8")


def main(argv: list[str]) -> int:
    results = measure()
    for result in results:
        for key in result.wrong[:5]:
            print(f"{result.name}: {key}", file=sys.stderr)
    text = table(results)
    print(text)
    if "--check" not in argv:
        write_doc(text)
    perfect = all(r.right == r.total and r.lost == 0 for r in results)
    return 0 if perfect else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
