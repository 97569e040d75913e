"""POST /match and GET /search in yente's shapes, on the real OFAC lists, compared with the
Screener's own answers."""

from __future__ import annotations

from typing import Any

import pytest

from listwatch.api.yente import EntityMatchResponse, SearchResponse
from listwatch.screening.ftm_query import screener_query
from listwatch.screening.screen import Screener
from listwatch.store.db import Store

pytestmark = pytest.mark.realdata

QUERIES: dict[str, dict[str, Any]] = {
    "aero": {"schema": "Company", "properties": {"name": ["AEROCARIBBEAN AIRLINES"]}},
    "huawei": {"schema": "Company",
               "properties": {"name": ["Huawei Technologies"], "country": ["China"]}},
    "putin": {"schema": "Person", "properties": {"name": ["Vladimir Putin"]}},
    "mobile": {"schema": "Company", "properties": {"name": ["China Mobile"]}},
    "typo": {"schema": "LegalEntity", "properties": {"name": ["Aerocaribean Airlines"]}},
    "nobody": {"schema": "Person", "properties": {"name": ["Zyxwvut Qqqqrstu"]}},
}
#: Every key of yente's ScoredEntityResponse (yente.data.common), plus explanations.
YENTE_KEYS = {"id", "caption", "schema", "properties", "datasets", "referents", "target",
              "first_seen", "last_seen", "last_change", "score", "features", "match"}


@pytest.fixture(scope="module")
def screener(real_db: str) -> Screener:
    return Screener.load(Store(real_db))


def test_match_shape_is_yentes(real_client: Any) -> None:
    r = real_client.post("/match/default", json={"queries": QUERIES})
    assert r.status_code == 200, r.text
    body = r.json()
    EntityMatchResponse.model_validate(body)  # yente's models, field for field
    # yente's keys, and listwatch's coverage (which snapshot of each list was screened)
    assert set(body) == {"responses", "matcher", "limit", "coverage", "warnings"}
    assert body["coverage"]["us_ofac_sdn"]["date"] == "2024-05-03"
    assert body["limit"] == 5
    assert set(body["responses"]) == set(QUERIES)
    assert {"description", "coefficient", "url"} <= set(body["matcher"]["name_similarity"])
    for name, resp in body["responses"].items():
        assert resp["status"] == 200
        assert resp["query"]["schema"] == QUERIES[name]["schema"]
        assert resp["query"]["properties"] == QUERIES[name]["properties"]
        assert resp["total"] == {"value": len(resp["results"]), "relation": "eq"}
        for res in resp["results"]:
            assert YENTE_KEYS <= set(res), set(res) ^ YENTE_KEYS
            assert res["datasets"] == [res["id"].split(":", 1)[0]]
            assert isinstance(res["features"], dict) and res["features"]
            assert "name_similarity" in res["explanations"]
            assert res["first_seen"].endswith("T00:00:00")
    top = body["responses"]["aero"]["results"][0]
    assert top["id"] == "us_ofac_sdn:36"
    assert top["caption"] == "AEROCARIBBEAN AIRLINES"
    assert top["match"] is True and top["score"] >= 0.9
    assert top["target"] is True
    assert "AEROCARIBBEAN AIRLINES" in top["properties"]["name"]
    assert body["responses"]["putin"]["results"][0]["schema"] == "Person"
    assert body["responses"]["nobody"]["results"] == []


def test_match_answers_equal_the_screeners(real_client: Any, screener: Screener) -> None:
    for threshold, limit in ((0.7, 5), (0.5, 10)):
        r = real_client.post(f"/match/default?threshold={threshold}&limit={limit}",
                             json={"queries": QUERIES})
        assert r.status_code == 200
        for name, example in QUERIES.items():
            got = r.json()["responses"][name]["results"]
            want = screener.screen(screener_query({**example}), threshold=threshold, limit=limit)
            assert [g["id"] for g in got] == [w["key"] for w in want], name
            assert [g["score"] for g in got] == [w["score"] for w in want], name
            assert [g["match"] for g in got] == [w["match"] for w in want], name
    assert any(r.json()["responses"][n]["results"] for n in QUERIES)


def test_dataset_restricts_and_unknown_is_404(real_client: Any) -> None:
    q = {"queries": {"m": QUERIES["mobile"]}}
    everywhere = real_client.post("/match/default?threshold=0.5", json=q).json()
    cons = real_client.post("/match/us_ofac_cons?threshold=0.5", json=q).json()
    sources = {x["datasets"][0] for x in everywhere["responses"]["m"]["results"]}
    assert len(sources) == 2
    assert {x["datasets"][0] for x in cons["responses"]["m"]["results"]} == {"us_ofac_cons"}
    excluded = real_client.post("/match/default?threshold=0.5&exclude_dataset=us_ofac_cons",
                                json=q).json()
    assert {x["datasets"][0] for x in excluded["responses"]["m"]["results"]} == {"us_ofac_sdn"}
    r = real_client.post("/match/nowhere", json=q)
    assert r.status_code == 404
    assert "unknown dataset 'nowhere'" in r.json()["detail"]
    assert "default" in r.json()["hint"]


