"""Spell checking with a cache and the user's dictionary, shared by GUI and CLI.

:class:`SpellChecker` answers "is this word right?" and "what would be
right?" for single words. Answers are cached (a job description repeats its
words; the GUI asks again on every keystroke), so only new words reach the
engine. It is safe to call from a worker thread and the GUI thread at once.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable

from ametieditor.spelling.backend import Backend, default_backend
from ametieditor.spelling.user_dictionary import UserDictionary

#: How many suggestions the CLI and the context menu show.
MAX_SUGGESTIONS = 5


class SpellChecker:
    """A speller engine plus cache plus the user's own words."""

    def __init__(self, backend: Backend | None = None,
                 user_dictionary: UserDictionary | None = None) -> None:
        self.backend = backend if backend is not None else default_backend()
        self.user_dictionary = user_dictionary if user_dictionary is not None \
            else UserDictionary()
        self._known: dict[str, bool] = {}
        #: Words the engine accepts only as words that lost their marks (wrong in
        #: ``_known``; right in a text with marks: :meth:`wrong_in`).
        self._lost_marks: set[str] = set()
        self._suggestions: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def cached(self, word: str) -> bool | None:
        """The answer for ``word`` if already known, else ``None`` (never blocks on the engine)."""
        if word in self.user_dictionary:
            return True
        with self._lock:
            return self._known.get(word)

    def check_words(self, words: Iterable[str]) -> dict[str, bool]:
        """Whether each word is right; unknown words go to the engine in one batch."""
        unique = list(dict.fromkeys(words))
        answers: dict[str, bool] = {}
        missing: list[str] = []
        for word in unique:
            known = self.cached(word)
            if known is None:
                missing.append(word)
            else:
                answers[word] = known
        if missing:
            check_marks = getattr(self.backend, "check_marks", None)
            marks = check_marks(missing) if check_marks is not None \
                else [(ok, False) for ok in self.backend.check(missing)]
            results = [ok and not lost for ok, lost in marks]
            with self._lock:
                for word, ok, (_, lost) in zip(missing, results, marks, strict=True):
                    self._known[word] = ok
                    if lost:
                        self._lost_marks.add(word)
            answers.update(zip(missing, results, strict=True))
        return answers

    def lost_marks_only(self, word: str) -> bool:
        """Whether ``word`` is wrong only as a word that most likely lost its diacritics."""
        with self._lock:
            return word in self._lost_marks

    def wrong_in(self, word: str, answer: bool, marks_lost: bool) -> bool:
        """Whether ``word`` (with its cached ``answer``) is wrong in a text whose marks
        are lost (``marks_lost``) or kept: see :func:`.diacritics.marks_lost`."""
        return not answer and (marks_lost or not self.lost_marks_only(word))

    def is_correct(self, word: str) -> bool:
        return self.check_words([word])[word]

    def misspelt(self, words: Iterable[str]) -> list[str]:
        """The words (in order, once each) that are wrong."""
        answers = self.check_words(words)
        return [word for word, ok in answers.items() if not ok]

    def suggestions(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Corrections for ``word``, best first (cached)."""
        with self._lock:
            found = self._suggestions.get(word)
        if found is None:
            found = self.backend.suggest(word)
            with self._lock:
                self._suggestions[word] = found
        return found[:limit]

    def fingerprint(self) -> str:
        """Changes whenever the answers could: another engine or lexicon, the user's words.

        Cached spelling results (the folder check's) are used only under the same one.
        """
        digest = hashlib.sha256()
        engine = (getattr(self.backend, "name", type(self.backend).__name__),
                  getattr(self.backend, "lexicon", ""), getattr(self.backend, "rules", ""))
        digest.update(repr(engine).encode("utf-8"))
        for word in self.user_dictionary.words():
            digest.update(word.encode("utf-8") + b"\n")
        return digest.hexdigest()[:20]

    def add_to_dictionary(self, word: str) -> None:
        """Accept ``word`` from now on, in this and every later session."""
        self.user_dictionary.add(word)
        with self._lock:
            self._known[word] = True
