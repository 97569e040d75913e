"""An official's "today" quoted on an outlet's page ("“The measures we announce today ...,” an
official said") is the day the words were spoken, which such a page does not give: it sets
no day of the news, so the act the page tells outside the quote stays undated. A day the
page tells itself, a "today" outside quotes, the authority's own release (whose day is its
publication's) and the quote's own act keep their day. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUBLISHED = "2024-03-13"  # a Wednesday
QUOTE_EN = ("“The measures we announce today cut off the money he moves for Tarvia’s navy,” a Treasury "
            "official said.")


def _dates(text: str, url: str | None = None) -> list[str | None]:
    evs = extract_article(text, published=PUBLISHED, url=url)["events"]
    return [e["date"] for e in evs if e["type"] == "designation" and "Voss" in e["entity"]]


@pytest.mark.parametrize("text", [
    "The Treasury imposed sanctions on Harlo Voss, a Tarvian arms broker. " + QUOTE_EN,
    "Le Trésor a sanctionné Harlo Voss, un courtier en armes de Tarvie. « Les personnes que nous visons "
    "aujourd'hui financent la marine de Tarvie », a déclaré un responsable du Trésor.",
])
def test_a_quoted_today_alone_dates_nothing(text: str) -> None:
    assert _dates(text) == [None]


@pytest.mark.parametrize(("text", "url", "want"), [
    # near misses: the page tells the day of the news itself ...
    ("The Treasury on Monday imposed sanctions on Harlo Voss, a Tarvian arms broker. " + QUOTE_EN, None,
     "2024-03-11"),
    # ... "today" is the page's own word ...
    ("The Treasury today imposed sanctions on Harlo Voss, a Tarvian arms broker.", None, "2024-03-13"),
    # ... or the page is the authority's own release, published on the day it speaks of
    ("The Treasury imposed sanctions on Harlo Voss, a Tarvian arms broker. " + QUOTE_EN,
     "https://home.treasury.gov/news/press-releases/sb0123", "2024-03-13"),
    # ... or the act is the quote's own, told by its words alone
    ("“We added Harlo Voss to the list today for the money he moves for Tarvia’s navy,” a Treasury "
     "official said.", None, "2024-03-13"),
])
def test_a_day_the_page_gives_still_dates_the_act(text: str, url: str | None, want: str) -> None:
    assert _dates(text, url) == [want]
