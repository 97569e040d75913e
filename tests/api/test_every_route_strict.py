"""Every route of the app, read from ``app.routes`` (a new route cannot escape), answers an
unknown query parameter, and an unknown body field, with a 400 that names it.

Path parameters get a sample value by their name (a new name fails the test until it is
given one); routes that take a body get a valid one from ``BODIES`` (a new one fails the
same way), sent once with an unknown query parameter and once with an unknown field in it.
A route that takes no body is sent a JSON body anyway: it is refused, naming its fields."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from listwatch.api.app import create_app
from listwatch.store.db import Store
from tests.api import yente_models as ym
from tests.api.conftest import KEY, ingest_custom

AUTH = {"Authorization": f"ApiKey {KEY}"}
UNKNOWN = "zz_not_a_parameter"

#: a value for each path parameter, by name (``{screening}`` etc. made by the fixture)
PATH_SAMPLES = {
    "dataset": "default", "key": "custom:xiaomi", "property_name": "sanctions",
    "source": "custom", "source_id": "custom", "screening_id": "{screening}",
    "decision_id": "{decision}", "name": "walk", "item_id": "{item}",
}

#: a valid body for each route that takes one: ("json" | "form" | "files", body)
BODIES: dict[tuple[str, str], tuple[str, Any]] = {
    ("POST", "/match/{dataset}"): ("json", {"queries": {"q": {
        "schema": "Company", "properties": {"name": ["Xiaomi Corporation"]}}}}),
    ("POST", "/reconcile/{dataset}"): ("form", {"queries": json.dumps(
        {"q0": {"query": "Xiaomi Corporation", "type": "Company"}})}),
    ("POST", "/reconcile/{dataset}/1.0/match"): ("json", {"queries": [{"type": "Company", "conditions": [
        {"matchType": "name", "propertyValue": "Xiaomi Corporation"}]}]}),
    ("POST", "/reconcile/{dataset}/1.0/extend"): ("json", {"ids": ["custom:xiaomi"],
                                                            "properties": [{"id": "listed"}]}),
    ("POST", "/entities/{key}/events"): ("json", {"type": "injunction", "date": "2021-03-12",
                                                "evidence_quote": "walk"}),
    ("POST", "/ingest/{source}"): ("files", None),
    ("POST", "/decisions"): ("json", {"query": "Xiaomi Corporation", "key": "custom:huawei",
                                      "verdict": "false_positive", "reason": "walk"}),
    ("POST", "/decisions/{decision_id}/reopen"): ("json", {"reason": "walk"}),
    ("POST", "/watchlists"): ("json", {"name": "walk2"}),
    ("POST", "/watchlists/{name}/items"): ("json", [{"name": "Xiaomi Corporation"}]),
}


def routes(app: Any) -> Iterator[tuple[str, str, Any]]:
    """``(method, path, route)`` of every route the app serves, routers' included."""
    from fastapi.routing import _IncludedRouter

    def walk(items: Any) -> Iterator[Any]:
        for r in items:
            if isinstance(r, _IncludedRouter):
                yield from r.effective_route_contexts()
            else:
                yield r

    for route in walk(app.routes):
        methods = getattr(route, "methods", None)
        if methods is None:  # a mount: its files, asked with GET
            yield "GET", route.path + "/{file}", route
            continue
        for method in sorted(methods - {"HEAD"}):
            yield method, route.path, route


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    path = tmp_path_factory.mktemp("walk")
    url = f"sqlite:///{path / 'w.db'}"
    mp = pytest.MonkeyPatch()
    mp.setenv("LISTWATCH_DATA_DIR", str(path / "data"))
    mp.setenv("LISTWATCH_API_KEYS", KEY)
    mp.setenv("LISTWATCH_UPDATE_TOKEN", "update-secret-123")
    store = Store(url)
    ingest_custom(store)
    store.dispose()
    with TestClient(create_app(url)) as client:
        r = client.post("/match/default", json=BODIES[("POST", "/match/{dataset}")][1])
        made = {"screening": r.headers["X-Listwatch-Screening"]}
        r = client.post("/decisions", json=BODIES[("POST", "/decisions")][1], headers=AUTH)
        assert r.status_code in (200, 201), r.text
        made["decision"] = str(r.json()["id"])
        assert client.post("/watchlists", json={"name": "walk"}, headers=AUTH).status_code < 300
        r = client.post("/watchlists/walk/items", json=[{"name": "Huawei"}], headers=AUTH)
        assert r.status_code < 300, r.text
        made["item"] = str(client.get("/watchlists/walk/items").json()[0]["id"])
        yield client, made
    mp.undo()


