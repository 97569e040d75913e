"""A listing body's own "listed" in the active names its party as the object; a market's or a
document's "listed" does not."""

import pytest

from listwatch.news.extract import extract_article


def _events(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["entity"]) for e in extract_article(text, published="2025-05-10", language="en")["events"]}


@pytest.mark.parametrize(("text", "parties"), [
    ("Following the vote, the Council listed Harvel Cargo SIA.", {"Harvel Cargo SIA"}),
    ("The EU listed Harvel Cargo SIA on Tuesday for shipping drone parts.", {"Harvel Cargo SIA"}),
    ("OFAC also listed Harvel Cargo SIA on Tuesday.", {"Harvel Cargo SIA"}),
    ("The UK formally listed Harvel Cargo SIA and Dorvane Metals on Tuesday.", {"Harvel Cargo SIA", "Dorvane Metals"}),
])
def test_a_bodys_active_listed_is_a_designation(text: str, parties: set[str]) -> None:
    assert _events(text) == {("designation", p) for p in parties}


@pytest.mark.parametrize("text", [
    "Harvel Cargo SIA listed its shares on Nasdaq on Tuesday.",
    "The exchange listed Harvel Cargo SIA on Tuesday.",
    "The Council listed the reasons for its decision on Harvel Cargo SIA.",
    "The Council listed its priorities for the year on Tuesday.",
    "The Council could have listed Harvel Cargo SIA on Tuesday.",
    "The Council has not listed Harvel Cargo SIA.",
])
def test_a_markets_or_a_documents_listed_is_none(text: str) -> None:
    assert not {t for t, _p in _events(text) if t == "designation"}
