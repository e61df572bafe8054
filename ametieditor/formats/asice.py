"""Signed containers (``.asice``, ``.bdoc``): open the document inside, show who signed.

An ASiC-E container (BDOC 2.1 is the same format) is a ZIP package:

* ``mimetype`` — first and stored, holding ``application/vnd.etsi.asic-e+zip``;
* ``META-INF/manifest.xml`` — the list of data files;
* the data files themselves (last year's DOCX or PDF, sometimes several);
* ``META-INF/signatures*.xml`` — one XAdES document per signature, with the
  signer's certificate in ``ds:KeyInfo/ds:X509Data/ds:X509Certificate``, the
  claimed signing time in ``xades:SigningTime`` and optional claimed roles in
  ``xades:SignerRoleV2/xades:ClaimedRoles``.

The editor **does not verify signatures** (that needs the certificate chain,
OCSP/timestamp checks and trust lists; DigiDoc4 does it). It reads what the
signatures *claim* and says so wherever they are shown. The container is only
read, never written: a revision is saved as a new file.

The data file is extracted to a temporary folder and read with
:func:`ametieditor.formats.registry.load`, so every registered reader (the
editor's own XML, DOCX, PDF, …) works inside containers too.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lxml import etree

from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error, read_limited
from ametieditor.io.safexml import UnsafeXmlError, parse_xml_bytes
from ametieditor.io.safezip import open_zip, read_member

MIMETYPE = "application/vnd.etsi.asic-e+zip"
EXTENSIONS = (".asice", ".bdoc")

#: Data files preferred when a container holds several, in this order of kinds.
PREFERRED_EXTENSIONS = (".docx", ".ametijuhend", ".pdf")

DS = "http://www.w3.org/2000/09/xmldsig#"


@dataclass(frozen=True)
class Signature:
    """What one signature in a container claims. **Not verified.**"""

    name: str  # "MARY ÄNN O’CONNEŽ-ŠUSLIK TESTNUMBER", or "" when unreadable
    personal_code: str  # "60001019906", or "" when the certificate has none
    role: str  # claimed role(s), comma-separated, or ""
    signing_time: dt.datetime | None  # claimed time (timezone-aware), or None
    issuer: str  # the certificate issuer's name ("ESTEID2018")
    source: str  # the member it came from ("META-INF/signatures0.xml")
    #: Always False: the editor never checks a signature's validity.
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
            "Allkirjastanud: {who}, {when}{issuer} — allkirja kehtivust ei ole kontrollitud; "
            "selleks kasutage DigiDoc4",
            "Signed by: {who}, {when}{issuer} — the signature has not been verified; "
            "use DigiDoc4 for that",
            who=who, when=when, issuer=issuer)


def format_time(moment: dt.datetime) -> str:
    """``12.05.2024 10:15`` in the computer's local time."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


@dataclass
class Container:
    """The readable contents of a container."""

    documents: list[str]  # data file names, in package order
    signatures: list[Signature]


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


def read_container(path: str | Path) -> Container:
    """The data files and the (unverified) signatures of a container."""
    source = Path(path)
    with _open(source) as archive:
        documents = _data_files(archive)
        signatures, _problems = _collect_signatures(archive, source)
    return Container(documents, signatures)


def list_documents(path: str | Path) -> list[str]:
    """Names of the data files in the container, in package order."""
    return read_container(path).documents


# --------------------------------------------------------------------------
# Signatures


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _descendants(element: etree._Element, name: str) -> list[etree._Element]:
    """Descendants with the local name ``name`` (XAdES comes in several namespace versions)."""
    return [child for child in element.iter() if isinstance(child.tag, str)
            and _local(child) == name]


def _collect_signatures(archive: zipfile.ZipFile, source: Path
                        ) -> tuple[list[Signature], list[str]]:
    """The signatures of every signature file, and a warning for each unreadable one.

    A damaged signature file does not stop the document from opening: the
    user is told, and DigiDoc4 can say more.
    """
    signatures: list[Signature] = []
    problems: list[str] = []
    for member in _signature_members(archive):
        try:
            root = parse_xml_bytes(read_member(archive, member, source))
        except (FormatError, UnsafeXmlError, etree.XMLSyntaxError):
            problems.append(tr("allkirjafail {name} on rikutud ja seda ei loetud",
                               "the signature file {name} is damaged and was not read",
                               name=member))
            continue
        signatures.extend(_read_signatures(root, member))
    return signatures, problems


