"""A suit told by its outcome or its course, written for this test: lost or won, against the
listing or against the authority that made it, in both languages ("lost its legal fight
against the Treasury", « a gagné un recours contre le Conseil »), and a party contesting a
freeze; a suit against a rival or a client, or won with no listing in sight, tells no
challenge of ours."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _challenged(text: str, lang: str) -> set[str]:
    res = extract_article(text, published="2025-03-04", language=lang)
    return {e["entity"] for e in res["events"] if e["type"] == "legal_challenge"}


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("The drone maker Kestrel Avionics has lost its legal fight against the Defense Department.", "en", "Kestrel Avionics"),
    ("Orvane Shipping won a case against the Treasury after months of hearings.", "en", "Orvane Shipping"),
    ("Le groupe Halvane a perdu sa longue bataille juridique contre le ministère de l'Économie.", "fr", "Halvane"),
    ("L'armateur Talvik Marine a gagné en 2023 une bataille contre la Commission à Luxembourg.", "fr", "Talvik Marine"),
    ("La société Brenmoor a remporté une bataille judiciaire contre le Trésor américain.", "fr", "Brenmoor"),
    ("The banker Ilya Sorvin is contesting an asset freeze imposed on him in 2022.", "en", "Ilya Sorvin"),
    ("L'homme d'affaires Piotr Valensky conteste le gel de ses avoirs depuis deux ans.", "fr", "Piotr Valensky"),
])
def test_a_suit_told_by_its_outcome_or_course_is_a_challenge(text: str, lang: str, party: str) -> None:
    assert party in _challenged(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Kestrel Avionics lost its long-running fight against a former supplier over unpaid invoices.", "en"),
    ("Le club Orvane a gagné son procès contre son ancien entraîneur.", "fr"),
])
def test_a_suit_against_no_authority_and_no_listing_is_none(text: str, lang: str) -> None:
    assert not _challenged(text, lang)
