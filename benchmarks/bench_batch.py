"""Batch export of many documents in one ``ametieditor-cli convert`` run, against LibreOffice.

Makes N documents (the samples with numbered titles) and converts them all
with ``ametieditor-cli convert *.ametijuhend --to docx --out DIR`` in one
process (``--to ametijuhend`` while no DOCX writer is registered). The peer is
``soffice --headless --convert-to docx`` of the same texts (one .txt per
document) in one process with a warmed private profile.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import LibreOffice, emit, environment, plain_text, samples

from ametieditor.formats import registry, xml_format

COUNTS = (50, 200)


def make_documents(folder: Path, count: int) -> list[Path]:
    originals = [registry.load(path).document for path in samples()]
    paths = []
    for number in range(count):
        document = originals[number % len(originals)].clone()
        document.general.title = f"{document.general.title} {number + 1}"
        path = folder / f"ametijuhend_{number + 1:03d}.ametijuhend"
        xml_format.write(document, path)
        paths.append(path)
    return paths


def main() -> None:
    target = "docx" if ".docx" in registry.writable_extensions() else "ametijuhend"
    office = LibreOffice()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if office.available:
            office.warm_up(work)
        for count in COUNTS:
            inputs_dir = work / f"in{count}"
            inputs_dir.mkdir()
            inputs = make_documents(inputs_dir, count)
            out = work / f"out{count}"
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "ametieditor.cli", "convert",
                            *map(str, inputs), "--to", target, "--out", str(out)],
                           check=True, env=environment())
            ours = time.perf_counter() - started
            peer = None
            if office.available and target == "docx":
                texts = work / f"txt{count}"
                texts.mkdir()
                for path in inputs:
                    document = registry.load(path).document
                    (texts / f"{path.stem}.txt").write_text(
                        "\n".join(plain_text(document)), encoding="utf-8")
                peer = office.run("--convert-to", "docx", "--outdir", str(work / f"lo{count}"),
                                  *sorted(map(str, texts.glob("*.txt"))))
            emit(f"batch convert {count} documents → {target}", ours, "s",
                 peer=f"soffice --convert-to docx of {count} texts" if peer else None,
                 peer_value=peer, note="one process, start included")
    office.close()


if __name__ == "__main__":
    main()
