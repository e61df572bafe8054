"""Nothing let in: every registered reader refuses hostile or broken files clearly.

The cases come from :mod:`tests.support.hostile`, one list per file type, and
the tests run over :func:`registry.readable_extensions`, so a reader added
later (DOCX, text, containers) is tested the moment it is registered.
"""

from __future__ import annotations

import io
import re
import socket
import zipfile
from pathlib import Path

import pytest

from ametieditor.formats import registry
from ametieditor.io import safezip
from ametieditor.io.errors import FormatError
from ametieditor.io.files import MAX_INPUT_BYTES
from tests.conftest import REPO
from tests.support.factories import full_document
from tests.support.hostile import (
    EXTERNAL_RELS,
    MAY_LOAD,
    exported_docx,
    hostile_cases,
    lying_sizes,
    make_zip,
    minimal_docx,
    replace_members,
)

ZIP_TYPES = {".docx", ".docm", ".dotx", ".asice", ".bdoc", ".sce", ".odt"}


def _cases() -> list[tuple[str, str, bytes, str | None]]:
    cases = []
    for extension in registry.readable_extensions():
        for name, data, expected in hostile_cases(extension):
            cases.append((extension, name, data, expected))
    return cases


def test_every_readable_type_has_hostile_cases() -> None:
    missing = [ext for ext in registry.readable_extensions() if not hostile_cases(ext)]
    assert not missing, f"add hostile inputs for {missing} in tests/support/hostile.py"


@pytest.mark.parametrize(("extension", "name", "data", "expected"), _cases(),
                         ids=[f"{c[0]}-{c[1]}" for c in _cases()])
def test_reader_refuses_with_one_clear_line(extension: str, name: str, data: bytes,
                                            expected: str | None, tmp_path: Path) -> None:
    path = tmp_path / f"paha{extension}"
    path.write_bytes(data)
    if expected == MAY_LOAD:
        try:
            loaded = repr(registry.load(path).document)
        except FormatError as error:
            assert "\n" not in str(error) and str(error).startswith(str(path))
        else:  # whatever was read, no entity was expanded into it
            assert "root:x:0" not in loaded and "lollollol" not in loaded
        return
    with pytest.raises(FormatError) as caught:
        registry.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert "Traceback" not in message
    if expected:
        assert re.search(expected, message), message


@pytest.mark.parametrize("extension", registry.readable_extensions())
def test_too_large_file_is_refused_before_reading(extension: str, tmp_path: Path) -> None:
    path = tmp_path / f"suur{extension}"
    with path.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(FormatError, match=r"liiga suur \(50 MB; lubatud kuni 50 MB\)"):
        registry.load(path)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args))
        raise OSError("network access attempted in a test")

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)

    class NoSocket(socket.socket):
        def __init__(self, family=-1, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6, -1):
                refuse(family)
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", NoSocket)
    return attempts


def _outside_references(extension: str) -> bytes:
    """A file of this type that points at files and servers outside itself."""
    if extension == ".ametijuhend":
        from ametieditor.formats import xml_format

        valid = xml_format.to_bytes(full_document())
        return valid.replace(
            b"?>\n", b'?>\n<?xml-stylesheet href="http://203.0.113.7/x.xsl"?>\n', 1
        ).replace(b'version="1"', b'version="1" xmlns:xsi="http://www.w3.org/2001/'
                  b'XMLSchema-instance" xsi:schemaLocation="urn:x http://203.0.113.7/x.xsd"')
    if extension in ZIP_TYPES:
        return replace_members(exported_docx(), {
            "word/_rels/document.xml.rels": EXTERNAL_RELS,
            "word/vbaProject.bin": b'Attribute VB_Name = "Evil"'})
    return b"AMETIJUHEND\nhttp://203.0.113.7/x.png\n"


@pytest.mark.parametrize("extension", registry.readable_extensions())
def test_outside_references_are_never_followed_nor_carried_into_exports(
        extension: str, tmp_path: Path, no_network: list[str]) -> None:
    source = tmp_path / f"viited{extension}"
    source.write_bytes(_outside_references(extension))
    try:
        document = registry.load(source).document
    except FormatError:
        document = None
    assert no_network == []
    if document is None:
        return
    for target_extension in registry.writable_extensions():
        target = tmp_path / f"eksport{target_extension}"
        registry.save(document, target)
        assert_self_contained(target)
    assert no_network == []


def assert_self_contained(path: Path) -> None:
    """No macros, no external relationships, no DTDs, no links out in a written file."""
    data = path.read_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                assert "vbaproject" not in name.lower(), f"{path.name} carries macros"
                member = archive.read(name)
                assert b"<!DOCTYPE" not in member, name
                if name.endswith(".rels"):
                    assert b'TargetMode="External"' not in member, (name, member)
                if name == "[Content_Types].xml":
                    assert b"macroEnabled" not in member
    else:  # a URL the user typed may stay as text; nothing may point outside
        for reference in (b"<!DOCTYPE", b"<?xml-stylesheet", b"schemaLocation", b"XInclude",
                          b"/URI", b"/Launch", b"/GoToR"):
            assert reference not in data, (path.name, reference)


@pytest.mark.parametrize("extension", registry.writable_extensions())
def test_exports_are_self_contained(extension: str, tmp_path: Path) -> None:
    target = tmp_path / f"eksport{extension}"
    registry.save(full_document(), target)
    assert target.stat().st_size > 0
    assert_self_contained(target)


