"""yente 5.5 parity: the parameters, endpoints and shapes a yente client uses, on a small
custom list (Xiaomi listed 2021-01-15, amended 2021-03-01, removed 2021-06-01; Huawei and
China Mobile throughout), answers validated with yente's models (tests/api/yente_models.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from listwatch.api.app import create_app
from listwatch.store.db import Store
from tests.api import yente_models as ym
from tests.api.conftest import ingest_custom
from tests.conftest import FIXTURES

XIAOMI = {"schema": "Company", "properties": {"name": ["Xiaomi Corporation"]}}
HUAWEI = {"schema": "Company", "properties": {"name": ["Huawei Technologies"],
                                              "country": ["cn"]}}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("parity")
    url = f"sqlite:///{path / 'c.db'}"
    mp = pytest.MonkeyPatch()
    mp.setenv("LISTWATCH_DATA_DIR", str(path / "data"))
    mp.setenv("LISTWATCH_UPDATE_TOKEN", "update-secret-123")
    store = Store(url)
    ingest_custom(store)
    store.dispose()
    with TestClient(create_app(url)) as c:
        yield c
    mp.undo()


def match(client: TestClient, query: dict[str, Any], params: str = "", **body: Any) -> Any:
    return client.post(f"/match/default{params}", json={"queries": {"q": query}, **body})


def ids(r: Any, name: str = "q") -> list[str]:
    assert r.status_code == 200, r.text
    return [x["id"] for x in r.json()["responses"][name]["results"]]


def test_match_validates_with_yentes_models(client: TestClient) -> None:
    r = client.post("/match/default?algorithm=best&threshold=0.7&limit=5&as_of=2021-04-01",
                    json={"queries": {"x": XIAOMI, "h": HUAWEI}})
    body = ym.EntityMatchResponse.model_validate(r.json())
    assert body.responses["x"].results[0].id == "custom:xiaomi"
    assert body.responses["x"].results[0].match is True
    assert r.headers["x-batch-size"] == "2"
    assert {"name_similarity"} <= set(body.responses["x"].results[0].explanations)


def test_unknown_query_parameters_are_400_naming_them(client: TestClient) -> None:
    cases = [
        ("post", "/match/default?threshhold=0.5&limit=3", {"queries": {"q": XIAOMI}}),
        ("get", "/search/default?q=xiaomi&fuzzzy=true", None),
        ("get", "/entities/custom:xiaomi?nestedd=1", None),
        ("get", "/catalog?threshhold=1", None),
        ("get", "/algorithms?x=1", None),
        ("get", "/healthz?probe=1", None),
        ("get", "/?q=xiaomi&threshhold=0.2", None),
        ("get", "/reconcile/default?foo=1", None),
        ("get", "/reconcile/default/suggest/entity?prefix=x&typo=1", None),
    ]
    for method, url, body in cases:
        r = client.request(method.upper(), url, json=body)
        assert r.status_code == 400, (url, r.status_code, r.text)
        bad = url.split("?")[1].split("&")[-1].split("=")[0] if "thresh" not in url else \
            "threshhold"
        if url.startswith("/?"):  # a web page: its errors are a page (issue 21)
            assert r.headers["content-type"].startswith("text/html") and bad in r.text
            assert "unknown query parameter" in r.text
            continue
        assert bad in r.json()["detail"], (url, r.json())
        assert r.json()["detail"].startswith("unknown query parameter")
    r = client.post("/match/default?limit=1&zz=1&aa=2", json={"queries": {"q": XIAOMI}})
    assert r.json()["detail"] == "unknown query parameters: aa, zz"
    assert "threshold" in r.json()["hint"]  # says what the endpoint does take


def test_unknown_body_fields_are_400_naming_them(client: TestClient) -> None:
    r = client.post("/match/default", json={"queries": {"q": XIAOMI}, "weigths": {}})
    assert r.status_code == 400 and r.json()["detail"] == "unknown body field: weigths"
    r = client.post("/match/default", json={"queries": {"q": {**XIAOMI, "propertys": {}}}})
    assert r.status_code == 400 and "queries.q.propertys" in r.json()["detail"]


def test_exclude_entity_ids_really_excludes(client: TestClient) -> None:
    assert ids(match(client, XIAOMI, "?as_of=2021-04-01"))[0] == "custom:xiaomi"
    got = ids(match(client, XIAOMI, "?exclude_entity_ids=custom:xiaomi&as_of=2021-04-01"))
    assert "custom:xiaomi" not in got


def test_datasets_collections_schema_topics_changed_since(client: TestClient) -> None:
    assert ids(match(client, HUAWEI))[0] == "custom:huawei"
    # only the custom list holds data here: leaving it out screens nothing, which is
    # refused, never answered "no match"
    for params in ("?exclude_dataset=custom", "?include_dataset=us_ofac_sdn",
                   "?exclude_dataset=default", "?include_dataset=sanctions"):
        r = match(client, HUAWEI, params)
        assert r.status_code in (400, 409) and "screen" in r.json()["detail"], (params, r.text)
    r = client.post("/match/sanctions", json={"queries": {"q": HUAWEI}})
    assert r.status_code == 409 and "nothing" in r.json()["detail"]
    assert ids(match(client, HUAWEI, "?include_dataset=custom"))[0] == "custom:huawei"
    assert ids(match(client, HUAWEI, "?dataset=x".replace("?dataset=x", ""))) == ids(
        client.post("/match/custom", json={"queries": {"q": HUAWEI}}))
    # the custom list was screened, but its records carry no topics
    r = match(client, HUAWEI, "?topics=sanction")
    assert ids(r) == [] and r.json()["coverage"]["custom"]["id"]
    assert ids(match(client, HUAWEI, "?exclude_schema=Company")) == []
    assert ids(match(client, HUAWEI, "?exclude_schema=Person"))[0] == "custom:huawei"
    assert client.post("/match/nowhere", json={"queries": {"q": HUAWEI}}).status_code == 404
    assert "sanctions" in client.post("/match/nowhere", json={"queries": {"q": HUAWEI}}
                                      ).json()["hint"]
    # Xiaomi's last official change is its amendment of 2021-03-01; Huawei's is 2021-01-15
    q = {"schema": "Company", "properties": {"name": ["Xiaomi Corporation"]}}
    assert ids(match(client, q, "?as_of=2021-04-01&changed_since=2021-02-01")) == [
        "custom:xiaomi"]
    assert ids(match(client, HUAWEI, "?changed_since=2021-02-01")) == []
    assert match(client, HUAWEI, "?changed_since=yesterday").status_code == 422


def test_cutoff_is_a_deprecated_alias_capped_at_the_threshold(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/match/{dataset}"]["post"]["parameters"]}
    assert params["cutoff"].get("deprecated") is True
    low = match(client, {"schema": "Company", "properties": {"name": ["Xiaomi Corp Group"]}},
                "?threshold=0.99&cutoff=0.3&as_of=2021-04-01")
    res = low.json()["responses"]["q"]["results"]
    assert res and all(r["score"] >= 0.3 for r in res) and not all(r["match"] for r in res)
    capped = match(client, XIAOMI, "?threshold=0.5&cutoff=0.99&as_of=2021-04-01").json()
    assert capped["responses"]["q"]["results"]  # cutoff above the threshold: the threshold


def test_weights_apply_to_features_and_the_rest_is_reported(client: TestClient) -> None:
    q = {"schema": "Company", "properties": {"name": ["Xiaomi Corporation"], "country": ["us"]}}
    base = match(client, q, "?as_of=2021-04-01").json()["responses"]["q"]["results"][0]["score"]
    r = match(client, q, "?as_of=2021-04-01&cutoff=0.1",
              weights={"name_similarity": 0.5, "name_literal": 0.8},
              config={"nm_number_mismatch": 0.4})
    assert r.status_code == 200
    body = r.json()
    assert body["responses"]["q"]["results"][0]["score"] < base  # the name counts half
    assert body["scoring"]["weights"] == {"name_similarity": 0.5}
    assert body["scoring"]["ignored"]["weights"]["values"] == {"name_literal": 0.8}
    assert body["scoring"]["ignored"]["config"]["values"] == {"nm_number_mismatch": 0.4}


def test_algorithms(client: TestClient) -> None:
    r = client.get("/algorithms")
    body = ym.AlgorithmResponse.model_validate(r.json())
    assert body.best == "listwatch" and body.algorithms[0].name == "listwatch"
    assert "country_mismatch" in body.algorithms[0].features
    bad = match(client, XIAOMI, "?algorithm=logic-v1")
    assert bad.status_code == 400 and "best" in bad.json()["hint"]


def test_catalog_and_manifest(client: TestClient) -> None:
    for path in ("/catalog", "/manifest"):
        body = ym.DataCatalogModel.model_validate(client.get(path).json())
        names = {d.name for d in body.datasets}
        assert {"default", "sanctions", "custom", "us_ofac_sdn"} <= names
        assert body.current == ["custom"]
        sanctions = next(d for d in body.datasets if d.name == "sanctions")
        assert "us_ofac_sdn" in sanctions.children and "custom" not in sanctions.children
        custom = next(d for d in body.datasets if d.name == "custom")
        assert custom.entity_count == 2 and custom.version


def test_search_parameters(client: TestClient) -> None:
    r = client.get("/search/default", params={"q": "china", "limit": 5})
    body = ym.SearchResponse.model_validate(r.json())
    assert {"countries", "topics", "datasets"} <= set(body.facets)
    everything = client.get("/search/default").json()  # no q: every entry in force
    assert {x["id"] for x in everything["results"]} == {"custom:huawei", "custom:cm"}
    old = client.get("/search/default", params={"as_of": "2021-02-01"}).json()
    assert {x["id"] for x in old["results"]} == {"custom:huawei", "custom:cm", "custom:xiaomi"}
    page = client.get("/search/default", params={"limit": 1, "offset": 1,
                                                  "sort": "caption:desc"}).json()
    assert page["total"]["value"] == 2 and [x["id"] for x in page["results"]] == ["custom:cm"]
    flt = client.get("/search/default", params={"filter": "program:1260H",
                                                 "as_of": "2021-02-01"}).json()
    assert {x["id"] for x in flt["results"]} == {"custom:huawei", "custom:cm"}
    assert client.get("/search/default", params={"datasets": "us_ofac_sdn"}).json()[
        "total"]["value"] == 0
    assert client.get("/search/default", params={"countries": "china"}).json()[
        "total"]["value"] == 2
    facets = client.get("/search/default", params={"facets": ["schema", "identifiers"],
                                                   "as_of": "2021-02-01"}).json()["facets"]
    assert set(facets) == {"schema", "identifiers"}
    assert facets["identifiers"]["values"][0]["name"] == "KYG9830T1067"
    for params in ({"sort": "nonsense:asc"}, {"facets": "colour"}, {"filter": "nocolon"},
                   {"schema": "Banana"}):
        assert client.get("/search/default", params=params).status_code == 400, params
    assert client.get("/search/default", params={"q": "huawei", "fuzzy": "true",
                                                 "simple": "true"}).status_code == 200


def test_entity_nested_and_adjacent(client: TestClient) -> None:
    r = client.get("/entities/custom:xiaomi")
    assert r.status_code == 200
    body = r.json()
    entity = ym.EntityResponse.model_validate(body)
    sanctions = body["properties"]["sanctions"]
    assert sanctions[0]["schema"] == "Sanction"
    assert sanctions[0]["properties"]["startDate"] == ["2021-01-15"]
    assert sanctions[0]["properties"]["endDate"] == ["2021-06-01"]
    assert entity.target is False and body["timeline"] if "timeline" in body else True
    flat = client.get("/entities/custom:xiaomi?nested=false").json()
    assert "sanctions" not in flat["properties"]
    adj = ym.EntityAdjacentResponse.model_validate(
        client.get("/entities/custom:xiaomi/adjacent").json())
    assert adj.entity.id == "custom:xiaomi" and adj.adjacent["sanctions"].total.value == 1
    assert client.get("/entities/custom:nobody/adjacent").status_code == 404
    prop = ym.AdjacentResultsResponse.model_validate(
        client.get("/entities/custom:xiaomi/adjacent/sanctions?limit=5").json())
    assert prop.total.value == 1 and prop.results[0].schema_ == "Sanction"
    assert client.get("/entities/custom:xiaomi/adjacent/ownershipOwner").status_code == 404


def test_updatez_needs_the_token(client: TestClient, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    assert client.post("/updatez").status_code == 403  # no token, no API keys configured
    assert client.post("/updatez?token=wrong").status_code == 403
    # (a local mirror holding one list: the update runs and nothing waits on the network)
    folder = tmp_path / "gb_fcdo" / "2024-01-02"
    folder.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "gb_fcdo" / "UK-Sanctions-List.xml",
                    folder / "uk-sanctions-list.xml")
    monkeypatch.setenv("LISTWATCH_MIRROR", str(tmp_path))
    r = client.post("/updatez?token=update-secret-123&sync=true")
    assert r.status_code == 200, r.text
    sources = {s["source"]: s for s in r.json()["report"]["sources"]}
    assert len(sources) >= 5, sources
    assert {s["status"] for k, s in sources.items() if k != "gb_fcdo"} == {"missing"}
    assert sources["gb_fcdo"]["status"] == "ok", sources["gb_fcdo"]
    assert sources["gb_fcdo"]["snapshot"]["records"] == 4


def test_signing_key_is_served(client: TestClient) -> None:
    body = client.get("/.well-known/listwatch-signing-key").json()
    assert body["algorithm"] == "Ed25519" and len(body["key_id"]) == 64
    pem = client.get("/.well-known/listwatch-signing-key.pem").text
    assert pem.startswith("-----BEGIN PUBLIC KEY-----")
