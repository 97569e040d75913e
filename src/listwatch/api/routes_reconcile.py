"""``/reconcile/{dataset}``: the W3C Reconciliation API, 0.2 as OpenRefine sends it, and
1.0-draft under ``/reconcile/{dataset}/1.0``.

0.2: ``GET`` the service manifest; queries as the form field (POST) or query parameter
(GET) ``queries`` (a JSON object of ``{"q0": {"query", "type", "limit", "properties"}}``);
data extension as ``extend``; ``/suggest/entity|type|property?prefix=``, ``/preview?id=``,
``/extend/propose?type=`` (``/extend/property`` too, as yente). 1.0-draft: ``GET`` the
manifest, ``POST /match`` and ``POST /extend`` with JSON bodies, the same suggest, preview
and propose paths. Every screening is recorded like a ``/match`` one (audit).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from listwatch.api import reconcile as rc
from listwatch.api.auth import require_read_access
from listwatch.api.datasets import asked_sources, scope
from listwatch.api.matching import (
    JSON,
    audit_brief,
    check_algorithm,
    record_api_screening,
    scope_of_screening,
)
from listwatch.api.party import merge_party, party_keys
from listwatch.api.state import AppState, get_state
from listwatch.api.strict import reads_body
from listwatch.api.yente import scored_dict
from listwatch.errors import ConfigError, ListwatchError, NotFound, UnknownParameter
from listwatch.screening.pinned import check_known_at

router = APIRouter(tags=["reconciliation"], dependencies=[Depends(require_read_access)])

DATASET = Path(description="A source id or a collection (GET /catalog)")
#: jQuery's JSONP cache-buster (``_=1700000000000``), which OpenRefine's browser side adds
NOCACHE = Query(alias="_", include_in_schema=False)
#: Results below this score are not offered as candidates.
MIN_SCORE = 0.5
_CALLBACK = re.compile(r"^[A-Za-z_$][\w$.]{0,80}$")


#: Up to this many queries are screened on the event loop, more (OpenRefine sends 10) in a
#: worker thread: a batch screened on the loop holds up every other request of the worker
#: (measured: bench/NOTES.md, "audited screenings over HTTP").
INLINE_QUERIES = 4


class TooManyQueries(ListwatchError):
    http_status = 422


def _base(request: Request, dataset: str, v10: bool = False) -> str:
    return str(request.base_url).rstrip("/") + f"/reconcile/{dataset}" + ("/1.0" if v10 else "")


def _json_field(raw: str | None, what: str) -> Any:
    try:
        return json.loads(raw or "")
    except ValueError as exc:
        raise ConfigError(f"'{what}' is not valid JSON: {exc}",
                          hint=f'send {what}={{"q0": {{"query": "Xiaomi"}}}} (URL-encoded)') from None


def _reply(content: Any, callback: str | None) -> Response:
    if not callback:
        return JSON(content)
    if not _CALLBACK.match(callback):
        raise ConfigError("invalid JSONP callback name", hint="letters, digits, _ $ and .")
    body = json.dumps(content, ensure_ascii=False)
    return Response(f"{callback}({body});", media_type="application/javascript")


# --- manifests --------------------------------------------------------------------


def manifest_v02(request: Request, dataset: str) -> dict[str, Any]:
    base = _base(request, dataset)
    root = str(request.base_url).rstrip("/")
    return {
        "versions": ["0.2"],
        "name": f"listwatch: {dataset}",
        "identifierSpace": f"{root}/entities/",
        "schemaSpace": "https://followthemoney.tech/explorer/schemata/",
        "documentation": f"{root}/docs",
        "serviceVersion": request.app.version,
        "view": {"url": f"{root}/entity/{{{{id}}}}"},
        "preview": {"url": f"{base}/preview?id={{{{id}}}}", "width": 430, "height": 300},
        "batchSize": 10,
        "defaultTypes": [rc.type_obj(t) for t in rc.DEFAULT_TYPES],
        "suggest": {
            "entity": {"service_url": base, "service_path": "/suggest/entity"},
            "type": {"service_url": base, "service_path": "/suggest/type"},
            "property": {"service_url": base, "service_path": "/suggest/property"},
        },
        "extend": {
            "propose_properties": {"service_url": base, "service_path": "/extend/propose"},
            "property_settings": [
                {"name": "limit", "label": "Limit", "type": "number", "default": 0,
                 "help_text": "Most values per row (0: all)"},
            ],
        },
    }


def manifest_v10(request: Request, dataset: str) -> dict[str, Any]:
    root = str(request.base_url).rstrip("/")
    return {
        "versions": ["1.0-draft"],
        "name": f"listwatch: {dataset}",
        "documentation": f"{root}/docs",
        "serviceVersion": request.app.version,
        "view": {"url": f"{root}/entity/{{{{id}}}}"},
        "defaultTypes": [rc.type_obj(t) for t in rc.DEFAULT_TYPES],
        "suggest": {"entity": True, "property": True, "type": True},
        "preview": {"width": 430, "height": 300},
        "extend": {"proposeProperties": True, "propertySettings": [
            {"type": "number", "id": "limit", "name": "Limit", "default": 0,
             "helpText": "Most values per row (0: all)"}]},
        "standardizedScore": False,
    }


# --- reconciliation -----------------------------------------------------------------


def _screen_all(state: AppState, parsed: list[tuple[str, dict[str, Any], int]],
                sources: list[str] | None,
                pins: dict[str, dict[str, Any]] | None = None) -> list[list[dict[str, Any]]]:
    """Each query's candidates. Without ``pins``, the queries of one limit are screened as
    one batch (``Screener.screen_batch``: the very results ``screen`` gives each alone,
    the retrieval done once for all)."""
    from listwatch.api.matching import screen_one

    screener = state.screeners.get()
    threshold = state.settings.match_threshold
    cutoff = min(MIN_SCORE, threshold)
    queries = [rc.screener_query_of(example, where) for where, example, _l in parsed]
    if pins is not None or (sources is not None and not sources):
        return [screen_one(screener, query, as_of=None, threshold=threshold, cutoff=cutoff,
                           limit=limit, sources=sources, pins=pins)
                for query, (_w, _e, limit) in zip(queries, parsed, strict=True)]
    out: list[list[dict[str, Any]]] = [[] for _ in parsed]
    by_limit: dict[int, list[int]] = {}
    for i, (_w, _e, limit) in enumerate(parsed):
        by_limit.setdefault(limit, []).append(i)
    for limit, idx in by_limit.items():
        found = screener.screen_batch([queries[i] for i in idx], as_of=None,
                                      threshold=threshold, limit=limit, sources=sources,
                                      min_score=cutoff)
        for i, results in zip(idx, found, strict=True):
            out[i] = list(results)
    return out


async def _reconcile(request: Request, dataset: str,
                     parsed: list[tuple[str, dict[str, Any], int]], audit: bool | None,
                     known_at: str | None = None
                     ) -> tuple[list[list[dict[str, Any]]], dict[str, str]]:
    """The candidates of each query; ``known_at``: against the snapshot of each list the
    store held at that time (as ``/match``), recorded so in the audit record."""
    state = get_state(request)
    sources = scope(dataset)
    if len(parsed) > state.max_batch:
        raise TooManyQueries(f"too many queries: {len(parsed)} in one request, the limit is "
                             f"{state.max_batch}", hint="send smaller batches")
    # (a screening that would see no list is refused, never answered "no candidate")
    pins, coverage, _warnings = await scope_of_screening(
        state, None, sources, asked_sources(dataset), known_at)
    if len(parsed) <= INLINE_QUERIES and pins is None:
        results = _screen_all(state, parsed, sources)
    else:
        results = await run_in_threadpool(_screen_all, state, parsed, sources, pins)
    headers = {"x-batch-size": str(len(parsed))}
    if audit or (audit is None and state.settings.audit_api):
        items: list[dict[str, Any]] = [{"query": {"ref": where, **example},
                  "results": [audit_brief(scored_dict(r)) for r in res]}
                 for (where, example, _l), res in zip(parsed, results, strict=True)]
        sid = await record_api_screening(
            state, items, as_of=None, threshold=state.settings.match_threshold,
            coverage=coverage, params={"endpoint": "reconcile", "dataset": dataset,
                                       "limits": [lim for _w, _e, lim in parsed],
                                       "cutoff": min(MIN_SCORE, state.settings.match_threshold),
                                       "sources": sources},
            known_at=known_at)
        headers["X-Listwatch-Screening"] = str(sid)
    return results, headers


def _in_scope(dataset: str, known_at: str | None) -> list[str] | None:
    """The dataset's sources; a 400 for an unknown dataset or a ``known_at`` that is no time."""
    if known_at:
        check_known_at(known_at)
    return scope(dataset)


