"""Signed containers (.asice/.bdoc): the document inside, unverified signatures, safety."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from ametieditor.formats import asice, registry, xml_format
from ametieditor.i18n import ENGLISH, set_language
from ametieditor.io.errors import FormatError
from ametieditor.model.document import General, JobDescription
from tests.conftest import DATA
from tests.support.containers import (
    NEW_STYLE,
    OLD_STYLE,
    ContainerSpec,
    SignatureSpec,
    Signer,
    container_bytes,
)

LEGACY = DATA / "legacy"
SIGNED = LEGACY / "signed_ametijuhend.asice"
SIGNED_DOCX = LEGACY / "signed_docx.bdoc"
SEVERAL = LEGACY / "several_files.asice"
SAMPLE_1 = DATA / "001_peaspetsialist_lastemaja.ametijuhend"


@pytest.fixture
def tallinn_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Signing times are shown in the computer's local time; make that Estonian time."""
    monkeypatch.setenv("TZ", "Europe/Tallinn")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def read_docx_title(path: Path) -> registry.LoadResult:
    """A stand-in DOCX reader: the title from the general-part table (cell 1,0)."""
    from docx import Document

    table = Document(str(path)).tables[0]
    return registry.LoadResult(JobDescription(general=General(title=table.cell(1, 0).text)))


@pytest.fixture
def stand_in_docx_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry._READERS, ".docx", registry.FormatEntry(
        ".docx", "tests.formats.test_asice:read_docx_title", "DOCX"))


def _write(tmp_path: Path, name: str, spec: ContainerSpec) -> Path:
    path = tmp_path / name
    path.write_bytes(container_bytes(spec))
    return path


def test_registered_for_both_extensions() -> None:
    assert {".asice", ".bdoc"} <= set(registry.readable_extensions())


def test_signed_ametijuhend_opens_with_signatures(tallinn_time: None) -> None:
    result = registry.load(SIGNED)
    assert result.document == xml_format.read(SAMPLE_1)
    assert result.native is False, "Save must not overwrite the container"
    old, new = result.signatures
    assert (old.name, old.personal_code, old.role, old.issuer) == (
        "MARY ÄNN O’CONNEŽ-ŠUSLIK TESTNUMBER", "60001019906", "peadirektor", "ESTEID-SK 2015")
    assert old.signing_time == dt.datetime(2023, 6, 12, 7, 15, tzinfo=dt.UTC)
    assert (new.name, new.personal_code, new.role, new.issuer) == (
        "JAAK-KRISTJAN JÕEORG", "38001085718", "", "ESTEID2018")
    assert new.source == "META-INF/signatures1.xml"
    assert not old.verified and not new.verified
    assert result.warnings[:3] == [
        "avati fail peaspetsialist_lastemaja.ametijuhend, mille on allkirjastanud MARY ÄNN "
        "O’CONNEŽ-ŠUSLIK TESTNUMBER, JAAK-KRISTJAN JÕEORG; konteiner jääb muutmata, "
        "muudatused salvestage uue failina",
        "Allkirjastanud: MARY ÄNN O’CONNEŽ-ŠUSLIK TESTNUMBER (isikukood 60001019906; roll: "
        "peadirektor), 12.06.2023 10:15, sertifikaadi väljastaja ESTEID-SK 2015 — allkirja "
        "kehtivust ei ole siin kontrollitud; kontrollimiseks: ametieditor-cli verify",
        "Allkirjastanud: JAAK-KRISTJAN JÕEORG (isikukood 38001085718), 12.05.2024 10:15, "
        "sertifikaadi väljastaja ESTEID2018 — allkirja kehtivust ei ole siin kontrollitud; "
        "kontrollimiseks: ametieditor-cli verify",
    ]


def test_signature_lines_in_english(tallinn_time: None) -> None:
    set_language(ENGLISH)
    warnings = registry.load(SIGNED).warnings
    assert warnings[2] == (
        "Signed by: JAAK-KRISTJAN JÕEORG (personal code 38001085718), 12.05.2024 10:15, "
        "certificate issued by ESTEID2018 — the signature has not been verified here; to "
        "verify it: ametieditor-cli verify")


