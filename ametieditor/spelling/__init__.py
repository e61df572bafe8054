"""Estonian spell checking without Qt: tokenizer, engine, cache, user dictionary.

Start with :func:`ametieditor.spelling.checker.SpellChecker`; it raises
:class:`~ametieditor.spelling.backend.SpellerUnavailable` when the optional
engine (``ametieditor[spell]``) is missing. docs/SPELLING.md says why
Vabamorf was chosen.
"""
