"""A name that only tells what counted parties are tied to is no party of the act: the
body they have connections to, the one whose sons or daughters they are, the group their
roles served. The counted parties are unnamed there; the same names told as parties
beside them stay parties (near misses)."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _designated(text: str) -> set[str]:
    r = extract_article(text, published="2024-03-08", language="en")
    return {e["entity"] for e in r["events"] if e["type"] == "designation"}


@pytest.mark.parametrize("text", [
    # the reason told by the counted parties' roles
    "The Commerce Department on Tuesday placed a dozen suppliers on the Entity List for their suspected roles "
    "in shipping parts to drones flown by the Korvane Brigade.",
    # what ties them told by a noun
    "On Monday the Treasury sanctioned seven companies with business connections to the Velsk Institute of Optics.",
    "The Treasury on Monday sanctioned nine entities with financial ties to the Velsk Institute of Optics.",
    "The Treasury on Monday sanctioned six firms with close links to the Velsk Institute of Optics.",
    # kin of someone who is not listed by the sentence
    "The Treasury sanctioned two sons of the tycoon Davor Kresnik on Friday.",
    "The State Department sanctioned two daughters of the former minister Ilse Varga.",
])
def test_the_one_counted_parties_are_tied_to_is_no_party(text: str) -> None:
    assert _designated(text) == set()


@pytest.mark.parametrize(("text", "parties"), [
    ("The Commerce Department on Tuesday added Talmor Electronics to the Entity List for its role in supplying "
     "parts to the Korvane Brigade.", {"Talmor Electronics"}),
    ("The Commerce Department on Tuesday added the Korvane Brigade and a dozen companies to the Entity List for "
     "their roles in the attacks.", {"Korvane Brigade"}),
    ("The Treasury on Monday sanctioned the Velsk Institute of Optics and seven firms with connections to it.",
     {"Velsk Institute of Optics"}),
    # the tied parties named as those counted
    ("The Treasury on Monday sanctioned five entities with ties to the Velsk Institute of Optics, including "
     "Arbon Lens and Crale Photonics.", {"Arbon Lens", "Crale Photonics"}),
    ("The Treasury sanctioned the tycoon Davor Kresnik and his two sons on Friday.", {"Davor Kresnik"}),
    ("The State Department sanctioned the former minister Ilse Varga and two of her daughters.", {"Ilse Varga"}),
    ("The Treasury sanctioned two sons of the tycoon Davor Kresnik, Emil Kresnik and Pavo Kresnik, on Friday.",
     {"Emil Kresnik", "Pavo Kresnik"}),
])
def test_parties_beside_the_counted_stay_parties(text: str, parties: set[str]) -> None:
    assert _designated(text) == parties
