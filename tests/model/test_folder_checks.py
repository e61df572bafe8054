from ametieditor.model.document import Block, JobDescription
from ametieditor.model.folder_checks import (
    check_folder,
    post_names,
    same_post,
)
from ametieditor.model.folder_summary import summarize
from tests.support.factories import full_document

UNIT = "Sotsiaalteenuste osakonna erihoolekande talitus"


def post(title: str, substituted_by: str = "", substitutes: str = "",
         unit: str = UNIT, manager: str = "Projektijuht (kaitstud töö)") -> JobDescription:
    doc = full_document()
    general = doc.general
    general.title, general.unit, general.manager = title, unit, manager
    general.substituted_by, general.substitutes = substituted_by, substitutes
    return doc


def lines(*docs: tuple[str, JobDescription]) -> list[str]:
    return [p.format() for p in check_folder([summarize(n, d) for n, d in docs])]


def test_titles_match_across_case_forms_and_qualifiers() -> None:
    assert same_post("Koordinaatorit", "Koordinaator")
    assert same_post("projektijuhti (kaitstud töö)", "Projektijuht (kaitstud töö)")
    assert not same_post("Koordinaatorit (kaitstud töö)", "Koordinaator")
    assert not same_post("nõunikku", "Koordinaator")
    assert same_post("Nõunikku", "nõunik")
    assert not same_post("juhti", "Juhtivspetsialist")
    assert not same_post("Peaspetsialisti", "Spetsialist")
    assert post_names("Koordinaatorit (kaitstud töö) või projektijuhti; nõunikku ja juhti") == [
        "Koordinaatorit (kaitstud töö)", "projektijuhti", "nõunikku", "juhti"]


def test_mutual_substitution_is_clean() -> None:
    a = post("Koordinaator (kaitstud töö)", substituted_by="Projektijuht (kaitstud töö)",
             substitutes="Projektijuhti (kaitstud töö)")
    b = post("Projektijuht (kaitstud töö)", substituted_by="Koordinaator (kaitstud töö)",
             substitutes="Koordinaatorit (kaitstud töö)")
    assert lines(("d/a", a), ("d/b", b)) == []


def test_one_sided_substitution_is_reported_both_ways() -> None:
    a = post("Koordinaator (kaitstud töö)", substitutes="Projektijuhti (kaitstud töö)")
    b = post("Projektijuht (kaitstud töö)", substituted_by="Nõunik",
             substitutes="Koordinaatorit")
    assert lines(("d/a", a), ("d/b", b)) == [
        "d/a: 1.5 Keda asendab: „Projektijuhti (kaitstud töö)” (d/b) ei nimeta väljal "
        "1.4 Kes asendab ametikohta „Koordinaator (kaitstud töö)”",
        "d/b: 1.5 Keda asendab: „Koordinaatorit” (d/a) ei nimeta väljal "
        "1.4 Kes asendab ametikohta „Projektijuht (kaitstud töö)”",
    ]


def test_posts_of_different_units_are_not_matched() -> None:
    a = post("Koordinaator", substitutes="Nõunikku")
    b = post("Nõunik", unit="Laste heaolu osakond")
    assert lines(("d/a", a), ("d/b", b)) == []


def test_units_and_managers_spelt_differently() -> None:
    docs = [("d/a", post("A", unit="Laste heaolu osakond")),
            ("d/b", post("B", unit="Laste heaolu osakond")),
            ("d/c", post("C", unit="Laste heaolu osakonna", manager="projektijuht (kaitstud töö)"))]
    assert lines(*docs) == [
        "d/c: 1.2 Struktuuriüksus: „Laste heaolu osakonna” on kirjutatud teisiti kui "
        "„Laste heaolu osakond” (d/a)",
        "d/c: 1.3 Vahetu juht: „projektijuht (kaitstud töö)” on kirjutatud teisiti kui "
        "„Projektijuht (kaitstud töö)” (d/a)",
    ]


def test_drifted_standard_wording_is_reported_once_against_the_first_file() -> None:
    text = "tööülesannete täitmiseks antud riigi vara heaperemeheliku kasutamise eest;"
    drifted = "tööülesannete täitmiseks antud riigivara heaperemeheliku kasutamise eest;"
    a, b, c = post("A"), post("B"), post("C")
    a.responsibilities.content = [Block.li(text)]
    b.responsibilities.content = [Block.li(text)]
    c.responsibilities.content = [Block.li(drifted), Block.li("täiesti teine vastutus siin")]
    assert lines(("d/a", a), ("d/b", b), ("d/c", c)) == [
        f"d/c: 5. Vastutus: sõnastus erineb veidi failis d/a olevast: „{text}”"]


def test_one_name_spelt_two_ways_versus_two_names() -> None:
    from ametieditor.model.names import same_name

    assert same_name("laste heaolu osakond", "laste heaolu osakonna")
    assert same_name("sotsiaal osakond", "sotsiaalosakond")
    assert same_name("lastekaitse osakond", "lastekatse osakond")
    assert not same_name("oigusosakonna menetluse talitus", "oigusosakonna teenuste talitus")
    assert not same_name("hariduse osakonna eakate talitus", "ehituse osakonna eakate talitus")


def test_two_units_of_one_department_are_neither_variants_nor_substitutes() -> None:
    a = post("Koordinaator", substitutes="Nõunikku", substituted_by="Nõunik",
             unit="Õigusosakonna menetluse talitus")
    b = post("Nõunik", substitutes="Koordinaatorit", substituted_by="Koordinaator",
             unit="Õigusosakonna menetluse talitus")
    c = post("Nõunik", unit="Õigusosakonna teenuste talitus")
    assert lines(("d/a", a), ("d/b", b), ("d/c", c)) == []
