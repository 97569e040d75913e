"""A court's act, or a party's case, bears on the measures its clause names after it: every
item of those measures' phrase is its party, as it is a listing's ("set aside the listing of
A and <title> B", « a écarté les pourvois tendant à lever les mesures imposées à A, à sa
fille et à B »). Near misses: a name in another clause after a comma is no item; a court's
verb with no measure after it in its clause links nothing. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _parties(text: str, kind: str, lang: str) -> set[str]:
    res = extract_article(text, published="2025-03-12", language=lang)
    return {e["entity"] for e in res["events"] if e["type"] == kind}


ITEMS = [
    ("en", "Judges in Luxembourg set aside the listing of Velmar Shipping and the former harbour master "
           "Ilya Dorokhov this week.", "vacatur", {"Velmar Shipping", "Ilya Dorokhov"}),
    ("en", "In May, the EU's General Court struck down the blacklisting of the Korvex Institute of Physics "
           "and former Energy Minister Oskar Lenning.", "vacatur", {"Korvex Institute of Physics", "Oskar Lenning"}),
    ("en", "The court rejected the appeals seeking to lift the sanctions imposed on Velmar Shipping, its "
           "owner and the trader Ilya Dorokhov.", "ruling", {"Velmar Shipping", "Ilya Dorokhov"}),
    ("fr", "La Cour a rejeté mardi les recours tendant à l'annulation des sanctions imposées à l'armateur "
           "Pavel Orlin, à sa fille et au négociant Ivan Sorokine.", "legal_challenge",
     {"Pavel Orlin", "Ivan Sorokine"}),
    ("fr", "Le Tribunal a annulé jeudi les mesures restrictives décidées contre deux armateurs grecs, "
           "M. Orlin et M. Sorokine.", "vacatur", {"Orlin", "Sorokine"}),
]


@pytest.mark.parametrize(("lang", "text", "kind", "want"), ITEMS)
def test_every_item_of_the_measures_is_the_court_act_s_party(lang: str, text: str, kind: str, want: set[str]) -> None:
    assert _parties(text, kind, lang) >= want


def test_a_name_in_another_clause_is_no_item() -> None:
    text = ("The EU's General Court struck down the listing of Velmar Shipping on Tuesday, a ruling "
            "that the trader Ilya Dorokhov welcomed.")
    assert "Ilya Dorokhov" not in _parties(text, "vacatur", "en")


# the bringers of a case told as a series right before its verb, whatever stands between:
# descriptors, a phrase set off by commas, an auxiliary (each of these was read short before)
BRINGERS = [
    ("en", "Three suppliers on the roster, valve maker Orla Trade and cable maker Velm Shipping among them, "
           "sued the ministry in March.", {"Orla Trade", "Velm Shipping"}),
    ("en", "Two lenders already on the list, the savings bank Korvex Credit and the broker Ostra Capital, "
           "sued the Treasury last year over their listing.", {"Korvex Credit", "Ostra Capital"}),
    ("en", "The delistings followed once Lena Orsk and Ivo Darkov, in two separate filings, sued the State "
           "Department over their designations.", {"Lena Orsk", "Ivo Darkov"}),
    ("en", "Kesh Logistics and Arcon Holdings, acting through the same counsel, have jointly filed a lawsuit "
           "against the Commerce Department over the entity listing.", {"Kesh Logistics", "Arcon Holdings"}),
    ("fr", "Deux armateurs grecs, le transporteur Orla Trade et le courtier Velm Shipping, ont saisi le "
           "Tribunal en avril.", {"Orla Trade", "Velm Shipping"}),
    ("fr", "Lena Orsk et Ivo Darkov, chacun de son côté, ont contesté leur inscription devant la "
           "juridiction européenne.", {"Lena Orsk", "Ivo Darkov"}),
]


@pytest.mark.parametrize(("lang", "text", "want"), BRINGERS)
def test_every_item_of_the_series_before_the_case_brought_it(lang: str, text: str, want: set[str]) -> None:
    assert _parties(text, "legal_challenge", lang) == want


def test_a_name_and_its_acronym_in_brackets_are_one_bringer() -> None:
    text = ("Le fabricant de capteurs, Velmar Micro-Optics Equipment (VMOE), poursuit le Pentagone pour "
            "sortir de sa liste noire.")
    assert len(_parties(text, "legal_challenge", "fr")) == 1


def test_a_name_inside_the_phrase_set_off_is_no_bringer() -> None:
    text = "Ivo Darkov, a client of the lawyer Lena Orsk, sued the Treasury over his designation."
    assert _parties(text, "legal_challenge", "en") == {"Ivo Darkov"}
