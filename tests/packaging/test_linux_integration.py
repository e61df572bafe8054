"""The Linux desktop entry, MIME type and AppStream data are valid and agree with each other."""

from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

from lxml import etree

from ametieditor.formats import xml_format
from tests.conftest import REPO

LINUX = REPO / "packaging" / "linux"
APP_ID = "ee.ametieditor.Ametieditor"
DESKTOP = LINUX / f"{APP_ID}.desktop"
MIME = LINUX / f"{APP_ID}.mime.xml"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_TYPE = "application/x-ametijuhend+xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_desktop_entry_opens_our_files_with_our_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "ametieditor %F"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Icon"] == APP_ID
    assert "Ametijuhend" in entry["GenericName[et]"]


def test_appstream_metainfo_validates() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


def test_metainfo_names_the_desktop_file_and_mime_type() -> None:
    root = etree.parse(str(METAINFO)).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert {b.text for b in root.iterfind("provides/binary")} == {"ametieditor",
                                                                 "ametieditor-cli"}


def test_mime_definition_matches_the_file_format(tmp_path: Path) -> None:
    root = etree.parse(str(MIME)).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.iterfind(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert mime.find(f"{MIME_NS}glob").get("pattern") == f"*{xml_format.EXTENSION}"
    root_xml = mime.find(f"{MIME_NS}root-XML")
    assert root_xml.get("namespaceURI") == xml_format.NAMESPACE
    assert root_xml.get("localName") == "ametijuhend"
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/xml"


def test_update_mime_database_accepts_it(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / f"{APP_ID}.xml").write_bytes(MIME.read_bytes())
    result = subprocess.run(["update-mime-database", str(tmp_path / "mime")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.ametijuhend" in globs
    namespaces = (tmp_path / "mime" / "XMLnamespaces").read_text(encoding="utf-8")
    assert f"{xml_format.NAMESPACE} ametijuhend {MIME_TYPE}" in namespaces
    assert (tmp_path / "mime" / "application" / "x-ametijuhend+xml.xml").is_file()
