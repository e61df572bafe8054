"""A reviewer's answer to a draft: proposed changes and comments, placed in the document.

A returned review file (a DOCX exported "for review" and sent round, see
:mod:`ametieditor.formats.docx_review`) is read into a :class:`Review`: each
tracked change becomes a :class:`Proposal` that replaces one text field or a
run of blocks of one rich-text list, and each comment a
:class:`ReviewComment` on the part it was made on. What cannot be placed is
kept as import notes (:attr:`Review.unplaced`), so nothing of the reviewer's
is lost.

Proposals are made against the document that was sent (the file carries it);
the user's document may have moved on since. :func:`proposal_state` says
whether a proposal can still be applied, and :func:`accepted_value` gives the
path and the value to set, found again by content in the current document, so
accepting several proposals in one list in any order works. Plain Python: the
GUI pushes the value as one undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ametieditor.model.document import Block, ImportNote, JobDescription, RichText
from ametieditor.model.texts import Location


class ProposalState(StrEnum):
    PENDING = "pending"  # the document still has the text the reviewer changed
    ACCEPTED = "accepted"  # the document has the reviewer's text
    STALE = "stale"  # the text has been changed since; cannot be applied


@dataclass(frozen=True)
class Proposal:
    """One tracked change, as a replacement in the document that was sent.

    For a text field (a general-part value, a heading, a name) ``path`` is the
    field's location and ``old``/``new`` are strings. For rich text ``path`` is
    the list's location, ``start`` the index of ``old`` (the blocks the change
    touches, at least one: an insertion carries the block next to it) and
    ``new`` the blocks that replace them.
    """

    part: str  # "3.2 ülesanne", "1.3 Vahetu juht": where, in words
    path: Location
    old: str | tuple[Block, ...]
    new: str | tuple[Block, ...]
    start: int = 0
    authors: tuple[str, ...] = ()
    date: str = ""

    @property
    def is_text(self) -> bool:
        return isinstance(self.old, str)

    def old_text(self) -> str:
        return self.old if isinstance(self.old, str) else "\n".join(b.text for b in self.old)

    def new_text(self) -> str:
        return self.new if isinstance(self.new, str) else "\n".join(b.text for b in self.new)


@dataclass(frozen=True)
class ReviewComment:
    """A reviewer's comment on a part: who, when, what, and the text it was made on."""

    author: str
    date: str
    text: str
    part: str
    location: Location
    quoted: str = ""


@dataclass
class Review:
    """Everything read from a returned review file (see the module docstring)."""

    source: str
    base: JobDescription
    proposals: list[Proposal] = field(default_factory=list)
    comments: list[ReviewComment] = field(default_factory=list)
    unplaced: list[ImportNote] = field(default_factory=list)


def value_at(doc: JobDescription, path: Location) -> Any:
    """The value at ``path`` in ``doc`` (AttributeError/IndexError/TypeError if none)."""
    value: Any = doc
    for step in path:
        value = value[step] if isinstance(step, int) else getattr(value, step)
    return value


def _find_run(blocks: RichText, run: tuple[Block, ...], near: int) -> int | None:
    """Where ``run`` stands in ``blocks``, the occurrence nearest ``near`` first."""
    size = len(run)
    found = [index for index in range(len(blocks) - size + 1)
             if tuple(blocks[index:index + size]) == run]
    return min(found, key=lambda index: abs(index - near)) if found else None


def _current(doc: JobDescription, proposal: Proposal) -> Any:
    try:
        return value_at(doc, proposal.path)
    except (AttributeError, IndexError, TypeError):
        return None


def proposal_state(doc: JobDescription, proposal: Proposal) -> ProposalState:
    """Whether ``proposal`` can be applied to ``doc``, is applied already, or neither."""
    current = _current(doc, proposal)
    if isinstance(proposal.old, str):
        if current == proposal.old:
            return ProposalState.PENDING
        return ProposalState.ACCEPTED if current == proposal.new else ProposalState.STALE
    if not isinstance(current, list):
        return ProposalState.STALE
    assert isinstance(proposal.new, tuple)
    old_at = _find_run(current, proposal.old, proposal.start)
    new_at = _find_run(current, proposal.new, proposal.start) if proposal.new else None
    # an insertion keeps the block beside it: its old run is inside the new one
    if new_at is not None and (old_at is None
                               or _find_run(list(proposal.new), proposal.old, 0) is not None):
        return ProposalState.ACCEPTED
    if old_at is not None:
        return ProposalState.PENDING
    # a deletion is done when its blocks are gone
    return ProposalState.ACCEPTED if not proposal.new else ProposalState.STALE


def accepted_value(doc: JobDescription, proposal: Proposal) -> tuple[Location, Any] | None:
    """The path and the value that accept ``proposal`` in ``doc``; None when stale."""
    if proposal_state(doc, proposal) is not ProposalState.PENDING:
        return None
    if isinstance(proposal.new, str):
        return proposal.path, proposal.new
    current: RichText = _current(doc, proposal)
    assert isinstance(proposal.old, tuple)
    index = _find_run(current, proposal.old, proposal.start)
    assert index is not None
    blocks = [Block(block.kind, block.text) for block in current]
    blocks[index:index + len(proposal.old)] = [Block(b.kind, b.text) for b in proposal.new]
    return proposal.path, blocks
