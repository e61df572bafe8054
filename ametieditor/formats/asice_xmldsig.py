"""XML-DSig pieces of container verification, done by *signxml* and *cryptography*.

signxml (a maintained XML-DSig library) canonicalises ``ds:SignedInfo``, maps the
algorithm URIs, turns XML-DSig's raw ECDSA values into DER and checks the
``ds:SignatureValue`` with the certificate's key (RSA or ECDSA); it then checks
the in-signature references (the signed properties, with their transforms).
Its verifier stops at the first failure; to tell the user *what* failed, the
reference step is wrapped so that a failed reference is recorded instead, and
data-file references are left to :func:`digest_matches` (which names the file).
signxml checks the signature value before any reference, reading references
from the verified ``SignedInfo`` only, so a recorded reference failure never
hides a bad signature value.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from lxml import etree
from signxml.algorithms import DigestAlgorithm, digest_algorithm_implementations
from signxml.exceptions import InvalidCertificate, InvalidInput, SignXMLException
from signxml.verifier import SignatureConfiguration, XMLVerifier

from ametieditor.i18n import tr

if TYPE_CHECKING:
    from ametieditor.formats.asice import Package

DS = "http://www.w3.org/2000/09/xmldsig#"


def digest_matches(node: etree._Element, data: bytes) -> bool | None:
    """Whether ``data`` has the digest in ``node``'s ds:DigestMethod/ds:DigestValue.

    ``node`` is a ``ds:Reference`` or a ``xades:CertDigest``. None when the
    algorithm is unknown or the value unreadable.
    """
    method = node.find(f"{{{DS}}}DigestMethod")
    value = node.find(f"{{{DS}}}DigestValue")
    if method is None or value is None:
        return None
    try:
        algorithm = digest_algorithm_implementations[DigestAlgorithm(method.get("Algorithm"))]
        expected = base64.b64decode("".join((value.text or "").split()), validate=True)
    except (ValueError, KeyError, binascii.Error, InvalidInput):
        return None
    digest = hashes.Hash(algorithm())
    digest.update(data)
    return digest.finalize() == expected


@dataclass
class ReferenceFailures:
    """What the wrapped reference step recorded."""

    signed_properties: str | None = None


class _Verifier(XMLVerifier):
    """signxml's verifier, recording failed in-signature references (see the module doc)."""

    def __init__(self, failures: ReferenceFailures) -> None:
        super().__init__()
        self.failures = failures

    def _verify_reference(self, reference: etree._Element, *args: Any, **kwargs: Any) -> Any:
        uri = reference.get("URI") or ""
        if not uri.startswith("#"):
            return None  # a data file: checked by digest_matches, by name
        try:
            return super()._verify_reference(  # type: ignore[no-untyped-call]
                reference, *args, **kwargs)
        except SignXMLException:
            self.failures.signed_properties = tr(
                "allkirja omadusi (allkirjastamise aeg, roll, sertifikaat) on pärast "
                "allkirjastamist muudetud", "the signed properties (signing time, role, "
                "certificate) have been changed after signing")
            return None


def _inside_validity(certificate: x509.Certificate, moment: dt.datetime | None) -> dt.datetime:
    """A time at which signxml's own validity check passes.

    Whether the certificate was valid when signing is the trust check's
    (:mod:`ametieditor.formats.trust`); here only the signature value is judged.
    """
    start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    moment = moment or start
    return min(max(moment, start), end)


def verify_signed_info(element: etree._Element, certificate: x509.Certificate,
                       package: Package, signing_time: dt.datetime | None,
                       failures: ReferenceFailures) -> str | None:
    """Why the signature value of ``element`` is not valid (None: it is)."""
    config = SignatureConfiguration(
        require_x509=True, expect_references=True,
        verification_time=_inside_validity(certificate, signing_time))
    verifier = _Verifier(failures)
    try:
        verifier.verify(etree.tostring(element), x509_cert=certificate,
                        uri_resolver=lambda _uri: b"", expect_config=config)
    except etree.DocumentInvalid:
        return tr("allkirja ülesehitus ei vasta XML-allkirja standardile",
                  "the signature's structure does not follow the XML signature standard")
    except InvalidCertificate as error:
        return tr("allkirja ei saanud kontrollida: {detail}",
                  "the signature could not be checked: {detail}", detail=_one_line(error))
    except (SignXMLException, etree.LxmlError, ValueError, TypeError) as error:
        detail = _one_line(error)
        if "Signature verification failed" in detail or "SignatureValue" in detail:
            return tr("allkirja väärtus ei vasta allkirjastatud andmetele ja sertifikaadi "
                      "võtmele", "the signature value does not match the signed data and "
                      "the certificate's key")
        return tr("allkirja ei saanud kontrollida: {detail}",
                  "the signature could not be checked: {detail}", detail=detail)
    return None


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "…"