def test_as_of_before_the_lists_is_refused(real_client: Any) -> None:
    """No list in force: 409 saying so, never an empty "no match" (issue 21)."""
    q = {"queries": {"a": QUERIES["aero"]}}
    assert real_client.post("/match/default?as_of=2024-05-03", json=q).json()[
        "responses"]["a"]["results"]
    r = real_client.post("/match/default?as_of=2020-01-01", json=q)
    assert r.status_code == 409 and "no list in force on 2020-01-01" in r.json()["detail"]
    r = real_client.post("/match/default?as_of=2020-13-01", json=q)
    assert r.status_code == 400 and "not a real calendar date" in r.json()["detail"]


def test_bad_queries_are_clear_4xx(real_client: Any) -> None:
    r = real_client.post("/match/default", json={"queries": {"x": {"schema": "Banana",
                                                                      "properties": {"name": ["a"]}}}})
    assert r.status_code == 400 and "unknown schema 'Banana'" in r.json()["detail"]
    r = real_client.post("/match/default", json={"queries": {"x": {"schema": "Person",
                                                                      "properties": {"country": ["ru"]}}}})
    assert r.status_code == 400 and "needs a name" in r.json()["detail"]
    r = real_client.post("/match/default?algorithm=magic", json={"queries": {"a": QUERIES["aero"]}})
    assert r.status_code == 400 and "unknown algorithm" in r.json()["detail"]
    # yente's own algorithms are not run here: naming one is an error listing the known ones
    r = real_client.post("/match/default?algorithm=logic-v2", json={"queries": {"a": QUERIES["aero"]}})
    assert r.status_code == 400 and "best, listwatch" in r.json()["hint"]
    for name in ("best", "listwatch", "BEST"):
        ok = real_client.post(f"/match/default?algorithm={name}", json={"queries": {"a": QUERIES["aero"]}})
        assert ok.status_code == 200, name
    # a name of megabytes is no name (comparing it held a worker for minutes): refused
    huge = " ".join(["alpha bravo"] * 20_000)
    r = real_client.post("/match/default", json={"queries": {"x": {
        "schema": "Company", "properties": {"name": [huge]}}}})
    assert r.status_code == 400 and "the limit is 1,000" in r.json()["detail"], r.text
    r = real_client.get("/search/default", params={"q": huge[:5000]})
    assert r.status_code == 400 and "the limit is 1,000" in r.json()["detail"], r.text
    r = real_client.post("/match/default", json={"nothing": 1})
    assert r.status_code == 400 and r.json()["detail"] == "unknown body field: nothing"
    r = real_client.post("/match/default", json={})
    assert r.status_code == 422 and "queries" in r.json()["detail"]


def test_properties_map_to_the_screener_query() -> None:
    q = screener_query({"schema": "Person", "properties": {
        "firstName": ["Vladimir"], "lastName": ["Putin"], "nationality": ["ru"],
        "birthDate": ["1952-10-07"], "passportNumber": ["1234"]}})
    assert q == {"name": "Vladimir Putin", "schema": "Person", "country": "ru",
                 "birth_date": "1952-10-07", "identifier": "1234"}
    q = screener_query({"schema": "Thing", "properties": {
        "name": "Acme", "alias": ["Acme Ltd"], "jurisdiction": ["gb"], "country": ["fr"],
        "isin": ["US0000000000"]}})
    assert q["name"] == ["Acme", "Acme Ltd"] and "schema" not in q
    assert q["country"] == ["fr", "gb"] and q["identifier"] == "US0000000000"


def test_identifier_query_finds_the_entry(real_client: Any, screener: Screener) -> None:
    isin = None
    for ver in screener.index.versions:
        if ver.properties.get("isin"):
            isin, key = ver.properties["isin"][0], ver.key
            break
    assert isin, "the consolidated list carries ISINs"
    r = real_client.post("/match/us_ofac_cons", json={"queries": {"i": {
        "schema": "Company", "properties": {"name": ["unrelated words"], "isin": [isin]}}}})
    results = r.json()["responses"]["i"]["results"]
    assert results and results[0]["id"] == key
    assert results[0]["features"].get("identifier_match") == 1.0


