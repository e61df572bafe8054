#!/usr/bin/env python3
"""Generate a folder of job descriptions as an organisation's shared drive holds them.

Test material and benchmark input for the folder check and the folder
overview (issue 16). ``--count N`` files are written under ``--out DIR``:

* one subfolder per department, a subfolder per section (*talitus*) of a
  department and, for some sections, a team folder one level deeper; about
  N/12 structural units in all;
* each file an ``.ametijuhend`` of the current format version, serialised
  by the project's own writer (:func:`ametieditor.formats.xml_format.to_bytes`;
  written without the writer's fsync per file so 10,000 files take seconds);
* titles, units and managers in realistic Estonian, qualifiers such as
  ``(kaitstud töö)``, approval dates, decree numbers, revisions, duties, and
  the standard parts taken from the bundled wording library
  (``resources/wording``), varied by choice, order, intro line, capital
  letter and closing punctuation, never by wording;
* substitution fields (1.4 Kes asendab / 1.5 Keda asendab) naming each other
  within a unit, in varied case forms (``Koordinaator`` / ``Koordinaatorit``).

Names are kept apart on purpose (no two units or managers as alike as the
folder check's spelling threshold), so what the check finds is what was
planted, listed in a manifest (JSON; default ``DIR/../<DIR name>.planted.json``,
paths relative to DIR with ``/``): ``{"seed", "count", "files", "units",
"layout", "planted": [...]}``, each planted item one of

* ``{"kind": "one_sided_substitution", "file", "field": "substitutes", "name", "other"}``:
  ``file`` names ``other``'s post in 1.5, ``other`` does not name it back in 1.4;
* ``{"kind": "unit_variant" | "manager_variant", "file", "field", "variant", "usual"}``;
* ``{"kind": "wording_drift", "file", "part", "original", "drifted"}``, three; ``file`` is
  late in path order, so a check reading the files in that order reports it there;
* ``{"kind": "unreadable", "file", "reason"}``: a damaged XML file and an empty ``.docx``.

The same seed gives the same files, byte for byte. ``--flat`` puts every file
in DIR itself (for a folder check that reads no subfolders)::

    python scripts/make_folder_corpus.py --count 2000 --out DIR [--seed 16] [--manifest F] [--flat]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _folder in (REPO, REPO / "scripts"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

import folder_corpus_words as words  # noqa: E402

from ametieditor.formats import xml_format  # noqa: E402
from ametieditor.model import document as model  # noqa: E402
from ametieditor.model.folding import fold_diacritics  # noqa: E402
from ametieditor.wording import entry as wording  # noqa: E402
from ametieditor.wording import storage  # noqa: E402
from ametieditor.wording.library import bundled_files  # noqa: E402

#: The folder check's threshold for names spelt differently; generated names stay below it.
NAME_SIMILARITY = 0.85
#: The folder check's threshold for drifted wording; the library is thinned below it.
WORDING_SIMILARITY = 0.9
DEFAULT_SEED = 16
EXTENSION = ".ametijuhend"


def _fold(text: str) -> str:
    return " ".join(fold_diacritics(text).split())


@cache
def _letters(text: str) -> Counter[str]:
    return Counter(text)


def similar(a: str, b: str, threshold: float) -> bool:
    """The folder check's similarity rule, either way round (difflib's ratio is not symmetric).

    The length and letter-count bounds (difflib's real_quick_ratio and quick_ratio,
    both symmetric) are worked out first, without building a matcher.
    """
    total = len(a) + len(b)
    if not total or 2 * min(len(a), len(b)) < threshold * total:
        return False
    if 2 * sum((_letters(a) & _letters(b)).values()) < threshold * total:
        return False
    return any(SequenceMatcher(None, first, second, autojunk=False).ratio() >= threshold
               for first, second in ((a, b), (b, a)))


@dataclass
class Unit:
    name: str
    folder: Path
    manager: str
    department: str
    posts: list[Post] = field(default_factory=list)


@dataclass
class Post:
    unit: Unit
    title: str
    partitive: str
    document: model.JobDescription
    path: Path = Path()


# -- the standard wording --------------------------------------------------

Library = dict[wording.Category, list[wording.Entry]]

#: Where each category's text lands in the document (the folder check's kinds).
_ROOT = {wording.Category.RIGHT: "rights", wording.Category.RESPONSIBILITY: "responsibilities",
         wording.Category.WORK_TOOLS: "work_tools", wording.Category.AMENDMENT: "amendment",
         wording.Category.REQUIREMENT: "requirements", wording.Category.COMPETENCY: "requirements",
         wording.Category.ADDITIONAL: "requirements"}


@cache
def standard_wording() -> Library:
    """The bundled entries, thinned so no two texts of one part are near-duplicates.

    The library keeps the variants found in real files (``turvalise ja`` /
    ``turvalise ning``); using both would plant drift nobody asked for.
    """
    kept: Library = {category: [] for category in wording.Category}
    texts: dict[str, list[str]] = {}
    for path in bundled_files():
        for entry in storage.read(path, bundled=True):
            root = _ROOT[entry.category]
            mine = [_fold(block.text).rstrip(";.,") for block in entry.blocks]
            if any(similar(a, b, WORDING_SIMILARITY) for a in mine for b in texts.get(root, [])):
                continue
            texts.setdefault(root, []).extend(mine)
            kept[entry.category].append(entry)
    return kept


def _fits(entry: wording.Entry, group: str) -> bool:
    return not entry.tags or group.lower() in entry.tags


def _vary(rng: random.Random, blocks: list[model.Block]) -> list[model.Block]:
    """Capital or small first letter, closing ``;`` or ``.``: what real copies differ in."""
    varied = []
    for index, block in enumerate(blocks):
        text = block.text
        if block.is_bullet and rng.random() < 0.3:
            text = text[:1].upper() + text[1:]
        if block.is_bullet and text[-1:] in ";.":
            text = text[:-1] + (";" if index < len(blocks) - 1 else ".")
        varied.append(model.Block(block.kind, text))
    return varied


def _pick(rng: random.Random, entries: list[wording.Entry], group: str, low: int, high: int
          ) -> list[wording.Entry]:
    fitting = [entry for entry in entries if _fits(entry, group)]
    return rng.sample(fitting, min(len(fitting), rng.randint(low, high)))


def _bullets(rng: random.Random, entries: list[wording.Entry]) -> list[model.Block]:
    return _vary(rng, [block for entry in entries for block in wording.entry_to_blocks(entry)])


def _requirements(rng: random.Random, library: Library, group: str) -> model.Requirements:
    by_label: dict[str, list[wording.Entry]] = {}
    for entry in library[wording.Category.REQUIREMENT]:
        if _fits(entry, group):
            by_label.setdefault(entry.label, []).append(entry)
    items = [wording.entry_to_requirement(rng.choice(options)) for options in by_label.values()
             if rng.random() < 0.85]
    groups = _pick(rng, library[wording.Category.COMPETENCY], group, 2, 4)
    additional = _pick(rng, library[wording.Category.ADDITIONAL], group, 1, 4)
    return model.Requirements(
        items=items,
        competencies=model.Competencies(groups=[wording.entry_to_group(e) for e in groups]),
        additional=model.AdditionalCompetencies(
            items=[wording.entry_to_additional(e) for e in additional]) if additional else None)


def _standard_parts(rng: random.Random, doc: model.JobDescription, library: Library) -> None:
    group = doc.general.employee_group or "Ametnik"
    doc.rights = model.IntroList(
        rng.choice(words.RIGHTS_INTROS),
        _bullets(rng, _pick(rng, library[wording.Category.RIGHT], group, 3, 7)))
    doc.responsibilities = model.IntroList(
        rng.choice(words.RESPONSIBILITY_INTROS),
        _bullets(rng, _pick(rng, library[wording.Category.RESPONSIBILITY], group, 3, 6)))
    tools = [entry for entry in library[wording.Category.WORK_TOOLS] if _fits(entry, group)]
    doc.work_tools = wording.entry_to_blocks(rng.choice(tools)) if rng.random() < 0.9 else None
    doc.requirements = _requirements(rng, library, group)
    amendment = _pick(rng, library[wording.Category.AMENDMENT], "ametnik", 1, 2)
    doc.amendment = [model.Block.p(block.text) for entry in amendment
                     for block in entry.blocks] if rng.random() < 0.8 else None


# -- units and posts ---------------------------------------------------------


def _distinct(candidate: str, taken: list[str]) -> bool:
    folded = _fold(candidate)
    return all(folded != other and not similar(folded, other, NAME_SIMILARITY)
               for other in taken)


def _unit_pool(rng: random.Random) -> list[tuple[str, Path, str]]:
    """Every unit name the vocabulary makes, with its folder and department, shuffled."""
    pool = []
    for department in words.DEPARTMENTS:
        head = Path(f"{department} osakond")
        pool.append((f"{department} osakond", head, department))
        for section in words.SECTIONS:
            folder = head / f"{section.capitalize()} talitus"
            pool.append((f"{department} osakonna {section} talitus", folder, department))
            pool.append((f"{department} osakond, {section} talitus", folder, department))
            pool.extend((f"{department} osakonna {section} talituse {region} tiim",
                         folder / f"{region} tiim", department)
                        for region in rng.sample(words.REGIONS, 1))
    rng.shuffle(pool)
    return pool


#: Up to this many units every name is kept apart from every other; above it only
#: from the names of its own department (comparing all would take minutes), so a
#: very large corpus may hold a few names the check takes for variants.
THOROUGH_UNITS = 250


def make_units(rng: random.Random, count: int) -> list[Unit]:
    """``count`` units whose names the spelling check does not take for one another."""
    units: list[Unit] = []
    taken: dict[str, list[str]] = {}
    folders: set[Path] = set()
    for name, folder, department in _unit_pool(rng):
        bucket = taken.setdefault("" if count <= THOROUGH_UNITS else department, [])
        if folder in folders or not _distinct(name, bucket):
            continue
        bucket.append(_fold(name))
        folders.add(folder)
        manager = rng.choice(words.MANAGERS if " osakonna " in name or ", " in name
                             else ("Osakonna juhataja", "Peadirektori asetäitja"))
        units.append(Unit(name, folder, manager, department))
        if len(units) == count:
            return units
    raise SystemExit(f"the vocabulary gives only {len(units)} distinct units; "
                     "use a smaller --count")


def _titles(rng: random.Random, size: int) -> list[tuple[str, str]]:
    """Up to ``size`` titles for one unit; a repeated title gets a different qualifier each time.

    A plain ``Koordinaator`` next to ``Koordinaator (kaitstud töö)`` would make
    the name ``Koordinaatorit`` match both, so a repeated title is qualified
    every time.
    """
    plain = list(words.TITLES)
    rng.shuffle(plain)
    picks = [plain[index % len(plain)] for index in range(size)]
    counts = Counter(nominative for nominative, _ in picks)
    used: dict[str, list[str]] = {}
    chosen = []
    for nominative, partitive in picks:
        if counts[nominative] > 1 or rng.random() < 0.12:
            free = [q for q in words.QUALIFIERS if q not in used.setdefault(nominative, [])]
            if not free:
                continue
            qualifier = rng.choice(free)
            used[nominative].append(qualifier)
            nominative, partitive = f"{nominative} ({qualifier})", f"{partitive} ({qualifier})"
        chosen.append((nominative, partitive))
    return chosen


def _meta_and_approval(rng: random.Random, doc: model.JobDescription) -> None:
    year = rng.randint(2022, 2025)  # approved within the last five years, none in the future
    revision = rng.choice((1, 1, 1, 2, 2, 3, 4))
    created = f"{year - revision + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    doc.meta = model.Meta(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), revision=revision,
        created=f"{created}T09:00:00+02:00",
        modified=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:30:00+02:00",
        based_on=str(uuid.UUID(int=rng.getrandbits(128), version=4)) if revision > 1 else "")
    approval = model.Approval(approver=f"{words.ORGANISATION} peadirektori")
    if rng.random() < 0.88:  # the others wait for the document system to fill them in
        approval.date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        approval.decree = rng.choice((str(rng.randint(1, 400)),
                                      f"1.1-1/{rng.randint(1, 999)}",
                                      f"{year % 100}-{rng.randint(1, 300)}"))
    doc.approval = approval


def _duties(rng: random.Random, group: str) -> model.Duties:
    heading = "TÖÖÜLESANDED" if group == "Töötaja" else rng.choice(words.DUTIES_HEADINGS)
    items = []
    for obj in rng.sample(words.OBJECTS, rng.randint(3, 9)):
        task = f"{obj.capitalize()} {rng.choice(words.ACTIONS)}."
        results = [model.Block.li(text) for text in rng.sample(words.RESULTS, rng.randint(1, 3))]
        items.append(model.Duty(task=[model.Block.p(task)], results=results))
    return model.Duties(heading=heading, items=items)


def make_document(rng: random.Random, unit: Unit, title: str,
                  library: Library) -> model.JobDescription:
    """One post's job description (substitution fields are filled in later, per unit)."""
    doc = model.JobDescription()
    general = doc.general
    general.title, general.unit, general.manager = title, unit.name, unit.manager
    general.employee_group = "Töötaja" if rng.random() < 0.2 else "Ametnik"
    if rng.random() < 0.3:
        general.employee_group = ""  # 1.6 is optional and often left out
    _meta_and_approval(rng, doc)
    doc.purpose = [model.Block.p(
        f"Ametikoha eesmärk on {unit.department.lower()} valdkonna {rng.choice(words.OBJECTS)} "
        f"{rng.choice(words.ACTIONS)} ja selle tulemuslikkuse tagamine.")]
    doc.duties = _duties(rng, general.employee_group)
    _standard_parts(rng, doc, library)
    doc.signatures = model.Signatures(
        approver=model.ApproverSignature("Maret Maripuu", "peadirektor"),
        acknowledgement=model.Acknowledgement(
            signers=["vahetu juht", title[:1].lower() + title[1:]]))
    return doc


