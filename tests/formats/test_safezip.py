import io
import zipfile

import pytest

from ametieditor.io import safezip
from ametieditor.io.errors import FormatError


def make_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_ordinary_package_opens_and_reads() -> None:
    archive = safezip.open_zip(make_zip({"word/document.xml": b"<x/>"}), "a.docx")
    assert safezip.read_member(archive, "word/document.xml", "a.docx") == b"<x/>"
    assert not safezip.has_macros(archive)


def test_zip_bomb_is_refused() -> None:
    data = make_zip({"word/document.xml": b"\0" * (20 * 1024 * 1024)})
    with pytest.raises(FormatError, match="ZIP-pomm"):
        safezip.open_zip(data, "pomm.docx")


def test_too_many_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safezip, "MAX_ENTRIES", 3)
    with pytest.raises(FormatError, match="liiga palju faile"):
        safezip.open_zip(make_zip({f"f{i}": b"x" for i in range(4)}), "a.docx")


def test_truncated_and_garbage() -> None:
    data = make_zip({"a": b"hello" * 100})
    for broken in (data[: len(data) // 2], b"not a zip at all"):
        with pytest.raises(FormatError, match="rikutud või poolik"):
            safezip.open_zip(broken, "x.docx")


def test_password_protected_docx_is_an_ole_file() -> None:
    with pytest.raises(FormatError, match="parooliga kaitstud"):
        safezip.open_zip(safezip.OLE_SIGNATURE + b"\0" * 100, "salajane.docx")


def test_macros_are_detected_and_missing_member_named() -> None:
    archive = safezip.open_zip(make_zip({"word/vbaProject.bin": b"x"}), "m.docm")
    assert safezip.has_macros(archive)
    with pytest.raises(FormatError, match=r"puudub osa word/document\.xml"):
        safezip.read_member(archive, "word/document.xml", "m.docm")


def test_a_long_repetitive_document_of_our_own_opens_again(tmp_path) -> None:
    """1 MB of text that compresses past 200:1 is a document, not a bomb."""
    from ametieditor.formats import registry
    from ametieditor.model.document import Block
    from tests.support.factories import full_document

    document = full_document(3)
    line = "Korraldab lastemajateenuse osutamist vastavalt kehtivatele nõuetele. "
    document.purpose = [Block.p(line * 120) for _ in range(250)]  # ~2 MB
    target = tmp_path / "pikk.docx"
    registry.save(document, target)
    with zipfile.ZipFile(target) as archive:
        members = archive.infolist()
    # What used to refuse it: a member over 1 MB unpacking to more than 200 times its size.
    assert any(member.file_size > 1024 * 1024
               and member.file_size > safezip.MAX_RATIO * member.compress_size
               for member in members)
    assert registry.load(target).document == document
