"""What changed between two job descriptions (last year's and this year's).

:func:`compare` aligns the two documents part by part and returns a
:class:`Comparison`: a list of :class:`Entry` objects in the order of the new
document, each saying what became of one unit (a field of the general part,
a whole part such as the purpose, one duty, one labelled requirement, …) and
carrying word-level differences of its texts.

Duties are matched by content, not by position: every old duty is scored
against every new one (:class:`difflib.SequenceMatcher` ratio over the
normalised words of task and results), and pairs are taken best first, so a
duty that moved from 3.4 to 3.2 shows as *moved*, not as removed and added.
Which matched units moved is decided by the longest run that kept its order
(longest increasing subsequence): moving one duty up marks that duty as
moved, not every duty it jumped over.

Substantive changes
===================

Under the civil service act (avaliku teenistuse seadus) a change to the duties or the
requirements of a post may need the official's consent, while corrections
of wording do not. The comparison flags an entry as *substantive* when

* the **purpose** (section 2) was added, removed, or its text changed;
* a **duty** was added or removed, or its **task** text changed (a moved
  duty alone, a changed heading, or changed *results* are not substantive);
* anything in the **requirements** (section 7: labelled requirements,
  competency groups, additional competencies, the closing note) was added,
  removed, or its label/name or text changed (section headings excepted).

"Text changed" always means changed beyond whitespace, punctuation and
letter case: both texts are case-folded, every character that is not a
letter or digit becomes a space, and the remaining words are compared.
Everything else (general part, rights, responsibility, work tools,
amendment, approval note, signatures) is reported as a change but never
flagged substantive. The flag is a pointer for the HR specialist, not a
legal judgement.

The document's ``meta`` (id, revision, dates) is not compared: it differs
between any two revisions.

This module is plain Python (no Qt); the CLI ``diff`` command, the HTML and
DOCX summaries and the GUI compare view all use it.
"""


from __future__ import annotations

from ametieditor.model.compare.entries import (
    APPROVAL,
    EXTRA_SECTIONS,
    SIGNATURES,
    ChangeKind,
    Comparison,
    Entry,
    Location,
    TextChange,
    kind_name,
)
from ametieditor.model.compare.matching import align, match_by_key, match_by_similarity
from ametieditor.model.compare.rendering import CONTEXT_WORDS, inline_diff, summary_lines
from ametieditor.model.compare.walk import compare
from ametieditor.model.compare.words import (
    BULLET_PREFIX,
    DUTY_MATCH_THRESHOLD,
    Op,
    Segment,
    normalise_words,
    rich_to_text,
    similarity,
    word_diff,
)

__all__ = [
    "APPROVAL",
    "BULLET_PREFIX",
    "CONTEXT_WORDS",
    "DUTY_MATCH_THRESHOLD",
    "EXTRA_SECTIONS",
    "SIGNATURES",
    "ChangeKind",
    "Comparison",
    "Entry",
    "Location",
    "Op",
    "Segment",
    "TextChange",
    "align",
    "compare",
    "inline_diff",
    "kind_name",
    "match_by_key",
    "match_by_similarity",
    "normalise_words",
    "rich_to_text",
    "similarity",
    "summary_lines",
    "word_diff",
]
