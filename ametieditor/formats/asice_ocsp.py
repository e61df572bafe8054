"""The OCSP response a container carries (XAdES-LT/LTA, BDOC-TM/TS): valid, and "good"?

``cryptography`` parses the response; no kept library checks an OCSP response's
own signature offline (pyasice does it through oscrypto and asn1crypto, which
this project does not use), so :func:`_signature_ok` does, with
cryptography's primitives, as RFC 6960 § 3.2 asks: the response is signed by
a responder whose certificate chains to a trusted CA and is meant for OCSP
signing (or by the trusted CA itself).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID
from lxml import etree

from ametieditor.formats import trust
from ametieditor.i18n import tr


@dataclass(frozen=True)
class OcspOutcome:
    """``problem`` None: the response is valid and said "good" at ``produced_at``."""

    produced_at: dt.datetime | None
    problem: str | None


def _encapsulated(element: etree._Element) -> list[bytes]:
    values = []
    for node in element.iter():
        if isinstance(node.tag, str) and etree.QName(node).localname == "EncapsulatedOCSPValue":
            try:
                values.append(base64.b64decode("".join((node.text or "").split()),
                                               validate=True))
            except binascii.Error:
                values.append(b"")
    return values


def check_ocsp(element: etree._Element, certificate: x509.Certificate,
               others: list[x509.Certificate], store: trust.TrustStore) -> OcspOutcome | None:
    """The outcome for the OCSP response in ``element`` (None when there is none)."""
    values = _encapsulated(element)
    if not values:
        return None
    outcomes = [_check_one(value, certificate, others, store) for value in values]
    return next((outcome for outcome in outcomes if outcome.problem is None), outcomes[0])


def _failed(problem: str, produced_at: dt.datetime | None = None) -> OcspOutcome:
    return OcspOutcome(produced_at, tr("kehtivuskinnitus (OCSP): {problem}",
                                       "validity confirmation (OCSP): {problem}",
                                       problem=problem))


def _check_one(value: bytes, certificate: x509.Certificate, others: list[x509.Certificate],
               store: trust.TrustStore) -> OcspOutcome:
    try:
        response = ocsp.load_der_ocsp_response(value)
    except ValueError:
        return _failed(tr("vastus on rikutud", "the response is damaged"))
    if response.response_status != ocsp.OCSPResponseStatus.SUCCESSFUL:
        return _failed(tr("vastuse olek on {status}", "the response status is {status}",
                          status=response.response_status.name))
    produced = response.produced_at_utc
    single = next((one for one in response.responses
                   if one.serial_number == certificate.serial_number), None)
    if single is None:
        return _failed(tr("vastus ei ole allkirjastaja sertifikaadi kohta",
                          "the response is not about the signer's certificate"), produced)
    signer_problem = _signature_ok(response, others, store, produced)
    if signer_problem:
        return _failed(signer_problem, produced)
    status = single.certificate_status
    if status == ocsp.OCSPCertStatus.REVOKED:
        when = single.revocation_time_utc
        return _failed(tr("sertifikaat oli tühistatud ({when})", "the certificate was revoked "
                          "({when})", when=when.isoformat() if when else "?"), produced)
    if status != ocsp.OCSPCertStatus.GOOD:
        return _failed(tr("sertifikaadi olek on teadmata", "the certificate's status is "
                          "unknown"), produced)
    return OcspOutcome(produced, None)


def _responder(response: ocsp.OCSPResponse, candidates: list[x509.Certificate]
               ) -> x509.Certificate | None:
    """The certificate the response names as its signer (by name or key hash)."""
    for candidate in candidates:
        if response.responder_name is not None and candidate.subject == response.responder_name:
            return candidate
        if response.responder_key_hash is not None:
            key_hash = x509.SubjectKeyIdentifier.from_public_key(candidate.public_key()).digest
            if key_hash == response.responder_key_hash:
                return candidate
    return None


def _signature_ok(response: ocsp.OCSPResponse, others: list[x509.Certificate],
                  store: trust.TrustStore, moment: dt.datetime) -> str | None:
    """Why the response's signature or its signer is not acceptable (None: fine)."""
    responder = _responder(response, list(response.certificates) + others
                           + list(store.certificates))
    if responder is None:
        return tr("vastuse andja sertifikaati ei leitud", "the responder's certificate "
                  "was not found")
    try:
        _verify(responder, response.signature, response.tbs_response_bytes,
                response.signature_hash_algorithm)
    except (InvalidSignature, UnsupportedAlgorithm, TypeError, ValueError):
        return tr("vastuse allkiri ei kehti", "the response's signature is not valid")
    if responder in store.certificates:
        return None  # the trusted CA answers for its own certificates
    if not _for_ocsp_signing(responder):
        return tr("vastuse andja sertifikaat ei ole OCSP vastuste allkirjastamiseks",
                  "the responder's certificate is not for signing OCSP responses")
    chain = trust.chain_problem(responder, list(response.certificates) + others, store, moment)
    return tr("vastuse andja: {problem}", "the responder: {problem}",
              problem=chain) if chain else None


def _for_ocsp_signing(certificate: x509.Certificate) -> bool:
    try:
        usage = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return ExtendedKeyUsageOID.OCSP_SIGNING in usage


def _verify(certificate: x509.Certificate, signature: bytes, data: bytes,
            algorithm: object) -> None:
    """Check ``signature`` over ``data`` with the certificate's key (raises when invalid)."""
    key = certificate.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        key.verify(signature, data, padding.PKCS1v15(), algorithm)  # type: ignore[arg-type]
    elif isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, data, ec.ECDSA(algorithm))  # type: ignore[arg-type]
    elif isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
        key.verify(signature, data)
    else:
        raise UnsupportedAlgorithm("unsupported responder key")
