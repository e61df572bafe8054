"""Offline verification of the signatures of an ASiC-E/BDOC container.

Per signature (each ``ds:Signature`` of each ``META-INF/signatures*.xml``):

* **document intact** — every data file the signature references is in the
  container and its digest matches the signed ``ds:Reference``; and no data file
  was added that the signature does not cover;
* **signature valid** — ``ds:SignatureValue`` verifies over the canonicalised
  ``ds:SignedInfo`` with the public key of the signer's certificate (RSA or
  ECDSA; done by *signxml*), the signed properties (signing time, role, the
  signing certificate's digest) are unchanged, and the signing certificate the
  signed properties name is the one in ``ds:KeyInfo``;
* **certificate trusted** — the certificate chains to a trusted Estonian CA
  (:mod:`ametieditor.formats.trust`) at the time of signing, and, when the
  container carries an OCSP response (XAdES-LT/LTA, BDOC-TM/TS), that response
  is signed by a trusted responder, is about this certificate, was given at
  signing time and said "good".

What is not checked is said in the signature's problems: revocation when there
is no OCSP response (that needs a network), the time-stamp token's own signature,
and the signature policy. Nothing here touches the network.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from lxml import etree

from ametieditor.formats import asice, trust
from ametieditor.formats.asice_ocsp import OcspOutcome, check_ocsp
from ametieditor.formats.asice_xmldsig import (
    ReferenceFailures,
    digest_matches,
    verify_signed_info,
)
from ametieditor.i18n import tr
from ametieditor.io.errors import FormatError

DS = asice.DS
#: An OCSP response may come this long after the claimed signing time (DigiDoc allows 24 h).
OCSP_AFTER_SIGNING = dt.timedelta(hours=24)
#: ... and this long before it (clocks differ).
CLOCK_SKEW = dt.timedelta(minutes=15)


@dataclass
class SignatureCheck:
    """The outcome for one signature; ``problems`` also says what was not checked."""

    signer: str
    personal_code: str
    role: str
    signed_at: dt.datetime | None
    source: str
    document_intact: bool = False
    signature_valid: bool = False
    certificate_trusted: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.document_intact and self.signature_valid and self.certificate_trusted

    def to_json(self) -> dict[str, Any]:
        return {
            "signer": self.signer,
            "personal_code": self.personal_code,
            "role": self.role,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "document_intact": self.document_intact,
            "signature_valid": self.signature_valid,
            "certificate_trusted": self.certificate_trusted,
            "problems": list(self.problems),
        }

    def verdict(self) -> str:
        """"dokument muutmata, allkiri kehtiv, sertifikaat usaldusväärne" or the failures."""
        return ", ".join((
            tr("dokument muutmata", "document unchanged") if self.document_intact
            else tr("DOKUMENT ON MUUDETUD", "THE DOCUMENT HAS BEEN CHANGED"),
            tr("allkiri kehtiv", "signature valid") if self.signature_valid
            else tr("ALLKIRI EI KEHTI", "SIGNATURE NOT VALID"),
            tr("sertifikaat usaldusväärne", "certificate trusted") if self.certificate_trusted
            else tr("SERTIFIKAAT EI OLE USALDUSVÄÄRNE", "CERTIFICATE NOT TRUSTED"),
        ))

    def summary(self) -> str:
        """One line: who, when, and the verdict."""
        who = self.signer or tr("tundmatu allkirjastaja", "unknown signer")
        when = (self.signed_at.astimezone().strftime("%d.%m.%Y") if self.signed_at
                else tr("aeg teadmata", "time unknown"))
        return f"{who}, {when} — {self.verdict()}"


@dataclass
class Verification:
    """The outcome for a whole container."""

    file: Path
    signed_files: list[str]
    signatures: list[SignatureCheck]
    #: Problems of the container rather than of one signature (damaged signature files).
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True only when there is a signature and every one is intact, valid and trusted."""
        return bool(self.signatures) and not self.problems and all(
            check.ok for check in self.signatures)

    def to_json(self) -> dict[str, Any]:
        return {"file": str(self.file), "signed_files": list(self.signed_files),
                "signatures": [check.to_json() for check in self.signatures]}