def _name(rng: random.Random, form: str) -> str:
    """A title as written in 1.4/1.5: as it is, or with a small first letter."""
    return form[:1].lower() + form[1:] if rng.random() < 0.25 else form


def link_substitutes(rng: random.Random, posts: list[Post]) -> None:
    """Pairs (and a trio at odd counts) of a unit name each other both ways."""
    order = list(posts)
    rng.shuffle(order)
    groups = [order[i:i + 2] for i in range(0, len(order) - len(order) % 2, 2)]
    if len(order) % 2:
        if groups:
            groups[-1].append(order[-1])
        else:
            order[0].document.general.substituted_by = "vahetu juht"
    for group in groups:
        for post in group:
            others = [other for other in group if other is not post]
            separator = rng.choice((", ", " või ", " ja "))
            general = post.document.general
            general.substituted_by = separator.join(_name(rng, o.title) for o in others)
            general.substitutes = separator.join(_name(rng, o.partitive) for o in others)


# -- file names --------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "_", text).strip("_")


def place_files(rng: random.Random, units: list[Unit], flat: bool) -> None:
    """Each post's path, relative to the corpus root, unique."""
    used: set[Path] = set()
    for number, post in enumerate(p for unit in units for p in unit.posts):
        slug, revision = _slug(post.title), post.document.meta.revision  # type: ignore[union-attr]
        stem = rng.choice((slug, f"AJ_{slug}", f"{slug}_{revision}",
                           f"Ametijuhend_{slug.lower()}"))
        folder = Path() if flat else post.unit.folder
        path = folder / f"{stem}{EXTENSION}"
        if flat or path in used:
            path = folder / f"{stem}_{number:05d}{EXTENSION}"
        used.add(path)
        post.path = path


