"""An acting authority that targets a counted group ("Ottawa targeted six shipowners by
name", « Ottawa vise nommément six armateurs ») tells a designation whose parties a later
sentence names (« Il s'agit notamment de A, qui dirige B, ainsi que des patrons du chantier
C, D », "Among them are ..."): each item gets the act; the names of the items' descriptions
(a company a relative clause names, the employer told before a person's name) do not. A
goal, a plan or a presentative after no act names no party. Invented parties, sentences
written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-06-05"  # a Wednesday

CASES = [
    ("fr", "Ottawa durcit ses sanctions\n\nLe Canada a durci mercredi ses sanctions contre Minsk.\n\n"
     "Ottawa vise nommément six armateurs, dont les avoirs au Canada sont gelés.\n\nSix armateurs visés\n\n"
     "Il s'agit notamment de l'armateur Piotr Valenko, qui dirige la société Baltmar, ainsi que des patrons du "
     "chantier naval Severok, Ivan Sokol, et du transporteur Arkfleet, Oleg Marin.",
     [("designation", "Piotr Valenko"), ("designation", "Ivan Sokol"), ("designation", "Oleg Marin")]),
    ("en", "Ottawa widens sanctions\n\nCanada on Wednesday widened its sanctions on Minsk.\n\n"
     "Ottawa targeted six shipowners by name, freezing their assets in Canada.\n\n"
     "Among them are the shipowner Piotr Valenko, who runs the Baltmar line, and the heads of the shipyard "
     "Severok, Ivan Sokol, and of the carrier Arkfleet, Oleg Marin.",
     [("designation", "Piotr Valenko"), ("designation", "Ivan Sokol"), ("designation", "Oleg Marin")]),
    ("en", "Ottawa widens sanctions\n\nCanada on Wednesday widened its sanctions on Minsk.\n\n"
     "The government is targeting four more firms, officials said.\n\n"
     "They include Baltmar Shipping Ltd, Severok Yard LLC and Arkfleet Ltd.",
     [("designation", "Baltmar Shipping Ltd"), ("designation", "Severok Yard LLC"),
      ("designation", "Arkfleet Ltd")]),
    # near misses: a goal, a plan
    ("fr", "Un salon\n\nLe Canada a ouvert mercredi un salon naval.\n\nOttawa vise deux objectifs avec ce salon.\n\n"
     "Il s'agit notamment de Baltmar Shipping Ltd et de Severok Yard LLC.", []),
    ("fr", "Ottawa durcit ses sanctions\n\nLe Canada a durci mercredi ses sanctions contre Minsk.\n\n"
     "Ottawa pourrait viser six armateurs.\n\nIl s'agit notamment de Baltmar Shipping Ltd et de Severok Yard LLC.", []),
    ("en", "Ottawa sets goals\n\nCanada on Wednesday opened a naval fair.\n\nOttawa targets two goals with the fair.\n\n"
     "They include Baltmar Shipping Ltd and Severok Yard LLC.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_parties_of_a_counted_target(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"]) for e in res["events"])
    assert got == sorted(expected)
