"""No conversion touches the network: linked pictures and sections in .odt, .doc and .rtf
files are never fetched, in the editor's reader, in ``convert`` and in ``check DIR``.

A local listener (a socket on 127.0.0.1) records every connection; the inputs link
to it. The test first shows that LibreOffice with a plain profile does connect to it
for the same .doc and .odt, so a quiet listener means something.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from ametieditor.formats import libreoffice, registry
from ametieditor.formats.odf_links import is_external, strip_external_links
from tests.conftest import DATA, REPO

SAMPLE_TEXT = DATA / "samples" / "001_5cb7489fb33e288f.txt"
SOFFICE = libreoffice.find_soffice()
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


class Listener:
    """Accepts connections on 127.0.0.1 and records the first line of each request."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(50)
        self.port = self.socket.getsockname()[1]
        self.requests: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            connection.settimeout(2)
            try:
                self.requests.append(connection.recv(4096).split(b"\r\n")[0] or b"(connect)")
                connection.sendall(b"HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            except OSError:
                self.requests.append(b"(connect)")
            connection.close()

    def close(self) -> None:
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def odt_bytes(url: str) -> bytes:
    """A job description as ODT with a linked picture and a section linked to another file."""
    lines = SAMPLE_TEXT.read_text(encoding="utf-8").splitlines()
    body = "\n".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2">
<office:body><office:text>
<text:p><draw:frame draw:name="logo" text:anchor-type="as-char" svg:width="2cm"
 svg:height="1cm"><draw:image xlink:href="{url}/logo.png" xlink:type="simple"
 xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>
<text:section text:name="lisa"><text:section-source xlink:href="{url}/lisa.odt"
 xlink:type="simple"/></text:section>
{body}
<text:p>Vt ka <text:a xlink:type="simple" xlink:href="{url}/viide">viide</text:a>.</text:p>
</office:text></office:body></office:document-content>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.2">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        package.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def rtf_text(url: str) -> str:
    """The job description as RTF with a linked picture and an included text field."""
    def rtf_escape(line: str) -> str:
        out = []
        for char in line:
            if char in "\\{}":
                out.append("\\" + char)
            elif ord(char) > 127:
                out.append(f"\\u{ord(char)}?")
            else:
                out.append(char)
        return "".join(out)

    lines = SAMPLE_TEXT.read_text(encoding="utf-8").splitlines()
    body = "\n".join(f"\\pard {rtf_escape(line)}\\par" for line in lines)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
            f'{{\\field{{\\*\\fldinst INCLUDEPICTURE "{url}/logo.png" \\\\d}}{{\\fldrslt }}}}'
            "\\par\n"
            f'{{\\field{{\\*\\fldinst INCLUDETEXT "{url}/lisa.txt"}}{{\\fldrslt vana}}}}\\par\n'
            f"{body}\n}}")


@pytest.fixture
def inputs(listener: Listener, tmp_path: Path) -> dict[str, Path]:
    """The same linked job description as .odt, .rtf and .doc (made from the .odt by
    LibreOffice here: a .doc keeps the link as an INCLUDEPICTURE field)."""
    folder = tmp_path / "vanad"
    folder.mkdir()
    odt = folder / "juhend.odt"
    odt.write_bytes(odt_bytes(listener.url))
    rtf = folder / "juhend_rtf.rtf"
    rtf.write_text(rtf_text(listener.url), encoding="ascii")
    work = tmp_path / "doc"
    work.mkdir()
    (doc,) = libreoffice.convert_files([odt], "doc", work, soffice=SOFFICE)
    assert b"I\x00N\x00C\x00L\x00U\x00D\x00E\x00P\x00I\x00C\x00T\x00U\x00R\x00E" in \
        doc.read_bytes()
    shutil.move(doc, folder / "juhend_doc.doc")
    time.sleep(0.3)
    listener.requests.clear()  # making the inputs is not what is tested
    return {"odt": odt, "rtf": rtf, "doc": folder / "juhend_doc.doc"}


def plain_soffice(source: Path, out: Path) -> None:
    """LibreOffice as anyone would run it: a fresh default profile, no precautions."""
    profile = out / "profile"
    subprocess.run([str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--norestore", "--convert-to", "docx", "--outdir", str(out), str(source)],
                   capture_output=True, timeout=180, check=False)


def cli(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ametieditor.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def settle(listener: Listener) -> list[bytes]:
    time.sleep(0.5)  # a connection still being accepted is recorded too
    return listener.requests


@needs_soffice
def test_no_conversion_fetches_linked_content(inputs: dict[str, Path], listener: Listener,
                                              tmp_path: Path) -> None:
    # The listener is real: plain LibreOffice fetches the picture of the .doc and the .odt.
    for kind in ("doc", "odt"):
        plain = tmp_path / f"plain-{kind}"
        plain.mkdir()
        plain_soffice(inputs[kind], plain)
        assert any(b"/logo.png" in request for request in settle(listener)), kind
        listener.requests.clear()

    # The editor's reader (what the window's Open calls) for each type.
    for kind, path in inputs.items():
        result = registry.load(path)
        assert result.document.general.title, kind
        assert settle(listener) == [], kind

    # ametieditor-cli convert, one file at a time.
    for kind, path in inputs.items():
        finished = cli("convert", path, tmp_path / f"{kind}.ametijuhend")
        assert finished.returncode == 0, finished.stderr
        assert settle(listener) == [], kind

    # ametieditor-cli check DIR: all three in one folder.
    finished = cli("check", "--no-spelling", inputs["odt"].parent)
    assert finished.returncode in (0, 1), finished.stderr
    assert all(str(path) in finished.stdout + finished.stderr for path in inputs.values())
    assert settle(listener) == []


def test_external_links_are_removed_from_odt_hyperlinks_and_inner_pictures_kept() -> None:
    data = odt_bytes("http://127.0.0.1:9")
    package = zipfile.ZipFile(io.BytesIO(data))
    content = package.read("content.xml").decode()
    content = content.replace("</office:text>", '<text:p><draw:frame><draw:image '
                              'xlink:href="Pictures/sisemine.png"/></draw:frame></text:p>'
                              "</office:text>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        out.writestr("content.xml", content)
    stripped, removed = strip_external_links(buffer.getvalue(), "x.odt")
    assert removed == 2  # the linked picture and the linked section
    result = zipfile.ZipFile(io.BytesIO(stripped))
    assert result.namelist()[0] == "mimetype"
    text = result.read("content.xml").decode()
    assert "/logo.png" not in text and "lisa.odt" not in text and "section-source" not in text
    assert "127.0.0.1:9/viide" in text  # a hyperlink is never fetched: kept
    assert "Pictures/sisemine.png" in text
    assert "Ametikoha eesmärk" in text


@pytest.mark.parametrize("href,external", [
    ("http://x/y.png", True), ("https://x", True), ("file:///etc/passwd", True),
    ("//server/share/p.png", True), ("\\\\server\\share\\p.png", True),
    ("C:\\pildid\\logo.png", True), ("../logo.png", True), ("/abs/logo.png", True),
    ("Pictures/1.png", False), ("./Object 1", False), ("#bookmark", False), ("", False)])
def test_what_counts_as_outside_the_package(href: str, external: bool) -> None:
    assert is_external(href) is external
