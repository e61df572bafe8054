"""The change summary of two job descriptions as an HTML page or a DOCX file.

Both are made from a :class:`~ametieditor.model.compare.Comparison` and the
:class:`~ametieditor.model.revision.RevisionInfo` of each side, so the reader
sees which file is the earlier one and which the new (file name, revision
number, approval and save dates, in a small table under the title). They list
only what changed: each changed entry with its kind (changed, moved, added,
removed), the substantive flag, and each changed text with deleted words
struck through and inserted words underlined (``<del>``/``<ins>`` in HTML,
red strike-through and green underline in DOCX). Both are written
atomically: a failed write leaves an existing file as it was.
"""

from __future__ import annotations

import html
import io
from pathlib import Path
from typing import Any

from ametieditor.i18n import current_language, tr
from ametieditor.io.atomic import atomic_write
from ametieditor.io.errors import FormatError
from ametieditor.io.files import describe_os_error
from ametieditor.model.compare import ChangeKind, Comparison, Entry, Op, TextChange
from ametieditor.model.revision import RevisionInfo

_CSS = """
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; margin: 2em;
       max-width: 60em; color: #1a1a1a; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin: 1.4em 0 0.3em; }
.kind { font-weight: normal; color: #555; }
.substantive { background: #fff0c2; border: 1px solid #e0b000; padding: 0 0.4em;
               font-size: 9pt; font-weight: bold; }
.field { margin: 0.2em 0 0.6em 1.2em; white-space: pre-wrap; }
.label { color: #555; font-size: 9pt; display: block; }
del { background: #fbdada; color: #8a1010; }
ins { background: #d8f5d8; color: #0d5e0d; text-decoration: underline; }
.summary { color: #333; }
table.sides { border-collapse: collapse; margin: 0.4em 0 1em; }
table.sides th, table.sides td { border: 1px solid #ccc; padding: 0.2em 0.6em;
                                  text-align: left; vertical-align: top; }
table.sides th { background: #eee; }
"""


def _heading_text(entry: Entry) -> str:
    return f"{entry.label} — {entry.describe_kind()}"


def _field_texts(entry: Entry) -> list[tuple[TextChange, list[tuple[Op, str]]]]:
    """The fields worth showing and their segments (added/removed: whole text)."""
    shown = []
    for change in entry.fields:
        if entry.kind is ChangeKind.ADDED:
            if change.new:
                shown.append((change, [(Op.INSERT, change.new)]))
        elif entry.kind is ChangeKind.REMOVED:
            if change.old:
                shown.append((change, [(Op.DELETE, change.old)]))
        elif change.changed:
            shown.append((change, change.segments))
    return shown


def _counts(comparison: Comparison) -> str:
    changes = comparison.changes
    if not changes:
        return tr("Erinevusi ei ole.", "No differences.")
    return tr("Muudatusi: {n}, neist sisulisi: {s}.", "Changes: {n}, substantive: {s}.",
              n=len(changes), s=len(comparison.substantive_changes))


def _side_rows(old: RevisionInfo, new: RevisionInfo) -> list[tuple[str, str, str]]:
    """The table of both sides: a header row, then file, revision and the dates."""
    dash = "—"
    return [
        ("", tr("Varasem", "Earlier"), tr("Uus", "New")),
        (tr("Fail", "File"), old.name or dash, new.name or dash),
        (tr("Redaktsioon", "Revision"), old.revision or dash, new.revision or dash),
        (tr("Kinnitatud", "Approved"), old.approved or dash, new.approved or dash),
        (tr("Salvestatud", "Saved"), old.saved or dash, new.saved or dash),
    ]


def _title(old_name: str, new_name: str) -> str:
    return tr("Ametijuhendi muudatused: {old} → {new}",
              "Changes to the job description: {old} → {new}", old=old_name, new=new_name)


def _substantive_note() -> str:
    return tr("Sisuline muudatus (eesmärk, põhiülesanne või nõuded) võib vajada ametniku "
              "nõusolekut.",
              "A substantive change (purpose, main duty or requirements) may need the "
              "official's consent.")


