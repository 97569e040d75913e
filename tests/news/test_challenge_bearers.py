"""A challenge told by its noun with the one who brought it after "by" or "from" ("the
judges turned down the bid from X", "a similar appeal by X", "a complaint filed by X"): the
case was brought, whatever the court made of it, and it is X's. Its date is the
court's answer, not the filing: the challenge stays undated. With no court in the
sentence the noun is no case ("a takeover bid from X"). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, kind: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-03-09")["events"]
    return [(e["entity"], e["date"]) for e in evs if e["type"] == kind]


@pytest.mark.parametrize(("text", "who"), [
    ("The General Court rejected a bid from the shipping magnate Ansel Drago to leave the sanctions list.",
     "Ansel Drago"),
    ("The top court also dismissed a similar appeal by the former mayor of Velmar, Tomas Reyk.", "Tomas Reyk"),
    ("The judges kept the listings in place but ruled partly in favour of a complaint filed by banker "
     "Irena Solt.", "Irena Solt"),
    ("A federal judge ruled on the suit brought by Kestrel Optics' parent company Varna Holdings.",
     "Varna Holdings"),
])
def test_the_bearer_of_a_challenge_brought_it(text: str, who: str) -> None:
    assert (who, None) in _events(text, "legal_challenge")
    assert all(w == who for w, _d in _events(text, "legal_challenge"))


def test_the_date_of_the_courts_answer_is_not_the_filing() -> None:
    text = "In a March 4 order, the General Court rejected a bid from Ansel Drago to leave the sanctions list."
    assert _events(text, "legal_challenge") == [("Ansel Drago", None)]
    assert _events(text, "ruling") == [("Ansel Drago", "2024-03-04")]


@pytest.mark.parametrize("text", [
    # near misses: no court, no case
    "Marlow Shipping rejected a takeover bid from Corvan Metals on Tuesday.",
    "The list grew after enforcement actions by the Treasury against Orvex Trading.",
    "Velmar Power turned down an application from Norvik Grid to share the pipeline.",
])
def test_no_court_no_case(text: str) -> None:
    assert _events(text, "legal_challenge") == []
