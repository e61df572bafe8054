"""How entries are listed in the picker: the document's own kind first, each told apart.

The bundled library has wording for officials (``ametnik``) and employees
(``töötaja``) under the same names (``Korrektsus``, ``Abivalmidus``). In the
list every entry says whom it is for, the entries of the document's own kind
come first, and two entries that would still read the same get the words
where their texts part (:func:`list_labels`).
"""

from __future__ import annotations

from collections import defaultdict

from ametieditor.i18n import tr
from ametieditor.model.document import JobDescription
from ametieditor.wording.entry import Entry

OFFICIAL, EMPLOYEE = "ametnik", "töötaja"
#: The tags that say for which kind of post an entry is.
KINDS = (OFFICIAL, EMPLOYEE)
#: Words of the text shown to tell two same-named entries apart.
SNIPPET_WORDS = 4


def document_kind(doc: JobDescription) -> str | None:
    """``"ametnik"`` or ``"töötaja"`` from 1.6 Töötaja grupp or the rights' intro; else None."""
    group = doc.general.employee_group.strip().casefold()
    if group in KINDS:
        return group
    intro = doc.rights.intro.casefold() if doc.rights is not None else ""
    for kind in KINDS:
        if intro.startswith(kind):
            return kind
    return None


def for_kind_first(entries: list[Entry], kind: str | None) -> list[Entry]:
    """``entries`` (already ranked) with those for ``kind`` first and those only for
    the other kind last; the order within each group is kept."""
    if kind is None:
        return list(entries)

    def group(entry: Entry) -> int:
        kinds = [tag for tag in entry.tags if tag in KINDS]
        if kind in kinds:
            return 0
        return 2 if kinds else 1

    return sorted(entries, key=group)


def kind_label(entry: Entry) -> str:
    """``"ametnik, töötaja"``: the kinds an entry is tagged for ("" when none)."""
    return ", ".join(tag for tag in KINDS if tag in entry.tags)


def list_labels(entries: list[Entry]) -> list[str]:
    """The text of each entry's row: name, kinds, own mark, and what tells twins apart.

    ``Korrektsus  [ametnik]``; entries of one category with the same name get
    ``— …Vigade tekkimisel märkab neid…``, the first words where their texts differ.
    """
    labels = [_base(entry) for entry in entries]
    twins: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        twins[(entry.category.value, entry.name.casefold())].append(index)
    for indices in twins.values():
        if len(indices) < 2:
            continue
        texts = [entries[i].text.split() for i in indices]
        for position, index in enumerate(indices):
            others = texts[:position] + texts[position + 1:]
            labels[index] += "  — " + _where_it_differs(texts[position], others)
    return labels


def _base(entry: Entry) -> str:
    label = entry.name
    kinds = kind_label(entry)
    if kinds:
        label += f"  [{kinds}]"
    if not entry.bundled:
        label += "  " + tr("(minu)", "(mine)")
    return label


def _where_it_differs(words: list[str], others: list[list[str]]) -> str:
    shared = max(_common_prefix(words, other) for other in others)
    if shared >= len(words):
        return tr("lühem tekst", "shorter text")
    end = shared + SNIPPET_WORDS
    return ("…" if shared else "") + " ".join(words[shared:end]) + \
        ("…" if end < len(words) else "")


def _common_prefix(first: list[str], second: list[str]) -> int:
    count = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        count += 1
    return count
