"""The Reconciliation API end to end, with requests shaped as OpenRefine sends them (form
field ``queries``, ``extend``; suggest with ``prefix``), every answer validated against the
specification's own JSON Schemas (read from the shared specs folder, not copied), and the
specification's valid and invalid examples checked with the same validator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from jsonschema import Draft7Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from listwatch.api.app import create_app
from listwatch.store.db import Store
from tests.api.conftest import ingest_custom
from tests.conftest import shared_data_dir

SPECS = shared_data_dir().parent / "specs" / "reconciliation-api"
# (the specification's schemas come with the shared data: skipped, saying so, without it)
pytestmark = pytest.mark.realdata
VERSIONS = {"0.2": "https://reconciliation-api.github.io/specs/0.2/schemas/",
            "1.0-draft": "https://reconciliation-api.github.io/specs/draft/schemas/"}


@lru_cache(maxsize=2)
def registry(version: str) -> Registry:
    resources = []
    for path in sorted((SPECS / version / "schemas").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        res = Resource.from_contents(doc, default_specification=DRAFT7)
        resources.append((VERSIONS[version] + path.name, res))
        if doc.get("$id"):
            resources.append((doc["$id"].rstrip("#"), res))
    return Registry().with_resources(resources)


def validator(version: str, schema: str) -> Draft7Validator:
    reg = registry(version)
    doc = reg.contents(VERSIONS[version] + f"{schema}.json")
    return Draft7Validator({"$ref": VERSIONS[version] + f"{schema}.json", **(
        {"definitions": doc.get("definitions", {})})}, registry=reg,
        format_checker=FormatChecker())


def check(version: str, schema: str, instance: Any) -> None:
    errors = sorted(validator(version, schema).iter_errors(instance), key=str)
    assert not errors, f"{schema} ({version}): " + "; ".join(e.message for e in errors[:3])


def _examples() -> list[tuple[str, str, Path, bool]]:
    out = []
    for version in VERSIONS:
        for folder in sorted((SPECS / version / "examples").glob("*")):
            if not (SPECS / version / "schemas" / f"{folder.name}.json").exists():
                continue
            for kind in ("valid", "invalid"):
                for path in sorted((folder / kind).glob("*.json")):
                    out.append((version, folder.name, path, kind == "valid"))
    return out


@pytest.mark.parametrize("version,schema,path,valid", _examples(),
                         ids=lambda v: v.name if isinstance(v, Path) else str(v))
def test_the_specifications_examples(version: str, schema: str, path: Path,
                                     valid: bool) -> None:
    instance = json.loads(path.read_text(encoding="utf-8"))
    errors = list(validator(version, schema).iter_errors(instance))
    assert (not errors) == valid, [e.message for e in errors[:3]]


def test_examples_were_found() -> None:
    found = _examples()
    assert len(found) > 40
    assert any(not valid for *_x, valid in found)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("recon")
    url = f"sqlite:///{path / 'c.db'}"
    mp = pytest.MonkeyPatch()
    mp.setenv("LISTWATCH_DATA_DIR", str(path / "data"))
    store = Store(url)
    ingest_custom(store)
    store.dispose()
    with TestClient(create_app(url)) as c:
        yield c
    mp.undo()


FORM = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"}


def refine_post(client: TestClient, field: str, payload: Any, path: str = "/reconcile/default"
                ) -> Any:
    """As OpenRefine: a form-encoded POST with one field holding JSON."""
    from urllib.parse import urlencode

    return client.post(path, content=urlencode({field: json.dumps(payload)}), headers=FORM)


def test_manifest_as_openrefine_reads_it(client: TestClient) -> None:
    r = client.get("/reconcile/default")
    assert r.status_code == 200
    body = r.json()
    check("0.2", "manifest", body)
    assert body["suggest"]["entity"]["service_url"].endswith("/reconcile/default")
    assert {"id": "Person", "name": "People", "description": "A natural person"} in body[
        "defaultTypes"]
    jsonp = client.get("/reconcile/default?callback=jsonp1234")
    assert jsonp.text.startswith("jsonp1234({") and jsonp.text.endswith(");")
    assert client.get("/reconcile/nowhere").status_code == 404
    # OpenRefine's browser side: cross-origin, jQuery's cache-buster
    r = client.get("/reconcile/default?callback=jQuery1_2&_=1700000000000",
                   headers={"Origin": "http://127.0.0.1:3333"})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
    pre = client.options("/reconcile/default/suggest/entity",
                         headers={"Origin": "http://127.0.0.1:3333",
                                  "Access-Control-Request-Method": "GET"})
    assert pre.status_code == 204 and pre.headers["access-control-allow-origin"] == "*"
    assert client.get("/reconcile/default/suggest/type?prefix=p&_=1").status_code == 200


def test_queries_as_openrefine_sends_them(client: TestClient) -> None:
    queries = {
        "q0": {"query": "Huawei Technologies", "type": "Company", "type_strict": "should"},
        "q1": {"query": "China Mobile", "type": "Company", "limit": 3,
               "properties": [{"pid": "country", "v": "China"}]},
        "q2": {"query": "Zyxwvut Qqqqrstu", "type": "Person", "type_strict": "should"},
    }
    check("0.2", "reconciliation-query-batch", queries)
    r = refine_post(client, "queries", queries)
    assert r.status_code == 200, r.text
    body = r.json()
    check("0.2", "reconciliation-result-batch", body)
    assert set(body) == {"q0", "q1", "q2"}
    top = body["q0"]["result"][0]
    assert top["id"] == "custom:huawei" and top["match"] is True and top["score"] > 0.7
    assert top["type"][0]["id"] == "Company"
    assert body["q1"]["result"][0]["id"] == "custom:cm"
    assert body["q2"]["result"] == []
    assert r.headers["x-batch-size"] == "3"
    assert int(r.headers["X-Listwatch-Screening"]) > 0  # audited
    # GET with the same parameter
    g = client.get("/reconcile/default", params={"queries": json.dumps(queries)})
    assert g.status_code == 200 and g.json()["q0"]["result"][0]["id"] == "custom:huawei"


def test_property_constraints_change_the_answer(client: TestClient) -> None:
    base = {"query": "Huawei Technologies", "type": "Company"}
    plain = refine_post(client, "queries", {"q": base}).json()["q"]["result"][0]["score"]
    wrong = refine_post(client, "queries", {"q": {**base, "properties": [
        {"pid": "country", "v": "Germany"}]}}).json()["q"]["result"]
    assert not wrong or wrong[0]["score"] < plain
    ident = refine_post(client, "queries", {"q": {"query": "Xiaomi", "type": "Company",
                                                  "properties": [{"pid": "isin",
                                                                  "v": "KYG9830T1067"}]}})
    assert ident.status_code == 200


def test_bad_queries_are_named(client: TestClient) -> None:
    r = refine_post(client, "queries", {"q0": {"query": "x", "properties": [
        {"pid": "favouriteColour", "v": "blue"}]}})
    assert r.status_code == 400 and "favouriteColour" in r.json()["detail"]
    r = refine_post(client, "queries", {"q0": {"query": "x", "type": "Banana"}})
    assert r.status_code == 400 and "Banana" in r.json()["detail"]
    r = refine_post(client, "queries", {"q0": {"query": "x", "typo": 1}})
    assert r.status_code == 400 and "typo" in r.json()["detail"]
    r = client.post("/reconcile/default", content="queries={not json", headers=FORM)
    assert r.status_code == 400 and "not valid JSON" in r.json()["detail"]
    r = client.post("/reconcile/default", content="querys=%7B%7D", headers=FORM)
    assert r.status_code == 400 and "querys" in r.json()["detail"]



def test_a_query_without_a_name_is_told_in_its_own_api_format(client: TestClient) -> None:
    # 0.2 (OpenRefine): the name is the query's "query"
    r = refine_post(client, "queries", {"q0": {"query": " ", "type": "Company"}})
    assert r.status_code == 400 and "q0" in r.json()["detail"]
    assert "needs a name" in r.json()["detail"]
    assert '"query": "Xiaomi"' in r.json()["hint"] and "properties.name" not in r.json()["hint"]
    # 1.0-draft: a condition of matchType name
    r = client.post("/reconcile/default/1.0/match", json={"queries": [{"conditions": [
        {"matchType": "property", "propertyId": "country", "propertyValue": "cn"}]}]})
    assert r.status_code == 400 and "needs a name" in r.json()["detail"]
    assert '"matchType": "name"' in r.json()["hint"]
    # yente's /match keeps its own: properties.name
    r = client.post("/match/default", json={"queries": {"q": {"schema": "Company",
                                                               "properties": {"country": ["cn"]}}}})
    assert r.status_code == 400 and '"properties": {"name"' in r.json()["hint"]
    # an alias alone is a name
    r = refine_post(client, "queries", {"q0": {"query": "", "type": "Company", "properties": [
        {"pid": "alias", "v": "Xiaomi"}]}})
    assert r.status_code == 200, r.text


def test_suggest_services(client: TestClient) -> None:
    ent = client.get("/reconcile/default/suggest/entity", params={"prefix": "hua"}).json()
    check("0.2", "suggest-entities-response", ent)
    assert ent["result"][0]["id"] == "custom:huawei"
    types = client.get("/reconcile/default/suggest/type", params={"prefix": "comp"}).json()
    check("0.2", "suggest-types-response", types)
    assert [t["id"] for t in types["result"]] == ["Company"]
    props = client.get("/reconcile/default/suggest/property", params={"prefix": "birth"}).json()
    check("0.2", "suggest-properties-response", props)
    assert props["result"][0]["id"] == "birthDate"


def test_preview(client: TestClient) -> None:
    r = client.get("/reconcile/default/preview", params={"id": "custom:xiaomi"})
    assert r.status_code == 200 and "Xiaomi Corporation" in r.text
    assert "2021-01-15 – 2021-06-01" in r.text
    assert client.get("/reconcile/default/preview", params={"id": "custom:no"}).status_code == 404


def test_data_extension(client: TestClient) -> None:
    proposal = client.get("/reconcile/default/extend/propose", params={"type": "Company"}).json()
    check("0.2", "data-extension-property-proposal", proposal)
    ids = {p["id"] for p in proposal["properties"]}
    assert {"listings", "listedFrom", "listedTo", "state", "country"} <= ids
    query = {"ids": ["custom:xiaomi", "custom:huawei", "custom:nobody"],
             "properties": [{"id": "listings"}, {"id": "listedFrom"}, {"id": "listedTo"},
                            {"id": "state"}, {"id": "country"}, {"id": "listed"},
                            {"id": "alias", "settings": {"limit": 1}}]}
    check("0.2", "data-extension-query", query)
    r = refine_post(client, "extend", query)
    assert r.status_code == 200, r.text
    body = r.json()
    check("0.2", "data-extension-response", body)
    x = body["rows"]["custom:xiaomi"]
    assert x["listings"] == [{"str": "2021-01-15 – 2021-06-01"}]
    assert x["listedFrom"] == [{"date": "2021-01-15T00:00:00+00:00"}]
    assert x["listedTo"] == [{"date": "2021-06-01T00:00:00+00:00"}]
    assert x["state"] == [{"str": "removed"}] and x["listed"] == [{"str": "no"}]
    assert x["country"] == [{"str": "China"}] and len(x["alias"]) == 1
    assert body["rows"]["custom:huawei"]["listedTo"] == []
    assert body["rows"]["custom:nobody"]["listings"] == []


def test_version_1_0_draft(client: TestClient) -> None:
    manifest = client.get("/reconcile/default/1.0").json()
    check("1.0-draft", "manifest", manifest)
    batch = {"queries": [
        {"type": "Company", "limit": 3, "conditions": [
            {"matchType": "name", "propertyValue": "Huawei Technologies"},
            {"matchType": "property", "propertyId": "country", "propertyValue": "China"}]},
        {"conditions": [{"matchType": "name", "propertyValue": "Zyxwvut Qqqqrstu"}]}]}
    check("1.0-draft", "reconciliation-query-batch", batch)
    r = client.post("/reconcile/default/1.0/match", json=batch)
    assert r.status_code == 200, r.text
    body = r.json()
    check("1.0-draft", "reconciliation-result-batch", body)
    assert body["results"][0]["candidates"][0]["id"] == "custom:huawei"
    assert body["results"][1]["candidates"] == []
    ext = client.post("/reconcile/default/1.0/extend",
                      json={"ids": ["custom:xiaomi"], "properties": [{"id": "listings"}]})
    check("1.0-draft", "data-extension-response", ext.json())
    for path, schema in (("suggest/entity?prefix=chi", "suggest-entities-response"),
                         ("suggest/type?prefix=Per", "suggest-types-response"),
                         ("suggest/property?prefix=coun", "suggest-properties-response"),
                         ("extend/propose?type=Person", "data-extension-property-proposal")):
        check("1.0-draft", schema, client.get(f"/reconcile/default/1.0/{path}").json())
    bad = client.post("/reconcile/default/1.0/match", json={"queries": [{"conditions": [
        {"matchType": "property", "propertyId": "shoeSize", "propertyValue": 42}]}]})
    assert bad.status_code == 400 and "shoeSize" in bad.json()["detail"]


def test_a_party_on_two_lists_is_one_candidate_naming_both(real_client: TestClient) -> None:
    """VTB Bank is on the SDN list and on the consolidated non-SDN list (one OFAC number,
    one LEI): one candidate, whose description names both lists; the preview shows the
    other listing and the extension's ``dataset`` gives both lists."""
    r = refine_post(real_client, "queries", {"q0": {
        "query": "VTB BANK PUBLIC JOINT STOCK COMPANY", "type": "Organization", "limit": 10}})
    assert r.status_code == 200, r.text
    cands = [c for c in r.json()["q0"]["result"]
             if c["id"] in ("us_ofac_sdn:17013", "us_ofac_cons:17013")]
    assert len(cands) == 1, cands
    assert cands[0]["description"].startswith("us_ofac_cons, us_ofac_sdn; listed")
    other = ({"us_ofac_sdn:17013", "us_ofac_cons:17013"} - {cands[0]["id"]}).pop()
    page = real_client.get("/reconcile/default/preview", params={"id": cands[0]["id"]}).text
    assert "Also listed" in page and other in page
    body = refine_post(real_client, "extend", {"ids": [cands[0]["id"]],
                                               "properties": [{"id": "dataset"}]}).json()
    check("0.2", "data-extension-response", body)
    assert sorted(v["str"] for v in body["rows"][cands[0]["id"]]["dataset"]) == [
        "us_ofac_cons", "us_ofac_sdn"]


def test_a_query_of_no_particular_type_finds_a_vessel(real_client: TestClient) -> None:
    """OpenRefine's "reconcile against no particular type" sends no type: a column of
    ship names gets the listed ship (the SDN's vessel EBANO), as ``screen`` finds it
    given no schema; typed as a legal entity it gets none."""
    r = refine_post(real_client, "queries", {"q0": {"query": "EBANO", "limit": 5}})
    assert r.status_code == 200, r.text
    check("0.2", "reconciliation-result-batch", r.json())
    found = r.json()["q0"]["result"]
    assert found and found[0]["id"] == "us_ofac_sdn:4243" and found[0]["match"], found
    assert found[0]["type"][0]["id"] == "Vessel"
    typed = refine_post(real_client, "queries", {"q0": {"query": "EBANO",
                                                        "type": "LegalEntity"}})
    assert "us_ofac_sdn:4243" not in [c["id"] for c in typed.json()["q0"]["result"]]
