"""An organisation template keeps its look and loses everything else (issue 12, item 5).

Checked on the produced package with lxml: the template was made as an HR
person would (Arial, a logo in the header) and then gathered what Word
leaves in files over the years.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ametieditor.formats import registry, xml_format
from ametieditor.formats.docx_export import build_docx
from ametieditor.formats.docx_package import Relationships
from ametieditor.io import safezip
from ametieditor.io.errors import FormatError
from tests.conftest import SAMPLE_FILES
from tests.support.docx_reading import NS, W, assert_in_order, docx_texts, model_texts, parts, xml
from tests.support.factories import full_document
from tests.support.templates import (
    ALT_CHUNK_PART,
    BIBLIOGRAPHY,
    OLE_PART,
    ORG_FONT,
    ORG_HEADER,
    ORPHAN_PART,
    THUMBNAIL,
    make_cluttered_template,
    make_org_template,
)

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


@pytest.fixture(scope="module")
def cluttered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_cluttered_template(tmp_path_factory.mktemp("mall") / "asutus.docx")


def test_the_clutter_is_really_in_the_template(cluttered: Path) -> None:
    """The test template holds what the export must not (else the next test proves nothing)."""
    package = parts(cluttered.read_bytes())
    for name in (THUMBNAIL, BIBLIOGRAPHY, OLE_PART, ALT_CHUNK_PART, ORPHAN_PART):
        assert name in package
    settings = package["word/settings.xml"]
    for marker in (b'w:val="14"', b"w14:docId", b"w15:docId", b"w:rsids", b"w:proofState"):
        assert marker in settings
    assert b"w:object" in package["word/header1.xml"]
    assert b"w:altChunk" in package["word/document.xml"]


def test_export_keeps_the_look_and_drops_the_rest(cluttered: Path) -> None:
    doc = xml_format.read(SAMPLE_FILES[0])
    result = build_docx(doc, cluttered)
    package = parts(result.data)
    for name in (THUMBNAIL, OLE_PART, ALT_CHUNK_PART, ORPHAN_PART):
        assert name not in package
    assert not any(name.startswith("word/embeddings/") for name in package)
    # the only custom XML is the job description's own, as item1
    assert [name for name in package if name.startswith("customXml/item")] == [
        "customXml/item1.xml", "customXml/itemProps1.xml"]
    assert package["customXml/item1.xml"] == xml_format.to_bytes(doc)
    for name, data in package.items():
        if name.endswith(".rels"):
            for rel in Relationships(data):
                assert rel.get("Type").rsplit("/", 1)[1] not in (
                    "thumbnail", "oleObject", "aFChunk", "package"), (name, rel.get("Target"))
        elif name.endswith(".xml"):
            root = xml(data)
            for tag in ("object", "altChunk", "rsids", "proofState"):
                assert next(root.iter(f"{{{W}}}{tag}"), None) is None, (name, tag)
            for element in root.iter():
                if isinstance(element.tag, str):
                    assert not any(key.startswith(f"{{{W}}}rsid") or key.startswith(f"{{{W14}}}")
                                   for key in element.attrib), (name, element.tag)
    settings = xml(package["word/settings.xml"])
    assert settings.find(f"{{{W14}}}docId") is None and settings.find(f"{{{W15}}}docId") is None
    modes = settings.findall("w:compat/w:compatSetting[@w:name='compatibilityMode']", NS)
    assert [mode.get(f"{{{W}}}val") for mode in modes] == ["15"]
    # the look stays: Arial, the header with its logo, the page set-up
    styles = xml(package["word/styles.xml"])
    normal = styles.find("w:style[@w:styleId='Normal']", NS)
    assert normal.find("w:rPr/w:rFonts", NS).get(f"{{{W}}}ascii") == ORG_FONT
    header = xml(package["word/header1.xml"])
    assert ORG_HEADER in "".join(header.itertext())
    blip = header.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    logo_id = blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")
    header_rels = {rel.get("Id"): rel.get("Target")
                   for rel in Relationships(package["word/_rels/header1.xml.rels"])}
    assert package["word/" + header_rels[logo_id]].startswith(b"\x89PNG")
    assert_in_order(model_texts(doc), docx_texts(result.data))


def test_what_was_dropped_is_one_warning(cluttered: Path) -> None:
    warnings = build_docx(full_document(), cluttered).warnings
    dropped = [warning for warning in warnings if "välja" in warning]
    assert len(dropped) == 1, warnings
    for name in (THUMBNAIL, BIBLIOGRAPHY, OLE_PART, ALT_CHUNK_PART, ORPHAN_PART):
        assert dropped[0].count(name) == 1, name
    for words in ("pisipilt", "kohandatud XML", "manustatud objekt", "altChunk",
                  "kasutamata osa", "dokumendi tunnused", "õigekirjakontrolli olek",
                  "ühilduvusrežiim 14"):
        assert words in dropped[0], words


def test_cli_prints_the_dropped_parts_once(cluttered: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture) -> None:
    from ametieditor.cli import main

    out = tmp_path / "out.docx"
    assert main(["convert", str(SAMPLE_FILES[0]), str(out), "--template", str(cluttered)]) == 0
    err = capsys.readouterr().err
    assert err.count("mallist jäeti eksporditud dokumendist välja") == 1
    assert err.count(THUMBNAIL) == 1
    assert THUMBNAIL not in parts(out.read_bytes())


def test_app_properties_are_the_exporters_own(cluttered: Path) -> None:
    package = parts(build_docx(full_document(), cluttered).data)
    app = xml(package["docProps/app.xml"])
    assert {etree_name(child): child.text for child in app} == {
        "Application": "Ametieditor", "DocSecurity": "0"}


def etree_name(element) -> str:
    return element.tag.split("}")[1]


def test_clean_organisation_template_gives_no_warning(tmp_path: Path) -> None:
    """An organisation template with nothing to drop is not nagged about."""
    template = make_org_template(tmp_path / "puhas.docx")
    assert build_docx(full_document(), template).warnings == []
    assert build_docx(full_document()).warnings == []


def test_template_over_the_import_limits_is_refused_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = make_org_template(tmp_path / "mall.docx")
    unpacked = sum(len(data) for data in parts(template.read_bytes()).values())
    monkeypatch.setattr(safezip, "MAX_TOTAL_BYTES", unpacked - 1)
    target = tmp_path / "out.docx"
    with pytest.raises(FormatError) as caught:
        registry.save(full_document(), target, registry.WriteOptions(template=template))
    message = str(caught.value)
    assert "\n" not in message and str(template) in message
    assert "lahtipakituna on kahtlaselt suur" in message
    assert not target.exists()
