"""Copy markup and glued lines (formats.import_markup, formats.import_lines), by table."""

from __future__ import annotations

import pytest

from ametieditor.formats.import_lines import expand_markup
from ametieditor.formats.import_markup import clean_markup, split_glued


@pytest.mark.parametrize(("text", "clean"), [
    ("**Haridus**", "Haridus"),
    ("__Haridus__: kõrgharidus", "Haridus: kõrgharidus"),
    ("*Kliendikesksus:*", "Kliendikesksus:"),
    ("* täppidega rida", "* täppidega rida"),  # a bullet stays a bullet
    ("## 1. ÜLDOSA", "1. ÜLDOSA"),
    ("#ÜLDOSA", "ÜLDOSA"),
    ("3\\. TEENISTUSKOHUSTUSED", "3. TEENISTUSKOHUSTUSED"),
    ("<b>Haridus</b>", "Haridus"),
    ("<span style=\"x\">Sülearvuti</span>&nbsp;ja&nbsp;telefon", "Sülearvuti ja telefon"),
    ("&bdquo;Töövõime&ldquo;", "„Töövõime“"),
    ("<h2>2. AMETIKOHA EESMÄRK</h2>", "\n2. AMETIKOHA EESMÄRK\n"),
    ("kompetentsid**Kliendikesksus:**", "kompetentsid\nKliendikesksus:"),
    ("**Suhtlemis- ja mõjutamisoskus**, sh selge", "Suhtlemis- ja mõjutamisoskus, sh selge"),
    ("1,5-aastane * kogemus", "1,5-aastane * kogemus"),
])
def test_clean_markup(text: str, clean: str) -> None:
    assert clean_markup(text) == clean


@pytest.mark.parametrize(("text", "pieces"), [
    ("Tööks vajalikud kompetentsidKliendikesksus:", [
        "Tööks vajalikud kompetentsid", "Kliendikesksus:"]),
    ("Tööks vajalikud kompetentsid Kliendikesksus:", [
        "Tööks vajalikud kompetentsid", "Kliendikesksus:"]),
    ("2. AMETIKOHA EESMÄRK Ametikoha eesmärk on hea.", [
        "2. AMETIKOHA EESMÄRK", "Ametikoha eesmärk on hea."]),
    ("HaridusKõrgharidus.", ["Haridus", "Kõrgharidus."]),
    ("Ametijuhendiga tutvunud:Vahetu juht", ["Ametijuhendiga tutvunud:", "Vahetu juht"]),
    # not glued
    ("Haridus Kõrgharidus.", ["Haridus Kõrgharidus."]),  # a label and its text: kept whole
    ("Eesmärk Tagada laste heaolu.", ["Eesmärk Tagada laste heaolu."]),  # not in capitals
    ("Isikuomadused Täpne ja korrektne.", ["Isikuomadused Täpne ja korrektne."]),
    ("Kasutab eKooli ja MS Office'it.", ["Kasutab eKooli ja MS Office'it."]),
    ("Täiendavad kompetentsid, isikuomadused ja teadmised", [
        "Täiendavad kompetentsid, isikuomadused ja teadmised"]),
])
def test_split_glued(text: str, pieces: list[str]) -> None:
    assert split_glued(text) == pieces


def test_a_glued_line_with_inline_bullets_gives_every_piece() -> None:
    assert expand_markup("Tööks vajalikud kompetentsid**Kliendikesksus:**▪ Lähtub.▪ Hoolib.") == [
        "Tööks vajalikud kompetentsid", "Kliendikesksus:", "• Lähtub.", "• Hoolib."]
