"""Signed-looking ASiC-E containers and hand-made-looking DOCX files for tests.

Used by ``scripts/make_container_fixtures.py`` (which writes the committed
fixtures in ``tests/data/legacy/``) and by tests that need a variation.
Two kinds of signature:

* placeholder (``SignatureSpec.key == ""``, the committed fixtures): Ed25519
  certificates from fixed seeds, a placeholder ``SignatureValue``; fully
  deterministic, for what signatures *claim*;
* real (``key="rsa"`` or ``"ec"``): a throw-away CA (:func:`authority`) issues
  the signer's certificate, ``SignedInfo`` is canonicalised and signed with
  RSA-SHA256 or ECDSA-SHA256 the way DigiDoc writes XAdES (c14n 1.1, the
  SignedProperties reference, SigningCertificateV2, roles), optionally with an
  OCSP response made by cryptography's OCSP builder (XAdES-LT). Built with
  lxml and cryptography directly, independently of the verifier under test.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from lxml import etree

MIMETYPE = "application/vnd.etsi.asic-e+zip"
ZIP_TIME = (2024, 5, 12, 10, 15, 0)

ASIC = "http://uri.etsi.org/02918/v1.2.1#"
DS = "http://www.w3.org/2000/09/xmldsig#"
XADES = "http://uri.etsi.org/01903/v1.3.2#"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

MEDIA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".ametijuhend": "application/xml",
    ".txt": "text/plain",
}


@dataclass(frozen=True)
class Signer:
    """Who a test certificate names, old style (CN only) or new style (SN, GN, serialNumber)."""

    common_name: str
    issuer: str
    given_name: str = ""
    surname: str = ""
    serial_number: str = ""
    seed: int = 1


#: Older ID card certificate: CN = SURNAME,GIVENNAME,CODE (SK's public test identity).
OLD_STYLE = Signer(common_name="O’CONNEŽ-ŠUSLIK TESTNUMBER,MARY ÄNN,60001019906",
                   issuer="ESTEID-SK 2015", seed=1)
#: Newer certificate: SN, GN and serialNumber=PNOEE-… (SK's public test identity).
NEW_STYLE = Signer(common_name="JÕEORG,JAAK-KRISTJAN,38001085718", issuer="ESTEID2018",
                   given_name="JAAK-KRISTJAN", surname="JÕEORG",
                   serial_number="PNOEE-38001085718", seed=2)


@dataclass(frozen=True)
class SignatureSpec:
    signer: Signer
    signing_time: str  # as written in xades:SigningTime, e.g. "2024-05-12T07:15:00Z"
    roles: tuple[str, ...] = ()
    #: "" a placeholder signature; "rsa" or "ec" a real one, issued by ``authority``.
    key: str = ""
    authority: str = "TEST of Ametieditor CA"
    #: OCSP response to embed: "" none, "good", "revoked", "unknown".
    ocsp: str = ""
    #: When the OCSP response was produced (default: one minute after signing).
    ocsp_time: str = ""


def _key(seed: int):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"ametieditor-%d" % seed).digest())


def certificate_der(signer: Signer) -> bytes:
    """A certificate for ``signer`` issued by a throw-away CA named ``signer.issuer``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "EE")]
    if signer.common_name:
        attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, signer.common_name))
    if signer.surname:
        attributes.append(x509.NameAttribute(NameOID.SURNAME, signer.surname))
    if signer.given_name:
        attributes.append(x509.NameAttribute(NameOID.GIVEN_NAME, signer.given_name))
    if signer.serial_number:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, signer.serial_number))
    issuer = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "EE"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testsertifikaatide keskus"),
        x509.NameAttribute(NameOID.COMMON_NAME, signer.issuer),
    ])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name(attributes))
        .issuer_name(issuer)
        .public_key(_key(signer.seed).public_key())
        .serial_number(1000 + signer.seed)
        .not_valid_before(dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
        .sign(_key(100 + signer.seed), None)
    )
    return certificate.public_bytes(serialization.Encoding.DER)


