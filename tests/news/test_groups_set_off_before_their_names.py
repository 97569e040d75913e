"""The parties of an act named after the group it filled, set off by a dash, a colon or a
bracket with no verb between (the group told by the act's participle, with a count and a few
words of kind between, or its list after the participle), in English and French; a group
told as candidates ("under possible scrutiny", "likely to face", « susceptibles d'être
visées ») names no party, whatever act was told before; and "No." before a number is no
negation of the act after it. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"
TUESDAY = "2024-03-05"


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


SET_OFF = [
    # a count and two words of kind between the participle and the group, the act two
    # sentences back, the series closed by a second dash
    ("en", "The Commerce Department on Tuesday put 14 bodies from Zembla on the Entity List. Rights groups "
           "had urged the move for months. The four listed Zemblan robotics makers — Alpha Robotics, Borel "
           "Systems, Cantor Vision and Dorne Labs — are said to build camera networks.",
     {("designation", n, TUESDAY) for n in ("Alpha Robotics", "Borel Systems", "Cantor Vision", "Dorne Labs")}),
    # French, the participle after the group
    ("fr", "Le Trésor américain a sanctionné mardi un réseau de négociants. Le groupe dément. Ses avocats "
           "feront appel. Les trois sociétés visées — Kestrel Marine, Halden Lines et Orvex Shipping — sont "
           "basées à Dubaï.",
     {("designation", n, TUESDAY) for n in ("Kestrel Marine", "Halden Lines", "Orvex Shipping")}),
]


@pytest.mark.parametrize("lang,text,expected", SET_OFF)
def test_a_group_set_off_before_its_names_gives_them_the_act(lang: str, text: str, expected: set) -> None:
    assert _events(text, lang) == expected


CANDIDATES = [
    ("en", "The Commerce Department on Tuesday added 12 firms to the Entity List. The companies under possible "
           "scrutiny next are Kestrel Marine, Halden Lines and Orvex Shipping."),
    ("en", "The Commerce Department on Tuesday added 12 firms to the Entity List. Firms likely to face curbs in "
           "a later round include Kestrel Marine and Halden Lines."),
    ("en", "The Commerce Department on Tuesday added 12 firms to the Entity List. Names being weighed for the "
           "next package are Kestrel Marine and Halden Lines."),
    ("fr", "Le département du Commerce a ajouté mardi 12 sociétés à l'Entity List. Les sociétés susceptibles "
           "d'être visées ensuite sont Kestrel Marine et Halden Lines."),
]


@pytest.mark.parametrize("lang,text", CANDIDATES)
def test_a_group_told_as_candidates_names_no_party(lang: str, text: str) -> None:
    assert not {e for e in _events(text, lang) if e[1] in ("Kestrel Marine", "Halden Lines", "Orvex Shipping")}


def test_a_group_that_no_act_filled_names_no_party() -> None:
    text = ("The Treasury on Tuesday sanctioned a ring of traders. The three rival firms — Kestrel Marine, "
            "Halden Lines and Orvex Shipping — were not touched.")
    assert _events(text, "en") == set()


def test_a_numbered_notice_is_no_negation() -> None:
    text = "The ministry on Tuesday issued its notice No. 4 adding Kestrel Marine to its export control list."
    assert _events(text, "en") == {("designation", "Kestrel Marine", TUESDAY)}
