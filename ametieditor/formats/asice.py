"""Signed containers (``.asice``, ``.bdoc``): open the document inside, show who signed.

An ASiC-E container (BDOC 2.1 is the same format) is a ZIP package:

* ``mimetype`` — first and stored, holding ``application/vnd.etsi.asic-e+zip``;
* ``META-INF/manifest.xml`` — the list of data files;
* the data files themselves (last year's DOCX or PDF, sometimes several);
* ``META-INF/signatures*.xml`` — one XAdES document per signature, with the
  signer's certificate in ``ds:KeyInfo/ds:X509Data/ds:X509Certificate``, the
  claimed signing time in ``xades:SigningTime`` and optional claimed roles in
  ``xades:SignerRoleV2/xades:ClaimedRoles``.

This module reads the package and what the signatures *claim*; verifying
them offline is :mod:`ametieditor.formats.asice_verify`. The container is only
read, never written: a revision is saved as a new file.

A container that could fool the reader is refused: two entries with the same
name, a data file the manifest does not list, or no manifest. Of a signed
container, only a data file that a signature covers is opened (the others are
named as not opened), and a container inside a container is never opened
(each level would be another container to trust, and nesting has no use here).

The data file is extracted to a temporary folder and read with
:func:`ametieditor.formats.registry.load`, so every registered reader (the
editor's own XML, DOCX, PDF, …) works inside containers too.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from lxml import etree

from ametieditor.formats.result import LoadResult
from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error, read_limited
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.io.safezip import open_zip, read_member

MIMETYPE = "application/vnd.etsi.asic-e+zip"
EXTENSIONS = (".asice", ".bdoc")

#: Data files preferred when a container holds several, in this order of kinds.
PREFERRED_EXTENSIONS = (".docx", ".ametijuhend", ".pdf")
#: Data files that are containers themselves (never opened: no nesting).
CONTAINER_EXTENSIONS = (".asice", ".bdoc", ".sce", ".asics", ".scs", ".ddoc", ".edoc")

DS = "http://www.w3.org/2000/09/xmldsig#"
SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties"
MANIFEST_FILE = "META-INF/manifest.xml"


@dataclass(frozen=True)
class Signature:
    """What one signature in a container claims. **Not verified.**"""

    name: str  # "MARY ÄNN O’CONNEŽ-ŠUSLIK TESTNUMBER", or "" when unreadable
    personal_code: str  # "60001019906", or "" when the certificate has none
    role: str  # claimed role(s), comma-separated, or ""
    signing_time: dt.datetime | None  # claimed time (timezone-aware), or None
    issuer: str  # the certificate issuer's name ("ESTEID2018")
    source: str  # the member it came from ("META-INF/signatures0.xml")
    #: Data files the signature's references name (decoded URIs), in SignedInfo order.
    covers: tuple[str, ...] = ()
    #: Always False here: verifying is asice_verify's, and its result is shown apart.
    verified: bool = False

    def describe(self) -> str:
        """One line for the user, in the current language, saying it is not verified."""
        who = self.name or tr("tundmatu allkirjastaja", "unknown signer")
        details = []
        if self.personal_code:
            details.append(tr("isikukood {code}", "personal code {code}",
                              code=self.personal_code))
        if self.role:
            details.append(tr("roll: {role}", "role: {role}", role=self.role))
        if details:
            who += f" ({'; '.join(details)})"
        when = (format_time(self.signing_time) if self.signing_time
                else tr("aeg teadmata", "time unknown"))
        issuer = (tr(", sertifikaadi väljastaja {issuer}", ", certificate issued by {issuer}",
                     issuer=self.issuer) if self.issuer else "")
        return tr(
            "Allkirjastanud: {who}, {when}{issuer} — allkirja kehtivust ei ole siin "
            "kontrollitud; kontrollimiseks: ametieditor-cli verify",
            "Signed by: {who}, {when}{issuer} — the signature has not been verified here; "
            "to verify it: ametieditor-cli verify",
            who=who, when=when, issuer=issuer)


def format_time(moment: dt.datetime) -> str:
    """``12.05.2024 10:15`` in the computer's local time."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


