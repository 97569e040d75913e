"""Challenges told as nouns or as requests to a court, and who a contested act's author is.

A party's case is often told by its noun with the decision it contests ("a challenge to the
minister's decision to freeze the assets of X"), as a request for judicial review ("applied to
a judge for a judicial review", "an application for judicial review"), or as
an appeal to a court with the listing named in the sentence. The authority whose decision a
case contests ("against the decision of the X office", « contre la décision du X ») took the
act: it brought no case. Near misses: a challenge to a decision of another kind, a review an
authority does of its own list, an appeal to a court about no listing, and the party of a
listing named after "the designation of". Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-05-10"  # a Friday


def _court(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published=PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs if e["type"] in ("legal_challenge", "ruling", "vacatur"))


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Orvane Holdings went to the High Court in May. Its case is a challenge to the minister's 2022 "
     "decision to freeze the assets of Orvane Holdings.", "en", [("legal_challenge", "Orvane Holdings")]),
    ("Piet Dalmar, listed by the ministry in 2023, has since applied for judicial review, calling that "
     "listing decision unlawful.", "en", [("legal_challenge", "Piet Dalmar")]),
    ("Piet Dalmar, whose assets were frozen in 2023, is seeking judicial review of the freeze.", "en",
     [("legal_challenge", "Piet Dalmar")]),
    ("Piet Dalmar appealed to a federal court, saying his designation by the Treasury in 2023 was unlawful.", "en",
     [("legal_challenge", "Piet Dalmar")]),
])
def test_a_challenge_told_as_a_noun_or_a_request_is_read(text: str, lang: str, want: list) -> None:
    assert _court(text, lang) == want


@pytest.mark.parametrize(("text", "lang"), [
    # a challenge to a decision of another kind: no listing act named after "decision to"
    ("Orvane Holdings filed a challenge to the council's decision to close the harbour road.", "en"),
    # an authority reviewing its own list: no court
    ("The ministry began a review of the sanctions list in March.", "en"),
    # an appeal to a court about no listing
    ("Piet Dalmar appealed to a federal court over the sale of his football club.", "en"),
])
def test_near_misses_give_no_challenge(text: str, lang: str) -> None:
    assert [e for e in _court(text, lang) if e[0] == "legal_challenge"] == []


@pytest.mark.parametrize(("text", "lang", "party", "author"), [
    ("Le tribunal a rejeté le 3 mai le recours déposé par Piet Dalmar contre la décision du Bureau Velmar "
     "qui gelait ses avoirs.", "fr", "Piet Dalmar", "Velmar"),
    ("Piet Dalmar filed an appeal against the decision of the Velmar Office to freeze his assets.", "en",
     "Piet Dalmar", "Velmar"),
])
def test_the_author_of_the_contested_act_brought_no_case(text: str, lang: str, party: str, author: str) -> None:
    got = _court(text, lang)
    assert any(p == party for _t, p in got if _t == "legal_challenge")
    assert not any(author in p for _t, p in got)


def test_the_party_of_a_listing_after_of_keeps_its_event() -> None:
    # a listing's "of" names whom it lists, not who took it
    text = "The General Court on Tuesday annulled the designation of Orvane Holdings by the Velmar Office."
    assert _court(text, "en") == [("vacatur", "Orvane Holdings")]