def _read_signatures(root: etree._Element, member: str) -> list[Signature]:
    return [_read_signature(element, member) for element in root.iter(f"{{{DS}}}Signature")]


def _read_signature(element: etree._Element, member: str) -> Signature:
    name = code = issuer = ""
    certificates = element.findall(f"{{{DS}}}KeyInfo/{{{DS}}}X509Data/{{{DS}}}X509Certificate")
    if certificates:
        name, code, issuer = _certificate_names(certificates[0].text or "")
    times = _descendants(element, "SigningTime")
    signing_time = _parse_time(times[0].text or "") if times else None
    roles = [" ".join((role.text or "").split()) for role in _descendants(element, "ClaimedRole")]
    return Signature(name=name, personal_code=code, role=", ".join(r for r in roles if r),
                     signing_time=signing_time, issuer=issuer, source=member)


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


def _choose(path: Path, documents: list[str]) -> tuple[str, list[str]]:
    """The data file to open and any warnings about the choice."""
    from ametieditor.formats import registry

    if not documents:
        raise FormatError(path, tr("konteineris ei ole ühtegi dokumenti",
                                   "the container holds no document"))
    if len(documents) == 1:
        return documents[0], []
    suffix = {name: PurePosixPath(name).suffix.lower() for name in documents}
    chosen = next((name for name in documents if suffix[name] in PREFERRED_EXTENSIONS), None)
    if chosen is None:
        readable = set(registry.readable_extensions())
        chosen = next((name for name in documents if suffix[name] in readable), documents[0])
    others = ", ".join(name for name in documents if name != chosen)
    return chosen, [tr("konteineris on mitu faili; avati {chosen}, avamata jäid: {others}",
                       "the container holds several files; opened {chosen}, not opened: "
                       "{others}", chosen=chosen, others=others)]


def open_document(path: str | Path, name: str):  # -> registry.LoadResult
    """Open the data file ``name`` of the container at ``path``.

    The file is extracted to a temporary folder and read with the registry;
    the result carries the container's signatures (structurally and as
    warnings) and is never ``native``, so Save does not overwrite the
    container.
    """
    source = Path(path)
    with _open(source) as archive:
        documents = _data_files(archive)
        if name not in documents:
            raise FormatError(source, tr("konteineris ei ole faili {name}",
                                         "the container has no file {name}", name=name))
        data = read_member(archive, name, source)
        signatures, problems = _collect_signatures(archive, source)
    return _load_extracted(source, name, data, signatures, problems)


def _load_extracted(source: Path, name: str, data: bytes, signatures: list[Signature],
                    problems: list[str]):
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
    opened = tr("fail {name} avati allkirjastatud konteinerist; konteiner jääb muutmata, "
                "muudatused salvestage uue failina",
                "opened {name} from a signed container; the container is not changed, "
                "save your changes as a new file", name=name)
    if not signatures and not problems:
        signed = [tr("konteineris ei ole ühtegi allkirja", "the container holds no signature")]
    else:  # one line per signature, each saying it was not verified
        signed = [signature.describe() for signature in signatures]
    return registry.LoadResult(
        document=inner.document,
        warnings=[opened, *signed, *problems, *inner.warnings],
        notices=list(inner.notices),
        signatures=list(signatures),
        native=False,
        report=inner.report,
    )


def load_result(path: Path):  # -> registry.LoadResult
    """Registry reader for ``.asice``/``.bdoc``: the only (or the preferred) document."""
    source = Path(path)
    with _open(source) as archive:
        documents = _data_files(archive)
        chosen, choice_warnings = _choose(source, documents)
        data = read_member(archive, chosen, source)
        signatures, problems = _collect_signatures(archive, source)
    result = _load_extracted(source, chosen, data, signatures, problems)
    result.warnings[1:1] = choice_warnings
    return result
