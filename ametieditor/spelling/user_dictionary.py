"""The user's own dictionary: words the speller should accept.

One word a line, UTF-8, sorted, in ``<user data>/spelling/minu-sonastik.txt``
(never in the install folder, so it survives upgrades). Saved atomically.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ametieditor import paths
from ametieditor.io.atomic import atomic_write

FILE_NAME = "minu-sonastik.txt"


def default_path() -> Path:
    return paths.user_subdir("spelling") / FILE_NAME


class UserDictionary:
    """A set of words kept in a text file; case matters as the user typed it.

    A word added in lower case also accepts its capitalised form (it may
    start a sentence); a word added with a capital is accepted only so.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._lock = threading.Lock()
        self._words: set[str] = set()
        self.reload()

    def reload(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            text = ""
        with self._lock:
            self._words = {line.strip() for line in text.splitlines() if line.strip()}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        with self._lock:
            if word in self._words:
                return True
            lowered = word[:1].lower() + word[1:]
            return lowered != word and lowered in self._words

    def words(self) -> list[str]:
        with self._lock:
            return sorted(self._words)

    def add(self, word: str) -> None:
        word = word.strip()
        if not word:
            return
        with self._lock:
            self._words.add(word)
            data = "".join(f"{w}\n" for w in sorted(self._words))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, data.encode("utf-8"))

    def remove(self, word: str) -> None:
        with self._lock:
            self._words.discard(word)
            data = "".join(f"{w}\n" for w in sorted(self._words))
        atomic_write(self.path, data.encode("utf-8"))
