"""The HTML of the live preview: order, numbering, escaping, no Qt."""

from __future__ import annotations

import subprocess
import sys

from ametieditor.formats import registry
from ametieditor.formats.html_render import render_html, rich_html
from ametieditor.model.document import Block
from tests.conftest import REPO, SAMPLE_FILES
from tests.support.factories import full_document


def test_sections_in_order_with_numbers() -> None:
    html = render_html(full_document(3))
    headings = ["1. ÜLDOSA", "2. AMETIKOHA EESMÄRK", "3. TEENISTUSKOHUSTUSED", "4. ÕIGUSED",
                "5. VASTUTUS", "6. TÖÖVAHENDID", "7. AMETIKOHALE ESITATAVAD NÕUDED",
                "8. AMETIJUHENDI MUUTMINE"]
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    assert html.index("KINNITATUD") < html.index("AMETIJUHEND</h1>") < positions[0]
    assert "11.06.2023" in html and "käskkirjaga nr 94" in html
    assert "<b>3.3</b> Ülesanne 3 korraldamine" in html
    assert "1.6 Töötaja grupp" in html
    # the general part as the DOCX has it: label rows over value rows, labels shaded
    general = html[html.index("<table class='general'>"):html.index("2. AMETIKOHA")]
    assert general.count("<table") == 3 and general.count("class=shaded") == 6
    assert html.count("(allkirjastatud digitaalselt)") == 3


def test_without_work_tools_later_sections_move_up() -> None:
    doc = full_document(1)
    doc.work_tools = None
    html = render_html(doc)
    assert "TÖÖVAHENDID" not in html
    assert ">6. AMETIKOHALE ESITATAVAD NÕUDED</h2>" in html


def test_text_is_escaped_and_bullets_grouped() -> None:
    assert rich_html([Block.p("a < b & c"), Block.li("x"), Block.li("y"), Block.p("z")]) == (
        "<p class='Ametijuhend-Tekst'>a &lt; b &amp; c</p><ul>"
        "<li class='Ametijuhend-Loetelu'>x</li><li class='Ametijuhend-Loetelu'>y</li></ul>"
        "<p class='Ametijuhend-Tekst'>z</p>")


def test_every_word_of_a_sample_reaches_the_preview() -> None:
    for path in SAMPLE_FILES:
        doc = registry.load(path).document
        html = render_html(doc)
        for duty in doc.duties.items:
            for block in duty.task + duty.results:
                assert block.text.replace("&", "&amp;").replace("<", "&lt;")[:40] in html


def test_the_renderer_needs_no_qt() -> None:
    code = ("import sys; import ametieditor.formats.html_render; "
            "print(any(name.startswith('PySide6') for name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, check=True, env={"PYTHONPATH": str(REPO)})
    assert result.stdout.strip() == "False"
