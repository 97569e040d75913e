"""Official publishers: recognised by URL or feed, an authority's release stores its
events with origin ``release``, a document of the legal record (a Federal Register notice,
an executive order, a court order) with origin ``record`` (docs/contract.md), both
``reported`` (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from listwatch.history.lookup import find_entries
from listwatch.history.record import reconcile
from listwatch.history.timeline import reported_history
from listwatch.news.feeds import feed_items
from listwatch.news.releases import publisher_of, release_authority
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


@pytest.mark.parametrize(("url", "name"), [
    ("https://www.federalregister.gov/documents/2020/12/22/2020-28031/addition-of-entities",
     "Federal Register"),
    ("https://www.govinfo.gov/content/pkg/FR-2021-01-19/pdf/2021-01228.pdf", "Federal Register"),
    ("https://www.federalregister.gov/presidential-documents/executive-orders", "Federal Register"),
    ("https://www.whitehouse.gov/presidential-actions/2025/01/executive-order-x/", "US President"),
    ("https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32024R0745",
     "Official Journal of the European Union"),
    ("https://gazette.gc.ca/rp-pr/p2/2023/2023-10-11/html/sor-dors191-fra.html", "Canada Gazette"),
    ("https://www.courtlistener.com/docket/29188270/xiaomi-corporation-v-department-of-defense/",
     "court"),
    ("https://curia.europa.eu/juris/document/document.jsf?docid=284422", "court"),
])
def test_documents_of_the_record_take_origin_record(url: str, name: str) -> None:
    pub = publisher_of(url)
    assert pub is not None and (pub.name, pub.origin) == (name, "record")
    assert pub.authority is None or pub.authority == "US President"


@pytest.mark.parametrize("url", [
    "https://home.treasury.gov/news/press-releases/jy2345",
    "https://www.consilium.europa.eu/en/press/press-releases/2022/02/28/russia/",
])
def test_press_releases_keep_origin_release(url: str) -> None:
    pub = publisher_of(url)
    assert pub is not None and pub.origin == "release" and pub.authority == pub.name


# written for this test, in the style of a Federal Register final rule
NOTICE = """Addition of Entities to the Entity List

AGENCY: Bureau of Industry and Security, Commerce.

SUMMARY: In this rule, the Bureau of Industry and Security amends the Export Administration Regulations by adding Halvorn Photonics Co., Ltd. to the Entity List. The Bureau of Industry and Security added Halvorn Photonics to the Entity List on December 18, 2020, for supporting military modernization."""


def test_federal_register_notice_is_record_and_confirms_nothing(store: Any) -> None:
    url = "https://www.federalregister.gov/documents/2020/12/22/2020-28031/addition-of-entities"
    res = ingest_article(store, NOTICE, url=url, published="2020-12-22")
    assert res["origin"] == "record" and res["publisher"] == "Federal Register"
    evs = [e for e in res["events"] if e["type"] == "designation" and "Halvorn" in e["entity"]]
    assert evs and {e["origin"] for e in res["events"]} == {"record"}
    # the agency comes from the text; the Federal Register is no authority
    assert evs[0]["authority"] == "US Department of Commerce" and evs[0]["date"] == "2020-12-18"
    hist = reported_history(store, find_entries(store, "Halvorn Photonics")[0]["key"][len("news:"):])
    got = [e for e in hist["events"] if e["type"] == "designation"]
    assert got and got[0]["origin"] == "record" and got[0]["status"] == "reported"
    # a news report of the same listing is not confirmed by a notice nobody checked
    news = ingest_article(store, "Chip maker Halvorn Photonics Co., Ltd. was added to the Entity List by "
                          "the Commerce Department on December 18, 2020, the company said.",
                          url="https://news.example/halvorn", published="2020-12-22")
    assert news["origin"] == "news" and [e["type"] for e in news["events"]] == ["designation"]
    with store.begin() as conn:
        assert reconcile(conn) == (0, 0)
