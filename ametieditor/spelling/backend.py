"""The Estonian speller engine: Vabamorf, loaded from the ``estnltk`` wheel.

Why Vabamorf and how it was measured: docs/SPELLING.md. The engine is an
optional dependency (``pip install ametieditor[spell]``); without it the
editor and the CLI work and say that spelling is not checked.

Only the ``estnltk.vabamorf`` subpackage is loaded, by its path, under a
private module name. Importing ``estnltk`` itself would also import pandas,
nltk and the rest of the toolkit (about 2 s); the subpackage alone is a SWIG
module and two lexicon files (0.15 s for the first word).

The packaged application (PyInstaller) has no estnltk: it carries just those
files in ``_internal/vabamorf`` (:data:`BUNDLED_FOLDER`, chosen by
packaging/speller_bundle.py), and they are loaded the same way from there.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Protocol

from ametieditor.i18n import tr
from ametieditor.spelling import diacritics
from ametieditor.spelling.tokenizer import iter_words

_PRIVATE_NAME = "_ametieditor_vabamorf"
#: The standard-language lexicon. The ``nosp`` variant accepts slang and is
#: explicitly not meant for spell checking.
_LEXICON_SUFFIX = "_sp"


class SpellerUnavailable(RuntimeError):
    """The speller engine is not installed or cannot start; the message says why."""


class Backend(Protocol):
    """What the rest of the program needs from a speller engine."""

    name: str

    def check(self, words: list[str]) -> list[bool]:
        """For each word, whether it is spelt correctly."""
        ...

    def suggest(self, word: str) -> list[str]:
        """Corrections for a misspelt word, best first (may be empty)."""
        ...


#: Where the packaged application keeps Vabamorf, relative to ``sys._MEIPASS``
#: (the ``_internal`` folder of the one-folder build): packaging/ametieditor.spec.
BUNDLED_FOLDER = "vabamorf"


def spelling_lexicon(names: list[str]) -> str | None:
    """The lexicon to spell-check with among Vabamorf's lexicon folder names.

    The newest standard-language one (names are ISO dates plus a suffix), or
    None. The build uses the same choice to bundle only this lexicon.
    """
    candidates = sorted(name for name in names if name.endswith(_LEXICON_SUFFIX))
    return candidates[-1] if candidates else None


def bundled_folder() -> Path | None:
    """In a PyInstaller build, where the speller is (or would be); otherwise None."""
    base = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and base:
        return Path(base) / BUNDLED_FOLDER
    return None


def wheel_folder() -> Path:
    """The ``vabamorf`` folder of the installed ``estnltk`` wheel (development, pip installs)."""
    spec = importlib.util.find_spec("estnltk")
    if spec is None or not spec.submodule_search_locations:
        raise SpellerUnavailable(tr(
            "eesti keele speller (Vabamorf, pakett estnltk) ei ole paigaldatud",
            "the Estonian speller (Vabamorf, package estnltk) is not installed",
        ))
    folder = Path(next(iter(spec.submodule_search_locations))) / "vabamorf"
    if not (folder / "morf.py").is_file():
        raise SpellerUnavailable(tr(
            "paketis estnltk puudub Vabamorf ({folder})",
            "the estnltk package has no Vabamorf ({folder})", folder=folder,
        ))
    return folder


def _vabamorf_folder() -> Path:
    bundled = bundled_folder()
    if bundled is None:
        return wheel_folder()
    if not (bundled / "morf.py").is_file():  # built without the ``spell`` extra
        raise SpellerUnavailable(tr(
            "selles paigalduses puudub eesti keele speller (Vabamorf)",
            "this installation does not include the Estonian speller (Vabamorf)",
        ))
    return bundled


def _load_morf_module() -> ModuleType:
    loaded = sys.modules.get(f"{_PRIVATE_NAME}.morf")
    if loaded is not None:
        return loaded
    folder = _vabamorf_folder()
    spec = importlib.util.spec_from_file_location(
        _PRIVATE_NAME, folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    if spec is None or spec.loader is None:
        raise SpellerUnavailable(tr("Vabamorfi ei saa laadida", "cannot load Vabamorf"))
    package = importlib.util.module_from_spec(spec)
    sys.modules[_PRIVATE_NAME] = package
    try:
        spec.loader.exec_module(package)
        return importlib.import_module(f"{_PRIVATE_NAME}.morf")
    except Exception as error:  # a broken or foreign build of the SWIG module
        sys.modules.pop(_PRIVATE_NAME, None)
        raise SpellerUnavailable(tr(
            "Vabamorfi ei saa käivitada ({error})", "cannot start Vabamorf ({error})",
            error=error,
        )) from error


class VabamorfBackend:
    """Vabamorf's speller. One engine per process; calls are serialised.

    Vabamorf keeps global state in C++, so every call goes through one lock:
    the GUI's background checks and a CLI run can share the instance safely.
    """

    name = "Vabamorf"

    def __init__(self) -> None:
        morf = _load_morf_module()
        lexicon = spelling_lexicon(list(morf.VM_LEXICONS))
        if lexicon is None:
            raise SpellerUnavailable(tr("Vabamorfi sõnastik puudub",
                                        "Vabamorf's lexicon is missing"))
        #: Which lexicon answers (part of :meth:`SpellChecker.fingerprint`).
        self.lexicon = lexicon
        self._engine = morf.Vabamorf(lexicon_dir=lexicon)
        self._lock = threading.Lock()
        self._attested: frozenset[str] | None = None

    #: Changes when the answers of the same engine and lexicon can change.
    rules = "lost-marks-in-context"

    def check(self, words: list[str]) -> list[bool]:
        """Vabamorf's answer, except that a compound which most likely is a word
        that lost its diacritics (``kooskolas``) is wrong: :mod:`.diacritics`."""
        return [ok and not lost for ok, lost in self.check_marks(words)]

    def check_marks(self, words: list[str]) -> list[tuple[bool, bool]]:
        """For each word: whether Vabamorf accepts it, and whether only as a word that
        lost its marks.

        Such a word is wrong in :meth:`check`; a caller that knows the text may
        still take it as meant where the text has its marks
        (:func:`.diacritics.marks_lost`).
        """
        answers = self._check_plain(words)
        accepted = [i for i, ok in enumerate(answers) if ok]
        analyses = self._analyse([words[i] for i in accepted])
        attested = self._attested_members()
        lost = [False] * len(words)
        for i, own in zip(accepted, analyses, strict=True):
            if diacritics.is_suspicious(words[i], own, attested) \
                    and self._restorations(words[i], own):
                lost[i] = True
        return list(zip(answers, lost, strict=True))

    def suggest(self, word: str) -> list[str]:
        """Spellings with their diacritics restored first, then Vabamorf's own."""
        own = self._analyse([word])[0]
        if own.parts is not None:  # accepted by Vabamorf, flagged by :meth:`check`
            return self._restorations(word, own)
        with self._lock:
            results = self._engine.spellcheck([word], suggestions=True)
        plain = [str(s) for s in results[0]["suggestions"]] if results else []
        restored = diacritics.restored_spellings(word, self._check_plain, self._analyse)
        return restored + [s for s in plain if s not in restored]

    def _check_plain(self, words: list[str]) -> list[bool]:
        if not words:
            return []
        with self._lock:
            results = self._engine.spellcheck(list(words), suggestions=False)
        return [bool(result["spelling"]) for result in results]

    def _analyse(self, words: list[str]) -> list[diacritics.Analysis]:
        if not words:
            return []
        with self._lock:
            results = self._engine.analyze(words=list(words), guess=False,
                                           propername=False, disambiguate=False)
        return [diacritics.analysis_from_roots([a["root"] for a in result["analysis"]])
                for result in results]

    def _restorations(self, word: str, own: diacritics.Analysis) -> list[str]:
        return diacritics.restored_spellings(word, self._check_plain, self._analyse, own,
                                             self._attested_members())

    def attest(self, texts: Iterable[str]) -> None:
        """Take the words of ``texts`` and their compound members as the ordinary ones.

        By default they come from the correct text the program ships
        (:func:`.diacritics.bundled_texts`); scripts/measure_diacritics.py
        sets them to measure on text the rule has not seen.
        """
        words = sorted({w.text for text in texts for w in iter_words(text)})
        # Lemmas of every member, and the words as written: a compound's first
        # part is a written form (``ameti``, ``kasutamise``), not a lemma.
        self._attested = frozenset(
            m for analysis in self._analyse(words) for m in analysis.members) | \
            frozenset(word.lower() for word in words)

    def _attested_members(self) -> frozenset[str]:
        if self._attested is None:
            self.attest(diacritics.bundled_texts())
        assert self._attested is not None
        return self._attested


_shared: VabamorfBackend | None = None
_shared_lock = threading.Lock()


def default_backend() -> Backend:
    """The process-wide Vabamorf engine, started on first use.

    Raises :class:`SpellerUnavailable` when it is not installed.
    """
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = VabamorfBackend()
        return _shared


def is_installed() -> bool:
    """Whether the engine is there (cheap: nothing is loaded)."""
    try:
        _vabamorf_folder()
    except SpellerUnavailable:
        return False
    return True
