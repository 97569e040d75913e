"""More of the same test, a removal done or only foreseen: the measures lifted told in the
passive and the plural ("the entry bans ... were lifted"), the measures ended by « mettre
fin aux sanctions » in any form (an intention of it is announced); and "a similar
decision" with no court told is an authority's, no court relief. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> list[dict]:
    return extract_article(text, published="2024-06-12", language=lang)["events"]


@pytest.mark.parametrize(("text", "lang", "who", "status"), [
    ("The entry bans and the asset freezes on Halvard Logistics were lifted by the Council on 2 May.", "en",
     "Halvard Logistics", "effective"),
    ("Le Trésor a informé le Sénat qu’il compte mettre un terme aux sanctions visant Brenmoor Logistique.", "fr",
     "Brenmoor Logistique", "announced"),
    ("Le Conseil a mis fin aux sanctions visant Brenmoor Logistique le 3 mai.", "fr", "Brenmoor Logistique", "effective"),
])
def test_a_removal_told_is_read(text: str, lang: str, who: str, status: str) -> None:
    evs = [e for e in _events(text, lang) if e["type"] == "removal" and e["entity"] == who]
    assert evs and evs[0]["status"] == status
    assert [e for e in _events(text, lang) if e["type"] == "designation"] == []


def test_a_similar_decision_of_an_authority_is_no_court_relief() -> None:
    text = ("London lifted its sanctions on Halvard Logistics on 4 June, a week after a similar decision "
            "was taken by the Security Council.")
    evs = _events(text, "en")
    assert [e for e in evs if e["type"] in ("injunction", "vacatur")] == []
    assert "Halvard Logistics" in {e["entity"] for e in evs if e["type"] == "removal"}


def test_a_similar_win_after_a_courts_relief_is_still_court_relief() -> None:
    text = ("A federal judge blocked the designation of Halvard Logistics in March. "
            "Weeks later, Ostrava Petrol Ltd obtained a similar ruling.")
    assert "Ostrava Petrol Ltd" in {e["entity"] for e in _events(text, "en") if e["type"] == "injunction"}
