"""The search page applies reviewers' decisions as ``GET /search`` does, in real headless
Chromium against a real server: a party on two lists (the EU and UK fixtures, linked by
passport) decided a false positive on its UK listing is left out of the page's results
for that name, whichever listing answers, with a note saying so; "Show decided hits"
brings it back marked with the decision; another name still shows it; a reopened
decision shows it again."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

import httpx
import pytest

from listwatch.store.clock import utcnow
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths

from .conftest import ARTIFACTS, KEY, run_server
from .test_pages import chromium_browser, web_page  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PERSON = "Ivan Petrovich Sidorov"
UK_PERSON, EU_PERSON = "gb_fcdo:RUS9001", "eu_fsf:139001"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('pages-decisions') / 'pages.db'}"
    store = Store(url)
    ingest_paths(store, "eu_fsf", [FIXTURES / "eu_fsf"], date="2024-01-01")
    ingest_paths(store, "gb_fcdo", [FIXTURES / "gb_fcdo"], date="2024-01-01")
    store.dispose()
    with run_server(url, env={"LISTWATCH_API_KEYS": KEY}) as base:
        yield base


def _results(page: Any) -> list[str]:
    return [t.strip() for t in page.locator("ol.results > li h3").all_inner_texts()]


def test_search_page_leaves_out_a_decided_party_and_shows_it_marked(
        server: str, web_page: Any) -> None:  # noqa: F811
    page = web_page
    page.goto(f"{server}/?q={quote_plus(PERSON)}&schema=Person")
    before = _results(page)
    assert len(before) == 1, before  # one result for the party on two lists
    assert EU_PERSON in page.content() and UK_PERSON in page.content()
    assert page.locator(".decided-note").count() == 0
    r = httpx.post(f"{server}/decisions", headers={"Authorization": f"ApiKey {KEY}"},
                   json={"query": PERSON.upper(), "key": UK_PERSON,
                         "verdict": "false_positive", "reason": "our client, born 1990"})
    assert r.status_code == 201, r.text
    decision = r.json()
    assert set(decision["referents"]) == {UK_PERSON, EU_PERSON}

    page.goto(f"{server}/?q={quote_plus(PERSON)}&schema=Person")
    assert _results(page) == []
    note = page.locator(".decided-note")
    assert note.count() == 1
    assert "1 hit left out" in note.inner_text() and "false positive" in note.inner_text()
    page.screenshot(path=str(ARTIFACTS / "search-decided-left-out.png"), full_page=True)

    note.get_by_role("link", name="Show decided hits").click()
    page.wait_for_load_state()
    assert "show_decided=true" in page.url
    assert _results(page) == before
    badge = page.locator("ol.results .badge.decided")
    assert badge.count() == 1 and "false positive" in badge.inner_text()
    assert f"Decision #{decision['id']}" in page.locator("ol.results .decision").inner_text()
    assert "our client, born 1990" in page.content()
    page.screenshot(path=str(ARTIFACTS / "search-decided-shown.png"), full_page=True)

    # another name for the same party is another query: not covered
    page.goto(f"{server}/?q={quote_plus('Ivan Sidorov')}&schema=Person")
    assert len(_results(page)) == 1 and page.locator(".decided-note").count() == 0

    # as the store knew it when the decision was taken: the decision applies
    html = httpx.get(f"{server}/", params={"q": PERSON, "schema": "Person",
                                           "known_at": decision["created_at"]}).text
    assert "1 hit left out" in html

    # stored times are to the second: reopened within the second the decision was
    # made, it would read as closed at that time too
    while utcnow() <= decision["created_at"]:
        time.sleep(0.05)
    r = httpx.post(f"{server}/decisions/{decision['id']}/reopen",
                   headers={"Authorization": f"ApiKey {KEY}"}, json={"reason": "recheck"})
    assert r.status_code == 200, r.text
    page.goto(f"{server}/?q={quote_plus(PERSON)}&schema=Person")
    assert _results(page) == before and page.locator(".badge.decided").count() == 0
    # ... but not as the store knew it then (the decision was active at that time)
    html = httpx.get(f"{server}/", params={"q": PERSON, "schema": "Person",
                                           "known_at": decision["created_at"]}).text
    assert "1 hit left out" in html