# -- planted problems ------------------------------------------------------

def plant_one_sided(rng: random.Random, units: list[Unit], busy: set[int]) -> dict[str, str]:
    """B no longer names A in 1.4, while A still says (1.5) it substitutes B."""
    for unit in rng.sample(units, len(units)):
        pairs = [post for post in unit.posts if id(post) not in busy
                 and _names(post.document.general.substitutes) == 1]
        for a in pairs:
            partner = [b for b in unit.posts if b is not a and _fold(
                a.document.general.substitutes) == _fold(b.partitive)]
            if len(partner) == 1 and _names(partner[0].document.general.substituted_by) == 1:
                b = partner[0]
                b.document.general.substituted_by = "vahetu juht"
                busy.update((id(a), id(b)))
                return {"kind": "one_sided_substitution", "file": a.path.as_posix(),
                        "field": "substitutes", "name": a.document.general.substitutes,
                        "other": b.path.as_posix()}
    raise SystemExit("no unit with a substitution pair: use a larger --count")


def _names(field_text: str) -> int:
    return len(re.split(r",|\s+või\s+|\s+ja\s+", field_text)) if field_text else 0


def plant_unit_variant(rng: random.Random, units: list[Unit], busy: set[int]
                       ) -> dict[str, str]:
    """One post of a unit of three or more has the unit's name in another case form."""
    names = [_fold(unit.name) for unit in units]
    for unit in rng.sample(units, len(units)):
        last = unit.name.rsplit(" ", 1)[-1]
        if last not in words.UNIT_ENDINGS or len(unit.posts) < 3:
            continue
        variant = unit.name[: -len(last)] + words.UNIT_ENDINGS[last]
        alike = [n for n in names if similar(_fold(variant), n, NAME_SIMILARITY)]
        if alike != [_fold(unit.name)]:
            continue
        post = next((p for p in unit.posts if id(p) not in busy), None)
        if post is None:
            continue
        post.document.general.unit = variant
        busy.add(id(post))
        return {"kind": "unit_variant", "file": post.path.as_posix(), "field": "unit",
                "variant": variant, "usual": unit.name}
    raise SystemExit("no unit to spell two ways: use a larger --count")


