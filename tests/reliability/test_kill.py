"""A save killed at any moment leaves the complete old or the complete new file.

A child process saves two versions of a document in a loop and is killed
with SIGKILL at a random moment, 100 times per file type the registry can
write (the editor's own format now; DOCX and PDF as soon as their writers are
registered). After each kill the file must open and be one of the two
versions, and every backup must open too.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from ametieditor.formats import registry
from ametieditor.storage.backup import backup_folder, list_backups, save_with_backup
from tests.conftest import REPO
from tests.reliability.kill_saver import TITLES, versions

KILLS = 100


def assert_complete(path: Path, references: dict[str, bytes]) -> None:
    """``path`` is one of the two versions, whole."""
    if path.suffix in registry.readable_extensions():
        assert registry.load(path).document.general.title in TITLES
        return
    data = path.read_bytes()
    if data.startswith(b"PK"):
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None
            text = b"".join(archive.read(name) for name in archive.namelist())
        assert any(title.encode() in text for title in TITLES)
        return
    assert data in references.values() or (data.startswith(b"%PDF") and data.rstrip().endswith(
        b"%%EOF"))


@pytest.mark.parametrize("extension", [e for e in registry.writable_extensions()
                                       if e != ".pdf"])
def test_killed_saves_leave_a_whole_file(extension: str, tmp_path: Path) -> None:
    target = tmp_path / f"ametijuhend{extension}"
    references = {}
    for doc in versions():
        save_with_backup(doc, target, keep=0)
        references[doc.general.title] = target.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    saver = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("kill_saver.py")), str(tmp_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    randomness = random.Random(20261123)
    mid_write = 0
    try:
        for _ in range(KILLS):
            saver.stdin.write(f"go {extension}\n")
            saver.stdin.flush()
            child = int(saver.stdout.readline())
            time.sleep(randomness.uniform(0.001, 0.03))
            os.kill(child, signal.SIGKILL)
            saver.stdin.write(f"reap {child}\n")
            saver.stdin.flush()
            assert saver.stdout.readline().strip() == "reaped"
            assert_complete(target, references)
            leftovers = [*tmp_path.glob(f".{target.name}.*.tmp"),
                         *backup_folder().glob(".*.tmp")]
            mid_write += len(leftovers)
            for leftover in leftovers:  # what a kill during a write leaves: never the file
                leftover.unlink()
    finally:
        saver.kill()
        saver.wait()
    print(f"{extension}: {mid_write} of {KILLS} kills hit a write in progress")
    assert mid_write > 0, "no kill hit a save in progress: the test proved nothing"
    # A kill between taking a backup and pruning leaves extra backups, all whole;
    # the next clean save prunes them to the number kept.
    backups = list_backups(target)
    assert len(backups) >= 2
    for backup in backups:
        assert_complete(backup.path, references)
    save_with_backup(versions()[0], target, keep=2)
    assert len(list_backups(target)) == 2
