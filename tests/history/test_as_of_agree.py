"""For any snapshot history and any date, ``history --as-of``, the API's state, ``screen
--as-of`` and a certificate agree about whether an entry was listed and what was known
(issue 21, item 5): a property test over random histories and dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert
from typer.testing import CliRunner

from listwatch.api.app import create_app
from listwatch.cli import app as cli_app
from listwatch.errors import NothingScreened
from listwatch.history.events import add_event
from listwatch.history.timeline import entry_history
from listwatch.screening.screen import Screener
from listwatch.sources import get_source
from listwatch.store.audit import get_screening, record_screening
from listwatch.store.certificate import summary
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_files
from listwatch.store.schema import articles

HEADER = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
FILLERS = ("f1,Filler Alpha Trading Co,Company,,,,1260H,\n"
           "f2,Filler Bravo Shipping Co,Company,,,,1260H,\n"
           "f3,Filler Charlie Mining Co,Company,,,,1260H,\n")
TARGET = "x,Quizzical Xylophone Holdings,Company,,,,1260H,\n"
KEY = "custom:x"
START = dt.date(2020, 1, 1)


def _day(n: int) -> str:
    return (START + dt.timedelta(days=n)).isoformat()


histories = st.lists(
    st.tuples(st.integers(0, 900), st.booleans()), min_size=1, max_size=4,
    unique_by=lambda t: t[0],
)
reports = st.lists(
    # (event day, article day offset after it or None for an annotation, type)
    st.tuples(st.integers(0, 1000), st.one_of(st.none(), st.integers(0, 200)),
              st.sampled_from(["injunction", "removal", "vacatur"])),
    max_size=2,
)


def _build(path: Path, snaps: list[tuple[int, bool]], evs: list) -> Store:
    store = Store(f"sqlite:///{path}")
    source = get_source("custom")
    for day, present in snaps:  # in the drawn order: out-of-order snapshots too
        # (a fourth entry differs in each file: the same bytes again are not a snapshot)
        body = (HEADER + FILLERS + f"f4,Filler Delta {day} Co,Company,,,,1260H,\n"
                + (TARGET if present else ""))
        ingest_files(store, source, {"custom.csv": body.encode()}, date=_day(day), force=True)
    with store.begin() as conn:
        for i, (day, lag, kind) in enumerate(evs):
            article_id = None
            if lag is not None:
                text = f"article {i} {day} {lag}"
                article_id = conn.execute(insert(articles).values(
                    url=f"https://example.org/{i}", title=text, language="en",
                    published=_day(day + lag), sha256=hashlib.sha256(text.encode()).hexdigest(),
                    text=text, ingested_at="2026-01-01T00:00:00Z")).inserted_primary_key[0]
            add_event(conn, key=KEY, entity="Quizzical Xylophone Holdings", type=kind,
                      date=_day(day), origin="news" if lag is not None else "annotation",
                      status="reported", effect="effective", list="custom",
                      evidence_quote=f"report {i}", article_id=article_id)
    return store


def _truth(snaps: list[tuple[int, bool]], day: int) -> bool | None:
    """Listed on ``day`` by the snapshots (None: before any snapshot)."""
    before = [present for d, present in sorted(snaps) if d <= day]
    return before[-1] if before else None


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(snaps=histories, evs=reports, days=st.lists(st.integers(-30, 1100), min_size=1,
                                                   max_size=3))
def test_history_api_screen_and_certificate_agree(snaps, evs, days, monkeypatch):
    with tempfile.TemporaryDirectory() as tmp:
        store = _build(Path(tmp) / "h.db", snaps, evs)
        url = store.url
        monkeypatch.setenv("LISTWATCH_DB", url)
        has_entry = any(present for _, present in snaps)
        screener = Screener.load(store)
        client = TestClient(create_app(url))
        for n in days:
            date = _day(n)
            truth = _truth(snaps, n)
            listed = bool(truth)
            # screen --as-of (the library, as the CLI and the API call it)
            if truth is None:
                with pytest.raises(NothingScreened):
                    screener.coverage(date)
                if n == days[0]:  # (the CLI builds its own index: once per history)
                    res = CliRunner().invoke(cli_app, ["screen", "Quizzical Xylophone",
                                                       "--as-of", date])
                    assert isinstance(res.exception, NothingScreened)
                r = client.post(f"/match/default?as_of={date}", json={"queries": {"q": {
                    "schema": "Company", "properties": {"name": ["Quizzical Xylophone"]}}}})
                assert r.status_code == 409
            else:
                coverage, _ = screener.coverage(date)
                hits = screener.screen({"name": "Quizzical Xylophone Holdings"}, as_of=date)
                found = any(h["key"] == KEY and h["match"] for h in hits)
                assert found == listed, (snaps, date)
                sid = record_screening(store, queries=[{"name": "Quizzical Xylophone Holdings"}],
                                       results=[{"query": {}, "results": hits}], as_of=date,
                                       threshold=0.7, snapshots=coverage)
                cert = summary(get_screening(store, sid))
                assert any(m.get("key") == KEY for m in cert["matches"]) == listed
                status = cert["lists"][0]["status"]
                assert status.startswith("No match") == (not listed)
            if not has_entry:
                continue
            # history --as-of and the API's state
            hist = entry_history(store, KEY, as_of=date)
            api = client.get(f"/entities/{KEY}", params={"as_of": date}).json()
            assert hist["listed"] == api["listed"] == api["state"]["listed"] == listed, (
                snaps, date)
            cli = CliRunner().invoke(cli_app, ["history", "--entry", KEY, "--as-of", date,
                                               "--format", "json"])
            assert json.loads(cli.stdout)["listed"] == listed
            # what was known: no event dated, or reported, after the date
            for e in hist["events"] + api["events"]:
                assert (e.get("date") or "") <= date
                assert ((e.get("article") or {}).get("published") or "") <= date
            if not listed:
                assert api["state"]["status"] in ("not listed", "removed")
            # a report never rewrites the headline
            official = [e for e in hist["events"] if not e.get("reported")]
            if listed and not any(e["type"] in ("injunction", "vacatur") for e in official):
                assert hist["status"] == "listed"
        client.close()
        store.dispose()
