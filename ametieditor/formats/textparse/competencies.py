"""The competencies under the requirements: named groups with bullets, and the
additional competencies (a name, a colon, a description)."""

from __future__ import annotations

from ametieditor.formats.import_lines import Line, reflow
from ametieditor.formats.import_vocabulary import COMPETENCY_BY_FOLD, TERMINAL, closest, fold
from ametieditor.formats.textparse.context import (
    ParseContext,
    flatten,
    next_nonblank,
    short_name,
)
from ametieditor.i18n import tr
from ametieditor.model.document import (
    AdditionalCompetencies,
    AdditionalCompetency,
    Block,
    Competencies,
    CompetencyGroup,
    RichText,
)


def _group_name(line: Line, next_line: Line | None, space_bullets: bool) -> str | None:
    """The group ``line`` names (``Kliendikesksus:``), or None."""
    if line.bullet or (line.space_led and space_bullets):
        return None
    text = line.text
    head, sep, rest = text.partition(":")
    if not short_name(head):
        return None
    named = (sep and not rest.strip()) \
        or (not sep and fold(text) in COMPETENCY_BY_FOLD) \
        or (not sep and next_line is not None and (next_line.bullet or next_line.space_led)
            and not text.endswith(tuple(TERMINAL + ",")))
    return canonical_competency(head) if named else None


def canonical_competency(name: str) -> str:
    """A known competency in its canonical spelling (OCR damage forgiven), else as written."""
    folded = fold(name)
    match = folded if folded in COMPETENCY_BY_FOLD else closest(folded, COMPETENCY_BY_FOLD)
    return COMPETENCY_BY_FOLD[match] if match is not None else name.strip()


def read_groups(ctx: ParseContext, lines: list[Line], competencies: Competencies) -> None:
    """The groups of ``lines`` into ``competencies``; text before the first group is
    kept as a note."""
    lines = flatten(lines)
    current: list[Line] | None = None
    name = ""
    before: list[Line] = []

    def close() -> None:
        if current is not None:
            competencies.groups.append(CompetencyGroup(name, ctx.rich(current)))

    for index, line in enumerate(lines):
        if line.blank:
            if current is not None:
                current.append(line)
            continue
        group = _group_name(line, next_nonblank(lines, index + 1), ctx.space_bullets)
        if group is not None:
            close()
            name, current = group, []
            continue
        head, sep, rest = line.text.partition(":")
        if (not line.bullet and sep and short_name(head) and rest.strip()
                and fold(head) in COMPETENCY_BY_FOLD):
            close()  # "Kliendikesksus: lähtub kliendi vajadustest" on one line
            name, current = COMPETENCY_BY_FOLD[fold(head)], [Line(rest.strip(), line.number)]
            continue
        (current if current is not None else before).append(line)
    close()
    if any(not ln.blank for ln in before):
        ctx.note(before, tr("tööks vajalikud kompetentsid", "competencies"))


def read_additional(ctx: ParseContext, lines: list[Line],
                    additional: AdditionalCompetencies) -> RichText | None:
    """The additional competencies into ``additional``; the text after them (the
    requirements' closing note), or None."""
    tail: RichText = []
    for block in reflow(flatten(lines), ctx.space_bullets):
        head, sep, rest = block.text.partition(":")
        if tail:
            tail.append(block)
        elif sep and short_name(head, max_words=10):
            additional.items.append(AdditionalCompetency(
                head.strip(), [Block.p(rest.strip())] if rest.strip() else []))
        elif not sep and short_name(block.text) and not block.text.endswith(tuple(TERMINAL)):
            additional.items.append(AdditionalCompetency(block.text.strip(), []))
        elif additional.items and not block.is_bullet and block.text[:1].islower():
            additional.items[-1].content.append(Block.p(block.text))
        else:
            tail.append(block)
    if tail:
        ctx.guess(tr("täiendavate kompetentside järel olev tekst loeti nõuete "
                     "lõpumärkuseks", "text after the additional competencies was "
                     "read as the closing note of the requirements"))
    return tail or None
