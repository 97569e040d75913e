"""Reviewers' decisions: suppress a hit for the same query, reopen when the entry changes
or a legal event arrives, audited (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from listwatch.errors import ConfigError, NotFound
from listwatch.history.events import add_event
from listwatch.screening.screen import Screener
from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.decisions import (
    DecisionBook,
    add_decision,
    apply_to_items,
    get_decision,
    list_decisions,
    query_key,
    reopen_decision,
)
from listwatch.store.ingest import ingest_files
from listwatch.watch.portfolio import add_item
from listwatch.watch.runner import run_watchlist

HEADER = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
ROWS = [
    'huawei,"Huawei Technologies Co., Ltd.",Company,Huawei,China,,1260H,2020-06',
    'cm,"China Mobile Communications Group Co., Ltd.",Company,China Mobile,China,,1260H,2020-06',
]


def _ingest(store: Store, rows: list[str], date: str) -> None:
    data = (HEADER + "\n".join(rows) + "\n").encode()
    ingest_files(store, get_source("custom"), {"custom.csv": data}, date=date)


def _keys(store: Store, query: dict, **kw) -> tuple[list[str], list[dict]]:
    items = Screener.load(store).screen_many([query])
    book = DecisionBook.load(store, [query])
    item = apply_to_items(book, items, **kw)[0]
    return [r["key"] for r in item["results"]], item.get("decided", [])


def test_query_key_folds_case_spacing_and_width():
    assert query_key("  HUAWEI   Technologies ") == query_key("huawei technologies")
    assert query_key("ＨＵＡＷＥＩ") == "huawei"
    assert query_key("Huawei Tech") != query_key("Huawei Technologies")


def test_decision_suppresses_then_reopens_on_change_and_event(db_url, monkeypatch):
    monkeypatch.setenv("LISTWATCH_USER", "reviewer-ann")
    store = Store(db_url)
    _ingest(store, ROWS, "2024-01-01")
    query = {"name": "Huawei Technologies"}
    keys, _ = _keys(store, query)
    assert "custom:huawei" in keys

    d = add_decision(store, query="huawei  technologies", key="custom:huawei",
                     verdict="false_positive", reason="our client is a reseller in Peru")
    assert d["status"] == "active" and d["created_by"] == "reviewer-ann"
    assert [e["action"] for e in d["log"]] == ["add"]
    keys, decided = _keys(store, query)
    assert "custom:huawei" not in keys
    assert decided[0]["key"] == "custom:huawei"
    assert decided[0]["decision"]["verdict"] == "false_positive"
    # another query is not affected
    assert "custom:huawei" in _keys(store, {"name": "Huawei Technologies Co"})[0]
    # shown, marked, with show_decided
    keys, decided = _keys(store, query, show_decided=True)
    assert "custom:huawei" in keys and not decided

    # a legal event naming the entry reopens it
    with store.begin() as conn:
        add_event(conn, key="custom:huawei", entity="Huawei", type="injunction",
                  origin="annotation", status="reported", date="2024-01-05")
    keys, _ = _keys(store, query)
    assert "custom:huawei" in keys
    reopened = get_decision(store, d["id"])
    assert reopened["status"] == "reopened" and "legal event" in reopened["closed_reason"]
    assert [e["action"] for e in reopened["log"]] == ["add", "auto_reopen"]

    # decided again, then the entry changes on a later snapshot: reopened again
    d2 = add_decision(store, query="Huawei Technologies", key="custom:huawei",
                      verdict="true_match", reason="same USCC on the invoice")
    # a confirmed match stays a match, marked with its decision (never "no match")
    kept, left = _keys(store, query)
    assert "custom:huawei" in kept and not left
    item = apply_to_items(DecisionBook.load(store, [query]),
                          Screener.load(store).screen_many([query]))[0]
    hit = next(r for r in item["results"] if r["key"] == "custom:huawei")
    assert hit["decision"]["id"] == d2["id"] and hit["decision"]["verdict"] == "true_match"
    changed = [ROWS[0].replace("Huawei,China", "Huawei;华为,China"), ROWS[1]]
    _ingest(store, changed, "2024-02-01")
    listed = list_decisions(store, key="custom:huawei")
    assert {x["id"]: x["status"] for x in listed}[d2["id"]] == "reopened"
    assert "newer version" in get_decision(store, d2["id"])["closed_reason"]
    assert "custom:huawei" in _keys(store, query)[0]
    assert not [r for r in Screener.load(store).screen_many([query])[0]["results"]
                if r.get("decision")]
    store.dispose()


def test_supersede_reopen_by_hand_and_errors(db_url):
    store = Store(db_url)
    _ingest(store, ROWS, "2024-01-01")
    a = add_decision(store, query="China Mobile", key="custom:cm", verdict="false_positive",
                     reason="other company")
    b = add_decision(store, query="CHINA MOBILE", key="custom:cm", verdict="true_match",
                     reason="checked the address")
    assert get_decision(store, a["id"])["status"] == "superseded"
    assert [x["id"] for x in list_decisions(store, status="active")] == [b["id"]]
    done = reopen_decision(store, b["id"], reason="client asked again", user="bob")
    assert done["status"] == "reopened" and done["closed_by"] == "bob"
    assert done["log"][-1] == {**done["log"][-1], "action": "reopen", "user": "bob",
                               "reason": "client asked again"}
    with pytest.raises(ConfigError, match="already reopened"):
        reopen_decision(store, b["id"])
    with pytest.raises(NotFound):
        reopen_decision(store, 9999)
    with pytest.raises(NotFound, match="no entry"):
        add_decision(store, query="x", key="custom:nope", verdict="true_match", reason="r")
    with pytest.raises(ConfigError, match="verdict"):
        add_decision(store, query="x", key="custom:cm", verdict="maybe", reason="r")
    with pytest.raises(ConfigError, match="reason"):
        add_decision(store, query="x", key="custom:cm", verdict="true_match", reason="  ")
    store.dispose()


def test_watchlist_leaves_decided_hit_out(db_url):
    store = Store(db_url)
    _ingest(store, ROWS, "2024-01-01")
    add_item(store, "default", "China Mobile Communications")
    first = run_watchlist(store, "default", deliver=False)
    assert [a["key"] for a in first["alerts"]] == ["custom:cm"]
    add_decision(store, query="China Mobile Communications", key="custom:cm",
                 verdict="false_positive", reason="a namesake")
    _ingest(store, [ROWS[1].replace("China Mobile,", "China Mobile;CMCC,"), ROWS[0]],
            "2024-02-01")
    # the entry changed: the decision is reopened and the change alerts again
    again = run_watchlist(store, "default", deliver=False)
    assert [a["key"] for a in again["alerts"]] == ["custom:cm"]
    assert list_decisions(store, status="reopened")
    add_decision(store, query="China Mobile Communications", key="custom:cm",
                 verdict="false_positive", reason="still a namesake")
    quiet = run_watchlist(store, "default", deliver=False)
    assert quiet["alerts"] == []  # no "removed" alert for a decided hit either
    store.dispose()


def test_a_batch_file_leaves_decided_hits_out_as_a_single_screen_does(db_url, tmp_path):
    """The same query in a file: its decided hit is left out of the CSV row and of the
    audit matches; an undecided query and another spelling are not touched; with no
    decisions applied (``--show-decided``) the hit is back; after the entry changes the
    decision is reopened and the file shows the hit again."""
    import csv

    from listwatch.screening.batch import BatchOptions, run_batch
    from listwatch.store.decisions import decided_keys

    store = Store(db_url)
    _ingest(store, ROWS, "2024-01-01")
    add_decision(store, query="Huawei Technologies", key="custom:huawei",
                 verdict="false_positive", reason="a reseller of that name", user="ann")
    infile = tmp_path / "in.csv"
    infile.write_text("id,name\nr1,HUAWEI  technologies\nr2,China Mobile\n"
                      "r3,Huawei Technologies Co\n", encoding="utf-8")

    def screen_file(decided: dict | None) -> tuple[dict[str, str], set[tuple[str, str]]]:
        out = tmp_path / "out.csv"
        report = run_batch(Screener.load(store), infile, out, opts=BatchOptions(
            decided=decided), workers=1)
        with out.open(newline="", encoding="utf-8") as f:
            best = {r["id"]: r["key"] for r in csv.DictReader(f)}
        return best, {(m["id"], m["key"]) for m in report.matches}

    decided = decided_keys(store)
    assert decided == {"huawei technologies": frozenset({"custom:huawei"})}
    best, matches = screen_file(decided)
    assert best["r1"] != "custom:huawei" and ("r1", "custom:huawei") not in matches
    assert best["r2"] == "custom:cm" and best["r3"] == "custom:huawei"
    best, matches = screen_file(None)
    assert best["r1"] == "custom:huawei" and ("r1", "custom:huawei") in matches
    # the entry changes: the decision reopens, the file shows the hit again
    _ingest(store, [ROWS[0].replace("Huawei,China", "Huawei;HW,China"), ROWS[1]], "2024-02-01")
    assert decided_keys(store) == {}
    best, _ = screen_file(decided_keys(store) or None)
    assert best["r1"] == "custom:huawei"
    store.dispose()
