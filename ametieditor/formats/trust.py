"""Which certificates the editor trusts, and whether a certificate chains to one of them.

Offline, with no trust list download: the trusted certificates are

* the live (not test, not demo) certificates of Estonia's certification
  authorities shipped by the ``esteid-certificates`` package (SK ID Solutions
  and Zetes: the roots and the CAs that issue ID card, Mobile-ID, Smart-ID and
  e-seal certificates), kept up to date by its maintainers — update the
  package to get a new CA;
* every certificate (PEM or DER: ``.pem``, ``.crt``, ``.cer``, ``.der``) in the
  organisation's own folder :func:`ametieditor.paths.trusted_certificates_dir`,
  for an organisation that signs with certificates of its own CA.

Every one of them is a trust anchor, as in the EU trusted lists, which list the
issuing CAs themselves: a chain ends at the first trusted certificate. The chain
is built and checked by ``cryptography``'s X.509 verifier at the time of
signing (a certificate that has expired since is fine; one that was not valid
then is not).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.x509 import verification

from ametieditor import paths
from ametieditor.i18n import tr

#: File name endings read from the organisation's folder.
CERTIFICATE_SUFFIXES = (".pem", ".crt", ".cer", ".der")
#: Longest chain accepted (signer, issuing CA, root, with room for a cross-certificate).
MAX_CHAIN_DEPTH = 6
#: A certificate file larger than this is not read (a certificate is a few kB).
MAX_CERTIFICATE_FILE = 1_000_000


@dataclass(frozen=True)
class TrustStore:
    """The trusted certificates and where they came from (for the user)."""

    certificates: tuple[x509.Certificate, ...]
    #: Files of the organisation's folder that could not be read as certificates.
    unreadable: tuple[str, ...] = ()


def _is_live(name: str) -> bool:
    """False for the test and demo certificates the package also ships."""
    return not name.upper().startswith(("TEST", "DEMO"))


@functools.lru_cache(maxsize=1)
def package_certificates() -> tuple[x509.Certificate, ...]:
    """The live Estonian CA certificates of ``esteid-certificates`` (empty if not installed)."""
    try:
        import esteid_certificates
        from esteid_certificates.constants import ISSUER_CERTS
    except ImportError:
        return ()
    files = {path for name, path in ISSUER_CERTS.items() if _is_live(name)}
    files |= set(esteid_certificates.get_root_ca_files())
    certificates: list[x509.Certificate] = []
    for path in sorted(files):
        certificates.extend(certificate for certificate in _load(Path(path))
                            if _is_ca_certificate(certificate))
    return tuple(certificates)


def _is_ca_certificate(certificate: x509.Certificate) -> bool:
    """True for a CA (the package also ships time-stamping units, which issue nothing)."""
    try:
        return certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


def _load(path: Path) -> list[x509.Certificate]:
    """The certificates in one PEM or DER file; raises ValueError/OSError when unreadable."""
    data = path.read_bytes()[:MAX_CERTIFICATE_FILE + 1]
    if len(data) > MAX_CERTIFICATE_FILE:
        raise ValueError("too large")
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


def organisation_certificates(folder: Path | None = None
                              ) -> tuple[list[x509.Certificate], list[str]]:
    """Certificates in the organisation's folder, and the names of files that were not."""
    folder = folder or paths.trusted_certificates_dir()
    certificates: list[x509.Certificate] = []
    unreadable: list[str] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return [], []
    for entry in entries:
        if entry.suffix.lower() not in CERTIFICATE_SUFFIXES or not entry.is_file():
            continue
        try:
            certificates.extend(_load(entry))
        except (OSError, ValueError):
            unreadable.append(entry.name)
    return certificates, unreadable


def trust_store(folder: Path | None = None) -> TrustStore:
    """The package's certificates and the organisation's (read anew each time)."""
    own, unreadable = organisation_certificates(folder)
    return TrustStore(package_certificates() + tuple(own), tuple(unreadable))


def _is_ca(_policy: object, _certificate: x509.Certificate,
           constraints: x509.BasicConstraints) -> None:
    if not constraints.ca:
        raise ValueError("the issuer is not a certification authority")


def _builder(store: TrustStore, moment: dt.datetime) -> verification.PolicyBuilder:
    """Signing certificates are not web certificates: no EKU or SAN rules for the signer.

    Issuers must be CAs (basic constraints); signature algorithms and key sizes
    follow cryptography's defaults (RSA ≥ 2048 bits, ECDSA P-256/384/521, no SHA-1).
    """
    criticality = verification.Criticality.AGNOSTIC
    ca_policy = verification.ExtensionPolicy.permit_all().require_present(
        x509.BasicConstraints, criticality, _is_ca)
    return (verification.PolicyBuilder()
            .store(verification.Store(list(store.certificates)))
            .time(moment.astimezone(dt.UTC).replace(tzinfo=None))
            .max_chain_depth(MAX_CHAIN_DEPTH)
            .extension_policies(ee_policy=verification.ExtensionPolicy.permit_all(),
                                ca_policy=ca_policy))


def chain_problem(certificate: x509.Certificate, others: Iterable[x509.Certificate],
                  store: TrustStore, moment: dt.datetime) -> str | None:
    """Why ``certificate`` does not chain to a trusted certificate at ``moment`` (None: it does).

    ``others`` are the certificates the container carries (possible intermediates).
    """
    if any(certificate == trusted for trusted in store.certificates):
        return None  # trusted by itself (an organisation may add its signers' certificates)
    if not store.certificates:
        return tr("usaldusväärsete sertifikaatide loend on tühi (pakett esteid-certificates "
                  "puudub ja organisatsiooni kaustas ei ole sertifikaate)",
                  "the list of trusted certificates is empty (the esteid-certificates package "
                  "is missing and the organisation's folder holds none)")
    verifier = _builder(store, moment).build_client_verifier()
    try:
        verifier.verify(certificate, [other for other in others if other != certificate])
    except verification.VerificationError as error:
        return tr("sertifikaat ei ole usaldusväärse sertifitseerija välja antud ({detail})",
                  "the certificate was not issued by a trusted certification authority "
                  "({detail})", detail=_explain(str(error)))
    return None


def _explain(text: str) -> str:
    """cryptography's verification message in the user's words."""
    lowered = text.lower()
    if "forbidden signature algorithm" in lowered or "forbidden public key" in lowered:
        return tr("ahelas on keelatud või nõrk algoritm, nt SHA-1 või lühike RSA-võti",
                  "the chain uses a forbidden or weak algorithm, e.g. SHA-1 or a short RSA key")
    if "expired" in lowered or "not yet valid" in lowered or "validity" in lowered:
        return tr("sertifikaat ei kehtinud allkirjastamise ajal",
                  "the certificate was not valid at the time of signing")
    if "path length" in lowered:
        return tr("ahela pikkuse piirang on rikutud", "a path length constraint is violated")
    return tr("usaldusväärset väljastajat ei leitud", "no trusted issuer was found")
