"""What a licence's dealings concern is no party of it: a project ("transactions related to
the X Consortium and Y projects"), a debt instrument ("dealings in the X 2031 7.25 Percent
Bond"); the parties whose dealings it allows ("involving X") keep their licence.
Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _licences(text: str) -> list[str]:
    evs = extract_article(text, published="2026-03-09")["events"]
    return sorted(e["entity"] for e in evs if e["type"] == "license")


@pytest.mark.parametrize(("text", "parties"), [
    ("OFAC on Monday issued a general license that authorizes transactions involving Norvik Energy "
     "related to the Tarsk Pipeline Consortium and Belyn projects.", ["Norvik Energy"]),
    ("OFAC on Monday issued General License 8C, which authorizes transactions related to the Corvan "
     "Petroleum 2031 7.25 Percent Bond.", []),
    ("OFAC on Monday issued a new general license covering dealings in the Corvan 2031 7.25 Percent Bond.", []),
])
def test_what_the_licence_concerns_is_no_party(text: str, parties: list[str]) -> None:
    assert _licences(text) == parties


@pytest.mark.parametrize(("text", "party"), [
    # near misses: the party whose dealings the licence allows, whatever its name holds
    ("OFAC on Monday issued a general license that authorizes transactions involving Norvik Energy and "
     "Halden Oil related to the Tarsk Pipeline Consortium and Belyn projects.", "Halden Oil"),
    ("OFAC on Monday issued a general license authorizing transactions involving Belyn Projects Ltd.",
     "Belyn Projects"),
    ("The Treasury granted Halvorsen Bond Brokers a specific license on Monday.", "Halvorsen"),
])
def test_a_party_of_the_licence_keeps_it(text: str, party: str) -> None:
    assert any(party in g for g in _licences(text))
