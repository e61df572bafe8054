"""Misspelt words of a whole document, as problems for the CLI and the check panel.

Kept apart from :mod:`ametieditor.model.checks` (which needs no speller):
``ametieditor-cli check`` adds these after the model's problems, and the GUI
check panel can list them the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from ametieditor.i18n import tr
from ametieditor.model.checks import Problem
from ametieditor.model.document import JobDescription
from ametieditor.model.texts import iter_texts
from ametieditor.spelling.checker import SpellChecker
from ametieditor.spelling.diacritics import context_marks_lost, marks_lost
from ametieditor.spelling.tokenizer import iter_words

#: Suggestions shown per word in a report line.
REPORT_SUGGESTIONS = 3


def spelling_message(word: str, suggestions: list[str]) -> str:
    """``"tööülesanete" → tööülesannete`` (or a note that nothing fits)."""
    if suggestions:
        return f'"{word}" → {", ".join(suggestions[:REPORT_SUGGESTIONS])}'
    return tr('"{word}": sõna ei ole sõnastikus', '"{word}": word not in the dictionary',
              word=word)


#: Words sent to the engine at a time when the check can be stopped between batches.
STOP_BATCH = 200


def document_marks_lost(doc: JobDescription) -> bool | None:
    """Whether the document's text as a whole lost its diacritics (:func:`.marks_lost`)."""
    return marks_lost(piece.text for piece in iter_texts(doc))


class CheckStopped(Exception):
    """:func:`spelling_problems` was told to stop (the editor is quitting)."""


def spelling_problems(doc: JobDescription, checker: SpellChecker,
                      stop: Callable[[], bool] | None = None) -> list[Problem]:
    """One problem per misspelt word and place (a word repeated in a field counts once).

    A word that reads right but most likely lost its diacritics is a problem
    only where the text lost its marks (its field, when long enough to tell,
    else the whole document: :func:`.diacritics.marks_lost`).

    ``stop`` is asked between batches of words and before each suggestion
    look-up (the slow part: about 10 ms a word); when it answers true the check
    ends with :class:`CheckStopped`, never with a partial list.
    """
    pieces = [(piece, [w.text for w in iter_words(piece.text)]) for piece in iter_texts(doc)]
    unique = list(dict.fromkeys(word for _, words in pieces for word in words))
    stopping = stop or (lambda: False)
    batch = STOP_BATCH if stop is not None else max(len(unique), 1)  # one call: CLI speed
    answers: dict[str, bool] = {}
    for start in range(0, len(unique), batch):
        if stopping():
            raise CheckStopped
        answers.update(checker.check_words(unique[start:start + batch]))
    problems: list[Problem] = []
    document_lost = document_marks_lost(doc)
    for piece, words in pieces:
        lost = context_marks_lost(marks_lost([piece.text]), document_lost)
        for word in dict.fromkeys(words):
            if checker.wrong_in(word, answers[word], lost):
                if stopping():
                    raise CheckStopped
                problems.append(Problem(piece.part,
                                        spelling_message(word, checker.suggestions(word)),
                                        piece.location))
    return problems
