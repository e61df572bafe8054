"""Offline signature verification of real (test-CA) signed containers: RSA, ECDSA, OCSP."""

from __future__ import annotations

import base64
import datetime as dt
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from ametieditor import paths
from ametieditor.formats import asice_verify, trust
from ametieditor.i18n import ENGLISH, set_language
from tests.conftest import DATA
from tests.support.containers import (
    NEW_STYLE,
    OLD_STYLE,
    ContainerSpec,
    SignatureSpec,
    container_bytes,
    rewrite_members,
    trust_authority,
)

SAMPLE = DATA / "001_peaspetsialist_lastemaja.ametijuhend"
NAME = "peaspetsialist lastemaja.ametijuhend"  # a space: DigiDoc writes the URI as %20
SIGNATURES = "META-INF/signatures0.xml"


def _now(minutes: int = 0) -> str:
    moment = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(minutes=minutes)
    return moment.isoformat().replace("+00:00", "Z")


def signed(key: str = "rsa", **options) -> bytes:
    spec = SignatureSpec(NEW_STYLE, options.pop("signing_time", "2024-05-12T07:15:00Z"),
                         ("peadirektor",), key=key, **options)
    return container_bytes(ContainerSpec(files={NAME: SAMPLE.read_bytes()},
                                         signature_files=[[spec]]))


def write(tmp_path: Path, data: bytes, name: str = "allkirjastatud.asice") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture
def trusted() -> Path:
    """The test CA in the organisation's certificate folder."""
    return trust_authority(paths.trusted_certificates_dir())


def only(verification: asice_verify.Verification) -> asice_verify.SignatureCheck:
    (check,) = verification.signatures
    return check


def _signatures_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        return etree.fromstring(archive.read(SIGNATURES))


def _with_signatures(data: bytes, root: etree._Element) -> bytes:
    return rewrite_members(data, {SIGNATURES: etree.tostring(root, xml_declaration=True,
                                                             encoding="UTF-8")})


@pytest.mark.parametrize("key", ["rsa", "ec"])
def test_intact_signature_is_valid_and_trusted(tmp_path: Path, trusted: Path, key: str) -> None:
    verification = asice_verify.verify_container(write(tmp_path, signed(key)))
    check = only(verification)
    assert (check.signer, check.personal_code, check.role) == (
        "JAAK-KRISTJAN JÕEORG", "38001085718", "peadirektor")
    assert check.signed_at == dt.datetime(2024, 5, 12, 7, 15, tzinfo=dt.UTC)
    assert (check.document_intact, check.signature_valid, check.certificate_trusted) == (
        True, True, True), check.problems
    assert verification.ok and verification.signed_files == [NAME]
    # Said plainly: no OCSP response in the file, so revocation was not checked.
    assert check.problems == ["konteineris ei ole kehtivuskinnitust (OCSP): sertifikaadi "
                              "tühistamist ei kontrollitud"]


def test_changed_document_is_caught(tmp_path: Path, trusted: Path) -> None:
    data = rewrite_members(signed(), {NAME: SAMPLE.read_bytes().replace(b"lastemaja", b"LASTE")})
    check = only(asice_verify.verify_container(write(tmp_path, data)))
    assert not check.document_intact
    assert check.signature_valid and check.certificate_trusted  # only the document changed
    assert f"faili {NAME} on pärast allkirjastamist muudetud" in check.problems


def test_changed_signed_properties_are_caught(tmp_path: Path, trusted: Path) -> None:
    data = signed("ec")
    root = _signatures_xml(data)
    role = root.find(".//{*}ClaimedRole")
    role.text = "kantsler"
    check = only(asice_verify.verify_container(write(tmp_path, _with_signatures(data, root))))
    assert check.role == "kantsler"
    assert check.document_intact and not check.signature_valid
    assert any("allkirja omadusi" in problem for problem in check.problems)