def test_container_is_never_modified() -> None:
    before = SIGNED.read_bytes(), SIGNED.stat().st_mtime_ns
    registry.load(SIGNED)
    asice.open_document(SIGNED, "peaspetsialist_lastemaja.ametijuhend")
    asice.read_container(SIGNED)
    assert (SIGNED.read_bytes(), SIGNED.stat().st_mtime_ns) == before


def test_docx_inside_goes_through_the_registry(stand_in_docx_reader: None) -> None:
    before = SIGNED_DOCX.read_bytes(), SIGNED_DOCX.stat().st_mtime_ns
    result = registry.load(SIGNED_DOCX)
    assert result.document.general.title == "Koordinaator"
    assert [s.name for s in result.signatures] == ["JAAK-KRISTJAN JÕEORG"]
    assert result.signatures[0].role == "vahetu juht"
    assert result.signatures[0].signing_time == dt.datetime(
        2024, 1, 15, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert (SIGNED_DOCX.read_bytes(), SIGNED_DOCX.stat().st_mtime_ns) == before


def test_docx_inside_is_imported_with_the_signatures() -> None:
    """The hand-made DOCX inside the container reads as sample 002, signers shown."""
    result = registry.load(SIGNED_DOCX)
    assert result.document == xml_format.read(DATA / "002_koordinaator_srt.ametijuhend")
    assert result.signatures and result.native is False
    assert any(w.startswith("Allkirjastanud: JAAK-KRISTJAN JÕEORG") for w in result.warnings)


def test_several_files_opens_the_preferred_one_and_names_the_others() -> None:
    assert asice.list_documents(SEVERAL) == [
        "kaaskiri.txt", "koordinaator_kaitstud_too.ametijuhend", "lisa.pdf"]
    result = registry.load(SEVERAL)
    assert result.document == xml_format.read(DATA / "003_koordinaator_kaitstud_too.ametijuhend")
    assert result.warnings[1] == (
        "konteineris on mitu faili; avati koordinaator_kaitstud_too.ametijuhend, avamata "
        "jäid: kaaskiri.txt, lisa.pdf")


def test_open_document_by_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "kaks.asice", ContainerSpec(files={
        "vana.ametijuhend": xml_format.to_bytes(JobDescription(general=General(title="Vana"))),
        "uus.ametijuhend": xml_format.to_bytes(JobDescription(general=General(title="Uus"))),
    }))
    assert registry.load(path).document.general.title == "Vana"
    assert asice.open_document(path, "uus.ametijuhend").document.general.title == "Uus"
    with pytest.raises(FormatError, match=r"konteineris ei ole faili puudub\.docx"):
        asice.open_document(path, "puudub.docx")


def test_unsigned_container_says_so() -> None:
    warnings = registry.load(LEGACY / "unsigned.asice").warnings
    assert warnings[1] == "konteineris ei ole ühtegi allkirja"


def test_new_style_certificate_without_common_name(tmp_path: Path) -> None:
    signer = Signer(common_name="", issuer="EID-SK 2016", given_name="MARI",
                    surname="MAASIKAS", serial_number="PNOEE-60001019906", seed=5)
    seal = Signer(common_name="Sotsiaalkindlustusamet", issuer="EID-SK 2016", seed=6)
    path = _write(tmp_path, "x.bdoc", ContainerSpec(
        files={"a.ametijuhend": SAMPLE_1.read_bytes()},
        signature_files=[[SignatureSpec(signer, "2024-05-12T07:15:00Z"),
                          SignatureSpec(seal, "not a time")]]))
    person, organisation = registry.load(path).signatures
    assert (person.name, person.personal_code) == ("MARI MAASIKAS", "60001019906")
    assert (organisation.name, organisation.personal_code) == ("Sotsiaalkindlustusamet", "")
    assert organisation.signing_time is None
    assert "aeg teadmata" in organisation.describe()


