"""The .ametijuhend format: canonical writing, schema, versions, hardening, atomic saves."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from ametieditor.formats import xml_format
from ametieditor.io.errors import FormatError, NewerVersionError
from ametieditor.model.document import JobDescription
from tests.conftest import DATA
from tests.support.factories import documents, full_document
from tests.support.hostile import BILLION_LAUGHS, XXE_FILE

LEGACY = DATA / "legacy"


def test_full_document_round_trips_and_validates() -> None:
    doc = full_document()
    data = xml_format.to_bytes(doc)
    assert xml_format.schema().validate(etree.fromstring(data))
    assert xml_format.from_bytes(data) == doc
    assert xml_format.to_bytes(xml_format.from_bytes(data)) == data


def test_canonical_form() -> None:
    data = xml_format.to_bytes(full_document())
    text = data.decode("utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<ametijuhend ')
    assert text.endswith("</ametijuhend>\n")
    assert "\n  <general>\n    <title>" in text
    assert "\t" not in text


def test_order_of_parts_follows_the_schema() -> None:
    root = etree.fromstring(xml_format.to_bytes(full_document()))
    assert [etree.QName(child).localname for child in root] == [
        "meta", "approval", "general", "purpose", "duties", "rights", "responsibilities",
        "workTools", "requirements", "amendment", "extraSections", "signatures",
    ]


def test_minimal_document_has_only_general() -> None:
    data = xml_format.to_bytes(JobDescription())
    assert xml_format.from_bytes(data) == JobDescription()
    root = etree.fromstring(data)
    assert [etree.QName(child).localname for child in root] == ["general"]


def test_present_but_empty_parts_stay_present() -> None:
    doc = JobDescription(purpose=[], work_tools=[])
    again = xml_format.from_bytes(xml_format.to_bytes(doc))
    assert again.purpose == [] and again.work_tools == []
    assert again.amendment is None


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(documents)
def test_any_document_validates_and_round_trips(doc: JobDescription) -> None:
    data = xml_format.to_bytes(doc)
    assert xml_format.schema().validate(etree.fromstring(data)), xml_format.schema().error_log
    again = xml_format.from_bytes(data)
    assert again == doc
    assert xml_format.to_bytes(again) == data


@pytest.mark.parametrize(
    "path",
    [*sorted(DATA.glob("*.ametijuhend")), LEGACY / "v0_draft.expected.ametijuhend"],
    ids=lambda p: p.name,
)
def test_golden_files_are_canonical(path: Path) -> None:
    data = path.read_bytes()
    assert xml_format.to_bytes(xml_format.from_bytes(data, path)) == data


def test_version_0_is_upgraded_to_the_golden_current_version() -> None:
    old = LEGACY / "v0_draft.ametijuhend"
    expected = (LEGACY / "v0_draft.expected.ametijuhend").read_bytes()
    doc = xml_format.read(old)
    assert xml_format.to_bytes(doc) == expected
    assert doc.approval.date == "2025-03-01"
    assert doc.general.substituted_by == "Koordinaator, tiimijuht"
    assert [b.kind.value for b in doc.duties.items[0].task] == ["p", "li", "li"]
    assert doc.rights.intro == "Ametnikul on õigus:"


def test_load_result_notes_the_older_format_without_a_warning() -> None:
    result = xml_format.load_result(LEGACY / "v0_draft.ametijuhend")
    assert result.native  # Save writes the current format over it (keeping a backup)
    assert result.warnings == []  # nothing to answer: the window shows no dialog
    assert result.notices == ["fail on vanemas vormingus (versioon 0); salvestamisel "
                              "kirjutatakse see praeguses vormingus (versioon "
                              f"{xml_format.CURRENT_VERSION})"]
    assert result.messages == result.notices  # what the command line prints
    current = xml_format.load_result(LEGACY / "v0_draft.expected.ametijuhend")
    assert current.native and current.notices == [] and current.warnings == []


def _v1(body: str, version: str = "1") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<ametijuhend '
            f'xmlns="urn:ametieditor:ametijuhend:1" version="{version}">{body}</ametijuhend>'
            ).encode()


def test_newer_version_is_refused_saying_so() -> None:
    with pytest.raises(NewerVersionError) as caught:
        xml_format.from_bytes(_v1("<general><title>x</title></general>",
                                  str(xml_format.CURRENT_VERSION + 1)), "uus.ametijuhend")
    assert "uuema versiooniga" in str(caught.value)
    assert str(caught.value).startswith("uus.ametijuhend: ")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "fail on tühi"),
        (b"Tere, see on tekst.", "ei ole XML"),
        (b'<?xml version="1.0"?><html><body/></html>', "juurelement on <html>"),
        (_v1("<general><title>x</title></general>")[:-30], "poolik"),
        (_v1("<general><title>x</title></general><bogus/>"), "ei vasta ametijuhendi vormingule"),
        (_v1("<general><title>x</title></general>", "x"), "versioon „x” on tundmatu"),
    ],
)
def test_unreadable_input_gives_one_clear_line(data: bytes, expected: str) -> None:
    with pytest.raises(FormatError) as caught:
        xml_format.from_bytes(data, "f.ametijuhend")
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message and message.startswith("f.ametijuhend: ")


@pytest.mark.parametrize("data", [BILLION_LAUGHS, XXE_FILE], ids=["billion-laughs", "xxe"])
def test_hostile_xml_is_refused_quickly(data: bytes) -> None:
    start = time.perf_counter()
    with pytest.raises(FormatError) as caught:
        xml_format.from_bytes(data, "paha.ametijuhend")
    assert time.perf_counter() - start < 1.0  # a bound on harm, not a benchmark
    assert "DOCTYPE" in str(caught.value)
    assert "root:" not in str(caught.value)


def test_oversized_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ametieditor.io import files

    path = tmp_path / "suur.ametijuhend"
    path.write_bytes(xml_format.to_bytes(full_document()))
    monkeypatch.setattr(files, "MAX_INPUT_BYTES", 100)
    monkeypatch.setattr(xml_format, "read_limited",
                        lambda p: files.read_limited(p, files.MAX_INPUT_BYTES))
    with pytest.raises(FormatError, match="liiga suur"):
        xml_format.read(path)


def test_save_is_atomic_and_a_failed_save_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "töö.ametijuhend"
    xml_format.write(full_document(1), path)
    old = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(FormatError, match="kettal ei ole piisavalt ruumi"):
        xml_format.write(full_document(5), path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left behind


def test_save_keeps_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.ametijuhend"
    xml_format.write(full_document(1), path)
    path.chmod(0o640)
    xml_format.write(full_document(2), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_save_into_missing_folder_names_the_problem(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="ei ole olemas"):
        xml_format.write(full_document(), tmp_path / "puudub" / "a.ametijuhend")


def test_version_1_file_reads_and_is_written_in_the_current_version() -> None:
    data = _v1("<general><title>Koordinaator</title></general><signatures><approver>"
               "<name>Maret Maripuu</name></approver></signatures>")
    doc = xml_format.from_bytes(data)
    assert doc.general.title == "Koordinaator" and doc.import_notes == []
    assert f'version="{xml_format.CURRENT_VERSION}"'.encode() in xml_format.to_bytes(doc)
    assert b"importNotes" not in xml_format.to_bytes(doc)


#: One file of every version that is no longer current (version 0: the prototype's draft).
OLD_VERSIONS = {0: LEGACY / "v0_draft.ametijuhend",
                **{int(path.stem[1:]): path for path in (DATA / "versions").glob("v*.ametijuhend")}}
#: What each reads as, written in the current version (a golden file).
OLD_VERSION_GOLDEN = {0: LEGACY / "v0_draft.expected.ametijuhend"}
SAMPLE_001 = DATA / "001_peaspetsialist_lastemaja.ametijuhend"


def test_there_is_a_fixture_for_every_old_version() -> None:
    assert sorted(OLD_VERSIONS) == list(range(xml_format.CURRENT_VERSION))


@pytest.mark.parametrize("version", sorted(OLD_VERSIONS))
def test_every_old_version_reads_as_its_golden_file(version: int) -> None:
    path = OLD_VERSIONS[version]
    data = path.read_bytes()
    assert xml_format.file_version(xml_format.parse_root(data, path), path) == version
    assert f"(versioon {version})" in xml_format.load_result(path).notices[0]
    golden = OLD_VERSION_GOLDEN.get(version, SAMPLE_001).read_bytes()
    assert f'version="{xml_format.CURRENT_VERSION}"'.encode() in golden
    assert xml_format.to_bytes(xml_format.read(path)) == golden


def test_golden_files_are_in_the_current_version_as_the_script_writes_them() -> None:
    from tests.support.scripts import load_script

    regenerate = load_script("regenerate_golden")
    for golden, source in regenerate.golden_files().items():
        assert xml_format.to_bytes(xml_format.read(source)) == golden.read_bytes(), golden


def test_extra_sections_round_trip_after_the_amendment() -> None:
    from ametieditor.model.document import Block, ExtraSection

    doc = full_document(1)
    doc.extra_sections = [ExtraSection("LISAD", [Block.p("Lisa 1. Töökoha riskianalüüs")]),
                          ExtraSection("", [])]
    data = xml_format.to_bytes(doc)
    root = etree.fromstring(data)
    assert xml_format.schema().validate(root), xml_format.schema().error_log
    names = [etree.QName(child).localname for child in root]
    assert names[names.index("amendment") + 1] == "extraSections"
    assert '<section heading="LISAD">' in data.decode()
    again = xml_format.from_bytes(data)
    assert again.extra_sections == doc.extra_sections
    assert xml_format.to_bytes(again) == data


def test_import_notes_round_trip_in_version_2(tmp_path: Path) -> None:
    from ametieditor.model.document import ImportNote

    doc = full_document(1)
    doc.import_notes = [ImportNote("Lehekülg 1 / 3", "päis, rida 1; enne esimest peatükki"),
                        ImportNote("9. LISAD\nLisa 1", "")]
    data = xml_format.to_bytes(doc)
    assert data.rstrip().endswith(b"</importNotes>\n</ametijuhend>")
    assert '<note source="päis, rida 1; enne esimest peatükki">' in data.decode()
    root = etree.fromstring(data)
    assert xml_format.schema().validate(root), xml_format.schema().error_log
    again = xml_format.from_bytes(data)
    assert again.import_notes == doc.import_notes
    assert xml_format.to_bytes(again) == data