@dataclass
class Container:
    """The readable contents of a container."""

    documents: list[str]  # data file names, in package order
    signatures: list[Signature]
    #: Data files that may be opened: those a signature covers (all, if unsigned).
    openable: list[str] = field(default_factory=list)
    #: Warnings about the package (damaged signature files, unsigned data files).
    problems: list[str] = field(default_factory=list)


@dataclass
class Package:
    """A container read and checked: its data files and signature documents.

    Shared by the reader here and the verifier (:mod:`asice_verify`), so both
    see exactly the same checked package.
    """

    path: Path
    documents: list[str]  # data file names, in package order
    data: dict[str, bytes]  # data file name → contents
    #: (member, parsed root) per signature file; root None when it is damaged.
    signature_files: list[tuple[str, etree._Element | None]]


# --------------------------------------------------------------------------
# Reading the package


def _open(path: Path) -> zipfile.ZipFile:
    data = read_limited(path)
    archive = open_zip(data, path)
    names = archive.namelist()
    if "mimetype" not in names:
        raise FormatError(path, tr(
            "see ei ole allkirjastatud konteiner (ASiC-E/BDOC): puudub mimetype",
            "this is not a signed container (ASiC-E/BDOC): mimetype is missing"))
    _refuse_duplicates(path, names)
    declared = read_member(archive, "mimetype", path).decode("ascii", "replace").strip()
    if declared != MIMETYPE:
        raise FormatError(path, tr(
            "see ei ole allkirjastatud konteiner (ASiC-E/BDOC): tüüp on {kind}",
            "this is not a signed container (ASiC-E/BDOC): its type is {kind}",
            kind=_printable(declared[:80]) or "?"))
    return archive


def _printable(text: str) -> str:
    """``text`` with control characters replaced: a message must stay one readable line."""
    return "".join(char if char.isprintable() else "?" for char in text)