def test_damaged_signature_file_still_opens_the_document(tmp_path: Path) -> None:
    import io
    import zipfile

    data = io.BytesIO((LEGACY / "signed_ametijuhend.asice").read_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(data) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            payload = source.read(info)
            if info.filename == "META-INF/signatures1.xml":
                payload = payload[:200]
            target.writestr(info, payload)
    path = tmp_path / "katki.asice"
    path.write_bytes(out.getvalue())
    result = registry.load(path)
    assert [s.name for s in result.signatures] == ["MARY ÄNN O’CONNEŽ-ŠUSLIK TESTNUMBER"]
    assert ("allkirjafail META-INF/signatures1.xml on rikutud ja seda ei loetud"
            in result.warnings)


def test_member_name_cannot_escape_the_temporary_folder(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.asice", ContainerSpec(
        files={"../../../../tmp/pahatahtlik.ametijuhend": SAMPLE_1.read_bytes()}))
    result = registry.load(path)
    assert result.document.general.title == "Peaspetsialist (lastemaja)"
    assert not Path("/tmp/pahatahtlik.ametijuhend").exists()


@pytest.mark.parametrize(("spec", "message"), [
    (ContainerSpec(files={"a.ametijuhend": b"x"}, mimetype="application/vnd.oasis."
                   "opendocument.text"), "see ei ole allkirjastatud konteiner"),
    (ContainerSpec(files={}), "konteineris ei ole ühtegi dokumenti"),
], ids=["odt-mimetype", "empty"])
def test_not_a_usable_container(tmp_path: Path, spec: ContainerSpec, message: str) -> None:
    path = _write(tmp_path, "x.asice", spec)
    with pytest.raises(FormatError, match=message) as raised:
        registry.load(path)
    assert raised.value.path == path


def test_plain_zip_and_garbage_are_refused(tmp_path: Path) -> None:
    import zipfile

    plain = tmp_path / "plain.bdoc"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("a.txt", "tere")
    with pytest.raises(FormatError, match="puudub mimetype"):
        registry.load(plain)
    ddoc = tmp_path / "vana.bdoc"
    ddoc.write_text('<?xml version="1.0"?><SignedDoc format="DIGIDOC-XML"/>', encoding="utf-8")
    with pytest.raises(FormatError, match="rikutud või poolik"):
        registry.load(ddoc)


def test_inner_file_error_names_the_container(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.asice", ContainerSpec(
        files={"katki.ametijuhend": b"<ametijuhend"},
        signature_files=[[SignatureSpec(OLD_STYLE, "2024-05-12T07:15:00Z")]]))
    with pytest.raises(FormatError) as raised:
        registry.load(path)
    assert raised.value.path == path
    assert str(raised.value).startswith(f"{path}: katki.ametijuhend: ")
    assert not any(name.startswith("ametieditor-konteiner-")
                   for name in os.listdir(os.environ.get("TMPDIR", "/tmp")))


def test_read_container_lists_documents_and_signatures() -> None:
    container = asice.read_container(SIGNED_DOCX)
    assert container.documents == ["koordinaator_srt.docx"]
    assert [s.name for s in container.signatures] == [
        f"{NEW_STYLE.given_name} {NEW_STYLE.surname}"]


# -- never fooled (issue 13, item 5) ---------------------------------------------------------


def _signed_sample(tmp_path: Path, name: str = "x.asice") -> tuple[Path, bytes]:
    data = container_bytes(ContainerSpec(
        files={"ametijuhend.ametijuhend": SAMPLE_1.read_bytes()},
        signature_files=[[SignatureSpec(NEW_STYLE, "2024-05-12T07:15:00Z")]]))
    path = tmp_path / name
    path.write_bytes(data)
    return path, data


def test_duplicate_entry_is_refused(tmp_path: Path) -> None:
    """An unsigned copy appended under the signed file's name must never be opened."""
    from tests.support.containers import rewrite_members

    path, data = _signed_sample(tmp_path)
    other = xml_format.to_bytes(JobDescription(general=General(title="Võltsitud")))
    path.write_bytes(rewrite_members(data, {}, extra=[("ametijuhend.ametijuhend", other)]))
    for read in (registry.load, asice.read_container, asice.list_documents,
                 lambda p: asice.open_document(p, "ametijuhend.ametijuhend")):
        with pytest.raises(FormatError, match=r"kaks sama nimega kirjet \(ametijuhend\."
                                              r"ametijuhend\)") as raised:
            read(path)
        assert raised.value.path == path


