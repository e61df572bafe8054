"""Copy leftovers in a line of text, and lines that copying ran together.

Text copied from a web page, a markdown editor, an e-mail or a converter
brings markup along: ``**bold**``, ``__bold__``, ``*italic*``, ``# heading``,
backslash escapes (``3\\. ÜLDOSA``), HTML tags (``<b>``, ``<span …>``,
``<h2>``), entities (``&nbsp;``). :func:`clean_markup` removes it. Where a
line break was lost in copying, the pieces are glued: an emphasis marker
between a word and a capitalised one (``kompetentsid**Kliendikesksus:**``)
or a known heading run into the next item (``Tööks vajalikud
kompetentsidKliendikesksus:``, ``2. AMETIKOHA EESMÄRK Ametikoha eesmärk
on …``); :func:`split_glued` cuts such a line in two. Both work from the
shape of the text and the importer's vocabulary, never from the words of a
particular file.
"""

from __future__ import annotations

import html
import re

from ametieditor.formats.import_vocabulary import (
    fold,
    heading_phrases,
    section_for,
    subheading_phrases,
)

#: Block-level HTML tags: a line break.
_BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:div|h[1-6]|tr|table|tbody|thead|section|article|header|footer|blockquote)"
    r"\b[^<>]*>", re.IGNORECASE)
#: Inline HTML tags: nothing (their text stays).
_INLINE_TAG = re.compile(
    r"<\s*/?\s*(?:b|strong|i|em|u|span|font|small|big|sup|sub|mark|a|s|strike|ins|del|td|th"
    r"|o:p|w:\w+)\b[^<>]*>", re.IGNORECASE)
#: An emphasis marker glued between a word and a capitalised word: a lost line break.
_GLUED_MARK = re.compile(r"(?<=[\w:.;)])(?:\*\*|__|<\s*/?\s*(?:b|strong)\s*>)+(?=[^\W\d_])")
_EMPHASIS = re.compile(r"\*\*|__")
_SINGLE_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")
_MD_HEADING = re.compile(r"^\s*#{1,6}(?:\s+|(?=[^\W_]))")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
#: Where a glued heading may end: a letter directly before a capital (no space),
#: or a space before a capitalised word.
_JOIN = re.compile(r"(?:(?<=[^\W\d_])|(?<=:)) ?(?=[A-ZÕÄÖÜŠŽ])")
_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\s*\.\s*\d{1,2})?\s*\.?|[IVX]{1,4}\.)\s*")


def clean_markup(text: str) -> str:
    """``text`` without copy markup; a lost line break marked by ``\\n``."""
    if "&" in text and ";" in text:
        text = html.unescape(text).replace("\xa0", " ")
    if "<" in text:
        text = _BLOCK_TAG.sub("\n", text)
        text = _GLUED_MARK.sub("\n", text)
        text = _INLINE_TAG.sub("", text)
    if "*" in text or "_" in text:
        text = _GLUED_MARK.sub("\n", text)
        text = _EMPHASIS.sub("", text)
        text = _SINGLE_STAR.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "#" in text:
        text = "\n".join(_MD_HEADING.sub("", piece) for piece in text.split("\n"))
    return text


def split_glued(text: str) -> list[str]:
    """``text`` cut where a known heading or label runs into the next item, else
    ``[text]``."""
    stripped = text.strip()
    if len(stripped) < 8:
        return [text]
    for match in _JOIN.finditer(stripped, 0, min(len(stripped), 100)):
        cut = match.start()
        head, rest = stripped[:cut], stripped[cut:].lstrip()
        if not rest or not _glued_heading(head, spaced=match.group() == " "):
            continue
        return [head, *split_glued(rest)]
    return [text]


def _glued_heading(head: str, spaced: bool) -> bool:
    body = _NUMBER.sub("", head).strip()
    folded = fold(body)
    if not folded:
        return False
    if not spaced:
        return folded in heading_phrases()
    # With a space between, only a heading that cannot be the start of a sentence:
    # a part heading in capitals, or a sub-heading of several words.
    if folded in subheading_phrases():
        return True
    letters = [ch for ch in body if ch.isalpha()]
    return len(letters) >= 4 and body.isupper() and section_for(folded) is not None
