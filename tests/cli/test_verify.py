"""``ametieditor-cli verify FILE.asice|.bdoc [--json]``: exit codes, JSON shape, messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ametieditor import paths
from tests.cli.test_cli import run as run_installed
from tests.conftest import DATA, REPO
from tests.formats.test_asice_verify import NAME, SAMPLE, signed
from tests.support.containers import rewrite_members, trust_authority


def run(*args: str | Path):
    """The installed script, importing this checkout's ametieditor."""
    return run_installed(*args, env={"PYTHONPATH": str(REPO)})


@pytest.fixture
def container(tmp_path: Path) -> Path:
    trust_authority(paths.trusted_certificates_dir())
    path = tmp_path / "allkirjastatud.bdoc"
    path.write_bytes(signed("ec"))
    return path


def test_valid_container_exits_0_with_the_json_shape(container: Path) -> None:
    result = run("verify", container, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert list(report) == ["file", "signed_files", "signatures"]
    assert report["file"] == str(container)
    assert report["signed_files"] == [NAME]
    (signature,) = report["signatures"]
    assert list(signature) == ["signer", "personal_code", "role", "signed_at",
                               "document_intact", "signature_valid", "certificate_trusted",
                               "problems"]
    assert signature["signer"] == "JAAK-KRISTJAN JÕEORG"
    assert signature["personal_code"] == "38001085718"
    assert signature["role"] == "peadirektor"
    assert signature["signed_at"] == "2024-05-12T07:15:00+00:00"
    assert signature["document_intact"] is signature["signature_valid"] is True
    assert signature["certificate_trusted"] is True
    assert signature["problems"] == ["konteineris ei ole kehtivuskinnitust (OCSP): "
                                     "sertifikaadi tühistamist ei kontrollitud"]


def test_changed_document_exits_1_and_says_so(container: Path) -> None:
    container.write_bytes(rewrite_members(container.read_bytes(), {NAME: b"muudetud"}))
    result = run("verify", container)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == str(container)
    assert "     DOKUMENT ON MUUDETUD, allkiri kehtiv, sertifikaat usaldusväärne" in lines
    assert f"     - faili {NAME} on pärast allkirjastamist muudetud" in lines
    report = json.loads(run("verify", container, "--json").stdout)
    assert report["signatures"][0]["document_intact"] is False


def test_untrusted_exits_1_in_english(tmp_path: Path) -> None:
    path = tmp_path / "x.asice"
    path.write_bytes(signed("rsa"))
    result = run("--lang", "en", "verify", path)
    assert result.returncode == 1
    assert "     document unchanged, signature valid, CERTIFICATE NOT TRUSTED" in \
        result.stdout.splitlines()


@pytest.mark.parametrize(("name", "content", "message"), [
    ("katki.asice", b"PK\x03\x04 poolik", "fail on rikutud või poolik"),
    ("ametijuhend.ametijuhend", SAMPLE.read_bytes(), "see ei ole allkirjastatud konteiner"),
    ("puudub.asice", None, ""),
], ids=["damaged", "not-a-container", "missing"])
def test_unreadable_file_exits_2_in_one_line(tmp_path: Path, name: str, content: bytes | None,
                                             message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run("verify", path, "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(path) in result.stderr and message in result.stderr


def test_duplicate_entry_exits_2(container: Path) -> None:
    container.write_bytes(rewrite_members(container.read_bytes(), {},
                                          extra=[(NAME, b"appended copy")]))
    result = run("verify", container)
    assert result.returncode == 2
    assert "kaks sama nimega kirjet" in result.stderr


def test_container_without_signatures_exits_1(tmp_path: Path) -> None:
    result = run("verify", DATA / "legacy" / "unsigned.asice", "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["signatures"] == []
