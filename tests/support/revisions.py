"""A realistic "this year's revision" of a sample, for compare tests, screenshots, benchmarks."""

from __future__ import annotations

from ametieditor.model.document import Block, Duty, JobDescription, Requirement


def revise(doc: JobDescription) -> JobDescription:
    """A copy of ``doc`` with the kinds of edits a yearly review makes.

    Duty 3.4 moves to 3.2; the first duty gets one more result; the task of
    the (new) 3.3 is reworded; the last duty is removed and a new one added;
    the purpose is reworded; a requirement is added; a right gets a comma.
    """
    new = doc.clone()
    if new.duties is not None and len(new.duties.items) >= 5:
        items = new.duties.items
        items.insert(1, items.pop(3))
        items[0].results.append(Block.li("kord aastas on koostatud tegevuste aruanne."))
        first = items[2].task[0]
        first.text = first.text.replace("koordineerimine", "korraldamine", 1)
        if first.text == doc.duties.items[1].task[0].text:
            first.text = "Koostöö korraldamine: " + first.text
        items.pop()
        items.append(Duty([Block.p("Isikuandmete kaitse nõuete järgimine oma töös.")],
                          [Block.li("Isikuandmeid on töödeldud nõuetekohaselt.")]))
    if new.purpose:
        new.purpose[0].text = new.purpose[0].text.replace("arendamine", "arendamine ja juhtimine",
                                                          1)
    if new.requirements is not None:
        new.requirements.items.append(
            Requirement("Juhiluba", [Block.p("B-kategooria juhiluba on eeliseks.")]))
    if new.rights is not None and new.rights.content:
        new.rights.content[0].text = new.rights.content[0].text.rstrip(";") + ", ;"
    return new
