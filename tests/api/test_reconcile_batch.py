"""A reconciliation batch is screened as one ``screen_batch`` per limit: each query's
candidates must be exactly those the query gets alone (``routes_match.screen_one``, as
``/match`` screens), whatever else is in the batch (real OFAC lists)."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.realdata

NAMES = [("Company", "AEROCARIBBEAN AIRLINES"), ("Person", "Vladimir Putin"),
         ("Company", "Huawei Technologies"), ("Company", "China Mobile"),
         ("Person", "Kim Jong Un"), ("Company", "Rosneft Oil Company"),
         ("Company", "Sberbank of Russia"), ("Person", "Ali Khamenei"),
         ("Company", "Banco Nacional de Cuba"), ("Company", "Nobody Such Ltd"),
         ("Person", "Hassan Nasrallah"), ("Company", "Islamic Revolutionary Guard Corps")]


def test_a_batch_gets_each_querys_own_candidates(real_client: Any) -> None:
    from listwatch.api.routes_match import screen_one
    from listwatch.api.routes_reconcile import MIN_SCORE
    from listwatch.screening.ftm_query import screener_query

    state = real_client.app.state.lw
    screener = state.screeners.get()
    thr = state.settings.match_threshold
    queries = {f"q{i}": {"query": name, "type": schema, "limit": 3 if i % 3 else 5}
               for i, (schema, name) in enumerate(NAMES)}
    r = real_client.post("/reconcile/default", data={"queries": json.dumps(queries)})
    assert r.status_code == 200, r.text
    got = r.json()
    matched = 0
    for key, q in queries.items():
        alone = screen_one(screener, screener_query(
            {"schema": q["type"], "properties": {"name": [q["query"]]}}), as_of=None,
            threshold=thr, cutoff=min(MIN_SCORE, thr), limit=q["limit"], sources=None)
        cands = got[key]["result"]
        assert [c["id"] for c in cands] == [a["key"] for a in alone], key
        assert [c["score"] for c in cands] == [pytest.approx(a["score"]) for a in alone]
        matched += bool(cands)
    assert matched >= 8  # (the names are on the lists: the comparison is not of empties)
