#!/usr/bin/env python3
"""Generate the signed-container and office-format fixtures in tests/data/legacy/.

    PYTHONPATH=. .venv/bin/python scripts/make_container_fixtures.py

Writes (all generated; do not edit by hand):

* ``signed_ametijuhend.asice`` — sample 001 as ``.ametijuhend``, two
  signatures in two files: an old-style certificate (CN only) with a role, and
  a new-style one (SN, GN, serialNumber=PNOEE-…);
* ``signed_docx.bdoc`` — a hand-made-looking DOCX of sample 002, one
  new-style signature;
* ``several_files.asice`` — a cover letter (.txt), sample 003 as
  ``.ametijuhend`` and a PDF stand-in, signed once;
* ``unsigned.asice`` — sample 001, no signature;
* ``handmade_002.docx`` — the DOCX inside ``signed_docx.bdoc``;
* ``handmade_002.odt``, ``.doc``, ``.rtf`` — that DOCX converted by
  LibreOffice (its own profile under /tmp).

Certificates are throw-away ones from tests/support/containers.py (fixed
Ed25519 keys, so the containers are byte-for-byte reproducible); signature
values are placeholders, so these fixtures are about what signatures *claim*
(they verify as not valid); tests that verify signatures make real ones with
tests/support/containers.py (``SignatureSpec.key``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.formats import xml_format  # noqa: E402
from ametieditor.formats.office_convert import find_soffice  # noqa: E402
from tests.support.containers import (  # noqa: E402
    NEW_STYLE,
    OLD_STYLE,
    ContainerSpec,
    SignatureSpec,
    container_bytes,
    handmade_docx,
)

DATA = REPO / "tests" / "data"
OUT = DATA / "legacy"


def _sample(prefix: str) -> Path:
    return next(DATA.glob(f"{prefix}_*.ametijuhend"))


def _write(name: str, data: bytes) -> None:
    (OUT / name).write_bytes(data)
    print(f"wrote tests/data/legacy/{name} ({len(data)} bytes)")


def main() -> None:
    sample1 = _sample("001").read_bytes()
    sample3 = _sample("003").read_bytes()
    docx = handmade_docx(xml_format.read(_sample("002")))
    _write("handmade_002.docx", docx)

    _write("signed_ametijuhend.asice", container_bytes(ContainerSpec(
        files={"peaspetsialist_lastemaja.ametijuhend": sample1},
        signature_files=[
            [SignatureSpec(OLD_STYLE, "2023-06-12T07:15:00Z", ("peadirektor",))],
            [SignatureSpec(NEW_STYLE, "2024-05-12T07:15:00Z")],
        ])))
    _write("signed_docx.bdoc", container_bytes(ContainerSpec(
        files={"koordinaator_srt.docx": docx},
        signature_files=[[SignatureSpec(NEW_STYLE, "2024-01-15T12:30:00+02:00",
                                        ("vahetu juht",))]])))
    _write("several_files.asice", container_bytes(ContainerSpec(
        files={
            "kaaskiri.txt": b"Lisatud ametijuhend allkirjastamiseks.\n",
            "koordinaator_kaitstud_too.ametijuhend": sample3,
            "lisa.pdf": b"%PDF-1.4\n% stand-in, not a real PDF\n",
        },
        signature_files=[[SignatureSpec(OLD_STYLE, "2023-02-01T08:00:00Z")]])))
    _write("unsigned.asice", container_bytes(ContainerSpec(
        files={"peaspetsialist_lastemaja.ametijuhend": sample1})))

    soffice = find_soffice()
    if soffice is None:
        sys.exit("LibreOffice (soffice) is needed for the .odt/.doc/.rtf fixtures")
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "handmade_002.docx"
        source.write_bytes(docx)
        profile = Path(f"/tmp/lo-make-fixtures-{os.getpid()}").as_uri()
        for target in ("odt", "doc", "rtf"):
            subprocess.run([str(soffice), f"-env:UserInstallation={profile}", "--headless",
                            "--norestore", "--convert-to", target, "--outdir", work,
                            str(source)], check=True, capture_output=True, timeout=180)
            _write(f"handmade_002.{target}", (Path(work) / f"handmade_002.{target}").read_bytes())


if __name__ == "__main__":
    main()
