"""Open, save, export and import times of single documents, through the format registry.

Every readable type with files in tests/data is imported, and every writable
type is exported, so DOCX/text/PDF join in as soon as they are registered.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import DATA, emit, largest_sample, median_seconds

from ametieditor.formats import registry
from ametieditor.io.errors import FormatError
from ametieditor.storage.backup import save_with_backup


def _opens(path: Path) -> bool:
    try:
        registry.load(path)
    except FormatError:
        return False
    return True


def main() -> None:
    sample = largest_sample()
    document = registry.load(sample).document
    emit("open .ametijuhend (largest sample)", median_seconds(lambda: registry.load(sample),
                                                              repeat=20) * 1000, "ms",
         note=sample.name)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        target = work / "salvestus.ametijuhend"
        emit("save .ametijuhend (atomic, fsync)",
             median_seconds(lambda: registry.save(document, target), repeat=20) * 1000, "ms")
        emit("save with backup (editor's Save)",
             median_seconds(lambda: save_with_backup(document, target), repeat=20) * 1000,
             "ms", note="backup copy + prune + fingerprint")
        for extension in registry.writable_extensions():
            if extension == ".ametijuhend":
                continue
            out = work / f"eksport{extension}"
            repeat = 3 if extension == ".pdf" else 10
            emit(f"export {extension}",
                 median_seconds(lambda out=out: registry.save(document, out),
                                repeat=repeat) * 1000, "ms")
        for extension in registry.readable_extensions():
            if extension == ".ametijuhend":
                continue
            found = sorted(p for p in DATA.rglob(f"*{extension}") if p.is_file())
            if extension in registry.writable_extensions():  # our own export opens
                made = work / f"import{extension}"
                registry.save(document, made)
                found.append(made)
            if not found:
                continue
            # the largest sample that opens (hand-made Word files need the importer)
            readable = [path for path in sorted(found, key=lambda p: -p.stat().st_size)
                        if _opens(path)]
            if not readable:
                emit(f"import {extension}", 0, "ms", note="no sample of this type opens yet")
                continue
            biggest = readable[0]
            repeat = 3 if registry.reader_for(biggest).target.startswith(
                "ametieditor.formats.office_convert") else 10
            emit(f"import {extension}",
                 median_seconds(lambda biggest=biggest: registry.load(biggest),
                                repeat=repeat) * 1000, "ms", note=biggest.name)


if __name__ == "__main__":
    main()
