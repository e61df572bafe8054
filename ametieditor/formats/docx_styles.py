"""Names of the styles through which the DOCX exporter finds its places in a template.

An organisation makes its own template in Word by defining paragraph styles
with exactly these names (see docs/TEMPLATES.md). The exporter looks them up
by name, never by id, because Word derives ids from names and localised
Word versions differ.
"""

from __future__ import annotations

from enum import StrEnum


class StyleName(StrEnum):
    """Paragraph, character and table styles the exported document uses."""

    APPROVAL = "Ametijuhend Kinnitus"  # the KINNITATUD note, top right
    TITLE = "Ametijuhend Pealkiri"  # AMETIJUHEND
    SECTION = "Ametijuhend Jaotis"  # "3. TEENISTUSKOHUSTUSED"
    SUBHEADING = "Ametijuhend Alapealkiri"  # "Tööks vajalikud kompetentsid"
    BODY = "Ametijuhend Tekst"  # ordinary paragraph
    BULLET = "Ametijuhend Loetelu"  # bullet item (its list: the style's numbering)
    LABEL = "Ametijuhend Silt"  # table header and field labels
    GROUP = "Ametijuhend Kompetents"  # name of a competency group above its bullets
    CELL = "Ametijuhend Lahter"  # paragraph inside a table cell
    SIGNATURE = "Ametijuhend Allkiri"  # signature block lines
    NAME = "Ametijuhend Nimi"  # character style: name of an additional competency
    TABLE = "Ametijuhend Tabel"  # table style: bordered grid


#: Style type of each name as OOXML spells it (``w:style/@w:type``).
STYLE_TYPES: dict[StyleName, str] = {
    name: ("table" if name is StyleName.TABLE
           else "character" if name is StyleName.NAME
           else "paragraph")
    for name in StyleName
}


def style_id(name: StyleName) -> str:
    """The id the default template gives a style: its name without spaces."""
    return name.value.replace(" ", "")
