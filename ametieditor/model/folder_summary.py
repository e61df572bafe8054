"""What the folder check and the folder overview need of one job description.

A folder of thousands of files is read once: each document becomes a
:class:`DocumentSummary` (a few kilobytes) and everything across files works on
summaries. A summary is plain data that converts to and from JSON
(:meth:`DocumentSummary.to_json`), so a cache can keep it between runs
(``ametieditor.storage.summary_cache``). Its problems are those of the file
alone that do not depend on the day: the approval date's age is judged when the
summary is shown (:func:`dated_problems`), so a cached summary never goes stale
overnight.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ametieditor.model.checks import (
    approval_date_problems,
    check_document_undated,
    signing_problems,
)
from ametieditor.model.document import JobDescription
from ametieditor.model.numbering import numbering
from ametieditor.model.parts import GENERAL_FIELDS
from ametieditor.model.texts import iter_texts

#: Raised whenever the fields or their meaning change; older cached summaries are then
#: read again from their files.
SUMMARY_VERSION = 2

#: Parts whose text is the organisation's standard wording (compared across files).
STANDARD_WORDING_PARTS = frozenset(
    {"rights", "responsibilities", "work_tools", "requirements", "amendment"})
#: Text pieces of those parts that are names or lead-ins, not wording.
_NOT_WORDING = frozenset({"label", "name", "intro"})
#: Shorter pieces are not compared: "arvuti;" is not wording that can drift.
MIN_WORDING_WORDS = 4


@dataclass(frozen=True)
class Wording:
    """One piece of standard wording: which part kind, the part's label, the text."""

    kind: str
    part: str
    text: str


@dataclass(frozen=True)
class SummaryProblem:
    """A problem of the file alone, as ``part: message``."""

    part: str
    message: str


@dataclass(frozen=True)
class DocumentSummary:
    """One job description, reduced to what is compared and listed across a folder."""

    source: str
    #: General-part values and their numbered labels ("1.4 Kes asendab"), by attribute.
    general: Mapping[str, str]
    labels: Mapping[str, str]
    approval_date: str = ""
    decree: str = ""
    revision: int | None = None
    wording: tuple[Wording, ...] = ()
    problems: tuple[SummaryProblem, ...] = field(default=())
    #: What else stops it from being signed (``check --signing``).
    signing_problems: tuple[SummaryProblem, ...] = field(default=())

    @property
    def title(self) -> str:
        return self.general.get("title", "")

    @property
    def unit(self) -> str:
        return self.general.get("unit", "")

    @property
    def manager(self) -> str:
        return self.general.get("manager", "")

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data (lists, strings, numbers)."""
        return {
            "source": self.source, "general": dict(self.general), "labels": dict(self.labels),
            "approval_date": self.approval_date,
            "decree": self.decree, "revision": self.revision,
            "wording": [[w.kind, w.part, w.text] for w in self.wording],
            "problems": [[p.part, p.message] for p in self.problems],
            "signing_problems": [[p.part, p.message] for p in self.signing_problems],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DocumentSummary:
        """The summary of :meth:`to_json` data; KeyError, TypeError or ValueError if damaged."""
        revision = data["revision"]
        return cls(
            source=str(data["source"]),
            general={str(k): str(v) for k, v in dict(data["general"]).items()},
            labels={str(k): str(v) for k, v in dict(data["labels"]).items()},
            approval_date=str(data["approval_date"]),
            decree=str(data["decree"]), revision=None if revision is None else int(revision),
            wording=tuple(Wording(str(k), str(p), str(t)) for k, p, t in data["wording"]),
            problems=_problems(data["problems"]),
            signing_problems=_problems(data["signing_problems"]),
        )

    def with_source(self, source: str) -> DocumentSummary:
        """The same summary reported under another name (a cache hit for a moved path)."""
        return dataclasses.replace(self, source=source)


def _problems(data: Iterable[Sequence[object]]) -> tuple[SummaryProblem, ...]:
    return tuple(SummaryProblem(str(part), str(message)) for part, message in data)


def _wording(doc: JobDescription) -> Iterator[Wording]:
    for piece in iter_texts(doc):
        kind = str(piece.location[0])
        if (kind in STANDARD_WORDING_PARTS and piece.location[-1] not in _NOT_WORDING
                and len(piece.text.split()) >= MIN_WORDING_WORDS):
            yield Wording(kind, piece.part, piece.text)


def summarize(source: str, doc: JobDescription) -> DocumentSummary:
    """The summary of ``doc``, reported under ``source`` (its path, usually)."""
    numbers = numbering(doc)
    approval = doc.approval
    return DocumentSummary(
        source=source,
        general={spec.attribute: getattr(doc.general, spec.attribute) for spec in GENERAL_FIELDS},
        labels={spec.attribute: numbers.general_label(spec.attribute)
                for spec in GENERAL_FIELDS},
        approval_date=approval.date.strip() if approval else "",
        decree=approval.decree if approval else "",
        revision=doc.meta.revision if doc.meta else None,
        wording=tuple(_wording(doc)),
        problems=tuple(SummaryProblem(p.part, p.message) for p in check_document_undated(doc)),
        signing_problems=tuple(SummaryProblem(p.part, p.message) for p in signing_problems(doc)),
    )


def dated_problems(summary: DocumentSummary, today: dt.date) -> list[SummaryProblem]:
    """The approval date's problems as of ``today`` (in the future, too old)."""
    return [SummaryProblem(p.part, p.message)
            for p in approval_date_problems(summary.approval_date, today)]


def all_problems(summary: DocumentSummary, today: dt.date) -> list[SummaryProblem]:
    """Every problem of the file alone, in the order ``check_document`` gives them."""
    return [*dated_problems(summary, today), *summary.problems]