def _url(path: str, made: dict[str, str]) -> str:
    import re

    def fill(m: re.Match[str]) -> str:
        name = m.group(1).split(":")[0]
        if name == "file":
            return "style.css" if "/static" in path else "swagger-ui.css"
        assert name in PATH_SAMPLES, f"{path}: give the path parameter {name!r} a sample"
        return PATH_SAMPLES[name].format(**made)

    return re.sub(r"\{([^}]+)\}", fill, path)


def _send(client: TestClient, method: str, url: str, body: tuple[str, Any] | None,
          extra_field: bool = False) -> Any:
    kind, value = body if body else ("none", None)
    if kind == "json":
        if extra_field:
            value = ({**value, UNKNOWN: 1} if isinstance(value, dict)
                     else [{**value[0], UNKNOWN: 1}])
        return client.request(method, url, json=value, headers=AUTH)
    if kind == "form":
        return client.request(method, url, data={**value, **({UNKNOWN: "1"} if extra_field else {})},
                              headers=AUTH)
    if kind == "files":
        data = {"date": "2021-07-01", **({UNKNOWN: "1"} if extra_field else {})}
        return client.request(method, url, headers=AUTH, data=data,
                              files={"files": ("custom.csv", b"id,name\n", "text/csv")})
    if extra_field:  # a route that takes no body, sent one
        return client.request(method, url, json={UNKNOWN: 1}, headers=AUTH)
    return client.request(method, url, headers=AUTH)


def _names_it(r: Any) -> bool:
    if r.headers.get("content-type", "").startswith("application/json"):
        body = r.json()
        ym.ErrorResponse.model_validate(body)
        return UNKNOWN in body["detail"]
    return UNKNOWN in r.text


def _takes_body(route: Any) -> bool:
    dependant = getattr(route, "dependant", None)
    return bool(dependant is not None and dependant.body_params)


def test_every_route_refuses_an_unknown_query_parameter(walk: tuple[TestClient, dict[str, str]]
                                                        ) -> None:
    client, made = walk
    seen = 0
    for method, path, route in routes(client.app):
        key = (method, path)
        if _takes_body(route):
            assert key in BODIES, f"{method} {path} takes a body: give BODIES a valid one"
        url = _url(path, made) + f"?{UNKNOWN}=1"
        r = _send(client, method, url, BODIES.get(key))
        assert r.status_code == 400, (method, path, r.status_code, r.text[:300])
        assert _names_it(r), (method, path, r.text[:300])
        seen += 1
    assert seen >= 60


def test_every_route_refuses_an_unknown_body_field(walk: tuple[TestClient, dict[str, str]]
                                                   ) -> None:
    client, made = walk
    for method, path, _route in routes(client.app):
        if method == "GET" and (method, path) not in BODIES:
            continue  # (a GET's body is not read; its query is, above)
        r = _send(client, method, _url(path, made), BODIES.get((method, path)),
                  extra_field=True)
        assert r.status_code == 400, (method, path, r.status_code, r.text[:300])
        assert _names_it(r), (method, path, r.text[:300])


def test_the_walk_covers_the_bodies_it_names(walk: tuple[TestClient, dict[str, str]]) -> None:
    client, _made = walk
    served = {(m, p) for m, p, _r in routes(client.app)}
    assert set(BODIES) <= served, set(BODIES) - served


def test_errors_are_yentes_error_shape(walk: tuple[TestClient, dict[str, str]],
                                       tmp_path: Path) -> None:
    client, _made = walk
    for r in (client.get("/entities/custom:nobody"), client.get("/search/nolist?q=x"),
              client.post("/match/default", json={"queries": {}})):
        assert r.status_code in (400, 404), r.text
        ym.ErrorResponse.model_validate(r.json())
