"""Official releases: recognised by URL or feed, their events stored with origin
``release`` (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from listwatch.history.timeline import find_entries, reported_history
from listwatch.news.feeds import feed_items
from listwatch.news.releases import release_authority
from listwatch.news.store import ingest_article

# written for this test, in the style of a Treasury press release
RELEASE = """Treasury Sanctions Shipping Network

WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control
designated Volantis Marine Ltd for transporting sanctioned oil. As a result of today's action,
all property and interests in property of Volantis Marine Ltd in the United States are
blocked."""


@pytest.mark.parametrize(("url", "authority"), [
    ("https://home.treasury.gov/news/press-releases/jy2345", "US Treasury (OFAC)"),
    ("https://ofac.treasury.gov/recent-actions/20240223", "US Treasury (OFAC)"),
    ("https://www.defense.gov/News/Releases/Release/Article/3284454/", "US Department of Defense"),
    ("https://www.commerce.gov/news/press-releases/2020/12/commerce-adds-china", "US Department of Commerce"),
    ("https://www.bis.gov/press-release/commerce-adds-entities", "US Department of Commerce"),
    ("https://www.consilium.europa.eu/en/press/press-releases/2022/02/28/russia/",
     "Council of the European Union"),
    ("https://www.gov.uk/government/news/foreign-secretary-announces-sanctions", "UK Government"),
    ("https://press.un.org/en/2017/sc13010.doc.htm", "UN Security Council"),
    ("https://www.federalregister.gov/documents/2020/12/22/2020-28031/addition-of-entities",
     "Federal Register"),
    ("https://www.state.gov/terrorist-designation-of-cjng/", "US Department of State"),
])
def test_official_publishers_are_recognised(url: str, authority: str) -> None:
    assert release_authority(url) == authority


@pytest.mark.parametrize("url", [
    "https://www.reuters.com/article/us-usa-china-xiaomi-idUSKBN2AC1ZE",
    "https://www.gov.uk.example.com/government/news/x",  # not gov.uk
    "https://treasury.gov.evil.example/news/press-releases/x",
    "https://www.theverge.com/2021/5/26/xiaomi-treasury-gov-news",
    None, "", "not a url",
])
def test_other_pages_are_news(url: str | None) -> None:
    assert release_authority(url) is None


def test_release_events_are_stored_with_origin_release(store: Any) -> None:
    res = ingest_article(store, RELEASE, url="https://home.treasury.gov/news/press-releases/jy0001",
                         published="2024-02-23")
    assert res["origin"] == "release" and res["publisher"] == "US Treasury (OFAC)"
    assert res["events"] and {e["origin"] for e in res["events"]} == {"release"}
    hist = reported_history(store, find_entries(store, "Volantis Marine")[0]["key"][len("news:"):])
    designation = [e for e in hist["events"] if e["type"] == "designation"]
    assert designation and designation[0]["origin"] == "release"
    assert designation[0]["date"] == "2024-02-23" and designation[0]["status"] == "reported"
    # the same text from a news site is news
    other = ingest_article(store, RELEASE.replace("Volantis", "Corvina"),
                           url="https://news.example/shipping", published="2024-02-23")
    assert other["origin"] == "news" and {e["origin"] for e in other["events"]} == {"news"}


def test_feed_items_carry_the_feed_channel(store: Any) -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel>
<title>Press releases</title><link>https://home.treasury.gov/news/press-releases</link>
<item><title>Treasury Sanctions Shipping Network</title>
<link>https://feeds.example/redirect/123</link><pubDate>Fri, 23 Feb 2024 15:00:00 GMT</pubDate></item>
</channel></rss>"""
    with httpx.Client() as client:
        items = feed_items(feed, client, what="press.xml")
    assert items[0].feed == "https://home.treasury.gov/news/press-releases"
    assert items[0].published == "2024-02-23"
    res = ingest_article(store, RELEASE, url=items[0].url, feed=items[0].feed,
                         published=items[0].published)
    assert res["origin"] == "release" and {e["origin"] for e in res["events"]} == {"release"}