def report_lines(verification: Verification) -> list[str]:
    """The result as text, one signature after another (the CLI's ``verify``)."""
    lines = [str(verification.file),
             tr("  allkirjastatud failid: {names}", "  signed files: {names}",
                names=", ".join(verification.signed_files) or "—")]
    if not verification.signatures:
        lines.append(tr("  konteineris ei ole ühtegi loetavat allkirja",
                        "  the container holds no readable signature"))
    for number, check in enumerate(verification.signatures, 1):
        details = [tr("isikukood {code}", "personal code {code}", code=check.personal_code)
                   if check.personal_code else "",
                   tr("roll: {role}", "role: {role}", role=check.role) if check.role else ""]
        details = [detail for detail in details if detail]
        who = check.signer or tr("tundmatu allkirjastaja", "unknown signer")
        who += f" ({'; '.join(details)})" if details else ""
        when = (asice.format_time(check.signed_at) if check.signed_at
                else tr("aeg teadmata", "time unknown"))
        lines.append(f"  {number}. {who}, {when}")
        lines.append(f"     {check.verdict()}")
        lines.extend(f"     - {problem}" for problem in check.problems)
    lines.extend(f"  - {problem}" for problem in verification.problems)
    return lines


def verify_container(path: str | Path, store: trust.TrustStore | None = None) -> Verification:
    """Verify every signature of the container at ``path`` (FormatError when unreadable)."""
    if Path(path).suffix.lower() not in asice.EXTENSIONS:
        raise FormatError(path, tr(
            "see ei ole allkirjastatud konteiner (.asice või .bdoc)",
            "this is not a signed container (.asice or .bdoc)"))
    package = asice.read_package(path)
    store = store if store is not None else trust.trust_store()
    checks: list[SignatureCheck] = []
    problems: list[str] = []
    for member, root in package.signature_files:
        if root is None:
            problems.append(asice.damaged_signature_file(member))
            continue
        for element in root.iter(f"{{{DS}}}Signature"):
            checks.append(verify_signature(package, element, member, store))
    if store.unreadable:
        problems.append(tr("organisatsiooni sertifikaadikaustas on loetamatuid faile: {names}",
                           "the organisation's certificate folder holds unreadable files: "
                           "{names}", names=", ".join(store.unreadable)))
    signed = sorted({name for _, root in package.signature_files if root is not None
                     for element in root.iter(f"{{{DS}}}Signature")
                     for name in asice.data_references(element)
                     if asice.find_document(package, name) is not None})
    return Verification(package.path, signed, checks, problems)


def verify_signature(package: asice.Package, element: etree._Element, member: str,
                     store: trust.TrustStore) -> SignatureCheck:
    claimed = asice.read_signature(element, member)
    check = SignatureCheck(claimed.name, claimed.personal_code, claimed.role,
                           claimed.signing_time, member)
    certificates = _key_info_certificates(element)
    if not certificates:
        check.problems.append(tr("allkirjas ei ole allkirjastaja sertifikaati",
                                 "the signature carries no signer certificate"))
        return check
    certificate = certificates[0]
    check.document_intact = _documents_intact(package, element, check.problems)
    failures = ReferenceFailures()
    value_problem = verify_signed_info(element, certificate, package, claimed.signing_time,
                                       failures)
    properties_problem = failures.signed_properties or _signing_certificate_problem(
        element, certificate)
    for problem in (value_problem, properties_problem):
        if problem:
            check.problems.append(problem)
    check.signature_valid = not value_problem and not properties_problem
    check.certificate_trusted = _trusted(element, certificate, certificates, check, store)
    return check


# -- the document -----------------------------------------------------------------------


def _documents_intact(package: asice.Package, element: etree._Element,
                      problems: list[str]) -> bool:
    """Every referenced data file present with the signed digest; no unsigned file added."""
    intact = True
    covered = set()
    for name, reference in asice.data_references(element).items():
        document = asice.find_document(package, name)
        if document is None:
            problems.append(tr("allkirjastatud fail {name} puudub konteinerist",
                               "the signed file {name} is missing from the container",
                               name=name))
            intact = False
            continue
        covered.add(document)
        matches = digest_matches(reference, package.data[document])
        if matches is None:
            problems.append(tr("faili {name} räsialgoritm on tundmatu",
                               "the digest algorithm of {name} is unknown", name=name))
            intact = False
        elif not matches:
            problems.append(tr("faili {name} on pärast allkirjastamist muudetud",
                               "the file {name} has been changed after signing", name=name))
            intact = False
    for document in package.documents:
        if document not in covered:
            problems.append(tr("fail {name} ei ole selle allkirjaga kaetud (lisatud hiljem?)",
                               "the file {name} is not covered by this signature (added "
                               "later?)", name=document))
            intact = False
    return intact


