"""What a number after a relief act counts. French fuses the definite article with « à » and
« de » (« aux », « des »): a count after them is as definite as after « les », so « le délai
accordé aux trois entreprises » takes up the three firms named before, as "the three
companies" does; a count with no article brings new, unnamed parties. A count of time
right after the verb ("take effect 60 days later", « radiée 60 jours plus tard ») tells how
long or how much later, never how many parties. And « étendre » (to extend) puts an end
off like « prolonger »: « a étendu du 2 avril au 9 juillet le délai de X » gives the new end
as the deadline's day. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"
TUESDAY = "2024-03-05"
FR_LEAD = "Les sociétés Varnex, Ostrava Metals et Kolbe Group sont visées par les sanctions depuis janvier. "
THREE = ("Varnex", "Ostrava Metals", "Kolbe Group")


def _events(text: str, lang: str, pub: str = PUB) -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=pub, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


def _relief(names: tuple[str, ...], day: str | None, end: str) -> set[tuple[str, str, str | None]]:
    return {("license", n, day) for n in names} | {("deadline", n, end) for n in names}


def _listed(names: tuple[str, ...]) -> set[tuple[str, str, str | None]]:
    return {("designation", n, "2024-01") for n in names}


TAKEN_UP = [
    (FR_LEAD + "Le Trésor a prolongé mardi jusqu'au 6 juin le délai accordé aux trois entreprises.",
     _listed(THREE) | _relief(THREE, TUESDAY, "2024-06-06")),
    ("Les banques Varnex Bank et Kolbe Bank sont visées par les sanctions depuis janvier. Mardi, le Trésor a "
     "accordé aux deux banques une licence valable jusqu'au 6 juin.",
     _listed(("Varnex Bank", "Kolbe Bank")) | _relief(("Varnex Bank", "Kolbe Bank"), TUESDAY, "2024-06-06")),
    (FR_LEAD + "Mardi, le Trésor a étendu jusqu'au 9 juillet le délai laissé aux trois entreprises pour vendre "
               "leurs parts.",
     _listed(THREE) | _relief(THREE, TUESDAY, "2024-07-09")),
]


@pytest.mark.parametrize("text,expected", TAKEN_UP)
def test_a_count_after_a_fused_definite_article_takes_up_the_named_parties(text: str, expected: set) -> None:
    assert _events(text, "fr") == expected


def test_a_count_with_no_article_brings_new_parties() -> None:
    # (near miss: « à trois entreprises » are three others, unnamed)
    text = FR_LEAD + "Le Trésor a accordé mardi un répit jusqu'au 6 juin à trois entreprises."
    assert _events(text, "fr") == _listed(THREE)


PUT_OFF = [
    ("fr", "Mardi, le Trésor a étendu du 2 avril au 9 juillet le délai imparti à la société Varnex."),
    ("fr", "Le Trésor a étendu mardi du 2 avril au 9 juillet le délai accordé au groupe Varnex pour céder ses parts."),
    ("en", "The Treasury on Tuesday extended from April 2 to July 9 the deadline given to the firm Varnex."),
]


@pytest.mark.parametrize("lang,text", PUT_OFF)
def test_an_end_extended_from_one_day_to_another_is_the_later_day(lang: str, text: str) -> None:
    assert _events(text, lang) == _relief(("Varnex",), TUESDAY, "2024-07-09")


def test_a_count_of_days_after_the_act_is_no_count_of_parties() -> None:
    text = ("Varnex Technology sued the Pentagon in January. Because its name was fixed on March 8, the "
            "investment ban takes effect 45 days later on April 22.")
    assert ("deadline", "Varnex Technology", "2024-04-22") in _events(text, "en")


def test_a_count_of_days_after_a_removal_keeps_its_pronoun() -> None:
    text = ("La société Varnex Shipping a été inscrite sur la liste en janvier. Elle a été radiée 60 jours "
            "plus tard.")
    assert {(t, n) for t, n, _d in _events(text, "fr")} == {
        ("designation", "Varnex Shipping"), ("removal", "Varnex Shipping")}


def test_a_count_of_parties_after_the_act_takes_up_no_one() -> None:
    # (near miss: sixty companies are new parties, not the firm named before)
    text = "The firm Varnex Shipping was put on the list in January. OFAC delisted 60 companies on Tuesday."
    assert _events(text, "en") == {("designation", "Varnex Shipping", "2024-01")}
