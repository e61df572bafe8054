"""Rights, responsibility (textparse.intro_list) and the text parts (textparse.prose),
by table."""

from __future__ import annotations

import pytest

from ametieditor.formats.textparse import intro_list, prose
from tests.formats.textparse.helpers import run_reader, texts


@pytest.mark.parametrize(("text", "intro", "items"), [
    ("Ametnikul on õigus:\n• teha kaugtööd;\n• saada infot.", "Ametnikul on õigus:",
     ["• teha kaugtööd;", "• saada infot."]),
    ("Omab õigust:\n- teha kaugtööd;\n- saada infot.", "Omab õigust:",
     ["• teha kaugtööd;", "• saada infot."]),
    ("<p>Ametnikul on õigus:</p><ul><li>teha kaugtööd;</li><li>saada infot.</li></ul>",
     "Ametnikul on õigus:", ["• teha kaugtööd;", "• saada infot."]),
    ("Ametnikul on õigus:\n\uf0b7 teha kaugtööd;\n\uf0b7 saada infot.", "Ametnikul on õigus:",
     ["• teha kaugtööd;", "• saada infot."]),
    ("• teha kaugtööd;\n• saada infot.", "", ["• teha kaugtööd;", "• saada infot."]),
])
def test_rights(text: str, intro: str, items: list[str]) -> None:
    rights = run_reader(intro_list.read, "rights", text).doc.rights
    assert (rights.intro, texts(rights.content)) == (intro, items)


def test_responsibility_goes_to_its_own_part() -> None:
    doc = run_reader(intro_list.read, "responsibilities", "Ametnik vastutab:\n• vara eest.").doc
    assert doc.rights is None
    assert (doc.responsibilities.intro, texts(doc.responsibilities.content)) == (
        "Ametnik vastutab:", ["• vara eest."])


@pytest.mark.parametrize(("key", "text", "blocks"), [
    ("purpose", "Ametikoha eesmärk on\nlaste heaolu arendamine.", [
        "Ametikoha eesmärk on laste heaolu arendamine."]),
    ("purpose", "Esimene lõik.\n\n\nTeine lõik", ["Esimene lõik.", "Teine lõik"]),
    ("work_tools", "**Sülearvuti**, &bdquo;mobiiltelefon&ldquo;.", [
        "Sülearvuti, „mobiiltelefon“."]),
    ("amendment", "Ametijuhendit muudetakse:\n• kord aastas;\n• vajadusel.", [
        "Ametijuhendit muudetakse:", "• kord aastas;", "• vajadusel."]),
])
def test_text_parts(key: str, text: str, blocks: list[str]) -> None:
    doc = run_reader(prose.read, key, text).doc
    assert texts(getattr(doc, key)) == blocks
