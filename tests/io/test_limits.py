"""No silent limits: only regular files are read, a limit refuses clearly, and whatever
the editor writes it reads back (one set of limits for writing and reading)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from ametieditor.formats import registry, xml_format
from ametieditor.io import safexml
from ametieditor.io.errors import FormatError
from ametieditor.io.files import read_limited
from ametieditor.io.limits import (
    MAX_PDF_PAGES,
    MAX_TEXT_IMPORT_BYTES,
    MAX_XML_BYTES,
    MAX_XML_TEXT_NODE_BYTES,
    ZIP_RATIO_CHECKED_FROM,
)
from ametieditor.io.readback import UnreadableOutputError
from ametieditor.model.document import Block, BlockKind
from tests.conftest import DATA, REPO
from tests.support.factories import full_document

PDF = DATA / "legacy" / "002_from_word.pdf"
TEXT = DATA / "samples" / "001_5cb7489fb33e288f.txt"


def cli(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ametieditor.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


# -- only regular files ------------------------------------------------------------------


@pytest.fixture
def specials(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "toru.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "null.txt"
    zero.symlink_to("/dev/zero")
    device = tmp_path / "seade.ametijuhend"
    device.symlink_to("/dev/urandom")
    return {"fifo": fifo, "zero": zero, "device": device}


@pytest.mark.parametrize("kind", ["fifo", "zero", "device"])
def test_pipes_and_devices_are_refused_at_once(specials: dict[str, Path], kind: str) -> None:
    started = time.monotonic()
    with pytest.raises(FormatError) as caught:
        registry.load(specials[kind])
    assert time.monotonic() - started < 2
    assert "ei ole tavaline fail" in str(caught.value)
    assert str(caught.value).startswith(str(specials[kind]))


def test_check_dir_reports_a_fifo_instead_of_hanging_or_skipping_it(
        specials: dict[str, Path], tmp_path: Path) -> None:
    (tmp_path / "hea.ametijuhend").write_bytes(
        (DATA / "001_peaspetsialist_lastemaja.ametijuhend").read_bytes())
    result = cli("check", "--no-spelling", tmp_path, timeout=60)
    assert result.returncode == 2
    for path in specials.values():
        assert f"{path}: see ei ole tavaline fail" in result.stderr


def test_a_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "kaust.txt"
    folder.mkdir()
    with pytest.raises(FormatError, match="see on kaust"):
        read_limited(folder)


def test_the_size_limit_is_checked_on_what_is_open(tmp_path: Path) -> None:
    path = tmp_path / "suur.txt"
    path.write_bytes(b"x" * 101)
    assert read_limited(path, limit=101) == b"x" * 101
    with pytest.raises(FormatError, match=r"liiga suur.*ei loetud"):
        read_limited(path, limit=100)


# -- PDF pages: all or nothing -----------------------------------------------------------


def pdf_with_pages(total: int, text_last: bool) -> bytes:
    """The 6-page sample padded with blank pages to ``total``; its text first or last."""
    sample = PdfReader(PDF)
    writer = PdfWriter()
    blanks = total - len(sample.pages)
    width, height = sample.pages[0].mediabox.width, sample.pages[0].mediabox.height
    if text_last:
        for _ in range(blanks):
            writer.add_blank_page(width, height)
    for page in sample.pages:
        writer.add_page(page)
    if not text_last:
        for _ in range(blanks):
            writer.add_blank_page(width, height)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_pdf_at_the_page_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "pikk.pdf"
    path.write_bytes(pdf_with_pages(MAX_PDF_PAGES, text_last=True))
    document = registry.load(path).document
    assert document.general.title and len(document.duties.items) > 3


def test_a_pdf_over_the_page_limit_is_refused_never_read_in_part(tmp_path: Path) -> None:
    path = tmp_path / "liiga_pikk.pdf"
    # The job description is on the last pages: reading the first 200 would lose it all.
    path.write_bytes(pdf_with_pages(MAX_PDF_PAGES + 1, text_last=True))
    result = cli("convert", path, tmp_path / "välja.ametijuhend")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert f"{path}: PDF-is on {MAX_PDF_PAGES + 1} lehekülge, loetakse kuni {MAX_PDF_PAGES}" \
        in result.stderr and "faili ei imporditud" in result.stderr
    assert not (tmp_path / "välja.ametijuhend").exists()


# -- text imports ------------------------------------------------------------------------


def test_a_text_over_the_import_limit_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "pikk.txt"
    base = TEXT.read_bytes()
    path.write_bytes(base * (MAX_TEXT_IMPORT_BYTES // len(base) + 1))
    started = time.monotonic()
    with pytest.raises(FormatError, match=r"tekst on liiga pikk.*faili ei imporditud"):
        registry.load(path)
    assert time.monotonic() - started < 5


def test_an_import_that_could_not_be_saved_is_refused_whole(tmp_path: Path,
                                                            monkeypatch) -> None:
    # The sample's document is ~14 kB of XML: with a 10 kB XML limit it could be imported
    # but never saved and opened again, so the import says so instead.
    monkeypatch.setattr(safexml, "MAX_XML_BYTES", 10_000)
    with pytest.raises(FormatError) as caught:
        registry.load(TEXT)
    message = str(caught.value)
    assert message.startswith(str(TEXT))
    assert "salvestamiseks liiga suur" in message and "faili ei imporditud" in message


# -- what the editor writes, it reads back -----------------------------------------------


def document_with(text: str, paragraph: int):
    doc = full_document()
    doc.purpose[:] = [Block(BlockKind.PARAGRAPH, text[start:start + paragraph])
                      for start in range(0, len(text), paragraph)]
    return doc


def unique_text(size: int) -> str:
    """Text that does not compress much (no zip bomb look): numbered words."""
    words, length, number = [], 0, 0
    while length < size:
        word = f"sõna{number:x} "
        words.append(word)
        length += len(word)
        number += 1
    return "".join(words)[:size]


@pytest.mark.parametrize("extension", [".ametijuhend", ".docx"])
def test_a_paragraph_over_the_text_node_limit_is_not_written(tmp_path: Path,
                                                             extension: str) -> None:
    path = tmp_path / f"pikk{extension}"
    path.write_bytes(b"previous version")
    doc = document_with("a" * (MAX_XML_TEXT_NODE_BYTES + 1), MAX_XML_TEXT_NODE_BYTES + 1)
    with pytest.raises(UnreadableOutputError) as caught:
        registry.save(doc, path)
    assert "üle 10 MB" in str(caught.value) and "faili ei kirjutatud" in str(caught.value)
    assert path.read_bytes() == b"previous version"


def test_a_paragraph_just_under_the_text_node_limit_is_written_and_read_back(
        tmp_path: Path) -> None:
    path = tmp_path / "piiril.ametijuhend"
    text = unique_text(MAX_XML_TEXT_NODE_BYTES - 200)  # the letters take 2 bytes: bytes count
    text = text.encode()[:MAX_XML_TEXT_NODE_BYTES - 100].decode("utf-8", "ignore")
    registry.save(document_with(text, len(text)), path)
    assert registry.load(path).document.purpose[0].text == text


def test_an_ametijuhend_over_the_xml_limit_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "suur.ametijuhend"
    doc = document_with(unique_text(MAX_XML_BYTES + 1024), 5000)
    with pytest.raises(UnreadableOutputError, match="XML on liiga suur"):
        registry.save(doc, path)
    assert not path.exists()


def test_an_ametijuhend_just_under_the_xml_limit_is_written_and_read_back(
        tmp_path: Path) -> None:
    path = tmp_path / "suur.ametijuhend"
    doc = document_with(unique_text(MAX_XML_BYTES - 2 * 1024 * 1024), 5000)
    registry.save(doc, path)
    assert MAX_XML_BYTES - 3 * 1024 * 1024 < path.stat().st_size <= MAX_XML_BYTES
    assert registry.load(path).document.purpose == doc.purpose


def test_a_repetitive_docx_that_would_look_like_a_zip_bomb_is_not_written(
        tmp_path: Path) -> None:
    path = tmp_path / "kordus.docx"
    text = "Teenistusülesannete täitmine ja aruandlus. " * (12 * 1024 * 1024 // 44)
    with pytest.raises(UnreadableOutputError, match="ZIP-pomm"):
        registry.save(document_with(text, len(text)), path)
    assert not path.exists()


def test_a_repetitive_docx_under_the_ratio_check_is_written_and_read_back(
        tmp_path: Path) -> None:
    path = tmp_path / "kordus.docx"
    text = "Teenistusülesannete täitmine ja aruandlus. " * (ZIP_RATIO_CHECKED_FROM // 2 // 44)
    doc = document_with(text, 4000)
    registry.save(doc, path)
    assert registry.load(path).document.purpose == doc.purpose


def test_the_xml_writer_checks_its_own_output_with_the_reader(tmp_path: Path,
                                                              monkeypatch) -> None:
    """One set of limits: lowering the reader's limit lowers the writer's too."""
    path = tmp_path / "väike.ametijuhend"
    monkeypatch.setattr(safexml, "MAX_XML_BYTES", 1000)
    with pytest.raises(UnreadableOutputError):
        xml_format.write(full_document(), path)
    assert not path.exists()


def test_a_pdf_export_the_importer_would_refuse_is_not_written(tmp_path: Path,
                                                               monkeypatch) -> None:
    from ametieditor.formats import libreoffice, pdf_export

    if libreoffice.find_soffice() is None:
        pytest.skip("LibreOffice is not installed")
    monkeypatch.setattr(pdf_export, "MAX_PDF_PAGES", 1)  # the sample prints on ~5 pages
    path = tmp_path / "pikk.pdf"
    with pytest.raises(UnreadableOutputError, match="faili ei kirjutatud"):
        registry.save(xml_format.read(DATA / "001_peaspetsialist_lastemaja.ametijuhend"), path)
    assert not path.exists()
