"""A process that saves a document over and over, for the kill test.

``python kill_saver.py FOLDER`` reads commands on stdin, one a line:

* ``go EXT``: fork a child that saves two alternating versions of a job
  description to ``FOLDER/ametijuhend<EXT>`` in an endless loop (through
  :func:`save_with_backup`, the editor's own save, which writes through the
  format registry), and print the child's process id;
* ``reap PID``: collect the child the test has killed, print ``reaped``.

Forking from one process that has already imported everything makes each
kill cost milliseconds instead of a whole interpreter start.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from ametieditor.model.document import Block
from ametieditor.storage.backup import save_with_backup
from tests.support.factories import full_document

TITLES = ("Versioon A", "Versioon B")
#: Few elements but much text (about 1 MB): writing and syncing, not building the
#: XML, takes most of each save, so many kills land inside a write.
DUTIES = 20
_WORDS = ["ametikoha", "eesmärk", "tagada", "teenuse", "kvaliteet", "kättesaadavus"]
#: Varied text (repetitive text would compress like a zip bomb and be refused on reading).
_RANDOM = random.Random(7)
PARAGRAPH = " ".join(f"{_RANDOM.choice(_WORDS)}{_RANDOM.randrange(999)}" for _ in range(60_000))


def versions():
    documents = []
    for title in TITLES:
        doc = full_document(duty_count=DUTIES)
        doc.general.title = title
        doc.purpose = [Block.p(PARAGRAPH)]
        documents.append(doc)
    return documents


def save_forever(target: Path) -> None:
    documents = versions()
    turn = 0
    while True:
        save_with_backup(documents[turn % 2], target, keep=2)
        turn += 1


def main() -> None:
    folder = Path(sys.argv[1])
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "go":
            pid = os.fork()
            if pid == 0:
                try:
                    save_forever(folder / f"ametijuhend{argument}")
                finally:
                    os._exit(1)
            print(pid, flush=True)
        elif command == "reap":
            os.waitpid(int(argument), 0)
            print("reaped", flush=True)


if __name__ == "__main__":
    main()