def plant_manager_variant(rng: random.Random, posts: list[Post], busy: set[int]
                          ) -> dict[str, str]:
    """One post names its manager spelt differently from every other post."""
    counts = Counter(post.unit.manager for post in posts)
    for post in rng.sample(posts, len(posts)):
        usual = post.unit.manager
        if id(post) in busy or counts[usual] < 2:
            continue
        variant = words.MANAGER_VARIANTS[usual]
        alike = [m for m in counts if similar(_fold(variant), _fold(m), NAME_SIMILARITY)
                 or _fold(variant) == _fold(m)]
        if alike != [usual]:
            continue
        post.document.general.manager = variant
        busy.add(id(post))
        return {"kind": "manager_variant", "file": post.path.as_posix(), "field": "manager",
                "variant": variant, "usual": usual}
    raise SystemExit("no manager to spell two ways: use a larger --count")


def _drifted(rng: random.Random, text: str) -> str:
    """One word changed (``ja`` → ``ning``) or two letters of the longest word swapped."""
    if " ja " in text and rng.random() < 0.5:
        return text.replace(" ja ", " ning ", 1)
    tokens = text.split(" ")
    index = max(range(len(tokens)), key=lambda i: (len(tokens[i]), -i))
    word, middle = tokens[index], len(tokens[index]) // 2
    tokens[index] = word[:middle - 1] + word[middle] + word[middle - 1] + word[middle + 1:]
    return " ".join(tokens)


