"""The day of the news holds for the day's acts told further on, after quotes and context,
until the article turns to another time (a date of its own that is not the day's, outside
a relative clause about a party). Sentences of our own, both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_EN = ("Ruritania tightened its measures against the Zemblan regime on Wednesday, banning new "
       "investment there. In a statement, the foreign minister said the package aimed to starve "
       "the war effort. \"We stand with our partners,\" she added. The new measures also end coal "
       "imports by the end of the year. {turn}It also targets state-owned shipping lines. The "
       "ministry froze the assets of the shipping magnate Tomas Kvarn and the banker Elin Sorby.")
_FR = ("La Ruritanie a durci mercredi ses mesures contre le régime zemblan, interdisant tout "
       "nouvel investissement. Selon la cheffe de la diplomatie, ce paquet doit assécher l'effort "
       "de guerre. « Nous sommes aux côtés de nos partenaires », a-t-elle ajouté. Les nouvelles "
       "mesures mettent aussi un terme progressif aux achats de charbon. {turn}Il vise également des compagnies maritimes "
       "publiques. Le ministère a aussi gelé les avoirs de l'armateur Tomas Kvarn et du banquier "
       "Elin Sorby.")


def _dates(text: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-09-11")["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "designation")


@pytest.mark.parametrize(("template", "turn"), [
    (_EN, ""),
    (_FR, ""),
    # a date in a relative clause about a party is an aside, no turn of the story
    (_EN, "The shipping lines, which have traded with Zembla since March 2022, carry its coal. "),
    (_FR, "Ces armateurs, qui commercent avec la Zemblanie depuis mars 2022, transportent son charbon. "),
])
def test_the_days_acts_told_further_on_take_its_day(template: str, turn: str) -> None:
    assert _dates(template.format(turn=turn)) == [("Elin Sorby", "2024-09-11"), ("Tomas Kvarn", "2024-09-11")]


@pytest.mark.parametrize(("template", "turn"), [
    (_EN, "In March 2022, Ruritania had imposed a first round of measures on Zemblan banks. "),
    (_FR, "En mars 2022, la Ruritanie avait imposé une première série de mesures aux banques zemblanes. "),
])
def test_a_turn_to_another_time_ends_the_day(template: str, turn: str) -> None:
    assert _dates(template.format(turn=turn)) == [("Elin Sorby", None), ("Tomas Kvarn", None)]
