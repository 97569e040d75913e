"""``known_at=T`` answers, on every surface, exactly as the store answered at ``T``.

Snapshots A (two dated snapshots of a custom list) and a reported injunction go in; ``T``
is noted; then B: a snapshot that removes one entry and changes another, a snapshot ingested
late for a date between A's two (the store slots it in and rewrites the entries'
intervals), a vacatur recorded, and the injunction confirmed. Every surface asked with
``known_at=T`` after B must answer what it answered with ``known_at=T`` before B, and
what the store answered plainly before B (the timeline, the listed intervals, the status)
must be what it answers at ``T`` after. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from listwatch.api.app import create_app
from listwatch.cli import app as cli_app
from listwatch.history.events import add_annotation, set_status
from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.decisions import DecisionBook, add_decision, reopen_decision
from listwatch.store.ingest import ingest_files
from tests.api import yente_models as ym
from tests.api.conftest import HEADER, KEY
from tests.conftest import shared_data_dir

SPECS = shared_data_dir().parent / "specs" / "reconciliation-api"

XIAOMI = 'xiaomi,Xiaomi Corporation,Company,Xiaomi Corp,China,isin:KYG9830T1067,1237,2021-01-14'
XIAOMI_2 = ('xiaomi,Xiaomi Corporation,Company,Xiaomi Corp;小米集团,China,isin:KYG9830T1067,'
            '1237,2021-01-14')
HUAWEI = 'huawei,"Huawei Technologies Co., Ltd.",Company,Huawei,China,,1260H,2020-06'
HUAWEI_2 = 'huawei,"Huawei Technologies Co., Ltd.",Company,Huawei;华为,China,,1260H,2020-06'
CM = 'cm,"China Mobile Communications Group Co., Ltd.",Company,China Mobile,China,,1260H,2020-06'

QUERY = {"queries": {"q": {"schema": "Company", "properties": {"name": ["Xiaomi Corporation"]}},
                     "h": {"schema": "Company", "properties": {"name": ["Huawei Technologies"]}},
                     "c": {"schema": "Company", "properties": {"name": [
                         "China Mobile Communications Group"]}}}}
#: volatile keys: the audit id of a screening, the time a page or answer was made
VOLATILE = {"screening_id", "screening", "created_at", "generated_at", "took", "elapsed_ms"}


def _csv(*rows: str) -> dict[str, bytes]:
    return {"custom.csv": (HEADER + "\n".join(rows) + "\n").encode()}


def _clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _surfaces(client: TestClient, runner: CliRunner, url: str, t: str) -> dict[str, Any]:
    """Every surface's answer at ``known_at=t``."""
    k = {"known_at": t}
    out: dict[str, Any] = {}

    def get(name: str, path: str, **params: Any) -> None:
        r = client.get(path, params={**params, **k})
        out[name] = (r.status_code, _clean(r.json()) if "json" in r.headers.get(
            "content-type", "") else r.text)

    for key in ("custom:xiaomi", "custom:huawei"):
        get(f"entity {key}", f"/entities/{key}")
        get(f"entity {key} as_of", f"/entities/{key}", as_of="2021-03-15")
        get(f"adjacent {key}", f"/entities/{key}/adjacent")
        get(f"status {key}", "/status", entry=key)
        get(f"page {key}", f"/entity/{key}")
        get(f"preview {key}", "/reconcile/default/preview", id=key)
    get("status by name", "/status", q="Xiaomi Corporation")
    get("search", "/search/default", q="xiaomi")
    get("search all", "/search/default")
    get("search page", "/", q="Xiaomi Corporation")
    r = client.post("/match/default", params=k, json=QUERY)
    out["match"] = (r.status_code, _clean(r.json()))
    queries = json.dumps({"q0": {"query": "Xiaomi Corporation", "type": "Company"},
                          "q1": {"query": "Huawei Technologies", "type": "Company"}})
    r = client.post("/reconcile/default", params=k, data={"queries": queries})
    out["reconcile"] = (r.status_code, _clean(r.json()))
    ext = json.dumps({"ids": ["custom:xiaomi", "custom:huawei"],
                      "properties": [{"id": p} for p in ("listed", "state", "listed_from",
                                                         "listed_to", "last_change")]})
    r = client.post("/reconcile/default", params=k, data={"extend": ext})
    out["extend"] = (r.status_code, _clean(r.json()))
    env = {"LISTWATCH_DB": url}
    for name, args in (("cli history", ["history", "--entry", "custom:xiaomi"]),
                       ("cli status", ["status", "--entry", "custom:xiaomi"]),
                       ("cli screen", ["screen", "Xiaomi Corporation"]),
                       ("cli screen decided", ["screen", "Huawei Technologies"])):
        done = runner.invoke(cli_app, [*args, "--format", "json", "--known-at", t], env=env)
        assert done.exit_code == 0, (name, done.output)
        out[name] = _clean(json.loads(done.stdout))
    return out