def _entry_key(name: str) -> str:
    """What a name means to a file system or a reader: case, slashes and Unicode form aside."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/")).lstrip("/")
    while name.startswith("./"):
        name = name[2:]
    return name.casefold()


def _refuse_duplicates(path: Path, names: list[str]) -> None:
    """Two entries of one name: which one is "the" file depends on the reader. Refused."""
    seen: dict[str, str] = {}
    for name in names:
        key = _entry_key(name)
        if key in seen:
            raise FormatError(path, tr(
                "konteineris on kaks sama nimega kirjet ({name}); selline konteiner võib "
                "olla võltsitud ja seda ei avata",
                "the container holds two entries of the same name ({name}); such a "
                "container may be forged and is not opened", name=_printable(name[:200])))
        seen[key] = name


def _data_files(archive: zipfile.ZipFile) -> list[str]:
    return [
        info.filename for info in archive.infolist()
        if info.filename != "mimetype"
        and not info.filename.upper().startswith("META-INF/")
        and not info.is_dir()
    ]


def _signature_members(archive: zipfile.ZipFile) -> list[str]:
    return sorted(
        name for name in archive.namelist()
        if name.upper().startswith("META-INF/") and "signatures" in name.lower()
        and name.lower().endswith(".xml")
    )


def _manifest_names(archive: zipfile.ZipFile, path: Path) -> set[str]:
    """The data files ``META-INF/manifest.xml`` lists (without the package entry "/")."""
    if MANIFEST_FILE not in archive.namelist():
        raise FormatError(path, tr(
            "konteineris puudub failide loend (META-INF/manifest.xml)",
            "the container has no list of files (META-INF/manifest.xml)"))
    try:
        root = parse_xml_bytes(read_member(archive, MANIFEST_FILE, path))
    except (UnsafeXmlError, etree.XMLSyntaxError):
        raise FormatError(path, tr(
            "konteineri failide loend (META-INF/manifest.xml) on rikutud",
            "the container's list of files (META-INF/manifest.xml) is damaged")) from None
    names = set()
    for entry in descendants(root, "file-entry"):
        for attribute, value in entry.attrib.items():
            if etree.QName(attribute).localname == "full-path" and value != "/":
                names.add(_entry_key(str(value)))
    return names


def _refuse_unlisted(path: Path, documents: list[str], listed: set[str]) -> None:
    unlisted = [name for name in documents if _entry_key(name) not in listed]
    if unlisted:
        raise FormatError(path, tr(
            "konteineris on fail, mida failide loend (manifest) ei nimeta: {names}; see "
            "võib olla lisatud pärast allkirjastamist ja konteinerit ei avata",
            "the container holds a file its list of files (manifest) does not name: "
            "{names}; it may have been added after signing, and the container is not "
            "opened", names=", ".join(_printable(name[:200]) for name in unlisted)))


def read_package(path: str | Path) -> Package:
    """Read and check the container at ``path`` (FormatError when it is refused)."""
    source = Path(path)
    with _open(source) as archive:
        documents = _data_files(archive)
        _refuse_unlisted(source, documents, _manifest_names(archive, source))
        data = {name: read_member(archive, name, source) for name in documents}
        signature_files: list[tuple[str, etree._Element | None]] = []
        for member in _signature_members(archive):
            try:
                root = parse_xml_bytes(read_member(archive, member, source))
            except (FormatError, UnsafeXmlError, etree.XMLSyntaxError):
                root = None
            signature_files.append((member, root))
    return Package(source, documents, data, signature_files)


def read_container(path: str | Path) -> Container:
    """The data files and the (unverified) signatures of a container."""
    return _container(read_package(path))


def damaged_signature_file(member: str) -> str:
    """The problem of a signature file that is not readable XML."""
    return tr("allkirjafail {name} on rikutud ja seda ei loetud",
              "the signature file {name} is damaged and was not read", name=member)


def _container(package: Package) -> Container:
    signatures: list[Signature] = []
    problems: list[str] = []
    for member, root in package.signature_files:
        if root is None:
            problems.append(damaged_signature_file(member))
        else:
            signatures.extend(_read_signatures(root, member))
    documents = package.documents
    if signatures:
        covered = {_entry_key(name) for signature in signatures for name in signature.covers}
        openable = [name for name in documents if _entry_key(name) in covered]
        unsigned = [name for name in documents if name not in openable]
        if unsigned:
            problems.append(tr(
                "allkirjastamata faile ei avata: {names}",
                "files no signature covers are not opened: {names}",
                names=", ".join(_printable(name[:200]) for name in unsigned)))
    else:
        openable = list(documents)
    return Container(documents, signatures, openable, problems)


def list_documents(path: str | Path) -> list[str]:
    """Names of the data files in the container, in package order."""
    return read_container(path).documents


def is_nested_container(name: str, data: bytes) -> bool:
    """Whether a data file is itself a signed container (by its name or its content)."""
    if PurePosixPath(name).suffix.lower() in CONTAINER_EXTENSIONS:
        return True
    return data[:4] == b"PK\x03\x04" and b"application/vnd.etsi.asic" in data[:200]


# --------------------------------------------------------------------------
# Signatures


def _local(element: etree._Element) -> str:
    name: str = etree.QName(element).localname
    return name


def descendants(element: etree._Element, name: str) -> list[etree._Element]:
    """Descendants with the local name ``name`` (XAdES comes in several namespace versions)."""
    return [child for child in element.iter() if isinstance(child.tag, str)
            and _local(child) == name]


def _read_signatures(root: etree._Element, member: str) -> list[Signature]:
    return [read_signature(element, member) for element in root.iter(f"{{{DS}}}Signature")]


def read_signature(element: etree._Element, member: str) -> Signature:
    name = code = issuer = ""
    certificates = element.findall(f"{{{DS}}}KeyInfo/{{{DS}}}X509Data/{{{DS}}}X509Certificate")
    if certificates:
        name, code, issuer = _certificate_names(certificates[0].text or "")
    times = descendants(element, "SigningTime")
    signing_time = _parse_time(times[0].text or "") if times else None
    roles = [" ".join((role.text or "").split()) for role in descendants(element, "ClaimedRole")]
    return Signature(name=name, personal_code=code, role=", ".join(r for r in roles if r),
                     signing_time=signing_time, issuer=issuer, source=member,
                     covers=tuple(data_references(element)))


def data_references(signature: etree._Element) -> dict[str, etree._Element]:
    """The data files a ``ds:Signature`` signs: decoded name → its ``ds:Reference``.

    DigiDoc writes file names percent-encoded (``a%20b.docx``), some tools with a
    leading slash; references into the signature itself (``#S0-SignedProperties``)
    are not data files.
    """
    references: dict[str, etree._Element] = {}
    for reference in signature.findall(f"{{{DS}}}SignedInfo/{{{DS}}}Reference"):
        uri = reference.get("URI") or ""
        if reference.get("Type") == SIGNED_PROPERTIES_TYPE or not uri or uri.startswith("#"):
            continue
        name = unquote(uri)
        while name.startswith(("/", "./")):
            name = name[1:] if name.startswith("/") else name[2:]
        references[name] = reference
    return references


def find_document(package: Package, name: str) -> str | None:
    """The data file of ``package`` that a reference's ``name`` means, if any."""
    key = _entry_key(name)
    return next((document for document in package.documents if _entry_key(document) == key),
                None)


def _parse_time(text: str) -> dt.datetime | None:
    text = text.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _certificate_names(encoded: str) -> tuple[str, str, str]:
    """(signer name, personal code, issuer) from a base64 DER certificate."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        der = base64.b64decode("".join(encoded.split()), validate=True)
        certificate = x509.load_der_x509_certificate(der)
    except (binascii.Error, ValueError):
        return "", "", ""

    def first(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
        values = name.get_attributes_for_oid(oid)
        value = values[0].value if values else ""
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else value

    subject = certificate.subject
    given, surname = first(subject, NameOID.GIVEN_NAME), first(subject, NameOID.SURNAME)
    common = first(subject, NameOID.COMMON_NAME)
    serial = first(subject, NameOID.SERIAL_NUMBER)
    code = ""
    if given or surname:
        # Newer certificates (ESTEID2018 and later): GN, SN, serialNumber=PNOEE-…
        name = " ".join(part for part in (given, surname) if part)
    else:
        parts = [part.strip() for part in common.split(",")]
        if len(parts) == 3 and parts[2].replace("PNOEE-", "").isdigit():
            # Older ID cards: CN = SURNAME,GIVENNAME,CODE
            name = f"{parts[1]} {parts[0]}"
            code = parts[2]
        else:
            name = common  # e.g. an organisation's e-seal
    if serial:
        code = serial
    for prefix in ("PNOEE-", "IDCEE-"):
        if code.startswith(prefix):
            code = code[len(prefix):]
    issuer = (first(certificate.issuer, NameOID.COMMON_NAME)
              or first(certificate.issuer, NameOID.ORGANIZATION_NAME)
              or certificate.issuer.rfc4514_string())
    return name, code, issuer


# --------------------------------------------------------------------------
# Opening the document inside


@dataclass
class Opened:
    """A data file opened from a container, and what the container itself says.

    ``result.warnings`` holds only the inner document's warnings; ``notes`` the
    container's (which file was opened, which were not and why, damaged
    signature files). The editor shows the notes in its container bar, the CLI
    prints both (see :func:`open_document`).
    """

    result: LoadResult
    member: str
    container: Container
    notes: list[str]


def _choose(path: Path, container: Container) -> str:
    """The data file to open when the user was not asked: one a signature covers."""
    from ametieditor.formats import registry

    if not container.documents:
        raise FormatError(path, tr("konteineris ei ole ühtegi dokumenti",
                                   "the container holds no document"))
    candidates = container.openable
    if not candidates:
        raise FormatError(path, tr(
            "ükski konteineri fail ei ole allkirjaga kaetud; faile ei avata",
            "no file of the container is covered by a signature; no file is opened"))
    suffix = {name: PurePosixPath(name).suffix.lower() for name in candidates}
    chosen = next((name for kind in PREFERRED_EXTENSIONS for name in candidates
                   if suffix[name] == kind), None)
    if chosen is None:
        readable = set(registry.readable_extensions()) - set(CONTAINER_EXTENSIONS)
        chosen = next((name for name in candidates if suffix[name] in readable), candidates[0])
    return chosen


def open_member(path: str | Path, name: str | None = None) -> Opened:
    """Open the data file ``name`` (None: the preferred one) of the container at ``path``.

    Only a file a signature covers is opened (any file of an unsigned
    container); a container inside is refused. The file is extracted to a
    temporary folder and read with the registry; the result is never
    ``native``, so Save does not overwrite the container.
    """
    source = Path(path)
    package = read_package(source)
    container = _container(package)
    if name is None:
        name = _choose(source, container)
    elif name not in container.documents:
        raise FormatError(source, tr("konteineris ei ole faili {name}",
                                     "the container has no file {name}",
                                     name=_printable(name[:200])))
    elif name not in container.openable:
        raise FormatError(source, tr(
            "fail {name} ei ole allkirjaga kaetud ja seda ei avata",
            "the file {name} is not covered by a signature and is not opened",
            name=_printable(name[:200])))
    data = package.data[name]
    if is_nested_container(name, data):
        raise FormatError(source, tr(
            "{name} on konteiner konteineri sees; pesastatud konteinereid ei avata",
            "{name} is a container inside the container; nested containers are not opened",
            name=_printable(name[:200])))
    result = _load_extracted(source, name, data)
    return Opened(result, name, container, _notes(name, container))


def _notes(name: str, container: Container) -> list[str]:
    """What the container says about the opening, one line each (see :class:`Opened`)."""
    shown = _printable(name[:200])
    covering = [signature.name or tr("tundmatu allkirjastaja", "unknown signer")
                for signature in container.signatures
                if _entry_key(name) in {_entry_key(n) for n in signature.covers}]
    if covering:
        opened = tr("avati fail {name}, mille on allkirjastanud {signers}; konteiner jääb "
                    "muutmata, muudatused salvestage uue failina",
                    "opened {name}, signed by {signers}; the container is not changed, "
                    "save your changes as a new file", name=shown, signers=", ".join(covering))
    else:
        opened = tr("fail {name} avati allkirjastatud konteinerist; konteiner jääb muutmata, "
                    "muudatused salvestage uue failina",
                    "opened {name} from a signed container; the container is not changed, "
                    "save your changes as a new file", name=shown)
    notes = [opened]
    others = [other for other in container.openable if other != name]
    if others:
        notes.append(tr("konteineris on mitu faili; avati {chosen}, avamata jäid: {others}",
                        "the container holds several files; opened {chosen}, not opened: "
                        "{others}", chosen=shown,
                        others=", ".join(_printable(other[:200]) for other in others)))
    if not container.signatures and not container.problems:
        notes.append(tr("konteineris ei ole ühtegi allkirja", "the container holds no signature"))
    return notes + container.problems


def _load_extracted(source: Path, name: str, data: bytes) -> LoadResult:
    from ametieditor.formats import registry

    # Only the last part of the name is used: a member called "../../x" stays inside;
    # a name too long for the file system is shortened, keeping its extension.
    safe_name = PurePosixPath(name.replace("\\", "/")).name or "dokument"
    suffix = PurePosixPath(safe_name).suffix[:16]
    safe_name = safe_name[: 100 - len(suffix)].removesuffix(suffix) + suffix
    shown = _printable(name[:200])
    with tempfile.TemporaryDirectory(prefix="ametieditor-konteiner-") as folder:
        extracted = Path(folder) / safe_name
        try:
            extracted.write_bytes(data)
        except OSError as error:
            raise FormatError(source, f"{shown}: {describe_os_error(error)}") from None
        try:
            inner = registry.load(extracted)
        except FormatError as error:
            raise FormatError(source, f"{shown}: {error.problem}") from None
    return LoadResult(document=inner.document, warnings=list(inner.warnings),
                      notices=list(inner.notices), native=False, report=inner.report)


def _with_container_lines(opened: Opened) -> LoadResult:
    """The result with the container's notes and one line per signature before its own."""
    result = opened.result
    signed = [signature.describe() for signature in opened.container.signatures]
    result.warnings = [opened.notes[0], *opened.notes[1:], *signed, *result.warnings]
    result.signatures = list(opened.container.signatures)
    return result


def open_document(path: str | Path, name: str) -> LoadResult:
    """Open the data file ``name``; the warnings carry the container's lines too."""
    return _with_container_lines(open_member(path, name))


def load_result(path: Path) -> LoadResult:
    """Registry reader for ``.asice``/``.bdoc``: the preferred document a signature covers."""
    return _with_container_lines(open_member(path))
