"""The term of the sanctions themselves (when the measures take effect, how long their renewal
or extension runs) is the regime's calendar, not a cut-off a party must meet: a sentence
that tells it and names no party gives no deadline, though the article's party was named
before. Near misses that stay deadlines: a licence's expiry, a ban on buying a party's
shares that takes effect on a day (told with the party or after it). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _deadlines(text: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-03-09")["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "deadline")


@pytest.mark.parametrize("text", [
    "The Council added Velmar Bank to its list in March. The measures take effect on March 20, 2024.",
    "La société Orvane a été inscrite sur la liste le 3 mars. Ces nouvelles mesures entreront en vigueur le 4 mars "
    "2024, à midi.",
    "La société Orvane a été inscrite sur la liste en 2023. Les ministres ont prorogé les gels d'avoirs visant ses "
    "dirigeants, et cela jusqu'au 30 juin 2025.",
])
def test_the_measures_own_term_is_no_partys_deadline(text: str) -> None:
    assert _deadlines(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("OFAC issued a licence to Velmar Bank on 2 March. The licence expires on May 1, 2024.",
     [("Velmar Bank", "2024-05-01")]),
    ("The Treasury designated Orvane Holdings in March. The ban on buying its shares takes effect for Orvane "
     "Holdings on May 8, 2024.", [("Orvane Holdings", "2024-05-08")]),
    ("Le ministère a inscrit la société Orvane sur sa liste le 3 mars. Les interdictions d'achat de ses titres "
     "entreront en vigueur le 2 août 2024.", [("Orvane", "2024-08-02")]),
])
def test_a_licence_end_or_a_purchase_ban_stays_a_deadline(text: str, want: list[tuple[str, str]]) -> None:
    assert _deadlines(text) == want
