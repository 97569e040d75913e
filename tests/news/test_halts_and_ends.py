"""A court's halt of a listing told by the order's gerund or as put on hold is an
injunction; a judge who suspends a hearing, an order that blocks a merger, an agency that
puts its own sanctions on hold halt no listing. A date for comments on a draft is no
party's deadline."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _types(text: str, lang: str = "en") -> set[tuple[str, str]]:
    r = extract_article(text, published="2025-05-14", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize("text", [
    "Ostrel Mining won a court order on Friday suspending its designation.",
    "A judge issued a ruling on Friday blocking the listing of Ostrel Mining.",
    "The ruling put the designation of Ostrel Mining on hold.",
])
def test_a_halt_told_by_the_orders_gerund_or_as_put_on_hold(text: str) -> None:
    assert ("injunction", "Ostrel Mining") in _types(text)


@pytest.mark.parametrize("text", [
    "A court order blocking the merger of Ostrel Mining and Varga Ore was issued on Friday.",
    "The judge put the hearing in the Ostrel Mining case on hold on Friday.",
    "The Treasury put the sanctions on Ostrel Mining on hold on Friday.",
    "Ostrel Mining asked for an order suspending its designation on Friday.",
])
def test_a_halt_of_no_listing_or_by_no_court_is_no_injunction(text: str) -> None:
    assert not any(typ == "injunction" for typ, _who in _types(text))


def test_a_judge_suspending_a_listing_is_an_injunction_in_french() -> None:
    assert ("injunction", "Ostrel Mining") in _types(
        "Un juge a suspendu vendredi l'inscription d'Ostrel Mining sur la liste noire.", "fr")


@pytest.mark.parametrize("text", [
    "Le juge a suspendu l'audience du procès d'Ostrel Mining vendredi.",
    "Le tribunal a suspendu vendredi la procédure engagée par Ostrel Mining.",
])
def test_a_judge_suspending_a_hearing_halts_no_listing(text: str) -> None:
    assert not any(typ == "injunction" for typ, _who in _types(text, "fr"))


def test_a_date_for_comments_is_no_deadline() -> None:
    assert not any(typ == "deadline" for typ, _who in _types(
        "Les observations sur le projet visant Ostrel Mining sont attendues d'ici au 30 juin.", "fr"))
    assert not any(typ == "deadline" for typ, _who in _types(
        "Public comments on the rule naming Ostrel Mining will be accepted until June 30.", "en"))


def test_a_partys_own_end_date_stays_a_deadline() -> None:
    assert ("deadline", "Ostrel Mining") in _types(
        "Les investisseurs ont jusqu'au 30 juin pour céder leurs titres d'Ostrel Mining.", "fr")
    assert ("deadline", "Ostrel Mining") in _types("Ostrel Mining has until June 30 to wind down its operations.")
    # (comments and observations told beside a party's own deadline do not make it a consultation's)
    assert ("deadline", "Ostrel Mining") in _types(
        "In comments to reporters, the Treasury said Ostrel Mining must divest by June 3.")
    assert ("deadline", "Ostrel Mining") in _types(
        "Ostrel Mining a jusqu'au 3 juin pour présenter ses observations sur la décision.", "fr")


def test_a_filing_with_a_named_court_is_no_court_removal() -> None:
    text = ("Ostrel Mining lodged a notice of dismissal before the U.S. District Court for the Eastern District of Virginia "
            "after its name was removed from the SDN list on Friday.")
    got = _types(text)
    assert ("removal", "Ostrel Mining") in got
    assert ("injunction", "Ostrel Mining") not in got


def test_a_court_removing_a_party_for_now_is_still_an_injunction() -> None:
    text = ("The U.S. District Court for the Eastern District of Virginia on Friday temporarily removed "
            "Ostrel Mining from the list.")
    assert ("injunction", "Ostrel Mining") in _types(text)


def test_a_schedule_in_its_own_clause_is_a_deadline_beside_an_earlier_would() -> None:
    text = ("On Friday the ministry and Ostrel Mining told the judge that lifting the listing would be fair, "
            "and that both sides would file a joint plan with the court by May 20.")
    assert ("deadline", "Ostrel Mining") in _types(text)


def test_a_deadline_under_its_own_would_stays_hypothetical() -> None:
    # near miss: the "would" governs the deadline's own clause
    text = "Ostrel Mining would have to sell its stake by May 20 if the listing stood, lawyers said."
    assert ("deadline", "Ostrel Mining") not in _types(text)
