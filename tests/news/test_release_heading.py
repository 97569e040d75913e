"""A release's text posted elsewhere (an aggregator, a press-release archive) or pasted
with no URL still prints its heading ("Press release", "Media Note", "Communiqué de
presse"): it tells its acts on its own day, as a release recognised by its URL does, and
its origin stays the URL's. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.releases import release_heading

_BODY_EN = ("Council adds two shipping firms to its sanctions list\n\n"
            "The Council has added Tarvik Lines and Osterbay Freight to the list of persons and "
            "entities subject to restrictive measures.\n")
_BODY_FR = ("Deux armateurs ajoutés à la liste\n\n"
            "Le Conseil a inscrit les sociétés Tarvik Lines et Osterbay Freight sur la liste des "
            "entités soumises à des mesures restrictives.\n")


def _days(text: str) -> dict[str, str | None]:
    res = extract_article(text, published="2025-04-14")
    assert res["origin"] == "news"  # a copy is no authority's own page
    return {e["entity"]: e["date"] for e in res["events"] if e["type"] == "designation"}


@pytest.mark.parametrize("head", [
    "Press release\n\n", "PRESS RELEASE : Council adds two firms\n\n", "Press Releases: Council sanctions\n\n",
    "Media Note\n\n", "For Immediate Release\n\n", "Press Statement | Office of the Spokesperson\n\n",
])
def test_a_release_heading_dates_the_acts_told_undated(head: str) -> None:
    assert _days(head + _BODY_EN) == {"Tarvik Lines": "2025-04-14", "Osterbay Freight": "2025-04-14"}


def test_a_french_release_heading() -> None:
    assert _days("Communiqué de presse\n\n" + _BODY_FR) == {
        "Tarvik Lines": "2025-04-14", "Osterbay Freight": "2025-04-14"}


@pytest.mark.parametrize("head", [
    "",  # a news page: no day told, none given
    "Press releases from the ministry are archived on this page.\n\n",  # the words, not a heading
    "Shipping news\n\nThe step was made known in a press release the Council issued.\n\n",
])
def test_no_heading_no_day(head: str) -> None:
    assert _days(head + _BODY_EN) == {"Tarvik Lines": None, "Osterbay Freight": None}


def test_a_past_told_in_a_release_stays_undated() -> None:
    text = "Press release\n\n" + _BODY_EN + "The Council had already added Corvane Shipping to the list.\n"
    assert _days(text)["Corvane Shipping"] is None


def test_the_heading_must_open_the_page() -> None:
    assert release_heading("Media Note\nThe Department of State has designated ...")
    assert not release_heading("x" * 420 + "\nPress release\n")