def test_search_shape_and_facets(real_client: Any) -> None:
    r = real_client.get("/search/default", params={"q": "China Mobile", "limit": 3})
    assert r.status_code == 200
    body = r.json()
    SearchResponse.model_validate(body)
    assert set(body) == {"results", "total", "limit", "offset", "facets", "coverage", "warnings"}
    assert body["limit"] == 3 and body["offset"] == 0 and len(body["results"]) == 3
    assert body["results"][0]["caption"].startswith("CHINA MOBILE")
    assert {"datasets", "schema", "countries"} <= set(body["facets"])
    page2 = real_client.get("/search/default", params={"q": "China Mobile", "limit": 3,
                                                        "offset": 3}).json()
    assert not {x["id"] for x in page2["results"]} & {x["id"] for x in body["results"]}
    assert real_client.get("/search/nowhere", params={"q": "x"}).status_code == 404
    everything = real_client.get("/search/default", params={"limit": 5})  # yente: q is optional
    assert everything.status_code == 200 and everything.json()["total"]["value"] > 1000


def test_sources_and_readyz(real_client: Any) -> None:
    rows = {r["id"]: r for r in real_client.get("/sources").json()}
    assert rows["us_ofac_sdn"]["snapshots"] == 1 and rows["us_ofac_sdn"]["records"] > 10000
    ready = real_client.get("/readyz").json()
    assert ready["status"] == "ok" and ready["index"] == "loaded"
    assert real_client.get("/healthz").json() == {"status": "ok"}
    assert real_client.get("/openapi.json").json()["paths"]["/match/{dataset}"]["post"]
    assert real_client.get("/docs").status_code == 200


def test_match_with_audit_is_recorded(real_client: Any) -> None:
    r = real_client.post("/match/default?audit=true",
                         json={"queries": {"a": QUERIES["aero"], "n": QUERIES["nobody"]}})
    assert r.status_code == 200, r.text
    sid = r.headers["X-Listwatch-Screening"]
    record = real_client.get(f"/screenings/{sid}").json()
    assert record["query_count"] == 2 and record["match_count"] >= 1
    assert record["snapshots"]["us_ofac_sdn"]["date"] == "2024-05-03"
    keys = [res["key"] for item in record["results"] for res in item["results"]]
    assert "us_ofac_sdn:36" in keys
    # audit is on by default; audit=false leaves a screening unrecorded
    r = real_client.post("/match/default", json={"queries": {"a": QUERIES["aero"]}})
    assert int(r.headers["X-Listwatch-Screening"]) > int(sid)
    r = real_client.post("/match/default?audit=false", json={"queries": {"a": QUERIES["aero"]}})
    assert "X-Listwatch-Screening" not in r.headers


@pytest.mark.parametrize(("path", "params", "body", "status"), [
    ("/match/default", {"limit": 0}, None, 422),
    ("/match/default", {"limit": -1}, None, 422),
    ("/match/default", {"threshold": 5}, None, 422),
    ("/match/default", {"threshold": -1}, None, 422),
    ("/match/default", {}, {"queries": {"q": {"schema": "Martian",
                                              "properties": {"name": ["X"]}}}}, 400),
    ("/match/default", {}, {"queries": {"q": {"schema": "Person", "properties": {
        "name": ["X"], "birthDate": ["07/10/52"]}}}}, 400),
    ("/match/default", {"as_of": "1990-01-01"}, None, 409),
    ("/match/eu_fsf", {}, None, 409),
    ("/match/default", {"include_dataset": "eu_fsf"}, None, 409),
])
def test_screenings_that_could_see_nothing_are_refused(real_client: Any, path, params, body,
                                                      status) -> None:
    body = body or {"queries": {"q": QUERIES["nobody"]}}
    r = real_client.post(path, params=params, json=body)
    assert r.status_code == status, r.text
    if status == 409:
        assert "nothing" in r.text
    r = real_client.get(path.replace("/match/", "/search/"), params={**params, "q": "X"})
    if status == 409 and "include_dataset" not in params:  # (/search has no include)
        assert r.status_code == 409, r.text


def test_api_reads_birth_dates_as_written(real_client: Any) -> None:
    for written in ("07/10/1952", "Oct 1952", "1952"):
        q = {"schema": "Person", "properties": {"name": ["Vladimir Putin"],
                                                "birthDate": [written]}}
        r = real_client.post("/match/default", json={"queries": {"q": q}})
        top = r.json()["responses"]["q"]["results"][0]
        assert top["id"] == "us_ofac_sdn:35096" and top["match"] is True, written


def test_party_on_two_lists_is_one_result(real_client: Any) -> None:
    body = {"queries": {"q": {"schema": "Company",
                              "properties": {"name": ["Rosneft Trading S.A."]}}}}
    r = real_client.post("/match/default", json=body, params={"limit": 10})
    results = r.json()["responses"]["q"]["results"]
    holding = [x for x in results
               if {"us_ofac_sdn:18299", "us_ofac_cons:18299"} & {x["id"], *x["referents"]}]
    assert len(holding) == 1
    assert set(holding[0]["referents"]) == {"us_ofac_sdn:18299", "us_ofac_cons:18299"}
    assert holding[0]["datasets"] == ["us_ofac_cons", "us_ofac_sdn"]
