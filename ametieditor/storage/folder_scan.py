"""Reading a folder of job descriptions into summaries, once per changed file.

The CLI (``check DIR``, ``list DIR``) and the GUI (Fail › Kontrolli kausta…,
Fail › Kausta ülevaade…) read folders through :class:`FolderScan`: the files a
reader exists for (subfolders too, when asked), each read into a
:class:`~ametieditor.model.folder_summary.DocumentSummary` or taken from the
:class:`~ametieditor.storage.summary_cache.SummaryCache` when its size and
time are unchanged. Iterating yields one :class:`ScannedFile` per file, in path
order, so the caller shows progress and may stop at any file (Ctrl+C in the
terminal, Katkesta in the editor); what was read so far stays cached.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ametieditor.formats import registry
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error
from ametieditor.model.document import JobDescription
from ametieditor.model.folder_summary import DocumentSummary, SummaryProblem, summarize
from ametieditor.storage.summary_cache import SummaryCache

if TYPE_CHECKING:
    from ametieditor.model.folder_checks import FolderProblem, Progress


@dataclass(frozen=True)
class ExtraCheck:
    """A per-file check the caller adds (spelling), cached under ``fingerprint``.

    The fingerprint changes whenever the answers could (another dictionary,
    words added to the user's own): cached answers under another fingerprint
    are not used, and the file is read again.
    """

    fingerprint: str
    run: Callable[[JobDescription], list[SummaryProblem]]


@dataclass(frozen=True)
class ScannedFile:
    """One file of the folder: its summary, or the error that stopped reading it."""

    path: Path
    summary: DocumentSummary | None = None
    error: FormatError | None = None
    #: What reading it said (an older format, a stray byte), as the reader said it.
    warnings: tuple[str, ...] = ()
    #: The :class:`ExtraCheck`'s problems, when one was given.
    extra_problems: tuple[SummaryProblem, ...] = ()
    from_cache: bool = False


class FolderScan:
    """The readable files of ``folder``; iterate to read them (see the module)."""

    def __init__(self, folder: Path, *, recursive: bool = True,
                 cache: SummaryCache | None = None, extra: ExtraCheck | None = None) -> None:
        self.folder = folder
        self.cache = cache
        self.extra = extra
        self.files, self.unreadable_folders = registry.folder_files(folder, recursive=recursive)

    def __len__(self) -> int:
        return len(self.files)

    def __iter__(self) -> Iterator[ScannedFile]:
        for path in self.files:
            yield self.read(path)

    def read(self, path: Path) -> ScannedFile:
        """One file, from the cache when it has not changed since it was cached."""
        try:
            stat = os.stat(path)
        except OSError as error:
            return ScannedFile(path, error=FormatError(path, describe_os_error(error)))
        stored = self.cache.get(path, stat) if self.cache is not None else None
        if stored is not None:
            hit = self._from_cache(path, stored)
            if hit is not None:
                return hit
        result = registry.load_or_error(path)
        if isinstance(result, FormatError):
            return ScannedFile(path, error=result)
        scanned = ScannedFile(
            path, summarize(str(path), result.document), warnings=tuple(result.messages),
            extra_problems=tuple(self.extra.run(result.document)) if self.extra else ())
        if self.cache is not None:
            self.cache.put(path, stat, self._to_cache(scanned))
        return scanned

    def _from_cache(self, path: Path, stored: Mapping[str, Any]) -> ScannedFile | None:
        try:
            summary = DocumentSummary.from_json(stored["summary"]).with_source(str(path))
            warnings = tuple(str(text) for text in stored["warnings"])
            extra: tuple[SummaryProblem, ...] = ()
            if self.extra is not None:
                answers = stored.get("extra") or {}
                if answers.get("fingerprint") != self.extra.fingerprint:
                    return None  # read again: the extra check's answers may differ now
                extra = tuple(SummaryProblem(str(p), str(m)) for p, m in answers["problems"])
        except (KeyError, TypeError, ValueError, AttributeError):
            return None  # damaged entry: read the file
        return ScannedFile(path, summary, warnings=warnings, extra_problems=extra,
                           from_cache=True)

    def _to_cache(self, scanned: ScannedFile) -> dict[str, Any]:
        assert scanned.summary is not None
        data: dict[str, Any] = {"summary": scanned.summary.to_json(),
                                "warnings": list(scanned.warnings)}
        if self.extra is not None:
            data["extra"] = {"fingerprint": self.extra.fingerprint,
                             "problems": [[p.part, p.message] for p in scanned.extra_problems]}
        return data


class ReadingStopped(Exception):
    """``stopped`` answered true: the reading or the comparison was cancelled."""


@dataclass
class FolderReading:
    """What one folder gave: every file in path order, and the problems between them."""

    folder: Path
    #: Folders that could not be listed, then every file (read, or its error), in order.
    unreadable_folders: list[FormatError] = field(default_factory=list)
    files: list[ScannedFile] = field(default_factory=list)
    problems: list[FolderProblem] = field(default_factory=list)

    @property
    def summaries(self) -> list[DocumentSummary]:
        return [scanned.summary for scanned in self.files if scanned.summary is not None]

    @property
    def errors(self) -> list[FormatError]:
        """Each subfolder and file that could not be read."""
        return [*self.unreadable_folders,
                *(scanned.error for scanned in self.files if scanned.error is not None)]


def read_folder(scan: FolderScan, *, reading: Progress | None = None,
                comparing: Progress | None = None,
                stopped: Callable[[], bool] | None = None) -> FolderReading:
    """Read every file of ``scan``, then compare them (:func:`check_folder`).

    The one way the CLI and the editor read a folder. ``stopped`` is asked before
    each file and at each step of the comparison; when it answers true,
    :class:`ReadingStopped` is raised (what was read stays cached).
    """
    from ametieditor.model.folder_checks import check_folder

    asked = stopped or (lambda: False)
    report = reading or (lambda _done, _total: None)
    result = FolderReading(scan.folder, unreadable_folders=list(scan.unreadable_folders))
    report(0, len(scan))
    for done, scanned in enumerate(scan, start=1):
        if asked():
            raise ReadingStopped
        result.files.append(scanned)
        report(done, len(scan))

    def compared(done: int, total: int) -> None:
        if asked():
            raise ReadingStopped
        if comparing is not None:
            comparing(done, total)

    result.problems = check_folder(result.summaries, compared)
    return result
