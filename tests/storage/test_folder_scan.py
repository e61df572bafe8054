"""Reading a folder once: summaries, the cache, subfolders, unreadable files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest

from ametieditor.formats import registry, xml_format
from ametieditor.model.folder_summary import DocumentSummary, SummaryProblem, summarize
from ametieditor.storage import folder_scan
from ametieditor.storage.folder_scan import ExtraCheck, FolderScan
from ametieditor.storage.summary_cache import SummaryCache, cache_path
from tests.conftest import SAMPLE_FILES


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "ametijuhendid"
    (root / "Sotsiaalosakond" / "Lastekaitse").mkdir(parents=True)
    (root / ".git").mkdir()
    shutil.copy(SAMPLE_FILES[0], root / "a.ametijuhend")
    shutil.copy(SAMPLE_FILES[1], root / "Sotsiaalosakond" / "b.ametijuhend")
    shutil.copy(SAMPLE_FILES[2], root / "Sotsiaalosakond" / "Lastekaitse" / "c.ametijuhend")
    shutil.copy(SAMPLE_FILES[0], root / ".git" / "hidden.ametijuhend")
    shutil.copy(SAMPLE_FILES[0], root / "~$a.ametijuhend")  # an Office owner file
    (root / "notes.csv").write_text("not a job description", encoding="utf-8")
    (root / "damaged.ametijuhend").write_text("<ametijuhend", encoding="utf-8")
    return root


def test_subfolders_are_read_hidden_folders_and_owner_files_are_not(folder: Path) -> None:
    scan = FolderScan(folder)
    assert [path.relative_to(folder).as_posix() for path in scan.files] == [
        "Sotsiaalosakond/Lastekaitse/c.ametijuhend", "Sotsiaalosakond/b.ametijuhend",
        "a.ametijuhend", "damaged.ametijuhend"]
    assert [path.name for path in FolderScan(folder, recursive=False).files] == [
        "a.ametijuhend", "damaged.ametijuhend"]


def test_each_file_gives_its_summary_or_the_error_naming_it(folder: Path) -> None:
    scanned = {item.path.name: item for item in FolderScan(folder)}
    damaged = scanned.pop("damaged.ametijuhend")
    assert damaged.summary is None and damaged.error is not None
    assert "damaged.ametijuhend" in str(damaged.error)
    a = scanned["a.ametijuhend"]
    doc = registry.load(SAMPLE_FILES[0]).document
    assert a.summary == summarize(str(folder / "a.ametijuhend"), doc)
    assert a.summary.title == doc.general.title and a.summary.labels["substitutes"] == "1.5 " \
        "Keda asendab"


def test_a_summary_survives_json(folder: Path) -> None:
    for path in SAMPLE_FILES:
        summary = summarize(str(path), registry.load(path).document)
        assert summary.wording and summary.general
        assert DocumentSummary.from_json(summary.to_json()) == summary


def test_the_second_scan_reads_only_changed_files(folder: Path, monkeypatch) -> None:
    with SummaryCache() as cache:
        first = [item.summary for item in FolderScan(folder, cache=cache)]
    read: list[str] = []
    original = registry.load_or_error
    monkeypatch.setattr(registry, "load_or_error",
                        lambda path: read.append(path.name) or original(path))
    changed = folder / "Sotsiaalosakond" / "b.ametijuhend"
    doc = registry.load(changed).document
    doc.general.title = "Vanemkoordinaator"
    xml_format.write(doc, changed)
    with SummaryCache() as cache:
        second = {item.path.name: item for item in FolderScan(folder, cache=cache)}
    # The damaged file is never cached: its error is given again, from the file.
    assert sorted(read) == ["b.ametijuhend", "damaged.ametijuhend"]
    assert second["b.ametijuhend"].summary.title == "Vanemkoordinaator"
    assert second["a.ametijuhend"].from_cache and not second["b.ametijuhend"].from_cache
    assert second["a.ametijuhend"].summary == first[2]


def test_same_size_and_time_but_another_path_is_a_miss(folder: Path, tmp_path: Path) -> None:
    with SummaryCache() as cache:
        list(FolderScan(folder, cache=cache))
    copy = tmp_path / "koopia"
    shutil.copytree(folder, copy, copy_function=shutil.copy2)
    with SummaryCache() as cache:
        items = [item for item in FolderScan(copy, cache=cache) if item.summary]
    assert not any(item.from_cache for item in items)
    assert all(item.summary.source.startswith(str(copy)) for item in items)


def test_the_cache_can_be_deleted_or_damaged_without_loss(folder: Path) -> None:
    with SummaryCache() as cache:
        expected = [item.summary for item in FolderScan(folder, cache=cache)]
    cache_path().write_bytes(b"this is not a database" * 100)
    with SummaryCache() as cache:
        assert cache.usable
        assert [item.summary for item in FolderScan(folder, cache=cache)] == expected
    cache_path().unlink()
    with SummaryCache() as cache:
        assert [item.summary for item in FolderScan(folder, cache=cache)] == expected


def test_a_cache_that_cannot_be_written_is_left_alone(folder: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = SummaryCache(blocked / "summaries.sqlite")
    assert not cache.usable
    assert [item.path for item in FolderScan(folder, cache=cache)] == FolderScan(folder).files
    cache.close()


def test_a_damaged_entry_is_read_again(folder: Path) -> None:
    with SummaryCache() as cache:
        list(FolderScan(folder, cache=cache))
    with sqlite3.connect(cache_path()) as connection:
        connection.execute("UPDATE summary SET data = ?", (zlib.compress(b'{"summary": 1}'),))
    with SummaryCache() as cache:
        items = [item for item in FolderScan(folder, cache=cache) if item.summary]
    assert items and not any(item.from_cache for item in items)


def test_extra_answers_are_cached_under_their_fingerprint(folder: Path) -> None:
    runs: list[str] = []

    def check(name: str) -> ExtraCheck:
        return ExtraCheck(name, lambda doc: runs.append(name) or [
            SummaryProblem("1.1 Ametinimetus", f"{name}: {doc.general.title}")])

    with SummaryCache() as cache:
        first = [item.extra_problems for item in FolderScan(folder, cache=cache,
                                                           extra=check("v1"))]
    with SummaryCache() as cache:
        again = [item.extra_problems for item in FolderScan(folder, cache=cache,
                                                           extra=check("v1"))]
    assert again == first and runs == ["v1"] * 3
    with SummaryCache() as cache:
        other = [item for item in FolderScan(folder, cache=cache, extra=check("v2"))
                 if item.summary]
    assert runs == ["v1"] * 3 + ["v2"] * 3  # another dictionary: the files are read again
    assert all(item.extra_problems[0].message.startswith("v2:") for item in other)


def test_an_unlistable_subfolder_is_reported(folder: Path, monkeypatch) -> None:
    locked = folder / "Sotsiaalosakond" / "Lastekaitse"
    original = os.scandir

    def scandir(path):  # what a share gives for a folder without the right to list it
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return original(path)

    monkeypatch.setattr(os, "scandir", scandir)
    scan = folder_scan.FolderScan(folder)
    assert [error.path for error in scan.unreadable_folders] == [locked]
    assert "Lastekaitse" in str(scan.unreadable_folders[0])
    assert [path.name for path in scan.files] == [
        "b.ametijuhend", "a.ametijuhend", "damaged.ametijuhend"]