# -- the signed properties ----------------------------------------------------------------


def _signing_certificate_problem(element: etree._Element,
                                 certificate: x509.Certificate) -> str | None:
    """The signed properties must name (by digest) the certificate in ds:KeyInfo."""
    digests = [cert_digest for signing in asice.descendants(element, "SigningCertificateV2")
               + asice.descendants(element, "SigningCertificate")
               for cert_digest in asice.descendants(signing, "CertDigest")]
    if not digests:
        return tr("allkirja omadustes ei ole allkirjastaja sertifikaati",
                  "the signed properties do not name the signer's certificate")
    der = certificate.public_bytes(Encoding.DER)
    if not any(digest_matches(digest, der) for digest in digests):
        return tr("allkirja omadustes nimetatud sertifikaat ei ole allkirjas olev sertifikaat",
                  "the certificate named in the signed properties is not the one in the "
                  "signature")
    return None


# -- the certificate ------------------------------------------------------------------------


def _decode_certificate(text: str | None) -> x509.Certificate | None:
    try:
        return x509.load_der_x509_certificate(
            base64.b64decode("".join((text or "").split()), validate=True))
    except (binascii.Error, ValueError):
        return None


def _key_info_certificates(element: etree._Element) -> list[x509.Certificate]:
    nodes = element.findall(f"{{{DS}}}KeyInfo/{{{DS}}}X509Data/{{{DS}}}X509Certificate")
    return [cert for cert in map(_decode_certificate, (n.text for n in nodes)) if cert]


def _carried_certificates(element: etree._Element) -> list[x509.Certificate]:
    """Certificates in the unsigned properties (issuer CA, OCSP responder)."""
    nodes = asice.descendants(element, "EncapsulatedX509Certificate")
    return [cert for cert in map(_decode_certificate, (n.text for n in nodes)) if cert]


def _trusted(element: etree._Element, certificate: x509.Certificate,
             key_info: list[x509.Certificate], check: SignatureCheck,
             store: trust.TrustStore) -> bool:
    others = key_info[1:] + _carried_certificates(element)
    ocsp: OcspOutcome | None = check_ocsp(element, certificate, others, store)
    moment = check.signed_at
    if ocsp is not None and ocsp.produced_at is not None and not ocsp.problem:
        moment = ocsp.produced_at  # a trusted time, unlike the claimed signing time
    trusted = True
    if moment is None:
        moment = dt.datetime.now(dt.UTC)
        check.problems.append(tr("allkirjastamise aeg puudub; sertifikaati kontrolliti "
                                 "praeguse aja järgi", "no signing time; the certificate was "
                                 "checked as of now"))
    problem = trust.chain_problem(certificate, others, store, moment)
    if problem:
        check.problems.append(problem)
        trusted = False
    if ocsp is None:
        check.problems.append(tr(
            "konteineris ei ole kehtivuskinnitust (OCSP): sertifikaadi tühistamist ei "
            "kontrollitud", "the container carries no validity confirmation (OCSP): "
            "revocation of the certificate was not checked"))
    else:
        trusted = _ocsp_fits(ocsp, check) and trusted
    if asice.descendants(element, "SignatureTimeStamp"):
        check.problems.append(tr("ajatempli allkirja ei kontrollitud",
                                 "the time-stamp's own signature was not checked"))
    return trusted


def _ocsp_fits(ocsp: OcspOutcome, check: SignatureCheck) -> bool:
    """The OCSP response is valid, said "good", and was given at signing time."""
    if ocsp.problem:
        check.problems.append(ocsp.problem)
        return False
    assert ocsp.produced_at is not None
    signed_at = check.signed_at
    if signed_at is not None and not (
            signed_at - CLOCK_SKEW <= ocsp.produced_at <= signed_at + OCSP_AFTER_SIGNING):
        check.problems.append(tr(
            "kehtivuskinnitus (OCSP) on antud {when}, mitte allkirjastamise ajal",
            "the validity confirmation (OCSP) was given at {when}, not at signing time",
            when=asice.format_time(ocsp.produced_at)))
        return False
    return True