def signatures_xml(specs: list[SignatureSpec], files: dict[str, bytes]) -> bytes:
    """A ``META-INF/signaturesN.xml`` with one XAdES signature per spec."""
    nsmap = {"asic": ASIC, "ds": DS, "xades": XADES}
    root = etree.Element(f"{{{ASIC}}}XAdESSignatures", nsmap=nsmap)
    for number, spec in enumerate(specs):
        if spec.key:
            signed_signature(root, f"S{number}", spec, files)
            continue
        ident = f"S{number}"
        signature = etree.SubElement(root, f"{{{DS}}}Signature", Id=ident)
        info = etree.SubElement(signature, f"{{{DS}}}SignedInfo")
        for name, data in files.items():
            reference = etree.SubElement(info, f"{{{DS}}}Reference", URI=name)
            etree.SubElement(reference, f"{{{DS}}}DigestMethod",
                             Algorithm="http://www.w3.org/2001/04/xmlenc#sha256")
            etree.SubElement(reference, f"{{{DS}}}DigestValue").text = base64.b64encode(
                hashlib.sha256(data).digest()).decode()
        value = etree.SubElement(signature, f"{{{DS}}}SignatureValue", Id=f"{ident}-SIG")
        value.text = base64.b64encode(b"placeholder, not a real signature").decode()
        x509_data = etree.SubElement(etree.SubElement(signature, f"{{{DS}}}KeyInfo"),
                                     f"{{{DS}}}X509Data")
        etree.SubElement(x509_data, f"{{{DS}}}X509Certificate").text = base64.b64encode(
            certificate_der(spec.signer)).decode()
        qualifying = etree.SubElement(etree.SubElement(signature, f"{{{DS}}}Object"),
                                      f"{{{XADES}}}QualifyingProperties", Target=f"#{ident}")
        properties = etree.SubElement(
            etree.SubElement(qualifying, f"{{{XADES}}}SignedProperties",
                             Id=f"{ident}-SignedProperties"),
            f"{{{XADES}}}SignedSignatureProperties")
        etree.SubElement(properties, f"{{{XADES}}}SigningTime").text = spec.signing_time
        if spec.roles:
            claimed = etree.SubElement(etree.SubElement(properties, f"{{{XADES}}}SignerRoleV2"),
                                       f"{{{XADES}}}ClaimedRoles")
            for role in spec.roles:
                etree.SubElement(claimed, f"{{{XADES}}}ClaimedRole").text = role
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=False)


# -- real signatures ------------------------------------------------------------------------

C14N11 = "http://www.w3.org/2006/12/xml-c14n11"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
SIGNATURE_METHODS = {"rsa": "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                     "ec": "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"}
VALID_FROM = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
VALID_UNTIL = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Authority:
    """A throw-away certification authority and its OCSP responder."""

    name: str
    key: object
    certificate: object  # x509.Certificate
    responder_key: object
    responder: object  # x509.Certificate

    def pem(self) -> bytes:
        from cryptography.hazmat.primitives.serialization import Encoding

        return self.certificate.public_bytes(Encoding.PEM)


def _new_key(kind: str):
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP256R1())


def _name(common_name: str, organisation: str = "Ametieditor tests"):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "EE"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _issue(subject, public_key, issuer_name, issuer_key, serial: int, extensions: list):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name)
               .public_key(public_key).serial_number(serial)
               .not_valid_before(VALID_FROM).not_valid_after(VALID_UNTIL))
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(issuer_key, hashes.SHA256())


@functools.lru_cache(maxsize=8)
def authority(name: str = "TEST of Ametieditor CA") -> Authority:
    """A CA (ECDSA P-256) named ``name``, with an OCSP responder it certifies."""
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    key = _new_key("ec")
    subject = _name(name)
    usage = x509.KeyUsage(digital_signature=False, content_commitment=False,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=True, crl_sign=True, encipher_only=False,
                          decipher_only=False)
    certificate = _issue(subject, key.public_key(), subject, key, 1, [
        (x509.BasicConstraints(ca=True, path_length=0), True), (usage, True),
        (x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)])
    responder_key = _new_key("ec")
    responder = _issue(_name(f"{name} OCSP RESPONDER"), responder_key.public_key(), subject,
                       key, 2, [(x509.BasicConstraints(ca=False, path_length=None), True),
                                (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.OCSP_SIGNING]),
                                 False)])
    return Authority(name, key, certificate, responder_key, responder)


