"""DOCX export: structure, completeness, stability for signing, templates, round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from ametieditor.formats import docx_embedded, docx_export, registry, xml_format
from ametieditor.formats.docx_clean import ALLOWED_FIELDS
from ametieditor.formats.docx_export import build_docx
from ametieditor.formats.docx_styles import StyleName
from ametieditor.formats.docx_template import default_template_path
from ametieditor.io.errors import FormatError
from ametieditor.model.document import Block, Duty, JobDescription
from ametieditor.model.numbering import numbering
from tests.conftest import SAMPLE_FILES
from tests.support.docx_reading import NS, W, assert_in_order, docx_texts, model_texts, parts, xml
from tests.support.factories import full_document
from tests.support.templates import (
    ORG_FONT,
    ORG_HEADER,
    ORG_LEFT_MARGIN,
    make_org_template,
    make_plain_template,
    make_risky_template,
)

SAMPLES = pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda path: path.name[:3])


def export(doc: JobDescription, template: Path | None = None) -> tuple[dict[str, bytes], list]:
    result = build_docx(doc, template, author="Kati Karu")
    return parts(result.data), result.warnings


def body_of(package: dict[str, bytes]):
    return xml(package["word/document.xml"]).find(f"{{{W}}}body")


def style_ids(package: dict[str, bytes]) -> dict[str, str]:
    """Style name → id in the exported styles.xml."""
    styles = xml(package["word/styles.xml"])
    return {style.find("w:name", NS).get(f"{{{W}}}val"): style.get(f"{{{W}}}styleId")
            for style in styles.iterfind("w:style", NS)}


def worst_case() -> JobDescription:
    """Optional parts absent, 40 duties, long cells."""
    doc = full_document(duty_count=40)
    doc.approval = None
    doc.work_tools = None
    doc.amendment = None
    doc.rights.intro = ""
    long_text = " ".join(f"pikk{n}sõna" for n in range(300))
    doc.duties.items[7] = Duty(task=[Block.li("esimene on täpp"), Block.p(long_text)],
                               results=[])
    doc.duties.items[8].results = [Block.p(long_text), Block.li(long_text)]
    doc.requirements.additional.items[0].content = [Block.li("täpiga algus")]
    return doc


@SAMPLES
def test_sample_structure(sample: Path) -> None:
    doc = xml_format.read(sample)
    package, warnings = export(doc)
    assert warnings == []
    body = body_of(package)
    tables = body.findall("w:tbl", NS)
    expected_tables = 2 + bool(doc.general.employee_group) + 1 + bool(doc.requirements.items)
    assert len(tables) == expected_tables

    duty_table = tables[2]
    rows = duty_table.findall("w:tr", NS)
    assert len(rows) == 1 + len(doc.duties.items)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert all(row.find("w:trPr/w:tblHeader", NS) is None for row in rows[1:])
    assert all(row.find("w:trPr/w:cantSplit", NS) is not None for row in rows)
    numbers = numbering(doc)
    for index, row in enumerate(rows[1:]):
        first_text = "".join(row.find("w:tc", NS).find("w:p", NS).itertext())
        assert first_text.startswith(numbers.duty(index) + " ")

    headings = ["".join(p.itertext()) for p in body.iterfind("w:p", NS)
                if p.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == "AmetijuhendJaotis"]
    assert headings[0] == "1. ÜLDOSA"
    assert headings[2] == f"3. {doc.duties.heading}"
    assert len(headings) == len(numbers.sections)


@SAMPLES
def test_bullets_are_word_list_numbering(sample: Path) -> None:
    doc = xml_format.read(sample)
    package, _ = export(doc)
    numbering_root = xml(package["word/numbering.xml"])
    nums = {num.get(f"{{{W}}}numId"): num.find("w:abstractNumId", NS).get(f"{{{W}}}val")
            for num in numbering_root.iterfind("w:num", NS)}
    formats = {abstract.get(f"{{{W}}}abstractNumId"):
               abstract.find("w:lvl[@w:ilvl='0']/w:numFmt", NS).get(f"{{{W}}}val")
               for abstract in numbering_root.iterfind("w:abstractNum", NS)}
    bullet_style = style_ids(package)[StyleName.BULLET.value]
    bullets = [p for p in body_of(package).iter(f"{{{W}}}p")
               if p.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == bullet_style]
    items = xml(xml_format.to_bytes(doc)).iter("{urn:ametieditor:ametijuhend:1}li")
    additional = len(doc.requirements.additional.items) if doc.requirements.additional else 0
    assert len(bullets) == len(list(items)) + additional
    for paragraph in bullets:
        num_id = paragraph.find("w:pPr/w:numPr/w:numId", NS).get(f"{{{W}}}val")
        assert formats[nums[num_id]] == "bullet"
        text = "".join(paragraph.itertext())
        assert text[:1] not in "•▪-*\uf0b7", "bullets must not be typed characters"


@SAMPLES
def test_sample_text_complete_in_order(sample: Path) -> None:
    doc = xml_format.read(sample)
    data = build_docx(doc).data
    assert_in_order(model_texts(doc), docx_texts(data))


def test_worst_case_complete_and_renumbered() -> None:
    doc = worst_case()
    data = build_docx(doc).data
    texts = docx_texts(data)
    assert_in_order(model_texts(doc), texts)
    assert "6. AMETIKOHALE ESITATAVAD NÕUDED" in texts  # work tools absent: 7 → 6
    numbered = [text for text in texts if text[:1].isdigit() and ". " in text[:4]]
    # the amendment is absent too: the extra section LISAD follows as 7
    assert numbered[numbered.index("6. AMETIKOHALE ESITATAVAD NÕUDED") + 1:] == ["7. LISAD"]
    package = parts(data)
    duty_table = body_of(package).findall("w:tbl", NS)[3]  # after 1.1–1.2, 1.3–1.5, 1.6
    duty_rows = duty_table.findall("w:tr", NS)
    assert len(duty_rows) == 41
    task_of_8 = ["".join(p.itertext()) for p in duty_rows[8].find("w:tc", NS)]
    assert task_of_8[1:3] == ["3.8", "esimene on täpp"]  # number before a leading bullet


def test_signature_marker_is_upright() -> None:
    package, _ = export(full_document())
    ids = style_ids(package)
    styles = xml(package["word/styles.xml"])
    signature = styles.find(f"w:style[@w:styleId='{ids[StyleName.SIGNATURE.value]}']", NS)
    italic = signature.find("w:rPr/w:i", NS)
    assert italic is not None and italic.get(f"{{{W}}}val") == "0"
    markers = [p for p in body_of(package).iter(f"{{{W}}}p")
               if "".join(p.itertext()) == "(allkirjastatud digitaalselt)"]
    assert len(markers) == 3  # approver and two acknowledgement signers
    for paragraph in markers:
        assert paragraph.find(".//w:i", NS) is None


def test_language_and_core_properties() -> None:
    doc = full_document()
    package, _ = export(doc)
    styles = xml(package["word/styles.xml"])
    lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(f"{{{W}}}val") == "et-EE"
    core = xml(package["docProps/core.xml"])
    values = {element.tag.split("}")[1]: element.text for element in core}
    assert values["title"] == doc.general.title
    assert values["subject"] == f"Ametijuhend, {doc.general.unit}"
    assert values["creator"] == values["lastModifiedBy"] == "Kati Karu"
    assert values["language"] == "et-EE"
    assert values["created"] == "2025-11-20T08:15:00Z"  # meta.created, in UTC
    assert values["modified"] == "2026-11-20T07:00:00Z"


def test_author_option_and_cli_default(tmp_path: Path) -> None:
    target = tmp_path / "a.docx"
    registry.save(full_document(), target, registry.WriteOptions(author="Mari Maasikas"))
    core = xml(parts(target.read_bytes())["docProps/core.xml"])
    assert core.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Mari Maasikas"
    from ametieditor.cli import build_parser

    args = build_parser().parse_args(["convert", "a.ametijuhend", "b.docx"])
    assert args.author is None  # the settings decide (tests/formats/test_export_author.py)


def assert_final_and_stable(package: dict[str, bytes]) -> None:
    """No changing fields, outside links, macros, revisions or comments anywhere."""
    for name, data in package.items():
        assert "vbaproject" not in name.lower() and "comments" not in name.lower(), name
        if name.endswith(".rels"):
            assert b'TargetMode="External"' not in data, name
            assert b"vbaProject" not in data, name
        elif name.endswith(".xml") and not name.startswith("customXml/"):
            root = xml(data)
            for simple in root.iter(f"{{{W}}}fldSimple"):
                assert simple.get(f"{{{W}}}instr").split()[0] in ALLOWED_FIELDS, name
            for instruction in root.iter(f"{{{W}}}instrText"):
                assert instruction.text.split()[0] in ALLOWED_FIELDS, name
            for tag in ("ins", "del", "commentReference", "commentRangeStart",
                        "attachedTemplate", "trackRevisions", "updateFields"):
                assert next(root.iter(f"{{{W}}}{tag}"), None) is None, (name, tag)
    assert b"macroEnabled" not in package["[Content_Types].xml"]
    assert b"vbaProject" not in package["[Content_Types].xml"]


@SAMPLES
def test_sample_is_final_and_stable(sample: Path) -> None:
    package, _ = export(xml_format.read(sample))
    assert_final_and_stable(package)
    footer = next(data for name, data in package.items() if name.startswith("word/footer"))
    assert b"PAGE" in footer and b"NUMPAGES" in footer


def test_macro_template_passes_nothing_risky(tmp_path: Path) -> None:
    template = make_risky_template(tmp_path / "mall.docm")
    assert b"vbaProject.bin" in template.read_bytes()
    package, warnings = export(full_document(), template)
    assert_final_and_stable(package)
    header = package["word/header9.xml"].decode()
    # fields and the link became their shown text; the accepted insertion stays, deletion goes
    for text in ("Kuupäev: ", "01.02.2025", "mall.docm", "www.example.ee", "lisatud"):
        assert text in header
    assert "kustutatud" not in header
    assert 'instr=" PAGE "' in header or "PAGE" in header
    joined = " ".join(warnings)
    assert "makrod" in joined and "välistele" in joined and "väljad" in joined
    assert_in_order(model_texts(full_document()), docx_texts(build_docx(full_document(),
                                                                        template).data))


@SAMPLES
def test_custom_xml_part_holds_the_saved_bytes(sample: Path) -> None:
    package, _ = export(xml_format.read(sample))
    assert package["customXml/item1.xml"] == sample.read_bytes()
    assert b"urn:ametieditor:ametijuhend:1" in package["customXml/itemProps1.xml"]
    assert b"itemProps1.xml" in package["customXml/_rels/item1.xml.rels"]
    assert b"../customXml/item1.xml" in package["word/_rels/document.xml.rels"]
    assert b'PartName="/customXml/itemProps1.xml"' in package["[Content_Types].xml"]


@SAMPLES
def test_two_exports_are_byte_identical(sample: Path) -> None:
    doc = xml_format.read(sample)
    first = build_docx(doc, author="x").data
    from ametieditor.formats import docx_template

    docx_template._load_cached.cache_clear()
    assert build_docx(xml_format.read(sample), author="x").data == first


@SAMPLES
def test_round_trip_through_registry(sample: Path, tmp_path: Path) -> None:
    target = tmp_path / "välja.docx"
    registry.save(xml_format.read(sample), target)
    result = registry.load(target)
    assert xml_format.to_bytes(result.document) == sample.read_bytes()
    assert docx_embedded.read_embedded(target.read_bytes(), target) == result.document


def test_round_trip_of_any_document_shape(tmp_path: Path) -> None:
    from hypothesis import HealthCheck, given, settings

    from tests.support.factories import documents

    @settings(max_examples=25, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(documents)
    def check(doc: JobDescription) -> None:
        data = build_docx(doc).data
        back = docx_embedded.read_embedded(data, "x.docx")
        assert xml_format.to_bytes(back) == xml_format.to_bytes(doc)

    check()


def test_docx_without_embedded_part(tmp_path: Path) -> None:
    plain = make_plain_template(tmp_path / "käsitsi.docx")
    assert docx_embedded.read_embedded(plain.read_bytes(), plain) is None
    # A Word file made by hand goes to the importer (docx_import), which names
    # the problem of an empty one in one line.
    with pytest.raises(FormatError) as caught:
        registry.load(plain)
    assert str(caught.value) == f"{plain}: Wordi dokumendis ei ole teksti"


def test_damaged_docx_is_a_format_error(tmp_path: Path) -> None:
    broken = tmp_path / "katki.docx"
    broken.write_bytes(build_docx(full_document()).data[:500])
    with pytest.raises(FormatError, match="rikutud"):
        registry.load(broken)


def test_failed_export_leaves_old_file(tmp_path: Path) -> None:
    target = tmp_path / "vana.docx"
    target.write_bytes(b"old")
    with pytest.raises(FormatError):
        registry.save(full_document(), target, registry.WriteOptions(
            template=tmp_path / "puudub.docx"))
    assert target.read_bytes() == b"old"


def test_organisation_template_keeps_its_look(tmp_path: Path) -> None:
    template = make_org_template(tmp_path / "asutus.docx")
    doc = xml_format.read(SAMPLE_FILES[0])
    result = build_docx(doc, template)
    assert result.warnings == []
    package = parts(result.data)
    section = body_of(package).find("w:sectPr", NS)
    assert section.find("w:pgMar", NS).get(f"{{{W}}}left") == str(ORG_LEFT_MARGIN.twips)
    styles = xml(package["word/styles.xml"])
    normal = styles.find("w:style[@w:styleId='Normal']", NS)
    assert normal.find("w:rPr/w:rFonts", NS).get(f"{{{W}}}ascii") == ORG_FONT
    headers = [name for name in package if name.startswith("word/header")]
    assert any(ORG_HEADER.encode() in package[name] for name in headers)
    assert any(name.startswith("word/media/") and name.endswith(".png") for name in package)
    # the tables follow the narrower text area of this template
    grid = body_of(package).find("w:tbl/w:tblGrid", NS)
    text_width = 11906 - ORG_LEFT_MARGIN.twips - 1134
    assert sum(int(col.get(f"{{{W}}}w")) for col in grid) == text_width
    assert_in_order(model_texts(doc), docx_texts(result.data))
    assert_final_and_stable(package)


def test_template_without_named_styles_warns_and_is_complete(tmp_path: Path) -> None:
    template = make_plain_template(tmp_path / "tavaline.docx")
    doc = full_document()
    result = build_docx(doc, template)
    assert len(result.warnings) == 2  # the missing styles, and what was left out (see below)
    assert "Ametijuhend Loetelu" in result.warnings[0]
    assert "sisseehitatud" in result.warnings[0]
    # python-docx's own template is a Word 2010 document with a thumbnail and a bibliography
    assert "pisipilt (docProps/thumbnail.jpeg)" in result.warnings[1]
    assert_in_order(model_texts(doc), docx_texts(result.data))
    package = parts(result.data)
    ids = style_ids(package)
    assert all(name.value in ids for name in StyleName)
    numbering_root = xml(package["word/numbering.xml"])
    known = {num.get(f"{{{W}}}numId") for num in numbering_root.iterfind("w:num", NS)}
    used = {n.get(f"{{{W}}}val") for n in body_of(package).iter(f"{{{W}}}numId")}
    assert used and used <= known


def test_cli_prints_template_warning(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from ametieditor.cli import main

    template = make_plain_template(tmp_path / "tavaline.docx")
    out = tmp_path / "out.docx"
    code = main(["convert", str(SAMPLE_FILES[0]), str(out), "--template", str(template)])
    assert code == 0
    assert "puuduvad stiilid" in capsys.readouterr().err
    assert out.exists()


def test_not_a_template_is_a_clear_error(tmp_path: Path) -> None:
    fake = tmp_path / "mall.docx"
    fake.write_bytes(b"this is text")
    with pytest.raises(FormatError, match=r"mall\.docx"):
        build_docx(full_document(), fake)


def test_default_template_is_reproducible(tmp_path: Path) -> None:
    import runpy

    script = Path(__file__).resolve().parents[2] / "scripts" / "make_template.py"
    build = runpy.run_path(str(script))["build"]
    assert build() == default_template_path().read_bytes()


def test_display_date() -> None:
    assert docx_export.display_date("2023-06-11") == "11.06.2023"
    assert docx_export.display_date("juuni 2023") == "juuni 2023"


def test_template_without_numbering_part_gets_a_bullet_list(tmp_path: Path) -> None:
    from ametieditor.formats.docx_package import ContentTypes, Relationships, write_package

    package = parts(default_template_path().read_bytes())
    del package["word/numbering.xml"]
    rels = Relationships(package["word/_rels/document.xml.rels"])
    for rel in rels.by_type(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"):
        rels.remove(rel)
    package["word/_rels/document.xml.rels"] = rels.to_bytes()
    types = ContentTypes(package["[Content_Types].xml"])
    types.remove_override("word/numbering.xml")
    package["[Content_Types].xml"] = types.to_bytes()
    template = tmp_path / "ilma_loeteluta.docx"
    template.write_bytes(write_package(package))

    exported, _ = export(full_document(), template)
    numbering_root = xml(exported["word/numbering.xml"])
    known = {num.get(f"{{{W}}}numId") for num in numbering_root.iterfind("w:num", NS)}
    used = {n.get(f"{{{W}}}val") for n in body_of(exported).iter(f"{{{W}}}numId")}
    assert used and used <= known
    assert b"numbering.xml" in exported["word/_rels/document.xml.rels"]
    assert b'PartName="/word/numbering.xml"' in exported["[Content_Types].xml"]


def test_default_template_page_and_fonts() -> None:
    """Plain A4, left margin 3 cm, Times New Roman 12, block paragraphs (DOMAIN.md)."""
    package, _ = export(full_document())
    section = body_of(package).find("w:sectPr", NS)
    size, margins = section.find("w:pgSz", NS), section.find("w:pgMar", NS)
    assert (size.get(f"{{{W}}}w"), size.get(f"{{{W}}}h")) == ("11906", "16838")
    assert margins.get(f"{{{W}}}left") == "1701"  # 3 cm
    styles = xml(package["word/styles.xml"])
    run_defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert run_defaults.find("w:rFonts", NS).get(f"{{{W}}}ascii") == "Times New Roman"
    assert run_defaults.find("w:sz", NS).get(f"{{{W}}}val") == "24"
    for indent in styles.iter(f"{{{W}}}ind"):
        assert indent.get(f"{{{W}}}firstLine") is None
    assert body_of(package).find(".//w:ind", NS) is None  # no direct indents in the body


def test_docx_changed_after_export_opens_with_a_warning(tmp_path: Path) -> None:
    from ametieditor.formats.docx_package import write_package

    doc = xml_format.read(SAMPLE_FILES[0])
    package = parts(build_docx(doc).data)
    package["word/document.xml"] = package["word/document.xml"].replace(
        b"Laste heaolu osakond", b"Laste heaolu talitus")
    changed = tmp_path / "muudetud.docx"
    changed.write_bytes(write_package(package))
    result = registry.load(changed)
    assert xml_format.to_bytes(result.document) == SAMPLE_FILES[0].read_bytes()
    assert len(result.warnings) == 1 and "muudetud" in result.warnings[0]

    untouched = tmp_path / "puutumata.docx"
    untouched.write_bytes(build_docx(doc, make_org_template(tmp_path / "asutus.docx")).data)
    assert registry.load(untouched).warnings == []


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-11-20T10:15:00+02:00", "2025-11-20T08:15:00Z"),
    ("2023-06-11", "2023-06-11T00:00:00Z"),
    ("0001-01-01T00:30:00+01:00", None),  # would fall before year 1 in UTC
    ("11.06.2023", None),
    ("", None),
])
def test_core_dates(value: str, expected: str | None) -> None:
    assert docx_export._w3c_date(value) == expected