def _parse_v02(queries: Any) -> list[tuple[str, dict[str, Any], int]]:
    if not isinstance(queries, dict) or not queries:
        raise ConfigError("'queries' must be a non-empty JSON object of queries",
                          hint='queries={"q0": {"query": "Xiaomi", "type": "Company"}}')
    parsed = []
    for key, q in queries.items():
        example, limit = rc.query_v02(q, repr(key))
        parsed.append((key, example, limit))
    return parsed


async def _answer_v02(request: Request, dataset: str, queries: str | None,
                      extend: str | None, callback: str | None,
                      audit: bool | None, known_at: str | None = None) -> Response:
    if queries and extend:
        raise ConfigError("send either 'queries' or 'extend', not both")
    if known_at:
        check_known_at(known_at)
    if extend:
        out = await run_in_threadpool(extend_v02, get_state(request), _json_field(
            extend, "extend"), known_at)
        return _reply(out, callback)
    if not queries:
        scope(dataset)
        return _reply(manifest_v02(request, dataset), callback)
    parsed = _parse_v02(_json_field(queries, "queries"))
    results, headers = await _reconcile(request, dataset, parsed, audit, known_at)
    body = {key: {"result": [rc.candidate_v02(r) for r in res]}
            for (key, _e, _l), res in zip(parsed, results, strict=True)}
    response = _reply(body, callback)
    response.headers.update(headers)
    return response