@pytest.mark.parametrize("key", ["rsa", "ec"])
def test_bad_signature_value_is_caught(tmp_path: Path, trusted: Path, key: str) -> None:
    data = signed(key)
    root = _signatures_xml(data)
    value = root.find(".//{*}SignatureValue")
    raw = bytearray(base64.b64decode(value.text))
    raw[len(raw) // 2] ^= 0x01
    value.text = base64.b64encode(bytes(raw)).decode()
    check = only(asice_verify.verify_container(write(tmp_path, _with_signatures(data, root))))
    assert check.document_intact and not check.signature_valid
    assert ("allkirja väärtus ei vasta allkirjastatud andmetele ja sertifikaadi võtmele"
            in check.problems)


def test_swapped_certificate_is_caught(tmp_path: Path, trusted: Path) -> None:
    """Another certificate of the same CA in KeyInfo: the key and the signed digest differ."""
    other = _signatures_xml(container_bytes(ContainerSpec(
        files={NAME: b"x"}, signature_files=[[SignatureSpec(OLD_STYLE, _now(), key="rsa")]])))
    data = signed("rsa")
    root = _signatures_xml(data)
    root.find(".//{*}X509Certificate").text = other.find(".//{*}X509Certificate").text
    check = only(asice_verify.verify_container(write(tmp_path, _with_signatures(data, root))))
    assert check.signer == "MARY ÄNN O’CONNEŽ-ŠUSLIK TESTNUMBER"
    assert not check.signature_valid


def test_untrusted_chain(tmp_path: Path) -> None:
    check = only(asice_verify.verify_container(write(tmp_path, signed())))
    assert check.document_intact and check.signature_valid
    assert not check.certificate_trusted
    assert ("sertifikaat ei ole usaldusväärse sertifitseerija välja antud (usaldusväärset "
            "väljastajat ei leitud)") in check.problems


def test_trusted_through_the_organisation_folder(tmp_path: Path) -> None:
    path = write(tmp_path, signed("ec"))
    assert not only(asice_verify.verify_container(path)).certificate_trusted
    folder = paths.trusted_certificates_dir()
    assert folder.parent == paths.user_data_dir()
    trust_authority(folder)
    assert only(asice_verify.verify_container(path)).certificate_trusted
    # Another CA of the same name is not the trusted one.
    (folder / "TEST_of_Ametieditor_CA.pem").unlink()
    trust_authority(folder, "Muu CA")
    assert not only(asice_verify.verify_container(path)).certificate_trusted


def test_unreadable_file_in_the_organisation_folder_is_named(tmp_path: Path,
                                                              trusted: Path) -> None:
    (trusted.parent / "katki.pem").write_text("-----BEGIN CERTIFICATE-----\nxx\n")
    verification = asice_verify.verify_container(write(tmp_path, signed()))
    assert only(verification).certificate_trusted
    assert verification.problems == [
        "organisatsiooni sertifikaadikaustas on loetamatuid faile: katki.pem"]
    assert not verification.ok


def test_good_ocsp_response_at_signing_time(tmp_path: Path, trusted: Path) -> None:
    check = only(asice_verify.verify_container(
        write(tmp_path, signed("ec", signing_time=_now(-1), ocsp="good"))))
    assert check.ok, check.problems
    assert not any("OCSP" in problem for problem in check.problems)


def test_revoked_in_ocsp_response(tmp_path: Path, trusted: Path) -> None:
    check = only(asice_verify.verify_container(
        write(tmp_path, signed("rsa", signing_time=_now(-1), ocsp="revoked"))))
    assert check.signature_valid and not check.certificate_trusted
    assert any(problem.startswith("kehtivuskinnitus (OCSP): sertifikaat oli tühistatud")
               for problem in check.problems)


def test_ocsp_response_not_from_signing_time(tmp_path: Path, trusted: Path) -> None:
    check = only(asice_verify.verify_container(
        write(tmp_path, signed("rsa", signing_time="2024-05-12T07:15:00Z", ocsp="good"))))
    assert not check.certificate_trusted
    assert any("mitte allkirjastamise ajal" in problem for problem in check.problems)


def test_tampered_ocsp_response(tmp_path: Path, trusted: Path) -> None:
    data = signed("ec", signing_time=_now(-1), ocsp="good")
    root = _signatures_xml(data)
    node = root.find(".//{*}EncapsulatedOCSPValue")
    from cryptography.x509 import ocsp

    raw = bytearray(base64.b64decode(node.text))
    signature = ocsp.load_der_ocsp_response(bytes(raw)).signature
    raw[bytes(raw).index(signature) + len(signature) // 2] ^= 0x01  # the responder's signature
    node.text = base64.b64encode(bytes(raw)).decode()
    check = only(asice_verify.verify_container(write(tmp_path, _with_signatures(data, root))))
    assert not check.certificate_trusted
    assert "kehtivuskinnitus (OCSP): vastuse allkiri ei kehti" in check.problems


def test_unsigned_file_added_later(tmp_path: Path, trusted: Path) -> None:
    """A file added to the container and to its manifest after signing."""
    from tests.support.containers import manifest_xml

    files = {NAME: SAMPLE.read_bytes(), "lisa.txt": b"lisatud hiljem"}
    data = rewrite_members(signed(), {"META-INF/manifest.xml": manifest_xml(files)},
                           extra=[("lisa.txt", b"lisatud hiljem")])
    check = only(asice_verify.verify_container(write(tmp_path, data)))
    assert not check.document_intact
    assert "fail lisa.txt ei ole selle allkirjaga kaetud (lisatud hiljem?)" in check.problems


def test_messages_in_english(tmp_path: Path, trusted: Path) -> None:
    set_language(ENGLISH)
    check = only(asice_verify.verify_container(write(tmp_path, signed())))
    assert check.verdict() == "document unchanged, signature valid, certificate trusted"
    assert check.problems == ["the container carries no validity confirmation (OCSP): "
                              "revocation of the certificate was not checked"]


def test_package_trusts_live_estonian_cas_only() -> None:
    names = {certificate.subject.rfc4514_string() for certificate in trust.package_certificates()}
    assert any("CN=ESTEID2018" in name for name in names)
    assert any("CN=EE Certification Centre Root CA" in name for name in names)
    assert not any("TEST" in name.upper() or "DEMO" in name.upper() for name in names)