@functools.lru_cache(maxsize=32)
def issued(signer: Signer, kind: str, authority_name: str):
    """(private key, certificate) for ``signer``, issued by :func:`authority`."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    ca = authority(authority_name)
    key = _new_key(kind)
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "EE")]
    for oid, value in ((NameOID.COMMON_NAME, signer.common_name),
                       (NameOID.SURNAME, signer.surname),
                       (NameOID.GIVEN_NAME, signer.given_name),
                       (NameOID.SERIAL_NUMBER, signer.serial_number)):
        if value:
            attributes.append(x509.NameAttribute(oid, value))
    usage = x509.KeyUsage(digital_signature=False, content_commitment=True,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=False, crl_sign=False, encipher_only=False,
                          decipher_only=False)
    certificate = _issue(x509.Name(attributes), key.public_key(), ca.certificate.subject,
                         ca.key, 5000 + signer.seed * 10 + len(kind), [
                             (x509.BasicConstraints(ca=False, path_length=None), True),
                             (usage, True),
                             (x509.AuthorityKeyIdentifier.from_issuer_public_key(
                                 ca.key.public_key()), False)])
    return key, certificate


def ocsp_response(ca: Authority, certificate, status: str, produced: dt.datetime) -> bytes:
    """A DER OCSP response from ``ca``'s responder about ``certificate``."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509 import ReasonFlags, ocsp

    states = {"good": ocsp.OCSPCertStatus.GOOD, "revoked": ocsp.OCSPCertStatus.REVOKED,
              "unknown": ocsp.OCSPCertStatus.UNKNOWN}
    revoked = status == "revoked"
    builder = ocsp.OCSPResponseBuilder().add_response(
        cert=certificate, issuer=ca.certificate, algorithm=hashes.SHA1(),
        cert_status=states[status], this_update=produced, next_update=None,
        revocation_time=produced - dt.timedelta(days=1) if revoked else None,
        revocation_reason=ReasonFlags.key_compromise if revoked else None,
    ).responder_id(ocsp.OCSPResponderEncoding.HASH, ca.responder).certificates([ca.responder])
    return builder.sign(ca.responder_key, hashes.SHA256()).public_bytes(
        serialization.Encoding.DER)


