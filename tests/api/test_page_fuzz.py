"""Every HTML page answers 200 or a clear 4xx page, never a 500 nor raw JSON, for entities
of every origin (official, news-only, annotation-only) and with partial data (no dates,
no snapshots, undated events), and for hostile query values (issue 21)."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert

from listwatch.api.app import create_app
from listwatch.history.events import add_event
from listwatch.store.db import Store
from listwatch.store.schema import articles

from .conftest import ingest_custom

QUOTE = "The court granted the motion for a preliminary injunction."


def _article(conn: Any, n: int, published: str | None) -> int:
    text = f"article {n}"
    return int(conn.execute(insert(articles).values(
        url=f"https://example.org/a{n}", title=text, language="en", published=published,
        sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
        ingested_at="2026-01-01T00:00:00Z")).inserted_primary_key[0])


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}"
    store = Store(url)
    ingest_custom(store)  # official entries (one removed), three snapshots
    with store.begin() as conn:
        a1 = _article(conn, 1, "2021-03-15T10:00:00Z")
        a2 = _article(conn, 2, None)  # an article without a date
        # an official entry: a reported injunction, an undated report, a confirmed one
        add_event(conn, key="custom:huawei", entity="Huawei", type="injunction",
                  date="2021-03-12", origin="news", status="reported", effect="effective",
                  evidence_quote=QUOTE, article_id=a1)
        add_event(conn, key="custom:huawei", entity="Huawei", type="vacatur", date=None,
                  origin="news", status="reported", effect="effective",
                  evidence_quote="It was vacated.", article_id=a2)
        add_event(conn, key="custom:cm", entity="China Mobile", type="injunction",
                  date="2021-04-01", origin="annotation", status="confirmed",
                  effect="effective", evidence_quote=QUOTE)
        # news-only parties: dated, undated, announced
        add_event(conn, key=None, entity="Acme Drones Ltd", type="designation",
                  date="2021-01-14", origin="news", status="reported", effect="effective",
                  evidence_quote="Acme Drones Ltd was designated.", article_id=a1)
        add_event(conn, key=None, entity="Nodate Robotics Co", type="removal", date=None,
                  origin="news", status="reported", effect="announced",
                  evidence_quote="Nodate Robotics Co would be removed.", article_id=a2)
        add_event(conn, key=None, entity="Undated Sanctions Co", type="designation",
                  date=None, origin="news", status="reported", effect="effective",
                  evidence_quote="The Treasury sanctioned Undated Sanctions Co.", article_id=a2)
        # annotation-only party on no list
        add_event(conn, key=None, entity="Lonely Annotation Corp", type="injunction",
                  date="2021-02-02", origin="annotation", status="reported",
                  effect="effective", evidence_quote=QUOTE)
    store.dispose()
    empty = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'empty.db'}"
    Store(empty).dispose()
    with TestClient(create_app(url)) as c, TestClient(create_app(empty)) as e:
        c.empty = e  # type: ignore[attr-defined]
        yield c


ENTITIES = ["custom:xiaomi", "custom:huawei", "custom:cm", "news:acme drones",
            "news:nodate robotics", "news:undated sanctions", "news:lonely annotation", "custom:nobody",
            "news:nobody at all", "nosuchsource:1", "%00", "a" * 300, "custom:xiaomi%2F..%2Fetc"]
AS_OF = ["", "2021-01-01", "2021-03-13", "2021-05-01", "2030-01-01", "1900-01-01",
         "2021-02-30", "yesterday", "2021-13-01", "<script>", "9999-99-99"]


def _check(r: Any, where: str) -> None:
    assert r.status_code < 500, f"{where}: {r.status_code} {r.text[:300]}"
    assert r.status_code in (200, 400, 404, 409, 413, 422), where
    assert r.headers["content-type"].startswith("text/html"), (
        f"{where}: {r.headers['content-type']} {r.text[:200]}")
    if r.status_code != 200:
        assert "Something is not right" in r.text, where
    assert "<script>" not in r.text.replace("<script>" * 0, "") or where.endswith("docs")


@pytest.mark.parametrize("key", ENTITIES)
def test_entity_pages(client: TestClient, key: str) -> None:
    for as_of in AS_OF:
        r = client.get(f"/entity/{key}", params={"as_of": as_of} if as_of else None)
        _check(r, f"/entity/{key}?as_of={as_of}")
        if r.status_code == 200:
            # partial data never shows as "None", nor links to an entry called None
            assert "None" not in r.text, f"/entity/{key}?as_of={as_of}"
        if r.status_code == 200 and key.startswith("news:") and as_of == "":
            assert 'action="/entity/news%3A' in r.text  # the page's own address
            assert "removed on" not in r.text  # a reported party was never on a list
        if r.status_code == 200 and key.startswith("custom:huawei") and as_of == "":
            head = r.text[r.text.index("<dt>Now</dt>"):]
            assert "reported" in head  # the unconfirmed injunction is shown as reported


def test_a_party_reported_designated_with_no_date_is_not_shown_undesignated(
        client: TestClient) -> None:
    """An undated article said the party was sanctioned: its page says designated, since
    an unknown date (the report's), never "not designated"."""
    r = client.get("/entity/news:undated sanctions")
    assert r.status_code == 200
    head = r.text[r.text.index("<dt>Now</dt>"):][:600]
    assert "designated" in head and "not designated" not in head, head
    data = client.get("/entities/news:undated sanctions").json()
    assert data["status"] == "designated" and data["status_since"] is None


def test_search_source_diff_screening_and_watch_pages(client: TestClient) -> None:
    searches = [
        {}, {"q": "Xiaomi"}, {"q": "Xiaomi", "as_of": "1990-01-01"}, {"q": "x", "threshold": "5"},
        {"q": "x", "threshold": "-1"}, {"q": "x", "threshold": "abc"}, {"q": "x", "schema": "Martian"},
        {"q": "x", "source": "eu_fsf"}, {"q": "x", "source": "nosuch"}, {"q": "x", "as_of": "2021-02-30"},
        {"q": "'; DROP TABLE versions; --"}, {"q": "a" * 2000}, {"q": "Xiaomi", "known_at": "garbage"},
    ]
    for params in searches:
        _check(client.get("/", params=params), f"/?{params}")
    for source in ("custom", "us_ofac_sdn", "nosuch", "eu_fsf"):
        _check(client.get(f"/source/{source}"), f"/source/{source}")
        for a, b in itertools.product(["2021-01-15", "2021-06-01", "1", "999", "x", ""],
                                      repeat=2):
            _check(client.get(f"/source/{source}/diff", params={"from": a, "to": b}),
                   f"/source/{source}/diff?from={a}&to={b}")
        _check(client.get(f"/source/{source}/diff"), f"/source/{source}/diff (no params)")
    for sid in ("1", "0", "-1", "99999", "abc", "1.5"):
        _check(client.get(f"/screening/{sid}"), f"/screening/{sid}")
    for params in ({}, {"list": "default"}, {"list": "nosuch"}):
        _check(client.get("/watch", params=params), f"/watch?{params}")


def test_an_empty_database_answers_every_page(client: TestClient) -> None:
    empty: TestClient = client.empty  # type: ignore[attr-defined]
    for path in ("/", "/?q=Xiaomi", "/entity/custom:xiaomi", "/source/custom",
                 "/source/custom/diff?from=2021-01-01&to=2021-02-01", "/screening/1", "/watch"):
        _check(empty.get(path), f"(empty) {path}")


def test_diff_page_names_the_entries(client: TestClient) -> None:
    r = client.get("/source/custom/diff", params={"from": "2021-03-01", "to": "2021-06-01"})
    assert r.status_code == 200 and "Xiaomi Corporation" in r.text and "custom:xiaomi" in r.text


def test_docs_work_offline(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    assert "cdn." not in r.text and "//unpkg" not in r.text and "jsdelivr" not in r.text
    assert "/swagger-ui/swagger-ui-bundle.js" in r.text
    js = client.get("/swagger-ui/swagger-ui-bundle.js")
    assert js.status_code == 200 and len(js.content) > 100_000
    assert client.get("/swagger-ui/swagger-ui.css").status_code == 200
    assert client.get("/openapi.json").status_code == 200


def test_search_page_says_what_it_searched(client: TestClient) -> None:
    r = client.get("/", params={"q": "Nobody Whatsoever"})
    assert r.status_code == 200 and "Searched: custom (snapshot #" in r.text
    r = client.get("/", params={"q": "Nobody Whatsoever", "as_of": "1990-01-01"})
    assert r.status_code == 409 and "no list in force on 1990-01-01" in r.text
    r = client.get("/", params={"q": "Nobody Whatsoever", "source": "eu_fsf"})
    assert r.status_code == 409 and "eu_fsf" in r.text


def test_search_page_names_a_party_only_the_news_reports(client: TestClient) -> None:
    # no list holds Acme Drones Ltd: no result of the lists, but the page says the news
    # reports it and links its page (the CLI's history finds it too)
    r = client.get("/", params={"q": "Acme Drones"})
    assert r.status_code == 200 and "0 results" in r.text
    assert "Named in news or notes" in r.text and 'href="/entity/news%3Aacme%20drones' in r.text
    page = client.get("/entity/news:acme drones")
    assert page.status_code == 200 and "designation" in page.text
    assert "Named in news or notes" not in client.get("/", params={"q": "Huawei"}).text
