"""Import notes: text an importer could not place, moved into a part or deleted (undoably).

A note is moved with :func:`place_note`: its text is appended to a chosen
part (one block a line) and the note removed, as ONE step on the undo stack
(a macro), so Undo puts the note back and takes the text out of the part.
:func:`note_targets` lists the parts a note can go to, with their numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ametieditor.commands.edits import InsertItem, RemoveItem, SetPart
from ametieditor.commands.paths import ModelPath, get_at
from ametieditor.commands.session import EditSession
from ametieditor.model.document import Block, BlockKind, IntroList, JobDescription
from ametieditor.model.numbering import Section, extra_heading, numbered_heading, numbering

NOTES: ModelPath = ("import_notes",)


@dataclass(frozen=True)
class NoteTarget:
    """A rich-text list a note's text can be appended to."""

    label: str  # "2. AMETIKOHA EESMÄRK", "3.2 põhiülesanne: tulemused"
    list_path: ModelPath
    #: For a part the document does not have yet: its path and how to make it.
    part_path: ModelPath | None = None
    make_part: Callable[[], Any] | None = None


def note_targets(doc: JobDescription) -> list[NoteTarget]:
    """The places a note can go, in document order; absent parts are offered too."""
    targets: list[NoteTarget] = []

    def part(section: Section, name: str, list_path: ModelPath,
             make: Callable[[], Any]) -> None:
        present = getattr(doc, name) is not None
        heading = numbered_heading(doc, section) if present else ""
        if present:
            targets.append(NoteTarget(heading or name, list_path))
        else:
            names = {
                "purpose": QCoreApplication.translate("notes", "Ametikoha eesmärk"),
                "rights": QCoreApplication.translate("notes", "Õigused"),
                "responsibilities": QCoreApplication.translate("notes", "Vastutus"),
                "work_tools": QCoreApplication.translate("notes", "Töövahendid"),
                "amendment": QCoreApplication.translate("notes", "Ametijuhendi muutmine"),
            }
            label = QCoreApplication.translate("notes", "{part} (osa lisatakse)")
            targets.append(NoteTarget(label.format(part=names[name]), list_path, (name,),
                                      make))

    part(Section.PURPOSE, "purpose", ("purpose",), list)
    if doc.duties is not None:
        numbers = numbering(doc)
        for index, duty in enumerate(doc.duties.items):
            first = duty.task[0].text if duty.task else ""
            first = first if len(first) <= 40 else first[:39] + "…"
            number = numbers.duty(index)
            task = QCoreApplication.translate("notes", "{number} ülesanne: {text}")
            results = QCoreApplication.translate("notes", "{number} tulemused")
            targets.append(NoteTarget(task.format(number=number, text=first),
                                      ("duties", "items", index, "task")))
            targets.append(NoteTarget(results.format(number=number),
                                      ("duties", "items", index, "results")))
    part(Section.RIGHTS, "rights", ("rights", "content"), IntroList)
    part(Section.RESPONSIBILITIES, "responsibilities", ("responsibilities", "content"),
         IntroList)
    part(Section.WORK_TOOLS, "work_tools", ("work_tools",), list)
    if doc.requirements is not None:
        heading = numbered_heading(doc, Section.REQUIREMENTS)
        for index, requirement in enumerate(doc.requirements.items):
            targets.append(NoteTarget(f"{heading}: {requirement.label}".strip(),
                                      ("requirements", "items", index, "content")))
        note = QCoreApplication.translate("notes", "{heading}: märkus")
        targets.append(NoteTarget(
            note.format(heading=heading), ("requirements", "note"),
            None if doc.requirements.note is not None else ("requirements", "note"),
            None if doc.requirements.note is not None else list))
    part(Section.AMENDMENT, "amendment", ("amendment",), list)
    for index in range(len(doc.extra_sections)):
        targets.append(NoteTarget(extra_heading(doc, index), ("extra_sections", index, "content")))
    return targets


def note_blocks(text: str, bullet: bool) -> list[Block]:
    """The note's text as blocks: one a line, empty lines dropped."""
    kind = BlockKind.BULLET if bullet else BlockKind.PARAGRAPH
    return [Block(kind, line.strip()) for line in text.splitlines() if line.strip()]


def place_note(session: EditSession, index: int, target: NoteTarget,
               bullet: bool = False) -> ModelPath:
    """Append note ``index`` to ``target`` and remove the note, as one undoable step.

    Returns the path of the first block added (to put the cursor there).
    """
    doc = session.document
    note = doc.import_notes[index]
    blocks = note_blocks(note.text, bullet) or [Block(BlockKind.PARAGRAPH, note.text)]
    stack = session.undo_stack
    stack.beginMacro(QCoreApplication.translate("notes", "Paiguta tekst osasse"))
    try:
        if target.part_path is not None and get_at(doc, target.part_path) is None:
            assert target.make_part is not None
            stack.push(SetPart(session, target.part_path, target.make_part()))
        first = len(get_at(session.document, target.list_path))
        for offset, block in enumerate(blocks):
            stack.push(InsertItem(session, target.list_path, first + offset, block))
        stack.push(RemoveItem(session, NOTES, index))
    finally:
        stack.endMacro()
    return (*target.list_path, first)


def delete_note(session: EditSession, index: int) -> None:
    """Delete note ``index`` (undoable)."""
    label = QCoreApplication.translate("notes", "Kustuta paigutamata tekst")
    session.undo_stack.push(RemoveItem(session, NOTES, index, label))