def _digest(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def _sub(parent, tag: str, text: str | None = None, **attributes):
    element = etree.SubElement(parent, tag, {k: v for k, v in attributes.items()})
    if text is not None:
        element.text = text
    return element


def _sign_bytes(key, data: bytes) -> bytes:
    """RSA PKCS#1 v1.5 or ECDSA over ``data`` with SHA-256; ECDSA as XML-DSig's raw r||s."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    if isinstance(key, ec.EllipticCurvePrivateKey):
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        size = (key.curve.key_size + 7) // 8
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def signed_signature(root, ident: str, spec: SignatureSpec, files: dict[str, bytes]) -> None:
    """Append to ``root`` a real XAdES signature of ``files``, laid out as DigiDoc does."""
    from cryptography.hazmat.primitives.serialization import Encoding

    key, certificate = issued(spec.signer, spec.key, spec.authority)
    der = certificate.public_bytes(Encoding.DER)
    signature = _sub(root, f"{{{DS}}}Signature", Id=ident)
    info = _sub(signature, f"{{{DS}}}SignedInfo")
    _sub(info, f"{{{DS}}}CanonicalizationMethod", Algorithm=C14N11)
    _sub(info, f"{{{DS}}}SignatureMethod", Algorithm=SIGNATURE_METHODS[spec.key])
    for number, (name, data) in enumerate(files.items()):
        reference = _sub(info, f"{{{DS}}}Reference", Id=f"{ident}-RefId{number}",
                         URI=quote(name))
        _sub(reference, f"{{{DS}}}DigestMethod", Algorithm=SHA256)
        _sub(reference, f"{{{DS}}}DigestValue", _digest(data))
    properties_reference = _sub(info, f"{{{DS}}}Reference", Id=f"{ident}-RefId{len(files)}",
                                Type="http://uri.etsi.org/01903#SignedProperties",
                                URI=f"#{ident}-SignedProperties")
    _sub(_sub(properties_reference, f"{{{DS}}}Transforms"), f"{{{DS}}}Transform",
         Algorithm=C14N11)
    _sub(properties_reference, f"{{{DS}}}DigestMethod", Algorithm=SHA256)
    properties_digest = _sub(properties_reference, f"{{{DS}}}DigestValue")
    value = _sub(signature, f"{{{DS}}}SignatureValue", Id=f"{ident}-SIG")
    _sub(_sub(_sub(signature, f"{{{DS}}}KeyInfo"), f"{{{DS}}}X509Data"),
         f"{{{DS}}}X509Certificate", base64.b64encode(der).decode())
    qualifying = _sub(_sub(signature, f"{{{DS}}}Object"), f"{{{XADES}}}QualifyingProperties",
                      Target=f"#{ident}")
    signed = _sub(qualifying, f"{{{XADES}}}SignedProperties", Id=f"{ident}-SignedProperties")
    _signed_properties(signed, ident, spec, der, files)
    properties_digest.text = _digest(etree.tostring(signed, method="c14n"))
    value.text = base64.b64encode(_sign_bytes(key, etree.tostring(info, method="c14n"))).decode()
    if spec.ocsp:
        _add_ocsp(qualifying, spec, certificate)


def _signed_properties(signed, ident: str, spec: SignatureSpec, der: bytes,
                       files: dict[str, bytes]) -> None:
    properties = _sub(signed, f"{{{XADES}}}SignedSignatureProperties")
    _sub(properties, f"{{{XADES}}}SigningTime", spec.signing_time)
    cert = _sub(_sub(properties, f"{{{XADES}}}SigningCertificateV2"), f"{{{XADES}}}Cert")
    digest = _sub(cert, f"{{{XADES}}}CertDigest")
    _sub(digest, f"{{{DS}}}DigestMethod", Algorithm=SHA256)
    _sub(digest, f"{{{DS}}}DigestValue", _digest(der))
    if spec.roles:
        claimed = _sub(_sub(properties, f"{{{XADES}}}SignerRoleV2"),
                       f"{{{XADES}}}ClaimedRoles")
        for role in spec.roles:
            _sub(claimed, f"{{{XADES}}}ClaimedRole", role)
    objects = _sub(signed, f"{{{XADES}}}SignedDataObjectProperties")
    for number, name in enumerate(files):
        data_format = _sub(objects, f"{{{XADES}}}DataObjectFormat",
                           ObjectReference=f"#{ident}-RefId{number}")
        _sub(data_format, f"{{{XADES}}}MimeType",
             MEDIA_TYPES.get(Path(name).suffix.lower(), "application/octet-stream"))


def _add_ocsp(qualifying, spec: SignatureSpec, certificate) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    ca = authority(spec.authority)
    signed_at = dt.datetime.fromisoformat(spec.signing_time.replace("Z", "+00:00"))
    produced = (dt.datetime.fromisoformat(spec.ocsp_time.replace("Z", "+00:00"))
                if spec.ocsp_time else signed_at + dt.timedelta(minutes=1))
    unsigned = _sub(_sub(qualifying, f"{{{XADES}}}UnsignedProperties"),
                    f"{{{XADES}}}UnsignedSignatureProperties")
    values = _sub(unsigned, f"{{{XADES}}}CertificateValues")
    for number, extra in enumerate((ca.certificate, ca.responder)):
        _sub(values, f"{{{XADES}}}EncapsulatedX509Certificate",
             base64.b64encode(extra.public_bytes(Encoding.DER)).decode(), Id=f"CERT-{number}")
    ocsp_values = _sub(_sub(unsigned, f"{{{XADES}}}RevocationValues"),
                       f"{{{XADES}}}OCSPValues")
    _sub(ocsp_values, f"{{{XADES}}}EncapsulatedOCSPValue", base64.b64encode(
        ocsp_response(ca, certificate, spec.ocsp, produced)).decode())


def trust_authority(folder: Path, name: str = "TEST of Ametieditor CA") -> Path:
    """Put the CA ``name`` into an organisation's certificate ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name.replace(' ', '_')}.pem"
    target.write_bytes(authority(name).pem())
    return target


def rewrite_members(data: bytes, changes: dict[str, bytes | None],
                    extra: list[tuple[str, bytes]] = ()) -> bytes:
    """The container with members replaced (None: removed) and ``extra`` entries appended.

    ``extra`` may repeat an existing name: that is how a duplicate entry is made.
    """
    import warnings

    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is the point of some tests
        for info in source.infolist():
            payload = changes.get(info.filename, source.read(info.filename))
            if payload is not None:
                archive.writestr(info, payload)
        for name, payload in extra:
            archive.writestr(_entry(name, zipfile.ZIP_DEFLATED), payload)
    return buffer.getvalue()


def manifest_xml(files: dict[str, bytes]) -> bytes:
    nsmap = {"manifest": MANIFEST}
    root = etree.Element(f"{{{MANIFEST}}}manifest", {f"{{{MANIFEST}}}version": "1.2"},
                         nsmap=nsmap)
    etree.SubElement(root, f"{{{MANIFEST}}}file-entry",
                     {f"{{{MANIFEST}}}full-path": "/", f"{{{MANIFEST}}}media-type": MIMETYPE})
    for name in files:
        media = MEDIA_TYPES.get(Path(name).suffix.lower(), "application/octet-stream")
        etree.SubElement(root, f"{{{MANIFEST}}}file-entry",
                         {f"{{{MANIFEST}}}full-path": name, f"{{{MANIFEST}}}media-type": media})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@dataclass
class ContainerSpec:
    files: dict[str, bytes]
    signature_files: list[list[SignatureSpec]] = field(default_factory=list)
    mimetype: str = MIMETYPE


def _entry(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


def container_bytes(spec: ContainerSpec) -> bytes:
    """The container as bytes: mimetype first and stored, then data, manifest, signatures."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_entry("mimetype", zipfile.ZIP_STORED), spec.mimetype)
        archive.writestr(_entry("META-INF/manifest.xml", zipfile.ZIP_DEFLATED),
                         manifest_xml(spec.files))
        for name, data in spec.files.items():
            archive.writestr(_entry(name, zipfile.ZIP_DEFLATED), data)
        for number, specs in enumerate(spec.signature_files):
            archive.writestr(_entry(f"META-INF/signatures{number}.xml", zipfile.ZIP_DEFLATED),
                             signatures_xml(specs, spec.files))
    return buffer.getvalue()


def normalise_zip(data: bytes) -> bytes:
    """The same ZIP package with fixed timestamps (for reproducible fixtures)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            archive.writestr(_entry(info.filename, zipfile.ZIP_DEFLATED),
                             source.read(info.filename))
    return buffer.getvalue()


def handmade_docx(doc) -> bytes:
    """A DOCX laid out the way job descriptions were written by hand in Word.

    Headings as bold numbered paragraphs, the general part and the duties as
    bordered tables, lists as "•" paragraphs. No embedded editor XML: this is
    the kind of file an importer has to read by its layout.
    """
    from docx import Document

    from ametieditor.model.numbering import Section, numbered_heading, numbering

    def bullets(container, blocks) -> None:
        for block in blocks:
            container.add_paragraph(("• " if block.is_bullet else "") + block.text)

    document = Document()
    properties = document.core_properties
    properties.created = properties.modified = dt.datetime(2024, 5, 12, 10, 0)
    properties.last_modified_by = properties.author = "Personaliosakond"
    properties.revision = 1
    if doc.approval is not None:
        document.add_paragraph("KINNITATUD")
        document.add_paragraph(f"{doc.approval.approver} {doc.approval.date}")
        document.add_paragraph(f"käskkirjaga nr {doc.approval.decree}")
    document.add_paragraph().add_run("AMETIJUHEND").bold = True
    document.add_paragraph().add_run(numbered_heading(doc, Section.GENERAL)).bold = True
    general = document.add_table(rows=4, cols=3)
    general.style = "Table Grid"
    general.cell(0, 0).text, general.cell(0, 1).text = "1.1 Ametinimetus", "1.2 Struktuuriüksus"
    general.cell(1, 0).text, general.cell(1, 1).text = doc.general.title, doc.general.unit
    for column, label in enumerate(("1.3 Vahetu juht", "1.4 Kes asendab", "1.5 Keda asendab")):
        general.cell(2, column).text = label
    general.cell(3, 0).text = doc.general.manager
    general.cell(3, 1).text = doc.general.substituted_by
    general.cell(3, 2).text = doc.general.substitutes
    if doc.purpose is not None:
        document.add_paragraph().add_run(numbered_heading(doc, Section.PURPOSE)).bold = True
        bullets(document, doc.purpose)
    if doc.duties is not None:
        document.add_paragraph().add_run(numbered_heading(doc, Section.DUTIES)).bold = True
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.cell(0, 0).text, table.cell(0, 1).text = "Põhiülesanded", "Oodatavad tulemused"
        numbers = numbering(doc)
        for index, duty in enumerate(doc.duties.items):
            row = table.add_row()
            task_cell, result_cell = row.cells
            task_cell.text = f"{numbers.duty(index)} {duty.task[0].text}" if duty.task else ""
            bullets(task_cell, duty.task[1:])
            result_cell.text = ""
            bullets(result_cell, duty.results)
    for section, attribute in ((Section.RIGHTS, "rights"),
                               (Section.RESPONSIBILITIES, "responsibilities")):
        part = getattr(doc, attribute)
        if part is not None:
            document.add_paragraph().add_run(numbered_heading(doc, section)).bold = True
            if part.intro:
                document.add_paragraph(part.intro)
            bullets(document, part.content)
    if doc.work_tools is not None:
        document.add_paragraph().add_run(numbered_heading(doc, Section.WORK_TOOLS)).bold = True
        bullets(document, doc.work_tools)
    if doc.requirements is not None:
        document.add_paragraph().add_run(numbered_heading(doc, Section.REQUIREMENTS)).bold = True
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for requirement in doc.requirements.items:
            label_cell, text_cell = table.add_row().cells
            label_cell.text = requirement.label
            text_cell.text = ""
            bullets(text_cell, requirement.content)
        competencies = doc.requirements.competencies
        if competencies is not None:
            document.add_paragraph().add_run(competencies.heading).bold = True
            for group in competencies.groups:
                document.add_paragraph().add_run(group.name).bold = True
                bullets(document, group.content)
        additional = doc.requirements.additional
        if additional is not None:
            document.add_paragraph().add_run(additional.heading).bold = True
            for item in additional.items:
                paragraph = document.add_paragraph()
                paragraph.add_run(item.name).bold = True
                text = " ".join(block.text for block in item.content)
                paragraph.add_run(f": {text}" if text else "")
        if doc.requirements.note:
            bullets(document, doc.requirements.note)
    if doc.amendment is not None:
        document.add_paragraph().add_run(numbered_heading(doc, Section.AMENDMENT)).bold = True
        bullets(document, doc.amendment)
    if doc.signatures is not None:
        from ametieditor.model.document import SIGNATURE_MARKER

        if doc.signatures.approver is not None:
            document.add_paragraph(SIGNATURE_MARKER)
            document.add_paragraph(doc.signatures.approver.name)
            document.add_paragraph(doc.signatures.approver.title)
        if doc.signatures.acknowledgement is not None:
            document.add_paragraph(doc.signatures.acknowledgement.heading)
            for signer in doc.signatures.acknowledgement.signers:
                document.add_paragraph(SIGNATURE_MARKER)
                document.add_paragraph(signer)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())
