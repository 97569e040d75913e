"""A sentence that tells the day's round again by a demonstrative of its measures or of
its legal text ("these sanctions", « ces mesures », "these regulations") is about the
round the opening dated, however many sentences lie between: its undated acts take the
day of the news. So does one told without the demonstrative while the story stays on its
day (the day's reach runs until a sentence turns to another time). Not for an act told as
background, nor a state, nor after a turn to another time, nor when the opening gave no
day. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_LEDE = "On Tuesday the Foreign Office announced a new round of measures against the oil trade. "
_FILL = ("The trade carried oil for a blockade runner. The owners deny any wrongdoing. "
         "Ministers have promised more action this spring. Analysts expect a slowdown in freight rates. ")
_LEDE_FR = "Mardi, Londres a annoncé une nouvelle série de mesures contre le commerce du pétrole. "
_FILL_FR = ("Ce commerce transportait du pétrole pour un armateur fantôme. Les propriétaires nient toute "
            "faute. Les ministres promettent d'autres mesures ce printemps. Les analystes attendent une "
            "baisse des taux de fret. ")


def _dates(text: str) -> dict[str, str | None]:
    evs = extract_article(text, published="2024-03-20")["events"]
    return {e["entity"]: e["date"] for e in evs if e["type"] == "designation"}


@pytest.mark.parametrize("text", [
    _LEDE + _FILL + "These sanctions target Orvane Logistics, a broker based in Dubai.",
    _LEDE_FR + _FILL_FR + "Ces mesures visent la société Orvane Logistics, un courtier établi à Dubaï.",
    # no demonstrative, the story still on its day
    _LEDE + _FILL + "The sanctions target Orvane Logistics, a broker based in Dubai.",
    _LEDE_FR + _FILL_FR + "Les mesures visent la société Orvane Logistics, un courtier établi à Dubaï.",
])
def test_the_round_pointed_back_to_takes_the_day_of_the_news(text: str) -> None:
    assert _dates(text) == {"Orvane Logistics": "2024-03-19"}


@pytest.mark.parametrize("text", [
    # no demonstrative, after the story turned to another time
    _LEDE + _FILL + "In 2019 the ministry had fined three brokers. "
    + "The sanctions target Orvane Logistics, a broker based in Dubai.",
    _LEDE_FR + _FILL_FR + "En 2019, le ministère avait mis trois courtiers à l'amende. "
    + "Les mesures visent la société Orvane Logistics, un courtier établi à Dubaï.",
    # background (past perfect)
    _LEDE + _FILL + "These sanctions had also hit Orvane Logistics, a broker based in Dubai.",
    # a state, not an act
    _LEDE + _FILL + "Orvane Logistics is on the list under these regulations.",
    # too far from the day's sentence, after a turn to another time
    _LEDE + _FILL + "In 2019 the ministry had fined three brokers. " + _FILL + _FILL
    + "These sanctions target Orvane Logistics, a broker based in Dubai.",
    # the opening gave no day
    "The Foreign Office announced a new round of measures against the oil trade. " + _FILL
    + "These sanctions target Orvane Logistics, a broker based in Dubai.",
])
def test_no_day_without_the_round_pointed_back_to(text: str) -> None:
    assert _dates(text) == {"Orvane Logistics": None}