AUDIT = Query(description="Record this screening (default: LISTWATCH_AUDIT_API)")
KNOWN_AT = Query(description="Answer with what the store held at this time (YYYY-MM-DD or "
                 "ISO time, UTC): each list's snapshot ingested by then, and for data "
                 "extension the events recorded by then. Put it in the service URL "
                 "(/reconcile/default?known_at=...) and every query uses it.")


@router.get("/reconcile/{dataset}", summary="Reconciliation service (0.2): manifest or queries")
async def reconcile_get(
    request: Request,
    dataset: Annotated[str, DATASET],
    queries: Annotated[str | None, Query(description="JSON batch of queries")] = None,
    extend: Annotated[str | None, Query(description="JSON data extension query")] = None,
    callback: Annotated[str | None, Query(description="JSONP callback")] = None,
    nocache: Annotated[str | None, NOCACHE] = None,
    algorithm: Annotated[str, Query()] = "best",
    audit: Annotated[bool | None, AUDIT] = None,
    known_at: Annotated[str | None, KNOWN_AT] = None,
) -> Response:
    """Without `queries`: the service manifest (what OpenRefine reads when the service is
    added). With `queries` or `extend`: as the POST."""
    check_algorithm(algorithm)
    return await _answer_v02(request, dataset, queries, extend, callback, audit, known_at)


@router.post("/reconcile/{dataset}", summary="Reconciliation queries (0.2, as OpenRefine)")
@reads_body
async def reconcile_post(
    request: Request,
    dataset: Annotated[str, DATASET],
    algorithm: Annotated[str, Query()] = "best",
    audit: Annotated[bool | None, AUDIT] = None,
    known_at: Annotated[str | None, KNOWN_AT] = None,
) -> Response:
    """Form fields (`application/x-www-form-urlencoded` or multipart): `queries`, a JSON
    object of queries (`{"q0": {"query": "Xiaomi", "type": "Company", "limit": 5,
    "properties": [{"pid": "country", "v": "cn"}]}}`), or `extend`, a data extension
    query (`{"ids": [...], "properties": [{"id": "listings"}]}`)."""
    check_algorithm(algorithm)
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        body = await request.json()
        if not isinstance(body, dict):
            raise ConfigError("the JSON body must be an object")
        fields = {k: json.dumps(v) if not isinstance(v, str) else v for k, v in body.items()}
    else:
        form = await request.form()
        fields = {k: str(v) for k, v in form.items()}
    unknown = sorted(set(fields) - {"queries", "extend"})
    if unknown:
        raise UnknownParameter("unknown form field(s): " + ", ".join(unknown),
                               hint="send 'queries' or 'extend'")
    return await _answer_v02(request, dataset, fields.get("queries"), fields.get("extend"),
                             None, audit, known_at)


