"""The rest of a court's, an organ's or an office's name the name finder cut is no party
(``nonparty_names``): the words after a court's head ("the Court of Appeals"), an organ's
head whose name goes on in lower case (« le Groupe de travail chargé de »), the domains of
an office's title joined by "and", after the title or before it; in both languages.
Sentences of our own."""

from __future__ import annotations

import re

import pytest

from listwatch.news import extract_article
from listwatch.news.names import Mention
from listwatch.news.nonparty_names import drop_nonparty_names


def _kept(text: str, *names: str, via: str = "text") -> set[str]:
    """The names ``drop_nonparty_names`` keeps of mentions made at every place they occur."""
    mentions = sorted((Mention(name=n, start=m.start(), end=m.end(), text=n, via=via)
                       for n in names for m in re.finditer(re.escape(n), text)), key=lambda m: m.start)
    return {m.name for m in drop_nonparty_names(text, mentions)}


@pytest.mark.parametrize(("text", "cut", "kept"), [
    # the words after a court's head
    ("On Tuesday the Court of Appeals upheld the listing of Varnok Shipping Ltd.", "Appeals", "Varnok Shipping Ltd"),
    ("The Tribunal for Trade Remedies dismissed the bid of Orvex Metals.", "Trade Remedies", "Orvex Metals"),
    # an organ's head alone, its name going on in lower case
    ("Le Groupe de travail chargé du suivi a recommandé de radier Kelvor Trading.", "Groupe", "Kelvor Trading"),
    ("Le Service des enquêtes douanières a ajouté la société Marvek Holding à la liste.", "Service",
     "Marvek Holding"),
    ("The Panel of experts on Zembla named Ostrava Freight as a sanctioned carrier.", "Panel", "Ostrava Freight"),
    # the domains of an office's title joined by "and", after the title
    ("The Minister for Ports and Inland Waterways added Belmar Line to the register.", "Inland Waterways",
     "Belmar Line"),
    ("The Minister for Ports and Inland Waterways added Belmar Line to the register.", "Ports", "Belmar Line"),
    ("Le ministre de l'Agriculture et de la Pêche a gelé les avoirs de Tarvol SA.", "Pêche", "Tarvol SA"),
    ("Le ministre de l'Agriculture et de la Pêche a gelé les avoirs de Tarvol SA.", "Agriculture", "Tarvol SA"),
])
def test_the_rest_of_an_office_is_no_party(text: str, cut: str, kept: str) -> None:
    assert _kept(text, cut, kept) == {kept}


def test_a_portfolio_before_its_title_and_another_domain_is_no_party() -> None:
    # (the name finder may take the domains for a person's name: "Zemblan Defence")
    text = "The former Zemblan Defence and Industry Minister Karel Ostrinov was removed from the list."
    assert _kept(text, "Zemblan Defence", via="person") == set()
    events = extract_article(text, published="2024-03-14")["events"]
    assert not any("Defence" in e["entity"] for e in events)


@pytest.mark.parametrize(("text", "name"), [
    # a firm before "and" and a minister's title: the firm, its last word no portfolio's
    ("The ministry sanctioned Orvex Drilling and Energy Minister Karel Ostrinov on Monday.", "Orvex Drilling"),
    # a body after a title with no other domain joined to it: its name (a party may be one)
    ("The Secretary General of Zemblan Front, Piotr Valenko, was designated with the group.", "Zemblan Front"),
    # a person after the domains of a title: the holder, never the domain
    ("The Minister for Ports and Inland Waterways Jana Roekel signed the order.", "Jana Roekel"),
    # a head followed by a capitalised name: another name, not the rest of an organ's
    ("Le Groupe Varnok figure désormais parmi les sociétés visées.", "Groupe Varnok"),
])
def test_a_name_beside_an_office_stays_a_name(text: str, name: str) -> None:
    assert _kept(text, name, via="person" if name == "Jana Roekel" else "text") == {name}
