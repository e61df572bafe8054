"""An empty part's heading is left out of the DOCX, the preview and the PDF (issue 12, item 6)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from ametieditor.formats import registry
from ametieditor.formats.docx_export import build_docx
from ametieditor.formats.docx_styles import StyleName
from ametieditor.formats.html_render import render_html
from ametieditor.model.document import JobDescription
from tests.support.docx_reading import NS, W, parts, xml
from tests.support.factories import full_document

ADDITIONAL = "Täiendavad kompetentsid, isikuomadused ja teadmised"
PRINTED_HEADINGS = ["1. ÜLDOSA", "2. TEENISTUSKOHUSTUSED", "3. ÕIGUSED", "4. VASTUTUS",
                    "5. AMETIKOHALE ESITATAVAD NÕUDED", "6. AMETIJUHENDI MUUTMINE",
                    "7. LISAD"]  # the extra section follows the last printed one


def with_empty_parts() -> JobDescription:
    """Purpose, work tools and the additional competencies on but empty."""
    doc = full_document()
    doc.purpose = []
    doc.work_tools = []
    doc.requirements.additional.items = []
    return doc


def _paragraphs_of_style(package: dict[str, bytes], name: StyleName) -> list[str]:
    styles = xml(package["word/styles.xml"])
    style_id = next(style.get(f"{{{W}}}styleId") for style in styles.iterfind("w:style", NS)
                    if style.find("w:name", NS).get(f"{{{W}}}val") == name.value)
    body = xml(package["word/document.xml"])
    return ["".join(p.itertext()) for p in body.iter(f"{{{W}}}p")
            if p.find(f"w:pPr/w:pStyle[@w:val='{style_id}']", NS) is not None]


def test_docx_leaves_the_headings_out_and_numbers_without_gaps() -> None:
    package = parts(build_docx(with_empty_parts()).data)
    assert _paragraphs_of_style(package, StyleName.SECTION) == PRINTED_HEADINGS
    assert _paragraphs_of_style(package, StyleName.SUBHEADING) == [
        "Tööks vajalikud kompetentsid"]
    text = "".join(xml(package["word/document.xml"]).itertext())
    assert "TÖÖVAHENDID" not in text and "EESMÄRK" not in text and ADDITIONAL not in text
    # the duty rows carry the printed section number
    assert "2.1 Ülesanne 1 korraldamine" in text and "3.1" not in text
    # the full document still prints every heading
    full = parts(build_docx(full_document()).data)
    assert len(_paragraphs_of_style(full, StyleName.SECTION)) == 9  # 8 and 9. LISAD


def test_preview_leaves_the_same_headings_out() -> None:
    html = render_html(with_empty_parts())
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", html)
    assert headings == PRINTED_HEADINGS
    assert ADDITIONAL not in html and "TÖÖVAHENDID" not in html
    assert "<b>2.1</b>" in html


def test_pdf_leaves_the_headings_out(tmp_path: Path) -> None:
    target = tmp_path / "tyhjad.pdf"
    registry.save(with_empty_parts(), target)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"],
                          capture_output=True, text=True, check=True).stdout
    squeezed = " ".join(text.split())
    positions = [squeezed.find(heading) for heading in PRINTED_HEADINGS]
    assert -1 not in positions and positions == sorted(positions)
    assert "TÖÖVAHENDID" not in squeezed and "EESMÄRK" not in squeezed
    assert "Täiendavad kompetentsid" not in squeezed