@router.get("/reconcile/{dataset}/1.0", summary="Reconciliation service (1.0-draft) manifest")
async def manifest_10(request: Request, dataset: Annotated[str, DATASET],
                      known_at: Annotated[str | None, KNOWN_AT] = None) -> Response:
    _in_scope(dataset, known_at)
    return JSON(manifest_v10(request, dataset))


@router.post("/reconcile/{dataset}/1.0/match", summary="Reconciliation queries (1.0-draft)")
@reads_body
async def match_10(
    request: Request,
    dataset: Annotated[str, DATASET],
    audit: Annotated[bool | None, AUDIT] = None,
    known_at: Annotated[str | None, KNOWN_AT] = None,
) -> Response:
    """JSON body `{"queries": [{"type", "limit", "conditions": [{"matchType": "name",
    "propertyValue": "Xiaomi"}, {"matchType": "property", "propertyId": "country",
    "propertyValue": "cn"}]}]}` (or the form field `queries` holding it)."""
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        body = await request.json()
    else:
        form = await request.form()
        body = _json_field(str(form.get("queries") or ""), "queries")
        if isinstance(body, list):
            body = {"queries": body}
    if not isinstance(body, dict) or not isinstance(body.get("queries"), list) \
            or not body["queries"]:
        raise ConfigError("the body needs a non-empty 'queries' list",
                          hint='{"queries": [{"conditions": [{"matchType": "name", '
                          '"propertyValue": "Xiaomi"}]}]}')
    unknown = sorted(set(body) - {"queries"})
    if unknown:
        raise UnknownParameter("unknown body field(s): " + ", ".join(unknown))
    parsed = []
    for i, q in enumerate(body["queries"]):
        example, limit = rc.query_v10(q, f"#{i}")
        parsed.append((str(i), example, limit))
    if known_at:
        check_known_at(known_at)
    results, headers = await _reconcile(request, dataset, parsed, audit, known_at)
    response = JSON({"results": [{"candidates": [rc.candidate_v10(r) for r in res]}
                                 for res in results]})
    response.headers.update(headers)
    return response


# --- suggest, preview, extend --------------------------------------------------------


def _prefix_entities(state: AppState, dataset: str, prefix: str,
                     limit: int) -> list[dict[str, Any]]:
    sources = scope(dataset)
    wanted = set(sources) if sources is not None else None
    screener = state.screeners.get()
    low = " ".join(prefix.lower().split())
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    if low:
        for ver in screener.index.versions:
            if ver.valid_to is not None or ver.key in seen:
                continue
            if wanted is not None and ver.source not in wanted:
                continue
            if ver.name.lower().startswith(low):
                seen.add(ver.key)
                out.append({"key": ver.key, "caption": ver.name, "schema": ver.schema,
                            "source": ver.source})
                if len(out) >= limit:
                    return out
        from listwatch.api.matching import screen_one
        from listwatch.screening.ftm_query import screener_query

        try:
            query = screener_query({"schema": "Thing", "properties": {"name": [prefix]}})
        except ConfigError:
            return out
        for res in screen_one(screener, query, as_of=None, threshold=0.7, cutoff=0.5,
                              limit=limit, sources=sources):
            if res["key"] not in seen and len(out) < limit:
                seen.add(res["key"])
                out.append(res)
    return out


PREFIX = Query(description="What the user typed")
CURSOR = Query(ge=0, le=1000, description="Skip this many")


