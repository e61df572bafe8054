"""The document as HTML in the official layout's order and numbering (no Qt).

Used by the editor's live preview; plain HTML 4 with inline CSS kept to what
QTextBrowser renders, so it also reads well in a browser or an e-mail.
"""

from __future__ import annotations

from html import escape

from ametieditor.model.document import SIGNATURE_MARKER, JobDescription, RichText
from ametieditor.model.numbering import (
    Numbering,
    Section,
    additional_empty,
    blank,
    competencies_empty,
    numbered_heading,
    numbering,
)
from ametieditor.model.parts import GENERAL_FIELDS

_STYLE = (
    "body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 12pt; }"
    " h1 { text-align: center; font-size: 14pt; }"
    " h2 { font-size: 12pt; margin-top: 14px; }"
    " table.grid { border-collapse: collapse; width: 100%; }"
    " table.grid td, table.grid th { border: 1px solid #444; padding: 4px; vertical-align: top; }"
    " th { text-align: left; background: #eee; }"
    " .approval { text-align: right; }"
    " .empty { color: #999; }"
)


def _date(iso: str) -> str:
    """``YYYY-MM-DD`` as ``DD.MM.YYYY``; anything else as it is."""
    parts = iso.split("-")
    if len(parts) == 3 and all(part.isdigit() for part in parts):
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    return iso


def rich_html(blocks: RichText) -> str:
    """Paragraphs as ``<p>``, runs of bullets as one ``<ul>``."""
    out: list[str] = []
    in_list = False
    for block in blocks:
        if block.is_bullet and not in_list:
            out.append("<ul>")
            in_list = True
        elif not block.is_bullet and in_list:
            out.append("</ul>")
            in_list = False
        text = escape(block.text)
        out.append(f"<li>{text}</li>" if block.is_bullet else f"<p>{text}</p>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def _heading(doc: JobDescription, section: Section) -> str:
    return f"<h2>{escape(numbered_heading(doc, section, printed=True))}</h2>"


def render_html(doc: JobDescription) -> str:
    """The whole document as an HTML page."""
    numbers = numbering(doc)
    parts = [f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>"]
    parts.append(_approval(doc))
    parts.append("<h1>AMETIJUHEND</h1>")
    parts.append(_general(doc, numbers))
    printed = numbers.printed  # an empty part is left out (model/numbering.py)
    if printed(Section.PURPOSE) and doc.purpose is not None:
        parts.append(_heading(doc, Section.PURPOSE) + rich_html(doc.purpose))
    if printed(Section.DUTIES) and doc.duties is not None:
        parts.append(_heading(doc, Section.DUTIES))
        rows = ["<table class='grid' width='100%' cellspacing='0' cellpadding='4' border='1'>",
                "<tr><th>Põhiülesanded</th><th>Oodatavad tulemused</th></tr>"]
        for index, duty in enumerate(doc.duties.items):
            task = rich_html(duty.task)
            number = f"<b>{numbers.printed_duty(index)}</b> "
            task = task.replace("<p>", "<p>" + number, 1) if task.startswith("<p>") \
                else f"<p>{number}</p>{task}"
            rows.append(f"<tr><td>{task}</td><td>{rich_html(duty.results)}</td></tr>")
        rows.append("</table>")
        parts.append("".join(rows))
    for section, part in ((Section.RIGHTS, doc.rights),
                          (Section.RESPONSIBILITIES, doc.responsibilities)):
        if printed(section) and part is not None:
            intro = f"<p>{escape(part.intro)}</p>" if part.intro else ""
            parts.append(_heading(doc, section) + intro + rich_html(part.content))
    if printed(Section.WORK_TOOLS) and doc.work_tools is not None:
        parts.append(_heading(doc, Section.WORK_TOOLS) + rich_html(doc.work_tools))
    if printed(Section.REQUIREMENTS) and doc.requirements is not None:
        parts.append(_heading(doc, Section.REQUIREMENTS) + _requirements(doc))
    if printed(Section.AMENDMENT) and doc.amendment is not None:
        parts.append(_heading(doc, Section.AMENDMENT) + rich_html(doc.amendment))
    parts.append(_signatures(doc))
    parts.append("</body></html>")
    return "\n".join(part for part in parts if part)


def _approval(doc: JobDescription) -> str:
    approval = doc.approval
    if approval is None:
        return ""
    lines = ["KINNITATUD"]
    if approval.approver or approval.date:
        lines.append(" ".join(filter(None, [escape(approval.approver), _date(approval.date)])))
    if approval.decree:
        lines.append(f"käskkirjaga nr {escape(approval.decree)}")
    return f"<p class='approval' align='right'>{'<br>'.join(lines)}</p>"


def _general(doc: JobDescription, numbers: Numbering) -> str:
    general = doc.general
    fields = [spec.attribute for spec in GENERAL_FIELDS
              if spec.printed_when_empty or getattr(general, spec.attribute)]
    rows = []
    for name in fields:
        label = numbers.general_label(name)
        value = escape(getattr(general, name))
        rows.append(f"<tr><th width='38%'>{escape(label)}</th>"
                    f"<td>{value}</td></tr>")
    table = ("<table class='grid' width='100%' cellspacing='0' cellpadding='4' border='1'>"
             + "".join(rows) + "</table>")
    return _heading(doc, Section.GENERAL) + table


def _requirements(doc: JobDescription) -> str:
    requirements = doc.requirements
    assert requirements is not None
    out = []
    if requirements.items:
        rows = "".join(
            f"<tr><th width='30%'>{escape(item.label)}</th><td>{rich_html(item.content)}</td></tr>"
            for item in requirements.items)
        out.append("<table class='grid' width='100%' cellspacing='0' cellpadding='4' "
                   f"border='1'>{rows}</table>")
    if (competencies := requirements.competencies) and not competencies_empty(competencies):
        out.append(f"<p><b>{escape(competencies.heading)}</b></p>")
        for group in competencies.groups:
            out.append(f"<p><b>{escape(group.name)}</b></p>{rich_html(group.content)}")
    if (additional := requirements.additional) and not additional_empty(additional):
        out.append(f"<p><b>{escape(additional.heading)}</b></p>")
        for item in additional.items:
            text = " ".join(block.text for block in item.content)
            out.append(f"<p><b>{escape(item.name)}</b>: {escape(text)}</p>")
    if requirements.note is not None and not blank(requirements.note):
        out.append(rich_html(requirements.note))
    return "".join(out)


def _signatures(doc: JobDescription) -> str:
    signatures = doc.signatures
    if signatures is None:
        return ""
    out = []
    if (approver := signatures.approver) is not None:
        out.append(f"<p>{SIGNATURE_MARKER}<br>{escape(approver.name)}<br>"
                   f"{escape(approver.title)}</p>")
    if (ack := signatures.acknowledgement) is not None:
        out.append(f"<p>{escape(ack.heading)}</p>")
        for signer in ack.signers:
            out.append(f"<p>{SIGNATURE_MARKER}<br>{escape(signer)}</p>")
    return "".join(out)