def test_assert_self_contained_catches_external_relationships(tmp_path: Path) -> None:
    bad = tmp_path / "paha.docx"
    bad.write_bytes(minimal_docx({"word/_rels/document.xml.rels": EXTERNAL_RELS}))
    with pytest.raises(AssertionError):
        assert_self_contained(bad)


# --------------------------------------------------------------------------
# Every XML and ZIP read goes through the hardened helpers.

#: Places allowed to call lxml's parser or open a ZIP for reading directly, and why.
ALLOWED_RAW_PARSING = {
    "ametieditor/io/safexml.py": "the hardened parser itself",
    "ametieditor/io/safezip.py": "the hardened ZIP opener itself",
    "ametieditor/formats/xml_format.py": "parses the bundled XSD from resources/, not user input",
}
_RAW_XML = re.compile(r"\betree\.(fromstring|XML|parse|iterparse|XMLParser)\(")
_RAW_ZIP = re.compile(r"\bZipFile\((?![^)]*[\"'][wax][\"'])")


def test_no_reader_bypasses_safexml_or_safezip() -> None:
    offenders = []
    for path in sorted((REPO / "ametieditor").rglob("*.py")):
        relative = path.relative_to(REPO).as_posix()
        if relative in ALLOWED_RAW_PARSING:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "resource_path(" in line:  # a schema bundled in resources/, not user input
                continue
            if _RAW_XML.search(line) or _RAW_ZIP.search(line):
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert not offenders, (
        "parse XML with ametieditor.io.safexml.parse_xml_bytes and open ZIPs with "
        "ametieditor.io.safezip.open_zip (or justify in ALLOWED_RAW_PARSING):\n"
        + "\n".join(offenders))


def test_guard_pattern_sees_raw_calls_and_allows_writing() -> None:
    assert _RAW_XML.search("root = etree.fromstring(data)")
    assert _RAW_ZIP.search("zipfile.ZipFile(io.BytesIO(data))")
    assert not _RAW_ZIP.search('with zipfile.ZipFile(buffer, "w") as archive:')


# --------------------------------------------------------------------------
# safezip's limits, one by one (documented in docs/RELIABILITY.md)


def test_high_ratio_member_over_ten_megabytes_is_refused() -> None:
    data = make_zip({"word/document.xml": b"a" * (safezip.RATIO_CHECKED_FROM + 1)})
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    assert info.file_size > safezip.MAX_RATIO * info.compress_size
    with pytest.raises(FormatError, match="ZIP-pomm"):
        safezip.open_zip(data, "x.docx")


def test_smaller_members_may_compress_well() -> None:
    data = make_zip({"word/document.xml": b"a" * safezip.RATIO_CHECKED_FROM})
    archive = safezip.open_zip(data, "x.docx")
    member = safezip.read_member(archive, "word/document.xml", "x.docx")
    assert len(member) == safezip.RATIO_CHECKED_FROM


def test_total_size_limit_across_members(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safezip, "MAX_TOTAL_BYTES", 3 * 1024 * 1024)
    members = {f"media/image{n}.png": bytes(range(256)) * 4096 for n in range(4)}  # 1 MB each
    with pytest.raises(FormatError, match="ZIP-pomm"):
        safezip.open_zip(make_zip(members, zipfile.ZIP_STORED), "x.docx")


def test_nested_zip_is_checked_again_when_opened() -> None:
    inner = make_zip({"word/document.xml": b"\0" * (30 * 1024 * 1024)})
    outer = safezip.open_zip(make_zip({"ametijuhend.docx": inner}), "x.asice")
    unpacked = safezip.read_member(outer, "ametijuhend.docx", "x.asice")
    assert unpacked == inner
    with pytest.raises(FormatError, match="ZIP-pomm"):
        safezip.open_zip(unpacked, "x.asice")


def test_member_lying_about_its_size_is_damaged() -> None:
    data = lying_sizes(minimal_docx({"word/document.xml": b"<w/>" * 5000}), "word/document.xml")
    archive = safezip.open_zip(data, "x.docx")
    with pytest.raises(FormatError, match="rikutud"):
        safezip.read_member(archive, "word/document.xml", "x.docx")


def test_encrypted_member_is_refused() -> None:
    data = bytearray(make_zip({"word/document.xml": b"<w/>"}))
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1  # general purpose flag: encrypted
    with pytest.raises(FormatError, match="krüpteeritud"):
        safezip.open_zip(bytes(data), "x.docx")


def test_unsupported_zip_version_in_a_damaged_header_is_a_clear_error() -> None:
    data = bytearray(make_zip({"word/document.xml": b"<w/>"}))
    central = data.find(b"PK\x01\x02")
    data[central + 6] = 148  # "version needed to extract" 14.8: found by the fuzzer
    with pytest.raises(FormatError, match="rikutud või poolik"):
        safezip.open_zip(bytes(data), "x.docx")


def test_damaged_deflate_stream_is_a_clear_error() -> None:
    data = bytearray(make_zip({"word/document.xml": b"<w:t>tekst</w:t>" * 500}))
    name_length = int.from_bytes(data[26:28], "little")
    extra_length = int.from_bytes(data[28:30], "little")
    data[30 + name_length + extra_length] = 0xFF  # invalid deflate block: zlib.error
    archive = safezip.open_zip(bytes(data), "x.docx")
    with pytest.raises(FormatError, match="rikutud"):
        safezip.read_member(archive, "word/document.xml", "x.docx")