@dataclass(frozen=True)
class Suggest:
    """What every suggest service takes (the dataset checked)."""
    dataset: str
    prefix: str
    cursor: int
    callback: str | None

    def reply(self, result: list[dict[str, Any]]) -> Response:
        return _reply({"result": result[self.cursor:], "prefix": self.prefix}, self.callback)


def suggest_params(
    dataset: Annotated[str, DATASET],
    prefix: Annotated[str, PREFIX] = "",
    cursor: Annotated[int, CURSOR] = 0,
    callback: Annotated[str | None, Query()] = None,
    nocache: Annotated[str | None, NOCACHE] = None,
) -> Suggest:
    scope(dataset)
    return Suggest(dataset, prefix, cursor, callback)


@router.get("/reconcile/{dataset}/suggest/entity", summary="Suggest entries (0.2)")
@router.get("/reconcile/{dataset}/1.0/suggest/entity", summary="Suggest entries (1.0-draft)")
async def suggest_entity(
    request: Request,
    q: Annotated[Suggest, Depends(suggest_params)],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Response:
    found = await run_in_threadpool(_prefix_entities, get_state(request), q.dataset, q.prefix,
                                    q.cursor + limit)
    return q.reply([{"id": r["key"], "name": r.get("caption") or r.get("name") or r["key"],
                     "description": f"{r.get('source')}",
                     "notable": [rc.type_obj(r.get("schema") or "Thing")]} for r in found])


def _match_prefix(prefix: str, *texts: str) -> bool:
    low = prefix.lower().strip()
    return not low or any(t.lower().startswith(low) or low in t.lower() for t in texts)


def _type_suggestions() -> list[tuple[dict[str, Any], tuple[str, ...]]]:
    """Types (FtM schemata), each with the texts a prefix is matched against."""
    return [(rc.type_obj(t), (t, name)) for t, (name, _d) in rc.TYPES.items()]


def _property_suggestions() -> list[tuple[dict[str, Any], tuple[str, ...]]]:
    """The properties a query can be constrained by (country, birth date, identifiers)."""
    return [({"id": p, "name": label, "description": f"Constrain by {label.lower()}"}, (p, label))
            for p, label in rc.MATCH_PROPERTIES.items()]


_SUGGESTIONS = {"type": _type_suggestions, "property": _property_suggestions}


@router.get("/reconcile/{dataset}/suggest/type", summary="Suggest types (0.2)")
@router.get("/reconcile/{dataset}/1.0/suggest/type", summary="Suggest types (1.0-draft)")
@router.get("/reconcile/{dataset}/suggest/property", summary="Suggest properties (0.2)")
@router.get("/reconcile/{dataset}/1.0/suggest/property", summary="Suggest properties (1.0)")
async def suggest_type_or_property(request: Request,
                                   q: Annotated[Suggest, Depends(suggest_params)]) -> Response:
    """Types, or the properties a query can be constrained by, whose id or name the
    prefix starts (or is in), from ``cursor`` on."""
    items = _SUGGESTIONS[request.url.path.rsplit("/", 1)[-1]]()
    return q.reply([obj for obj, texts in items if _match_prefix(q.prefix, *texts)])


def _history(state: AppState, key: str, known_at: str | None = None) -> dict[str, Any]:
    """The entry's history, with its party's other listings (``listings``, ``datasets``:
    ``party.merge_party``) when it is one party with entries of other lists."""
    from listwatch.history.timeline import entry_history

    # with known_at, what the store held then (NotFound when the entry was not known yet)
    history: dict[str, Any] = entry_history(state.store, key, known_at=known_at)
    return merge_party(state.store, history, party_keys(state, key), known_at=known_at)


@router.get("/reconcile/{dataset}/preview", summary="HTML preview of an entry")
@router.get("/reconcile/{dataset}/1.0/preview", summary="HTML preview (1.0-draft)")
async def preview(
    request: Request,
    dataset: Annotated[str, DATASET],
    id: Annotated[str, Query(description="An entry key, e.g. us_ofac_sdn:36")],
    nocache: Annotated[str | None, NOCACHE] = None,
    known_at: Annotated[str | None, KNOWN_AT] = None,
) -> HTMLResponse:
    scope(dataset)
    history = await run_in_threadpool(_history, get_state(request), id, known_at)
    return HTMLResponse(rc.preview_html(history))


def _propose(type_: str, limit: int) -> dict[str, Any]:
    if type_ and type_ not in rc.TYPES:
        raise ConfigError(f"unknown type {type_!r}", hint="use one of: " + ", ".join(rc.TYPES))
    props = [{"id": p, "name": n} for p, n in rc.EXTEND_PROPERTIES.items()]
    if limit > 0:
        props = props[:limit]
    return {"type": type_ or "LegalEntity", "limit": limit, "properties": props}


@router.get("/reconcile/{dataset}/extend/propose", summary="Properties to extend with (0.2)")
@router.get("/reconcile/{dataset}/extend/property", include_in_schema=False)
@router.get("/reconcile/{dataset}/1.0/extend/propose", summary="Properties (1.0-draft)")
async def propose(
    dataset: Annotated[str, DATASET],
    type: Annotated[str, Query(description="A type (FtM schema)")] = "LegalEntity",
    limit: Annotated[int, Query(ge=0, le=100)] = 0,
    callback: Annotated[str | None, Query()] = None,
    nocache: Annotated[str | None, NOCACHE] = None,
) -> Response:
    scope(dataset)
    return _reply(_propose(type, limit), callback)


def _extension(state: AppState, query: Any, known_at: str | None = None
               ) -> tuple[list[dict[str, Any]], dict[str, dict[str, list[Any]]]]:
    if not isinstance(query, dict) or not isinstance(query.get("ids"), list) \
            or not isinstance(query.get("properties"), list):
        raise ConfigError("a data extension query needs 'ids' and 'properties' lists",
                          hint='{"ids": ["us_ofac_sdn:36"], "properties": [{"id": "listings"}]}')
    unknown = sorted(set(query) - {"ids", "properties"})
    if unknown:
        raise UnknownParameter("unknown extension field(s): " + ", ".join(map(str, unknown)),
                               hint="a data extension query has 'ids' and 'properties'")
    if len(query["ids"]) > state.max_batch:
        raise TooManyQueries(f"too many ids: {len(query['ids'])}, the limit is "
                             f"{state.max_batch}")
    wanted = []
    for p in query["properties"]:
        pid = p.get("id") if isinstance(p, dict) else None
        if not pid:
            raise ConfigError("each property needs an 'id'")
        extra = sorted(set(p) - {"id", "name", "settings"})
        if extra:
            raise UnknownParameter(f"property {pid!r}: unknown field(s): "
                                   + ", ".join(map(str, extra)),
                                   hint="a property has 'id' and optional 'settings'")
        settings = p.get("settings") or {}
        try:
            limit = int(settings.get("limit") or 0)
        except (TypeError, ValueError):
            raise ConfigError(f"property {pid!r}: limit is not a number") from None
        wanted.append((str(pid), limit))
    meta = [{"id": pid, "name": rc.EXTEND_PROPERTIES.get(pid, pid)} for pid, _l in wanted]
    rows: dict[str, dict[str, list[Any]]] = {}
    for key in query["ids"]:
        try:
            history = _history(state, str(key), known_at)
        except NotFound:
            rows[str(key)] = {pid: [] for pid, _l in wanted}
            continue
        rows[str(key)] = {pid: rc.extension_values(history, pid, limit) for pid, limit in wanted}
    return meta, rows


def extend_v02(state: AppState, query: Any, known_at: str | None = None) -> dict[str, Any]:
    meta, rows = _extension(state, query, known_at)
    return {"meta": meta, "rows": rows}


@router.post("/reconcile/{dataset}/1.0/extend", summary="Data extension (1.0-draft)")
@reads_body
async def extend_10(request: Request, dataset: Annotated[str, DATASET],
                    known_at: Annotated[str | None, KNOWN_AT] = None) -> Response:
    _in_scope(dataset, known_at)
    query = await request.json()
    meta, rows = await run_in_threadpool(_extension, get_state(request), query, known_at)
    return JSON({"meta": meta, "rows": [
        {"id": key, "properties": [{"id": pid, "values": values}
                                   for pid, values in props.items()]}
        for key, props in rows.items()]})
