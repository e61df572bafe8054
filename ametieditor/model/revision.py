"""Starting next year's revision of a job description from last year's.

The GUI's "Uus redaktsioon" action calls :func:`new_revision` and then forces
*Save As*, so the file the old revision came from is never overwritten.
"""

from __future__ import annotations

import datetime as dt
import uuid

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