def test_duplicate_differing_only_in_case_is_refused(tmp_path: Path) -> None:
    from tests.support.containers import rewrite_members

    path, data = _signed_sample(tmp_path)
    path.write_bytes(rewrite_members(data, {}, extra=[("AMETIJUHEND.ametijuhend", b"x")]))
    with pytest.raises(FormatError, match="kaks sama nimega kirjet"):
        registry.load(path)


def test_data_file_missing_from_the_manifest_is_refused(tmp_path: Path) -> None:
    from tests.support.containers import rewrite_members

    path, data = _signed_sample(tmp_path)
    path.write_bytes(rewrite_members(data, {}, extra=[("lisa.docx", b"PK")]))
    with pytest.raises(FormatError, match=r"failide loend \(manifest\) ei nimeta: lisa\.docx"):
        registry.load(path)
    path.write_bytes(rewrite_members(data, {"META-INF/manifest.xml": None}))
    with pytest.raises(FormatError, match=r"puudub failide loend \(META-INF/manifest\.xml\)"):
        registry.load(path)


def test_file_no_signature_covers_is_not_opened_and_is_named(tmp_path: Path) -> None:
    """Listed in the manifest but not signed: named as not opened, never chosen."""
    from tests.support.containers import manifest_xml, rewrite_members

    path, data = _signed_sample(tmp_path)
    forged = xml_format.to_bytes(JobDescription(general=General(title="Võltsitud")))
    files = {"ametijuhend.ametijuhend": b"", "a_lisatud.docx": forged}
    path.write_bytes(rewrite_members(data, {"META-INF/manifest.xml": manifest_xml(files)},
                                     extra=[("a_lisatud.docx", forged)]))
    result = registry.load(path)
    assert result.document.general.title == "Peaspetsialist (lastemaja)"
    assert "allkirjastamata faile ei avata: a_lisatud.docx" in result.warnings
    assert result.warnings[0].startswith(
        "avati fail ametijuhend.ametijuhend, mille on allkirjastanud JAAK-KRISTJAN JÕEORG")
    with pytest.raises(FormatError, match=r"a_lisatud\.docx ei ole allkirjaga kaetud"):
        asice.open_document(path, "a_lisatud.docx")
    assert asice.read_container(path).openable == ["ametijuhend.ametijuhend"]


def test_nested_container_is_refused_not_recursed(tmp_path: Path) -> None:
    """400 containers deep: one clear message, never a RecursionError."""
    data = SAMPLE_1.read_bytes()
    name = "ametijuhend.ametijuhend"
    for level in range(400):
        data = container_bytes(ContainerSpec(files={name: data}))
        name = f"tase{level}.asice"
    path = tmp_path / "pesa.asice"
    path.write_bytes(data)
    with pytest.raises(FormatError, match=r"tase398\.asice on konteiner konteineri sees; "
                                          r"pesastatud konteinereid ei avata") as raised:
        registry.load(path)
    assert raised.value.path == path


def test_container_disguised_as_a_document_is_refused(tmp_path: Path) -> None:
    inner = container_bytes(ContainerSpec(files={"a.ametijuhend": SAMPLE_1.read_bytes()}))
    path = _write(tmp_path, "x.bdoc", ContainerSpec(files={"ametijuhend.docx": inner}))
    with pytest.raises(FormatError, match=r"ametijuhend\.docx on konteiner konteineri sees"):
        registry.load(path)


def test_not_opened_names_what(tmp_path: Path) -> None:
    """Issue 13.9: the "not opened" warning always names the files."""
    set_language(ENGLISH)
    result = registry.load(SEVERAL)
    line = next(w for w in result.warnings if "not opened" in w)
    assert line.endswith("not opened: kaaskiri.txt, lisa.pdf")
