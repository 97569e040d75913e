"""The web pages in real headless Chromium (Debian's /usr/bin/chromium via Playwright),
against a real uvicorn server on a loopback port: search, open the entity, see the timeline.
Screenshots are kept under test-artifacts/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from listwatch.api.annotations import AnnotationIn, add_annotation
from listwatch.store.db import Store

from .conftest import ARTIFACTS, ingest_custom, run_server

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run"]
XIAOMI_EVENTS = [
    ("legal_challenge", "2021-01-29", ("Xiaomi filed a complaint against the Department of "
     "Defense challenging its designation as a Communist Chinese Military Company.")),
    ("injunction", "2021-03-12", ("The court granted Xiaomi's motion for a preliminary "
     "injunction, halting the designation.")),
    ("vacatur", "2021-05-25", "The court entered the agreed order vacating the designation."),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'pages.db'}"
    store = Store(url)
    ingest_custom(store)
    for kind, date, quote in XIAOMI_EVENTS:
        add_annotation(store, "custom:xiaomi", AnnotationIn(
            type=kind, date=date, evidence_quote=quote,
            evidence_url="https://example.org/xiaomi-v-department-of-defense",
            authority="U.S. District Court for the District of Columbia"))
    store.dispose()
    with run_server(url) as base:
        yield base


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def web_page(chromium_browser: Any) -> Iterator[Any]:
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()


def test_search_open_entity_see_timeline(server: str, web_page: Any) -> None:
    page = web_page
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(server + "/")
    assert page.title().startswith("Search the lists")
    page.get_by_label("Name of a company, person or vessel").fill("Xiaomi")
    page.get_by_label("As of date").fill("2021-04-01")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/?q=Xiaomi*")
    results = page.locator("ol.results li")
    assert results.count() >= 1
    first = results.first
    assert "Xiaomi Corporation" in first.inner_text()
    assert "custom" in first.inner_text() and "Listed" in first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)

    first.get_by_role("link", name="Xiaomi Corporation").click()
    page.wait_for_url("**/entity/custom*")
    assert page.locator("h1").inner_text() == "Xiaomi Corporation"
    svg = page.locator("svg.timeline")
    assert svg.is_visible()
    assert svg.locator("rect.bar.listed").count() == 1
    assert svg.locator(".mark.reported").count() == 3
    assert svg.locator("line.asof").count() == 1  # the as-of date carried from the search
    assert "enjoined" in page.locator("p.state").inner_text().lower()
    # tooltips: every mark has a <title>
    assert "injunction" in svg.locator(".mark.reported title").nth(1).text_content()
    page.screenshot(path=str(ARTIFACTS / "entity-2021-04-01.png"), full_page=True)

    # re-render the state on another date with the as-of field (keyboard only)
    field = page.get_by_label("Show the state on")
    field.fill("2021-07-01")
    field.press("Enter")
    page.wait_for_url("**as_of=2021-07-01")
    state = page.locator("p.state").inner_text().lower()
    assert "not listed" in state
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 6  # designation, challenge, amendment, injunction, vacatur, removal
    page.screenshot(path=str(ARTIFACTS / "entity.png"), full_page=True)


def test_pages_work_without_javascript(server: str, chromium_browser: Any) -> None:
    context = chromium_browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(server + "/?q=Huawei")
    pg.get_by_role("link", name="Huawei Technologies Co., Ltd.").click()
    assert pg.locator("svg.timeline").is_visible()
    pg.goto(server + "/source/custom")
    assert pg.locator("table tbody tr").count() == 3
    pg.get_by_role("link", name="changes since 2021-03-01").click()
    assert "Removed (1)" in pg.locator("main").inner_text()
    context.close()


def test_keyboard_reaches_the_search(server: str, web_page: Any) -> None:
    page = web_page
    page.goto(server + "/source/custom")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.goto(server + "/")
    # the name field has focus (autofocus may land a moment after the load event)
    page.wait_for_function("document.activeElement && document.activeElement.id === 'q'",
                           timeout=5000)
    page.keyboard.type("Huawei")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=Huawei*")
    assert page.locator("ol.results li").count() >= 1
    # every form control has a label
    unlabeled = page.evaluate(
        "[...document.querySelectorAll('input,select')].filter(e => !e.labels || "
        "!e.labels.length).map(e => e.name)")
    assert unlabeled == []


def test_chromium_is_debians() -> None:
    assert shutil.which("chromium") == CHROMIUM or Path(CHROMIUM).exists()
