"""Starting next year's revision of a job description from last year's.

The GUI's "Uus redaktsioon" action calls :func:`new_revision` and then forces
*Save As*, so the file the old revision came from is never overwritten.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from ametieditor.i18n import tr
from ametieditor.model.document import JobDescription, Meta


def new_id() -> str:
    """A fresh document id: 32 lowercase hex digits (uuid4)."""
    return uuid.uuid4().hex


def iso_timestamp(now: dt.datetime) -> str:
    """``now`` as ISO 8601 with seconds and a UTC offset (local time if naive)."""
    if now.tzinfo is None:
        now = now.astimezone()
    return now.replace(microsecond=0).isoformat()


def ensure_id(doc: JobDescription) -> str:
    """The id of ``doc``, giving it one (and ``meta``) first if it has none."""
    if doc.meta is None:
        doc.meta = Meta()
    if not doc.meta.id:
        doc.meta.id = new_id()
    return doc.meta.id


def mark_saved(doc: JobDescription, now: dt.datetime) -> None:
    """Bookkeeping of a save: ``modified`` becomes ``now`` (and ``created`` too if unset).

    Like :func:`ensure_id`, this is not an edit of the user's text, so it is
    no undo step and does not make the document "changed".
    """
    ensure_id(doc)
    assert doc.meta is not None
    stamp = iso_timestamp(now)
    doc.meta.modified = stamp
    if not doc.meta.created:
        doc.meta.created = stamp


def new_revision(doc: JobDescription, now: dt.datetime) -> JobDescription:
    """A new revision made from ``doc``.

    The result is a deep copy with a new id, the revision number one higher,
    ``basedOn`` naming ``doc``'s id, ``created`` and ``modified`` set to
    ``now``, and the approval date and decree cleared (the new revision is
    not approved yet; the approver stays). Everything else is copied.

    ``doc`` gets an id first if it had none (so ``basedOn`` can name it);
    nothing else of ``doc`` changes.
    """
    old_id = ensure_id(doc)
    assert doc.meta is not None
    revision = doc.clone()
    stamp = iso_timestamp(now)
    revision.meta = Meta(id=new_id(), revision=max(doc.meta.revision, 0) + 1, created=stamp,
                         modified=stamp, based_on=old_id)
    if revision.approval is not None:
        revision.approval.date = ""
        revision.approval.decree = ""
    return revision


@dataclass(frozen=True)
class RevisionInfo:
    """How a person tells two revisions apart: the file and what the document says.

    Shown on both sides of every comparison (the compare window, ``diff`` HTML
    and DOCX). Empty text where the document does not say (an imported file has
    no revision number).
    """

    name: str  # the file name, or what the window calls an unsaved document
    revision: str  # "2"
    approved: str  # "11.06.2023": the KINNITATUD date
    saved: str  # "20.11.2026 09:00": ``meta/modified`` (else ``created``)

    def details(self) -> str:
        """``"redaktsioon 2, kinnitatud 11.06.2023, salvestatud 20.11.2026 09:00"``."""
        parts = []
        if self.revision:
            parts.append(tr("redaktsioon {n}", "revision {n}", n=self.revision))
        if self.approved:
            parts.append(tr("kinnitatud {date}", "approved {date}", date=self.approved))
        if self.saved:
            parts.append(tr("salvestatud {time}", "saved {time}", time=self.saved))
        return ", ".join(parts) or tr("redaktsiooni andmeid ei ole",
                                      "no revision details")


def _shown_date(iso: str) -> str:
    """``2023-06-11`` → ``11.06.2023``; text that is no date stays as it is."""
    try:
        return dt.date.fromisoformat(iso.strip()).strftime("%d.%m.%Y")
    except ValueError:
        return iso.strip()


def _shown_time(iso: str) -> str:
    """``2026-11-20T09:00:00+02:00`` → ``20.11.2026 09:00`` (as written, no time zone)."""
    try:
        moment = dt.datetime.fromisoformat(iso.strip())
    except ValueError:
        return iso.strip()
    return moment.strftime("%d.%m.%Y %H:%M")


def revision_info(doc: JobDescription, name: str) -> RevisionInfo:
    """The :class:`RevisionInfo` of ``doc``, known to the user as ``name``."""
    meta = doc.meta
    approved = doc.approval.date if doc.approval is not None else ""
    return RevisionInfo(
        name=name,
        revision=str(meta.revision) if meta is not None else "",
        approved=_shown_date(approved) if approved else "",
        saved=_shown_time(meta.modified or meta.created) if meta is not None and (
            meta.modified or meta.created) else "",
    )