def test_every_surface_at_known_at_answers_as_before(db_url: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LISTWATCH_API_KEYS", KEY)
    source = get_source("custom")
    store = Store(db_url)
    ingest_files(store, source, _csv(XIAOMI, HUAWEI, CM), date="2021-01-15")
    ingest_files(store, source, _csv(XIAOMI_2, HUAWEI, CM), date="2021-03-01")
    injunction, _ = add_annotation(store, "custom:xiaomi", type="injunction", date="2021-03-12",
                                   authority="D.D.C.", effect="effective",
                                   evidence_quote="preliminary injunction granted")
    # a reviewer clears the Huawei hit before T (reopened after T)
    cleared = add_decision(store, query="Huawei Technologies", key="custom:huawei",
                           verdict="false_positive", reason="another company", user="r")
    time.sleep(1.1)  # stored times are to the second
    t = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    time.sleep(1.1)
    runner = CliRunner()
    with TestClient(create_app(db_url)) as client:
        plain_before = {key: client.get(f"/entities/{key}").json()
                        for key in ("custom:xiaomi", "custom:huawei")}
        status_before = client.get("/status", params={"entry": "custom:xiaomi"}).json()
        before = _surfaces(client, runner, db_url, t)
    # B: Xiaomi removed and Huawei changed; a snapshot slotted in late between A's two
    # (Xiaomi absent from it); a vacatur recorded; the injunction confirmed
    ingest_files(store, source, _csv(HUAWEI_2, CM), date="2021-06-01")
    ingest_files(store, source, _csv(HUAWEI, CM), date="2021-02-01", force=True)
    add_annotation(store, "custom:xiaomi", type="vacatur", date="2021-05-25", authority="D.D.C.",
                   effect="effective", evidence_quote="the designation is vacated")
    set_status(store, int(injunction["id"]), "confirmed")
    # reviewers' decisions after T: Huawei's reopened, China Mobile's hit cleared
    reopen_decision(store, int(cleared["id"]), reason="looked again", user="r")
    add_decision(store, query="China Mobile Communications Group", key="custom:cm",
                 verdict="false_positive", reason="another company", user="r")
    store.dispose()
    with TestClient(create_app(db_url)) as client:
        now = client.get("/entities/custom:xiaomi").json()
        # B did change what the store holds now: the test would see a leak
        assert now["listed"] is False and len(now["listed_intervals"]) == 2
        assert any(e["type"] == "vacatur" for e in now["events"])
        book = DecisionBook.load(store, ["China Mobile Communications Group",
                                         "Huawei Technologies"])
        assert book.decided("China Mobile Communications Group")
        assert not book.decided("Huawei Technologies")
        after = _surfaces(client, runner, db_url, t)
        assert client.get("/entities/custom:xiaomi",
                          params={"known_at": "2021-01-01"}).status_code == 404
    for name in before:
        if name.startswith("cli"):
            continue
        assert before[name][0] == 200, (name, before[name])
    for name in before:
        assert after[name] == before[name], f"{name} at known_at={t} changed after B"
    # and at T it is what the store answered then, plainly
    for key, plain in plain_before.items():
        code, then = after[f"entity {key}"]
        assert code == 200
        for field in ("listed", "listed_intervals", "first_seen", "last_seen", "removed_on",
                      "status", "status_since", "caption", "record"):
            assert then[field] == plain[field], (key, field)
        assert _clean(then["events"]) == _clean(plain["events"]), key
    xiaomi = after["entity custom:xiaomi"][1]
    assert xiaomi["listed_intervals"] == [{"from": "2021-01-15", "to": None, "last_seen": None}]
    assert [e["type"] for e in xiaomi["events"]] == ["designation", "amendment", "injunction"]
    assert xiaomi["events"][-1]["status"] == "reported"  # confirmed only after T
    assert xiaomi["known_snapshot"]["date"] == "2021-03-01"
    code, status = after["status custom:xiaomi"]
    assert code == 200 and status["entries"][0]["state"] == status_before["entries"][0]["state"]
    match = after["match"][1]["responses"]["q"]["results"]
    assert match[0]["id"] == "custom:xiaomi" and match[0]["listed_from"] == "2021-01-15"
    assert match[0]["listed_to"] is None
    # the decisions as they were at T: Huawei's hit cleared then, China Mobile's not yet
    responses = after["match"][1]["responses"]
    assert "custom:huawei" not in [r["id"] for r in responses["h"]["results"]]
    assert "custom:cm" in [r["id"] for r in responses["c"]["results"]]
    # the known_at answers keep yente's shapes and the reconciliation schemas
    ym.EntityMatchResponse.model_validate(after["match"][1])
    ym.SearchResponse.model_validate(after["search"][1])
    ym.SearchResponse.model_validate(after["search all"][1])
    ym.EntityResponse.model_validate(after["entity custom:xiaomi"][1])
    ym.EntityAdjacentResponse.model_validate(after["adjacent custom:xiaomi"][1])
    if SPECS.is_dir():  # (the specification's schemas come with the shared data)
        from tests.api.test_reconcile import check

        check("0.2", "reconciliation-result-batch", after["reconcile"][1])
        check("0.2", "data-extension-response", after["extend"][1])
