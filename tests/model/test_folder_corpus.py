"""The folder check over a generated shared-drive folder (issue 16).

``scripts/make_folder_corpus.py`` writes job descriptions in department
folders and plants a known set of problems (its manifest). Checked here:

* the pre-issue-16 all-pairs check (tests/support/folder_reference.py) finds
  every planted problem, and nothing else: the corpus is clean otherwise;
* the program's folder check gives exactly the oracle's findings, line for
  line and in the same order: the guard for the linear rewrite.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ametieditor.formats import registry
from ametieditor.io.errors import FormatError
from ametieditor.model.folder_checks import check_folder
from ametieditor.model.folder_summary import summarize
from ametieditor.model.folding import fold_diacritics
from ametieditor.model.parts import general_field_number
from tests.support.folder_reference import FolderDocument, FolderProblem, reference_check_folder
from tests.support.scripts import load_script

SEED = 16
COUNT = 60


@pytest.fixture(scope="module")
def corpus_script() -> Any:
    return load_script("make_folder_corpus")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, corpus_script: Any
           ) -> tuple[dict[str, Any], list[FolderDocument], set[str]]:
    """The manifest, the readable documents (in path order) and the unreadable files."""
    root = tmp_path_factory.mktemp("jagatud") / "Ametijuhendid"
    manifest = corpus_script.generate(COUNT, root, SEED)
    documents: list[FolderDocument] = []
    unreadable: set[str] = set()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        name = path.relative_to(root).as_posix()
        try:
            documents.append(FolderDocument(name, registry.load(path).document))
        except FormatError:
            unreadable.add(name)
    return manifest, documents, unreadable


@pytest.fixture(scope="module")
def oracle(corpus: tuple) -> list[FolderProblem]:
    """The all-pairs check's findings (computed once: it is the slow part)."""
    return reference_check_folder(corpus[1])


def _planted(manifest: dict[str, Any], *kinds: str) -> list[dict[str, str]]:
    return [item for item in manifest["planted"] if item["kind"] in kinds]


def _matches(item: dict[str, str]) -> Callable[[FolderProblem], bool]:
    """Whether a finding is the one the planted ``item`` should give."""
    kind = item["kind"]
    if kind == "one_sided_substitution":
        return lambda p: (p.source == item["file"] and p.part.startswith(
            general_field_number(item["field"]) + " ") and f"„{item['name']}”" in p.message
            and item["other"] in p.message)
    if kind in {"unit_variant", "manager_variant"}:
        return lambda p: (p.source == item["file"] and p.part.startswith(
            general_field_number(item["field"]) + " ") and f"„{item['variant']}”" in p.message
            and f"„{item['usual']}”" in p.message)
    assert kind == "wording_drift", kind
    # the finding quotes the sentence as another file has it (first letter and closing
    # punctuation may differ there)
    original = fold_diacritics(item["original"])[1:40]
    return lambda p: p.source == item["file"] and original in fold_diacritics(p.message)


def test_the_manifest_plants_each_kind_of_problem(corpus: tuple) -> None:
    manifest, documents, _ = corpus
    assert manifest["files"] == COUNT
    assert len(documents) == COUNT - 2
    assert manifest["units"] >= COUNT // 12
    kinds = [item["kind"] for item in manifest["planted"]]
    assert kinds.count("one_sided_substitution") == 1
    assert kinds.count("unit_variant") == kinds.count("manager_variant") == 1
    assert kinds.count("wording_drift") == 3
    assert kinds.count("unreadable") == 2
    assert len({Path(d.source).parent for d in documents}) > 3  # department subfolders


def test_the_unreadable_files_are_the_planted_ones(corpus: tuple) -> None:
    manifest, _, unreadable = corpus
    assert unreadable == {item["file"] for item in _planted(manifest, "unreadable")}


def test_the_reference_finds_every_planted_problem_and_nothing_else(
        corpus: tuple, oracle: list[FolderProblem]) -> None:
    manifest, findings = corpus[0], oracle
    planted = [item for item in manifest["planted"] if item["kind"] != "unreadable"]
    for item in planted:
        assert [p for p in findings if _matches(item)(p)], (item, [p.format() for p in findings])
    assert len(findings) == len(planted), [p.format() for p in findings]


def test_the_folder_check_gives_the_reference_findings_in_the_same_order(
        corpus: tuple, oracle: list[FolderProblem]) -> None:
    documents = corpus[1]
    expected = [problem.format() for problem in oracle]
    assert expected  # the corpus has findings to compare
    summaries = [summarize(item.source, item.document) for item in documents]
    assert [problem.format() for problem in check_folder(summaries)] == expected


def test_the_same_seed_writes_the_same_files(corpus_script: Any, tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "kaust", tmp_path / "b" / "kaust"
    assert corpus_script.generate(30, first, 7) == corpus_script.generate(30, second, 7)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    assert corpus_script.generate(30, tmp_path / "c" / "kaust", 8)["planted"] != (
        json.loads(corpus_script.manifest_path(first).read_text("utf-8"))["planted"])
