"""A party made subject to a measure told by its content (sanctions, an asset freeze, an entry
or travel ban) is listed, in a tense that tells the act: « a été / avait été / sera soumis à des
sanctions », « seront désormais interdits de territoire », « avaient, en 2019, interdit d'entrée
sur leur territoire X », "subjected X and Y to sanctions", "imposed travel restrictions on X",
"X now faces an asset freeze". A past act told so takes its own date. Near misses: the present
alone is a state (« il est soumis à un gel des avoirs », "those designated are subject to a
travel ban"), a hypothesis or a negation, a group with no name, a measure on trade.
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
    ("fr", "Le ministère a retiré mardi Pavel Orlik de sa liste. En 2019, les autorités russes avaient "
     "interdit d'entrée sur leur territoire Pavel Orlik et son frère Ilya Orlik.",
     [("removal", "Pavel Orlik", "2024-03-12"), ("designation", "Pavel Orlik", "2019"),
      ("designation", "Ilya Orlik", "2019")]),
    ("fr", "Le ministère a annoncé mardi que Pavel Orlik et Ilya Voskov seront désormais interdits de "
     "territoire.",
     [("designation", "Pavel Orlik", "2024-03-12"), ("designation", "Ilya Voskov", "2024-03-12")]),
    ("en", "In 2019 the ministry subjected Pavel Orlik and Ilya Voskov to sanctions.",
     [("designation", "Pavel Orlik", "2019"), ("designation", "Ilya Voskov", "2019")]),
    ("en", "The banker Pavel Orlik now faces an asset freeze and a travel ban, the ministry said on Tuesday.",
     [("designation", "Pavel Orlik", "2024-03-12")]),
    ("en", "The ministry imposed export restrictions on Orvex Trading Ltd on Tuesday.",
     [("designation", "Orvex Trading Ltd", "2024-03-12")]),
    ("en", "The ministry removed Orvex Trading Ltd from its list on Tuesday. The EU had frozen the assets of "
     "Orvex Trading Ltd in 2019.",
     [("removal", "Orvex Trading Ltd", "2024-03-12"), ("designation", "Orvex Trading Ltd", "2019")]),
    # near misses: a state in the present, a regime's content, a hypothesis, a negation, a
    # group with no name, restrictions on trade
    ("fr", "Le Conseil a prolongé mardi son régime de sanctions. Le banquier Pavel Orlik est soumis à un gel "
     "des avoirs et il est interdit d'entrée dans l'Union.", []),
    ("fr", "Les mesures s'appliquent à douze personnes qui sont soumises à un gel des avoirs et sont "
     "interdites d'entrée dans l'Union.", []),
    ("fr", "Pavel Orlik pourrait être soumis à des sanctions si le Conseil le décide.", []),
    ("fr", "Pavel Orlik ne sera pas soumis à des sanctions, a indiqué le ministère.", []),
    ("fr", "Les dirigeants de Orvex Trading seront également interdits d'entrée sur le territoire chinois.", []),
    ("en", "The Council renewed its regime on Tuesday. Those designated are subject to an asset freeze and "
     "a travel ban.", []),
    ("en", "Pavel Orlik could face sanctions if he travels.", []),
    ("en", "The ministry imposed restrictions on trade with the region on Tuesday.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_measure_imposed_by_its_content(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
