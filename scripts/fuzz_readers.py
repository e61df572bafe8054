#!/usr/bin/env python3
"""Fuzz every registered reader with damaged copies of real files.

    python scripts/fuzz_readers.py --count 10000          # the full run
    python scripts/fuzz_readers.py --count 200 --json     # what CI runs

Seeds are the files under ``tests/data`` of every extension the registry can
read (:func:`registry.readable_extensions`), plus a document exported through
every writer the registry has, so DOCX or text readers are fuzzed as soon as
they are registered. Each input is a seed after one to three mutations: byte
flips, truncation, inserted/deleted/duplicated chunks; for XML, damaged tags,
DTDs, bad characters and encodings; for ZIP packages, members dropped,
renamed, duplicated, damaged (recursively, by the same mutations) and
headers corrupted.

Inputs are shared among the types inversely to the square root of how long
one read takes (measured first), with at least :data:`MIN_PER_TYPE` each, so that readers
that go through LibreOffice are fuzzed too without taking the whole budget.
Each input is read by :func:`registry.load` in a worker process with a time
limit and a memory limit, and classified as

* ``ok``: read (the reader made sense of it);
* ``format-error``: refused with a clear :class:`FormatError`;
* ``multi-line``: a FormatError whose message is not one line: a bug;
* ``traceback``: any other exception: a bug;
* ``hang``: still running after the time limit: a bug.

The exit code is 1 when there is any multi-line message, traceback or hang. ``--save DIR`` keeps
the inputs of the bugs for reproduction.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ametieditor.formats import registry  # noqa: E402
from ametieditor.io.errors import FormatError  # noqa: E402

OUTCOMES = ("ok", "format-error", "multi-line", "traceback", "hang")
FAILURES = ("multi-line", "traceback", "hang")
MEMORY_LIMIT = 2 * 1024 * 1024 * 1024
#: Inputs every readable type gets at least, however slow its reader.
MIN_PER_TYPE = 3


# --------------------------------------------------------------------------
# Seeds


def find_seeds(data_dir: Path, work_dir: Path) -> dict[str, list[bytes]]:
    """Seed inputs per readable extension: real files plus fresh exports."""
    seeds: dict[str, list[bytes]] = {ext: [] for ext in registry.readable_extensions()}
    for extension in seeds:
        for path in sorted(data_dir.rglob(f"*{extension}")):
            if path.is_file() and path.stat().st_size < 5 * 1024 * 1024:
                seeds[extension].append(path.read_bytes())
    try:
        from tests.support.factories import full_document

        document = full_document()
    except ImportError:  # hypothesis is a test extra
        document = registry.load(next(data_dir.glob("*.ametijuhend"))).document
    for extension in registry.writable_extensions():
        if extension in seeds and extension != ".pdf":
            target = work_dir / f"seed{extension}"
            registry.save(document, target)
            seeds[extension].append(target.read_bytes())
    return {ext: found for ext, found in seeds.items() if found}


# --------------------------------------------------------------------------
# Mutations


def _span(rng: random.Random, data: bytes) -> tuple[int, int]:
    start = rng.randrange(len(data) + 1)
    return start, min(len(data), start + rng.randint(1, 64))


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        buffer[rng.randrange(len(buffer))] ^= 1 << rng.randrange(8)
    return bytes(buffer)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def insert_random(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]


def delete_chunk(rng: random.Random, data: bytes) -> bytes:
    start, end = _span(rng, data)
    return data[:start] + data[end:]


def duplicate_chunk(rng: random.Random, data: bytes) -> bytes:
    start, end = _span(rng, data)
    return data[:end] + data[start:end] * rng.randint(1, 50) + data[end:]


_XML_SNIPPETS = [
    b"<!DOCTYPE a [<!ENTITY x 'y'>]>", b'<!DOCTYPE a SYSTEM "http://203.0.113.7/a.dtd">',
    b"&x;", b"&amp", b"<![CDATA[", b"]]>", b"<?pi x?>", b"<!--", b"-->", b"\x00", b"\x0b",
    b"\xff\xfe", b"\xc3", b"</", b"<p>", b"</p>", b"<li>", b'version="99"', b'version="x"',
    b"<duty>", b"</duty>", b"<general/>", b'xmlns="urn:x"', b"<task><task><task>",
    b'<?xml version="1.0" encoding="UTF-16"?>', b'encoding="latin-1"', b"\xef\xbb\xbf",
]


def damage_xml(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(6)
    tags = [i for i, byte in enumerate(data) if byte == ord("<")] or [0]
    at = rng.choice(tags)
    if choice == 0:  # drop a tag's opening or closing bracket
        return data[:at] + data[at + 1:]
    if choice == 1:  # drop a whole tag
        end = data.find(b">", at)
        return data[:at] + data[end + 1:] if end != -1 else data[:at]
    if choice == 2:  # rename a tag
        end = data.find(b">", at)
        return data[:at] + b"<zz" + data[at + 2:] if end != -1 else data
    if choice == 3:  # insert a snippet
        return data[:at] + rng.choice(_XML_SNIPPETS) + data[at:]
    if choice == 4:  # deep nesting
        depth = rng.choice((100, 5000, 50000))
        return data[:at] + b"<p>" * depth + data[at:]
    return data.replace(b"<?xml", rng.choice(_XML_SNIPPETS[:2]) + b"<?xml", 1) if (
        rng.random() < 0.5) else data[:at] + b"<" + rng.randbytes(8) + b">" + data[at:]


def mutate_zip(rng: random.Random, data: bytes) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [(info, archive.read(info)) for info in archive.infolist()]
    except Exception:  # an earlier mutation broke the package: damage it further as bytes
        return flip_bytes(rng, data)
    if not members:
        return data
    choice = rng.randrange(6)
    index = rng.randrange(len(members))
    if choice == 0:
        del members[index]
    elif choice == 1:
        info, content = members[index]
        members[index] = (zipfile.ZipInfo(info.filename + rng.choice(["x", ".bak", "/"])),
                          content)
    elif choice == 2:
        members.append(members[index])
    elif choice == 3:
        members.append((zipfile.ZipInfo(rng.choice(["word/x.xml", "../evil.xml", "a" * 300])),
                        rng.randbytes(rng.randint(0, 512))))
    else:
        info, content = members[index]
        members[index] = (info, mutate(rng, content, depth=1))
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as rebuilt:
        warnings.simplefilter("ignore")  # duplicate member names are one of the mutations
        for info, content in members:
            clone = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            clone.compress_type = zipfile.ZIP_DEFLATED
            rebuilt.writestr(clone, content)
    result = buffer.getvalue()
    if choice == 5 and len(result) > 64:  # corrupt a header field after rebuilding
        header = result.find(b"PK\x03\x04", rng.randrange(len(result) // 2))
        if header != -1:
            patched = bytearray(result)
            field_at = header + rng.choice((8, 14, 18, 22, 26))
            patched[field_at] ^= 0xFF
            result = bytes(patched)
    return result


BYTE_MUTATIONS = (flip_bytes, truncate, insert_random, delete_chunk, duplicate_chunk)


def mutate(rng: random.Random, data: bytes, depth: int = 0) -> bytes:
    """One to three mutations suited to the kind of data."""
    for _ in range(rng.randint(1, 3 if depth == 0 else 1)):
        if data.startswith(b"PK") and depth == 0 and rng.random() < 0.7:
            data = mutate_zip(rng, data)
        elif data.lstrip()[:1] in (b"<", b"\xef") and rng.random() < 0.6:
            data = damage_xml(rng, data)
        else:
            data = rng.choice(BYTE_MUTATIONS)(rng, data)
    return data


# --------------------------------------------------------------------------
# Workers


def _limit_memory() -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass


def _worker(connection: Connection, folder: str) -> None:
    _limit_memory()
    while True:
        task = connection.recv()
        if task is None:
            return
        number, extension, data = task
        path = Path(folder) / f"input-{os.getpid()}{extension}"
        path.write_bytes(data)
        try:
            registry.load(path)
            outcome, detail = "ok", ""
        except FormatError as error:
            message = str(error)
            outcome = "format-error" if "\n" not in message else "multi-line"
            detail = message
        except BaseException as error:
            outcome = "traceback"
            detail = "".join(traceback.format_exception(error)[-3:])
        connection.send((number, outcome, detail))


@dataclass
class Slot:
    process: multiprocessing.Process
    connection: Connection
    task: tuple | None = None
    started: float = 0.0


@dataclass
class Report:
    counts: dict[str, Counter] = field(default_factory=dict)
    failures: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, extension: str, outcome: str) -> None:
        self.counts.setdefault(extension, Counter())[outcome] += 1

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.counts.values())


def run(count: int, seed: int, timeout: float, jobs: int, save: Path | None,
        data_dir: Path) -> Report:
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    rng = random.Random(seed)
    report = Report()
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        seeds = find_seeds(data_dir, Path(folder))

        def start_slot() -> Slot:
            parent, child = context.Pipe()
            process = context.Process(target=_worker, args=(child, folder), daemon=True)
            process.start()
            return Slot(process, parent)

        plan = allocate(count, calibrate(seeds, Path(folder)), rng)

        def tasks():
            for number, extension in enumerate(plan):
                yield number, extension, mutate(rng, rng.choice(seeds[extension]))

        pending = tasks()
        slots = [start_slot() for _ in range(max(1, jobs))]
        begun = time.perf_counter()
        active = True
        while active or any(slot.task for slot in slots):
            for slot in slots:
                if slot.task is None and active:
                    try:
                        slot.task = next(pending)
                    except StopIteration:
                        active = False
                        break
                    slot.started = time.monotonic()
                    slot.connection.send(slot.task)
            busy = [slot for slot in slots if slot.task]
            if not busy:
                continue
            deadline = min(slot.started for slot in busy) + timeout
            ready = wait([slot.connection for slot in busy],
                         timeout=max(0.0, deadline - time.monotonic()))
            for slot in busy:
                if slot.connection in ready:
                    try:
                        _number, outcome, detail = slot.connection.recv()
                    except (EOFError, OSError):  # the worker died (e.g. out of memory)
                        outcome, detail = "traceback", "worker process died"
                    _record(report, slot.task, outcome, detail, save)
                    slot.task = None
                    if not slot.process.is_alive():
                        slots[slots.index(slot)] = start_slot()
                elif time.monotonic() - slot.started >= timeout:
                    slot.process.kill()
                    slot.process.join()
                    _record(report, slot.task, "hang", f"over {timeout} s", save)
                    slots[slots.index(slot)] = start_slot()
        for slot in slots:
            slot.connection.send(None)
            slot.process.join(timeout=5)
        report.seconds = time.perf_counter() - begun
    return report


def calibrate(seeds: dict[str, list[bytes]], folder: Path) -> dict[str, float]:
    """Seconds one read of each type takes (readers through LibreOffice take ~1 s)."""
    seconds = {}
    for extension, found in sorted(seeds.items()):
        path = folder / f"calibrate{extension}"
        path.write_bytes(found[0])
        started = time.perf_counter()
        with contextlib.suppress(Exception):  # only the time matters here
            registry.load(path)
        seconds[extension] = max(time.perf_counter() - started, 0.001)
    return seconds


def allocate(count: int, seconds: dict[str, float], rng: random.Random) -> list[str]:
    """Which type each input is: shares inversely proportional to the square root of a
    read's cost (a compromise between equal counts and equal time).

    Fast readers get most inputs; a slow one (LibreOffice) at least
    :data:`MIN_PER_TYPE`, so every reader is fuzzed in every run.
    """
    weights = {ext: cost ** -0.5 for ext, cost in seconds.items()}
    total = sum(weights.values())
    minimum = min(MIN_PER_TYPE, count // max(len(weights), 1))
    shares = {ext: max(minimum, int(count * weight / total)) for ext, weight in weights.items()}
    fastest = max(weights, key=weights.get)
    shares[fastest] += count - sum(shares.values())
    plan = [ext for ext, share in sorted(shares.items()) for _ in range(share)]
    rng.shuffle(plan)
    return plan


def _record(report: Report, task: tuple, outcome: str, detail: str, save: Path | None) -> None:
    number, extension, data = task
    report.add(extension, outcome)
    if outcome in FAILURES:
        entry = {"input": number, "extension": extension, "outcome": outcome, "detail": detail}
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            target = save / f"{outcome}-{number}{extension}"
            target.write_bytes(data)
            entry["file"] = str(target)
        report.failures.append(entry)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="number of inputs")
    parser.add_argument("--seed", type=int, default=1, help="random seed (reproducible runs)")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="seconds one input may take before it counts as a hang")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--save", type=Path, help="keep inputs that failed in this folder")
    parser.add_argument("--data", type=Path, default=REPO / "tests" / "data",
                        help="folder of seed files")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    report = run(args.count, args.seed, args.timeout, args.jobs, args.save, args.data)
    if args.json:
        print(json.dumps({
            "count": args.count, "seed": args.seed, "seconds": round(report.seconds, 1),
            "by_extension": {ext: dict(counter) for ext, counter in report.counts.items()},
            "totals": {outcome: report.total(outcome) for outcome in OUTCOMES},
            "failures": report.failures,
        }, indent=1, ensure_ascii=False))
    else:
        print(f"{'type':<14}" + "".join(f"{outcome:>14}" for outcome in OUTCOMES))
        for extension, counter in sorted(report.counts.items()):
            print(f"{extension:<14}" + "".join(f"{counter[o]:>14}" for o in OUTCOMES))
        print(f"{'total':<14}" + "".join(f"{report.total(o):>14}" for o in OUTCOMES))
        print(f"{args.count} inputs, seed {args.seed}, {report.seconds:.1f} s, "
              f"{args.jobs} workers, limit {args.timeout} s per input")
        for failure in report.failures[:20]:
            print(f"\n{failure['outcome']} #{failure['input']} {failure['extension']} "
                  f"{failure.get('file', '')}\n{failure['detail']}")
    return 1 if any(report.total(outcome) for outcome in FAILURES) else 0


if __name__ == "__main__":
    sys.exit(main())