def _sides_html(old: RevisionInfo, new: RevisionInfo) -> str:
    escape = html.escape
    header, *rows = _side_rows(old, new)
    lines = ['<table class="sides">',
             "<tr>" + "".join(f"<th>{escape(cell)}</th>" for cell in header) + "</tr>"]
    lines += [f"<tr><th>{escape(label)}</th><td>{escape(first)}</td><td>{escape(second)}</td>"
              "</tr>" for label, first, second in rows]
    return "\n".join([*lines, "</table>"])


def to_html(comparison: Comparison, old: RevisionInfo, new: RevisionInfo) -> str:
    """A standalone HTML page (inline CSS, no scripts, no outside links)."""
    escape = html.escape
    title = _title(old.name, new.name)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{current_language()}"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _sides_html(old, new),
        f'<p class="summary">{escape(_counts(comparison))}</p>',
    ]
    if comparison.substantive_changes:
        out.append(f'<p class="summary">{escape(_substantive_note())}</p>')
    for entry in comparison.changes:
        flag = (f' <span class="substantive">{escape(tr("SISULINE", "SUBSTANTIVE"))}</span>'
                if entry.substantive else "")
        out.append(f'<h2>{escape(entry.label)} <span class="kind">— '
                   f"{escape(entry.describe_kind())}</span>{flag}</h2>")
        for change, segments in _field_texts(entry):
            body = "".join(
                f"<del>{escape(text)}</del>" if op is Op.DELETE
                else f"<ins>{escape(text)}</ins>" if op is Op.INSERT
                else escape(text)
                for op, text in segments
            )
            label = (f'<span class="label">{escape(change.label)}</span>'
                     if len(entry.fields) > 1 else "")
            out.append(f'<div class="field">{label}{body}</div>')
    out.append("</body></html>\n")
    return "\n".join(out)


def _sides_docx(document: Any, old: RevisionInfo, new: RevisionInfo) -> None:
    rows = _side_rows(old, new)
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for cell in [*table.rows[0].cells, *table.columns[0].cells]:
        for run in cell.paragraphs[0].runs:
            run.bold = True


def to_docx_bytes(comparison: Comparison, old: RevisionInfo, new: RevisionInfo) -> bytes:
    """The summary as a DOCX package (python-docx's default template)."""
    from docx import Document
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Pt, RGBColor

    document = Document()
    title = _title(old.name, new.name)
    document.core_properties.title = title
    document.add_heading(title, level=1)
    _sides_docx(document, old, new)
    document.add_paragraph(_counts(comparison))
    if comparison.substantive_changes:
        document.add_paragraph(_substantive_note())
    for entry in comparison.changes:
        heading = document.add_paragraph()
        heading.add_run(_heading_text(entry)).bold = True
        if entry.substantive:
            flag = heading.add_run("  " + tr("SISULINE", "SUBSTANTIVE"))
            flag.bold = True
            flag.font.highlight_color = WD_COLOR_INDEX.YELLOW
        for change, segments in _field_texts(entry):
            if len(entry.fields) > 1:
                label = document.add_paragraph().add_run(change.label)
                label.italic = True
                label.font.size = Pt(9)
            paragraph = document.add_paragraph()
            for op, text in segments:
                run = paragraph.add_run(text)
                if op is Op.DELETE:
                    run.font.strike = True
                    run.font.color.rgb = RGBColor(0x8A, 0x10, 0x10)
                elif op is Op.INSERT:
                    run.font.underline = True
                    run.font.color.rgb = RGBColor(0x0D, 0x5E, 0x0D)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> None:
    try:
        atomic_write(path, data)
    except OSError as error:
        raise FormatError(path, describe_os_error(error)) from None


def write_html(comparison: Comparison, path: str | Path, old: RevisionInfo,
               new: RevisionInfo) -> None:
    _write(Path(path), to_html(comparison, old, new).encode("utf-8"))


def write_docx(comparison: Comparison, path: str | Path, old: RevisionInfo,
               new: RevisionInfo) -> None:
    _write(Path(path), to_docx_bytes(comparison, old, new))
