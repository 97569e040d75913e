"""A party put under a measure named by what it does (sanctions, a freeze of assets, a ban on
entry or travel) is listed when the tense tells the act: French « soumis à » a measure after « a /
avait été » or « sera », « interdits de séjour » in those tenses, an active « interdire d'entrée »
with the party after it; English "subject" with the party as object and the measure after "to",
a restriction "imposed on" the party, "now faces" a measure, the participle "frozen". A past act
told so takes its own date. Near misses: the present alone is a state, a hypothesis, a negation,
a group with no name, a restriction on a trade.
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-14"  # a Thursday

CASES = [
    # a past act recalled in a story about a later one: its own year, the story's own act kept
    ("fr", "Le ministère a retiré mardi Pavel Orlik de sa liste. Le banquier avait été soumis à des "
     "sanctions en 2019 avec deux autres financiers.",
     [("removal", "Pavel Orlik", "2024-03-12"), ("designation", "Pavel Orlik", "2019")]),
    ("fr", "Le ministère a retiré mardi Pavel Orlik de sa liste. Dès 2019, Moscou avait interdit d'entrée "
     "Pavel Orlik et son frère Ilya Orlik.",
     [("removal", "Pavel Orlik", "2024-03-12"), ("designation", "Pavel Orlik", "2019"),
      ("designation", "Ilya Orlik", "2019")]),
    ("fr", "Le ministère a décidé mardi que Pavel Orlik et Ilya Voskov seront dorénavant interdits "
     "de séjour.",
     [("designation", "Pavel Orlik", "2024-03-12"), ("designation", "Ilya Voskov", "2024-03-12")]),
    ("en", "Back in 2019 the ministry subjected Pavel Orlik and Ilya Voskov to its own sanctions.",
     [("designation", "Pavel Orlik", "2019"), ("designation", "Ilya Voskov", "2019")]),
    ("en", "From Tuesday the trader Pavel Orlik now faces a travel ban and the loss of his bank accounts.",
     [("designation", "Pavel Orlik", "2024-03-12")]),
    ("en", "On Tuesday the ministry imposed export restrictions on Orvex Trading Ltd over its drone parts.",
     [("designation", "Orvex Trading Ltd", "2024-03-12")]),
    ("en", "The ministry took Orvex Trading Ltd off its list on Tuesday. Five years earlier, in 2019, the "
     "bloc had frozen the assets of Orvex Trading Ltd.",
     [("removal", "Orvex Trading Ltd", "2024-03-12"), ("designation", "Orvex Trading Ltd", "2019")]),
    # near misses: a state in the present, people left unnamed, a hypothesis, a negation,
    # restrictions on a trade
    ("fr", "Aujourd'hui encore, la société Norvik Shipping est soumise à des mesures restrictives.", []),
    ("fr", "Douze dirigeants, dont aucun n'est nommé, sont soumis à ces mesures et interdits de séjour.", []),
    ("fr", "Pavel Orlik pourrait être soumis à des sanctions si le Conseil le décide.", []),
    ("fr", "Pavel Orlik ne sera pas soumis à des sanctions, a indiqué le ministère.", []),
    ("fr", "Les cadres de Orvex Trading seront eux aussi interdits de séjour dans la région.", []),
    ("en", "Every person on the register is subject to a freeze of funds and cannot travel to the bloc.", []),
    ("en", "Pavel Orlik could face sanctions if he travels.", []),
    ("en", "The ministry imposed restrictions on trade with the region on Tuesday.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_measure_imposed_by_its_content(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
