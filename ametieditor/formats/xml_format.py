"""The editor's own file format, ``.ametijuhend``: read every version, write the newest.

Format history
==============

Every change of the format gets a new integer ``version`` and an upgrade
step in :data:`_UPGRADES` that turns a tree of the previous version into the
next one. Reading upgrades step by step until the current version; writing
always writes :data:`CURRENT_VERSION`. A file whose version is newer than
this editor knows is refused with a message saying so, never stripped.

* **Version 0** (draft shape of the 2025 prototype; no namespace).
  ``<approval date="DD.MM.YYYY" decree="…">approver</approval>``;
  ``<general>`` with ``<replacedBy>`` (1.4) and ``<replaces>`` (1.5);
  ``<duties>`` with a ``<heading>`` child; ``<task>`` and ``<results>`` hold
  plain text, one block a line, bullets written as lines starting ``- ``;
  ``<rights intro="…">`` and ``<responsibilities intro="…">`` with
  ``<item>`` children. Everything else as in version 1.
* **Version 1**. Namespace ``urn:ametieditor:ametijuhend:1``,
  the vocabulary and order of DOMAIN.md, described by
  ``resources/schema/ametijuhend-1.xsd``. Dates are ISO ``YYYY-MM-DD``.
* **Version 2** (2026). Adds the optional
  ``<importNotes><note source="…">text</note></importNotes>`` at the end
  (after ``<signatures>``): text an importer of a foreign file could not
  place, kept with the document so that nothing is silently lost. Described
  by ``resources/schema/ametijuhend-2.xsd``. The namespace stays
  ``urn:ametieditor:ametijuhend:1``: the change only adds an optional
  element, so a namespace change would have broken every other tool that
  reads these files for nothing; the ``version`` attribute tells the
  versions apart. Upgrade 1 → 2 only rewrites ``version``.
* **Version 3** (current, 2026). Adds the optional
  ``<extraSections><section heading="LISAD"><p>…</p></section></extraSections>``
  after ``<amendment>``: numbered sections after the official ones, each a
  heading and rich text. Same namespace, same reasoning as version 2; upgrade
  2 → 3 only rewrites ``version``.

Adding a version: raise :data:`CURRENT_VERSION`, add the one upgrade step to
:data:`_UPGRADES`, mark what the version changes in
``scripts/schema/ametijuhend.base.xsd`` and run ``scripts/build_schemas.py``
(it writes ``resources/schema/ametijuhend-N.xsd``), then
``scripts/regenerate_golden.py`` (it rewrites the golden files in the new
version) and add ``tests/data/versions/v<old>.ametijuhend``, a file of the
version that is no longer current.

Canonical output: UTF-8, XML declaration, elements in schema order, 2-space
indent, final newline, empty optional fields left out. Reading a canonical
file and writing it again gives identical bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from lxml import etree

from ametieditor.formats.result import LoadResult
from ametieditor.formats.xml_version0 import upgrade_0_to_1
from ametieditor.i18n import tr
from ametieditor.io.atomic import atomic_write
from ametieditor.io.errors import FormatError, NewerVersionError
from ametieditor.io.files import describe_os_error, read_limited
from ametieditor.io.readback import check_xml_output
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.model.document import (
    Acknowledgement,
    AdditionalCompetencies,
    AdditionalCompetency,
    Approval,
    ApproverSignature,
    Block,
    BlockKind,
    Competencies,
    CompetencyGroup,
    Duties,
    Duty,
    ExtraSection,
    General,
    ImportNote,
    IntroList,
    JobDescription,
    Meta,
    Requirement,
    Requirements,
    RichText,
    Signatures,
)
from ametieditor.model.parts import GENERAL_FIELDS
from ametieditor.resources import resource_path

NAMESPACE = "urn:ametieditor:ametijuhend:1"
CURRENT_VERSION = 3
EXTENSION = ".ametijuhend"
#: Generated from scripts/schema/ametijuhend.base.xsd by scripts/build_schemas.py.
SCHEMA_FILE = f"schema/ametijuhend-{CURRENT_VERSION}.xsd"

_N = f"{{{NAMESPACE}}}"
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'

#: (model attribute, XML element) of the general part, in schema order.
_GENERAL_FIELDS = tuple((spec.attribute, spec.xml_name) for spec in GENERAL_FIELDS)


# --------------------------------------------------------------------------
# Writing


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _N + tag, attrs or None)
    if text is not None:
        element.text = text
    return element


def _rich(parent: etree._Element, blocks: RichText) -> None:
    for block in blocks:
        _sub(parent, block.kind.value, block.text)


def to_element(doc: JobDescription) -> etree._Element:
    """The document as a version-:data:`CURRENT_VERSION` element tree."""
    root = etree.Element(_N + "ametijuhend", {"version": str(CURRENT_VERSION)},
                         nsmap={None: NAMESPACE})
    _write_header(root, doc)
    if doc.purpose is not None:
        _rich(_sub(root, "purpose"), doc.purpose)
    if doc.duties is not None:
        duties = _sub(root, "duties", heading=doc.duties.heading)
        for duty in doc.duties.items:
            row = _sub(duties, "duty")
            _rich(_sub(row, "task"), duty.task)
            _rich(_sub(row, "results"), duty.results)
    for attribute, tag in (("rights", "rights"), ("responsibilities", "responsibilities")):
        part: IntroList | None = getattr(doc, attribute)
        if part is not None:
            element = _sub(root, tag)
            if part.intro:
                _sub(element, "intro", part.intro)
            _rich(element, part.content)
    if doc.work_tools is not None:
        _rich(_sub(root, "workTools"), doc.work_tools)
    if doc.requirements is not None:
        _write_requirements(_sub(root, "requirements"), doc.requirements)
    if doc.amendment is not None:
        _rich(_sub(root, "amendment"), doc.amendment)
    _write_extra_sections(root, doc)
    _write_signatures(root, doc)
    _write_import_notes(root, doc)
    return root


def _write_header(root: etree._Element, doc: JobDescription) -> None:
    """Bookkeeping, the approval note and the general part."""
    if doc.meta is not None:
        meta = _sub(root, "meta")
        _sub(meta, "id", doc.meta.id)
        _sub(meta, "revision", str(doc.meta.revision))
        for attribute, tag in (("created", "created"), ("modified", "modified"),
                               ("based_on", "basedOn")):
            if value := getattr(doc.meta, attribute):
                _sub(meta, tag, value)
    if doc.approval is not None:
        approval = _sub(root, "approval")
        for attribute in ("approver", "date", "decree"):
            if value := getattr(doc.approval, attribute):
                _sub(approval, attribute, value)
    general = _sub(root, "general")
    for attribute, tag in _GENERAL_FIELDS:
        value = getattr(doc.general, attribute)
        if value or tag == "title":
            _sub(general, tag, value)


def _write_signatures(root: etree._Element, doc: JobDescription) -> None:
    if doc.signatures is not None:
        signatures = _sub(root, "signatures")
        if (approver := doc.signatures.approver) is not None:
            element = _sub(signatures, "approver")
            if approver.name:
                _sub(element, "name", approver.name)
            if approver.title:
                _sub(element, "title", approver.title)
        if (ack := doc.signatures.acknowledgement) is not None:
            element = _sub(signatures, "acknowledgement", heading=ack.heading)
            for signer in ack.signers:
                _sub(element, "signer", signer)


def _write_extra_sections(root: etree._Element, doc: JobDescription) -> None:
    if doc.extra_sections:
        extras = _sub(root, "extraSections")
        for extra in doc.extra_sections:
            _rich(_sub(extras, "section", heading=extra.heading), extra.content)


def _write_import_notes(root: etree._Element, doc: JobDescription) -> None:
    if doc.import_notes:
        notes = _sub(root, "importNotes")
        for note in doc.import_notes:
            element = _sub(notes, "note", note.text)
            if note.source:
                element.set("source", note.source)


def _write_requirements(element: etree._Element, requirements: Requirements) -> None:
    for requirement in requirements.items:
        _rich(_sub(element, "requirement", label=requirement.label), requirement.content)
    if (competencies := requirements.competencies) is not None:
        groups = _sub(element, "competencies", heading=competencies.heading)
        for group in competencies.groups:
            _rich(_sub(groups, "group", name=group.name), group.content)
    if (additional := requirements.additional) is not None:
        items = _sub(element, "additionalCompetencies", heading=additional.heading)
        for item in additional.items:
            _rich(_sub(items, "item", name=item.name), item.content)
    if requirements.note is not None:
        _rich(_sub(element, "note"), requirements.note)


def serialize_element(root: etree._Element) -> bytes:
    """Canonical bytes of a tree: declaration, 2-space indent, final newline."""
    etree.indent(root, space="  ")
    body: bytes = etree.tostring(root, encoding="UTF-8")
    return _DECLARATION + body + b"\n"


def to_bytes(doc: JobDescription) -> bytes:
    """The document in canonical form (see the module docstring)."""
    return serialize_element(to_element(doc))


def write(doc: JobDescription, path: str | Path) -> None:
    """Save atomically; on failure the old file is left as it was."""
    data = to_bytes(doc)
    check_xml_output(data, path)  # never a file the reader would refuse
    try:
        atomic_write(path, data)
    except OSError as error:
        raise FormatError(path, describe_os_error(error, path)) from error


# --------------------------------------------------------------------------
# Reading


def read(path: str | Path) -> JobDescription:
    """Read a ``.ametijuhend`` file of any known version."""
    return from_bytes(read_limited(path), path)


def from_bytes(data: bytes, source: str | Path = "<mälu>") -> JobDescription:
    """Parse, upgrade, validate and build the model; :class:`FormatError` if not possible."""
    return from_root(parse_root(data, source), source)


def parse_root(data: bytes, source: str | Path) -> etree._Element:
    """The root element of ``data``, parsed safely; :class:`FormatError` if unreadable."""
    try:
        return parse_xml_bytes(data)
    except UnsafeXmlError as error:
        raise FormatError(source, str(error)) from None
    except etree.XMLSyntaxError as error:
        raise FormatError(source, _syntax_problem(data, error)) from None


def from_root(root: etree._Element, source: str | Path) -> JobDescription:
    """Upgrade, validate against the XSD and build the model."""
    root = upgrade(root, source)
    schema = _schema()
    if not schema.validate(root):
        raise FormatError(source, _schema_problem(schema))
    return _build(root)


def _syntax_problem(data: bytes, error: etree.XMLSyntaxError) -> str:
    if not data.strip():
        return tr("fail on tühi", "the file is empty")
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return tr(
            "see ei ole ametijuhendi fail (ei ole XML)",
            "this is not a job description file (not XML)",
        )
    line = getattr(error, "lineno", None) or "?"
    if b"</ametijuhend>" not in data:
        return tr(
            "fail on poolik või katkenud (XML lõpeb reas {line} enneaegselt)",
            "the file is incomplete or truncated (the XML ends early at line {line})",
            line=line,
        )
    return tr(
        "XML on vigane reas {line}: {detail}",
        "the XML is malformed at line {line}: {detail}",
        line=line,
        # libxml2 appends the offending text on further lines: keep the message one line
        detail=(error.msg or "").splitlines()[0].strip() if error.msg else "",
    )


def _schema_problem(schema: etree.XMLSchema) -> str:
    entry = schema.error_log.last_error
    detail = re.sub(r"\{urn:ametieditor:ametijuhend:\d+\}", "", entry.message if entry else "")
    detail = " ".join(detail.split())
    return tr(
        "fail ei vasta ametijuhendi vormingule (rida {line}: {detail})",
        "the file does not follow the job description format (line {line}: {detail})",
        line=entry.line if entry else "?",
        detail=detail,
    )


@cache
def _schema() -> etree.XMLSchema:
    with open(resource_path(SCHEMA_FILE), "rb") as handle:
        return etree.XMLSchema(etree.parse(handle, etree.XMLParser(no_network=True)))


def schema() -> etree.XMLSchema:
    """The XSD of the current version (cached)."""
    return _schema()


#: A format version: a major number of at most six ASCII digits, optionally ".minor".
_VERSION = re.compile(r"([0-9]{1,6})(?:\.[0-9]{1,6})*", re.ASCII)


def file_version(root: etree._Element, source: str | Path) -> int:
    """The ``version`` of a root element, checking it is an ametijuhend at all."""
    if etree.QName(root).localname != "ametijuhend" or etree.QName(root).namespace not in (
        None,
        NAMESPACE,
    ):
        raise FormatError(
            source,
            tr(
                "see ei ole ametijuhendi fail (juurelement on <{tag}>)",
                "this is not a job description file (root element is <{tag}>)",
                tag=etree.QName(root).localname,
            ),
        )
    text = (root.get("version") or "").strip()
    # ASCII digits only, and few of them: "²" or 5 000 nines are not versions, and
    # int() would raise on them.
    match = _VERSION.fullmatch(text)
    if match is None:
        shown = text if len(text) <= 20 else text[:20] + "…"
        raise FormatError(
            source,
            tr(
                "vormingu versioon „{version}” on tundmatu",
                'the format version "{version}" is not known',
                version=shown.encode("unicode_escape").decode("ascii")
                if not shown.isprintable() else shown,
            ),
        )
    return int(match.group(1))


def upgrade(root: etree._Element, source: str | Path) -> etree._Element:
    """Upgrade a tree of any known version to :data:`CURRENT_VERSION`, step by step."""
    version = file_version(root, source)
    if version > CURRENT_VERSION:
        raise NewerVersionError(
            source,
            tr(
                "fail on tehtud Ametieditori uuema versiooniga (vorming {version}; "
                "see versioon tunneb kuni vormingut {current}); uuendage programmi",
                "the file was made by a newer Ametieditor (format {version}; this version "
                "knows up to format {current}); please update the program",
                version=version,
                current=CURRENT_VERSION,
            ),
            str(version),
        )
    while version < CURRENT_VERSION:
        root = _UPGRADES[version](root)
        version += 1
    return root


def _upgrade_1_to_2(root: etree._Element) -> etree._Element:
    """Version 1 → 2: nothing but the version attribute changes (see the history above)."""
    root.set("version", "2")
    return root


def _upgrade_2_to_3(root: etree._Element) -> etree._Element:
    """Version 2 → 3: only adds the optional extraSections; the version attribute changes."""
    root.set("version", "3")
    return root


_UPGRADES: dict[int, Callable[[etree._Element], etree._Element]] = {
    0: lambda root: upgrade_0_to_1(root, NAMESPACE),
    1: _upgrade_1_to_2,
    2: _upgrade_2_to_3,
}


def _text(element: etree._Element | None) -> str:
    return (element.text or "") if element is not None else ""


def _read_rich(element: etree._Element) -> RichText:
    blocks: RichText = []
    for child in element:
        name = etree.QName(child).localname
        if name in ("p", "li"):
            blocks.append(Block(BlockKind(name), child.text or ""))
    return blocks


def _find(element: etree._Element, tag: str) -> etree._Element | None:
    return element.find(_N + tag)


def _build(root: etree._Element) -> JobDescription:
    doc = JobDescription()
    if (meta := _find(root, "meta")) is not None:
        revision = _text(_find(meta, "revision")).strip()
        doc.meta = Meta(
            id=_text(_find(meta, "id")),
            revision=int(revision) if revision.isdigit() else 1,
            created=_text(_find(meta, "created")),
            modified=_text(_find(meta, "modified")),
            based_on=_text(_find(meta, "basedOn")),
        )
    if (approval := _find(root, "approval")) is not None:
        doc.approval = Approval(
            approver=_text(_find(approval, "approver")),
            date=_text(_find(approval, "date")),
            decree=_text(_find(approval, "decree")),
        )
    general = _find(root, "general")
    doc.general = General(
        **{attribute: _text(_find(general, tag)) for attribute, tag in _GENERAL_FIELDS}
    )
    if (purpose := _find(root, "purpose")) is not None:
        doc.purpose = _read_rich(purpose)
    if (duties := _find(root, "duties")) is not None:
        doc.duties = Duties(heading=duties.get("heading", ""))
        for duty in duties.iterfind(_N + "duty"):
            doc.duties.items.append(
                Duty(task=_read_rich(_find(duty, "task")),
                     results=_read_rich(_find(duty, "results")))
            )
    for attribute, tag in (("rights", "rights"), ("responsibilities", "responsibilities")):
        if (element := _find(root, tag)) is not None:
            setattr(doc, attribute,
                    IntroList(intro=_text(_find(element, "intro")), content=_read_rich(element)))
    if (tools := _find(root, "workTools")) is not None:
        doc.work_tools = _read_rich(tools)
    if (requirements := _find(root, "requirements")) is not None:
        doc.requirements = _read_requirements(requirements)
    if (amendment := _find(root, "amendment")) is not None:
        doc.amendment = _read_rich(amendment)
    if (extras := _find(root, "extraSections")) is not None:
        doc.extra_sections = [ExtraSection(heading=section.get("heading", ""),
                                           content=_read_rich(section))
                              for section in extras.iterfind(_N + "section")]
    doc.signatures = _read_signatures(root)
    if (notes := _find(root, "importNotes")) is not None:
        doc.import_notes = [ImportNote(text=note.text or "", source=note.get("source", ""))
                            for note in notes.iterfind(_N + "note")]
    return doc


def _read_signatures(root: etree._Element) -> Signatures | None:
    element = _find(root, "signatures")
    if element is None:
        return None
    signatures = Signatures()
    if (approver := _find(element, "approver")) is not None:
        signatures.approver = ApproverSignature(
            name=_text(_find(approver, "name")), title=_text(_find(approver, "title")))
    if (ack := _find(element, "acknowledgement")) is not None:
        signatures.acknowledgement = Acknowledgement(
            heading=ack.get("heading", ""),
            signers=[signer.text or "" for signer in ack.iterfind(_N + "signer")])
    return signatures


def _read_requirements(element: etree._Element) -> Requirements:
    requirements = Requirements()
    for requirement in element.iterfind(_N + "requirement"):
        requirements.items.append(
            Requirement(label=requirement.get("label", ""), content=_read_rich(requirement))
        )
    if (competencies := _find(element, "competencies")) is not None:
        requirements.competencies = Competencies(
            heading=competencies.get("heading", ""),
            groups=[
                CompetencyGroup(name=group.get("name", ""), content=_read_rich(group))
                for group in competencies.iterfind(_N + "group")
            ],
        )
    if (additional := _find(element, "additionalCompetencies")) is not None:
        requirements.additional = AdditionalCompetencies(
            heading=additional.get("heading", ""),
            items=[
                AdditionalCompetency(name=item.get("name", ""), content=_read_rich(item))
                for item in additional.iterfind(_N + "item")
            ],
        )
    if (note := _find(element, "note")) is not None:
        requirements.note = _read_rich(note)
    return requirements


# --------------------------------------------------------------------------
# Registry entry points


def load_result(path: Path) -> LoadResult:
    """Registry reader: the document of a ``.ametijuhend`` file."""
    root = parse_root(read_limited(path), path)
    version = file_version(root, path)
    document = from_root(root, path)
    notices = []
    if version < CURRENT_VERSION:  # opened without a question, as office programs do
        notices.append(tr(
            "fail on vanemas vormingus (versioon {old}); salvestamisel kirjutatakse see "
            "praeguses vormingus (versioon {new})",
            "the file is in an older format (version {old}); saving writes it in the "
            "current format (version {new})",
            old=version, new=CURRENT_VERSION))
    return LoadResult(document=document, notices=notices, native=True)


def save_document(doc: JobDescription, path: Path, options: object = None) -> None:
    """Registry writer: save as ``.ametijuhend`` (atomic)."""
    write(doc, path)
