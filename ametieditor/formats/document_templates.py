"""Organisation templates: start a new job description from a prepared one.

Described in docs/ORGANISATION_TEMPLATES.md (docs/TEMPLATES.md is about DOCX layout).

A template is simply an ``.ametijuhend`` file in which the parts that differ
from post to post are emptied:

* **bundled** templates: every ``resources/templates/*.ametijuhend``;
* **the user's own**: ``<user data>/templates/*.ametijuhend``
  (:func:`ametieditor.paths.user_subdir`), never the install folder.

:func:`save_as_template` decides what is kept. By default a template keeps
what an organisation writes alike in every post: the approver line, unit,
manager and employee group, the duty-table heading, rights,
responsibilities, work tools, requirements with competencies, the
amendment text and the signature blocks. It empties what belongs to one
post: meta, approval date and decree, the post title and who substitutes
whom (1.1, 1.4, 1.5), the purpose and the duties (the parts stay present,
with no text, so the new document shows where to write). Any of these can be
kept with ``keep``.

:func:`new_from_template` gives a document with fresh meta (new id,
revision 1, created now); the template file is never changed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ametieditor import paths
from ametieditor.formats import xml_format
from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.model.document import JobDescription, Meta
from ametieditor.model.parts import GENERAL_FIELDS
from ametieditor.model.revision import iso_timestamp, new_id
from ametieditor.resources import resource_path

EXTENSION = xml_format.EXTENSION


class PostPart(StrEnum):
    """Post-specific parts that a template empties unless asked to keep them."""

    TITLE = "title"  # 1.1
    SUBSTITUTION = "substitution"  # 1.4, 1.5
    UNIT_AND_MANAGER = "unitAndManager"  # 1.2, 1.3
    PURPOSE = "purpose"
    DUTIES = "duties"
    APPROVAL_DATE = "approvalDate"


#: Kept by default: unit and manager are usually the same for a unit's posts.
DEFAULT_KEEP = frozenset({PostPart.UNIT_AND_MANAGER})


@dataclass(frozen=True)
class Template:
    name: str
    path: Path
    bundled: bool


def user_folder() -> Path:
    return paths.user_subdir("templates")


def bundled_folder() -> Path:
    return resource_path("templates")


def _templates_in(folder: Path, bundled: bool) -> list[Template]:
    if not folder.is_dir():
        return []
    return [Template(path.stem, path, bundled)
            for path in sorted(folder.glob(f"*{EXTENSION}"), key=lambda p: p.name.casefold())]


def list_templates() -> list[Template]:
    """Bundled templates first, then the user's own, each sorted by name."""
    return [*_templates_in(bundled_folder(), True), *_templates_in(user_folder(), False)]


def as_template(doc: JobDescription,
                keep: frozenset[PostPart] | set[PostPart] = DEFAULT_KEEP) -> JobDescription:
    """A copy of ``doc`` with the post-specific parts emptied (``doc`` is unchanged)."""
    template = doc.clone()
    template.meta = None
    for spec in GENERAL_FIELDS:  # each field says which post-specific group it is in
        if spec.template_group is not None and PostPart(spec.template_group) not in keep:
            setattr(template.general, spec.attribute, "")
    if PostPart.PURPOSE not in keep and template.purpose is not None:
        template.purpose = []
    if PostPart.DUTIES not in keep and template.duties is not None:
        template.duties.items = []
    if PostPart.APPROVAL_DATE not in keep and template.approval is not None:
        template.approval.date = template.approval.decree = ""
    return template


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def template_path(name: str) -> Path:
    """Where a user template called ``name`` is saved (a safe file name)."""
    cleaned = _UNSAFE.sub("-", name).strip(" .-")
    if not cleaned:
        raise FormatError(name or "?", tr("malli nimi on tühi", "the template name is empty"))
    return user_folder() / f"{cleaned}{EXTENSION}"


def save_as_template(doc: JobDescription, name: str,
                     keep: frozenset[PostPart] | set[PostPart] = DEFAULT_KEEP,
                     replace: bool = False) -> Template:
    """Save ``doc`` as the user's template ``name`` (atomically).

    Raises :class:`FormatError` when a template of that name exists and
    ``replace`` is false, or when it cannot be written.
    """
    path = template_path(name)
    if path.exists() and not replace:
        raise FormatError(path, tr("sellenimeline mall on juba olemas",
                                   "a template with this name already exists"))
    xml_format.write(as_template(doc, keep), path)
    return Template(path.stem, path, bundled=False)


def delete_template(template: Template) -> None:
    """Remove one of the user's templates (bundled ones cannot be removed)."""
    if template.bundled:
        raise FormatError(template.path, tr("programmiga kaasa tulnud malli ei saa kustutada",
                                            "a bundled template cannot be deleted"))
    template.path.unlink(missing_ok=True)


def new_from_template(template: Template | Path,
                      now: dt.datetime | None = None) -> JobDescription:
    """A new document made from a template, with fresh meta."""
    path = template.path if isinstance(template, Template) else template
    doc = xml_format.read(path)
    stamp = iso_timestamp(now or dt.datetime.now().astimezone())
    doc.meta = Meta(id=new_id(), revision=1, created=stamp, modified=stamp)
    return doc