def _drift_blocks(doc: model.JobDescription, part: str) -> list[model.Block]:
    if part == "requirements" and doc.requirements and doc.requirements.competencies:
        return [b for g in doc.requirements.competencies.groups for b in g.content]
    intro_list = getattr(doc, part)
    return intro_list.content if intro_list is not None else []


def plant_wording_drift(rng: random.Random, ordered: list[Post], part: str, busy: set[int]
                        ) -> dict[str, str]:
    """A standard sentence of ``part`` drifted in one file that comes late in name order.

    Late, so an earlier file holds the sentence as it should be and the check
    reports the drifted file (it reports whichever of two files it reads second).
    """
    earlier: set[str] = set()
    for post in ordered[: len(ordered) // 2]:
        earlier.update(_fold(b.text).rstrip(";.,") for b in _drift_blocks(post.document, part))
    for post in rng.sample(ordered[len(ordered) // 2:], len(ordered) - len(ordered) // 2):
        if id(post) in busy:
            continue
        for block in _drift_blocks(post.document, part):
            original = _fold(block.text).rstrip(";.,")
            if original not in earlier or len(block.text.split()) < 6:
                continue
            drifted = _drifted(rng, block.text)
            if similar(_fold(drifted).rstrip(";.,"), original, WORDING_SIMILARITY):
                planted = {"kind": "wording_drift", "file": post.path.as_posix(),
                           "part": part, "original": block.text, "drifted": drifted}
                block.text = drifted
                busy.add(id(post))
                return planted
    raise SystemExit(f"no sentence of {part} to drift: use a larger --count")


# -- writing -------------------------------------------------------------------


def _sizes(rng: random.Random, posts: int, units: int) -> list[int]:
    """Posts per unit: two at least, the rest spread unevenly (some units are large)."""
    sizes = [2] * units
    weights = [rng.choice((1, 1, 2, 3, 5)) for _ in range(units)]
    for index in rng.choices(range(units), weights=weights, k=posts - 2 * units):
        sizes[index] += 1
    return sizes


def build(rng: random.Random, count: int) -> tuple[list[Unit], list[Post]]:
    """The units and their posts, substitutes linked, nothing planted yet."""
    library = standard_wording()
    units = make_units(rng, max(3, round(count / 12)))
    posts: list[Post] = []
    remaining = count - 2  # two files are left for the unreadable ones
    for unit, size in zip(units, _sizes(rng, remaining, len(units)), strict=True):
        for title, partitive in _titles(rng, size):
            doc = make_document(rng, unit, title, library)
            unit.posts.append(Post(unit, title, partitive, doc))
        link_substitutes(rng, unit.posts)
        posts.extend(unit.posts)
    return units, posts


def plant(rng: random.Random, units: list[Unit], posts: list[Post]) -> list[dict[str, str]]:
    busy: set[int] = set()
    ordered = sorted(posts, key=lambda post: post.path)
    return [plant_one_sided(rng, units, busy), plant_unit_variant(rng, units, busy),
            plant_manager_variant(rng, posts, busy),
            *(plant_wording_drift(rng, ordered, part, busy)
              for part in ("rights", "responsibilities", "requirements"))]


def write_files(out: Path, posts: list[Post]) -> None:
    made: set[Path] = set()
    for post in posts:
        target = out / post.path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(xml_format.to_bytes(post.document))


def write_unreadable(rng: random.Random, out: Path, posts: list[Post], flat: bool
                     ) -> list[dict[str, str]]:
    """A copy cut off half way (an interrupted copy to the share) and an empty .docx."""
    source = rng.choice(posts)
    damaged = source.path.with_name(f"{source.path.stem}_koopia{EXTENSION}")
    data = xml_format.to_bytes(source.document)
    (out / damaged).write_bytes(data[: len(data) * 3 // 5])
    folder = Path() if flat else rng.choice(posts).unit.folder
    empty = folder / "Vana ametijuhend.docx"
    (out / empty).write_bytes(b"")
    return [{"kind": "unreadable", "file": damaged.as_posix(), "reason": "damaged XML"},
            {"kind": "unreadable", "file": empty.as_posix(), "reason": "empty .docx"}]


def generate(count: int, out: Path, seed: int = DEFAULT_SEED, flat: bool = False,
             manifest: Path | None = None) -> dict[str, object]:
    """Write the corpus and its manifest; returns the manifest."""
    if count < 24:
        raise SystemExit("--count must be at least 24 (two posts a unit, planted problems)")
    rng = random.Random(seed)
    units, posts = build(rng, count)
    place_files(rng, units, flat)
    planted = plant(rng, units, posts)
    out.mkdir(parents=True, exist_ok=True)
    write_files(out, posts)
    planted += write_unreadable(rng, out, posts, flat)
    record: dict[str, object] = {
        "seed": seed, "count": count, "files": len(posts) + 2, "units": len(units),
        "layout": "flat" if flat else "tree", "planted": planted}
    target = manifest or manifest_path(out)
    target.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return record


def manifest_path(out: Path) -> Path:
    """Where the manifest of the corpus in ``out`` goes unless told otherwise."""
    return out.parent / f"{out.name}.planted.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, required=True, help="number of files to write")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--manifest", type=Path, help="where to write the planted problems "
                        "(default DIR/../NAME.planted.json)")
    parser.add_argument("--flat", action="store_true", help="every file in DIR, no subfolders")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty; give a new folder")
    started = time.perf_counter()
    record = generate(args.count, args.out, args.seed, args.flat, args.manifest)
    print(f"{record['files']} files, {record['units']} units, "
          f"{len(record['planted'])} planted problems in {args.out} "  # type: ignore[arg-type]
          f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
