"""``GET /search/{dataset}``: yente's search over the Screener, with its filters, facets
and sorting."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from listwatch.api.auth import require_read_access
from listwatch.api.datasets import asked_sources, entry_topics, scope
from listwatch.api.matching import (
    ERRORS,
    JSON,
    MAX_LIMIT,
    NO_DECISIONS,
    TS_PATTERN,
    check_common,
    last_change,
    scope_of_screening,
)
from listwatch.api.state import get_state
from listwatch.api.yente import SearchResponse, entity_dict
from listwatch.countries import normalise_country
from listwatch.errors import ConfigError
from listwatch.screening.ftm_query import COUNTRY_PROPS, SCHEMAS, screener_query
from listwatch.screening.pinned import check_known_at, known_listing, screen_pinned
from listwatch.screening.screen import CANDIDATES
from listwatch.store.decisions import DecisionBook

router = APIRouter(tags=["matching"], dependencies=[Depends(require_read_access)])


FACETS = ("datasets", "schema", "countries", "identifiers", "topics", "genders")
DEFAULT_FACETS = ["countries", "topics", "datasets", "schema"]
_FACET_LABELS = {"datasets": "Lists", "schema": "Types", "countries": "Countries",
                 "identifiers": "Identifiers", "topics": "Topics", "genders": "Genders"}
_IDENTIFIER_PROPS = ("isin", "imoNumber", "registrationNumber", "taxNumber", "innCode",
                     "leiCode", "passportNumber", "idNumber", "ogrnCode", "swiftBic")
#: fields ``sort`` understands (yente's names), with ``score`` for the match score
SORT_FIELDS = ("score", "caption", "id", "schema", "first_seen", "last_seen", "last_change")


def _field_values(r: dict[str, Any], field: str) -> list[str]:
    """The values of ``field`` of an EntityResponse: yente's facet and filter names
    (``countries``, ``topics``, ``datasets``, ``schema``, ``target``...) or a property
    (``properties.birthDate`` or just ``birthDate``)."""
    props = r["properties"]
    if field == "countries":  # (as codes, as yente gives them: Russia, RUS -> ru)
        return [normalise_country(c) for p in COUNTRY_PROPS for c in props.get(p, [])]
    if field == "topics":
        return list(props.get("topics", []))
    if field == "datasets":
        return list(r["datasets"])
    if field == "schema":
        return [r["schema"]]
    if field == "target":
        return [str(r["target"]).lower()]
    if field == "identifiers":
        return [v for p in _IDENTIFIER_PROPS for v in props.get(p, [])]
    if field == "genders":
        return list(props.get("gender", []))
    if field in ("id", "caption"):
        return [r[field]]
    name = field.split(".", 1)[1] if field.startswith("properties.") else field
    return [str(v) for v in props.get(name, [])]


def _facets(results: list[dict[str, Any]], wanted: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in wanted:
        counts: Counter[str] = Counter()
        for r in results:
            counts.update(set(_field_values(r, name)))
        out[name] = {"label": _FACET_LABELS[name],
                     "values": [{"name": k, "label": k, "count": n}
                                for k, n in counts.most_common()]}
    return out


def _parse_filters(countries: list[str], topics: list[str], datasets: list[str],
                   filter_: list[str], target: bool | None) -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {}
    for field, values in (("countries", [normalise_country(c) for c in countries]),
                          ("topics", topics),
                          ("datasets", datasets)):
        if values:
            wanted.setdefault(field, set()).update(values)
    for flt in filter_:
        field, sep, value = flt.partition(":")
        if not sep or not field or not value:
            raise ConfigError(f"invalid filter {flt!r}",
                              hint="use field:value, e.g. filter=properties.birthDate:1970")
        wanted.setdefault(field, set()).add(normalise_country(value) if field == "countries"
                                            else value)
    if target is not None:
        wanted["target"] = {str(target).lower()}
    return wanted


def _passes(r: dict[str, Any], wanted: dict[str, set[str]], op: str) -> bool:
    for field, values in wanted.items():
        have = set(_field_values(r, field))
        if field not in ("countries", "topics", "datasets", "schema", "target", "id"):
            # a property filter matches a value or its prefix (birthDate:1970 -> 1970-05-01)
            hits = {v for v in values if any(h == v or h.startswith(v) for h in have)}
        else:
            hits = values & have
        if (op == "AND" and hits != values) or not hits:
            return False
    return True


def _sort(results: list[dict[str, Any]], sort: list[str]) -> list[dict[str, Any]]:
    for spec in reversed(sort):
        field, _, direction = spec.partition(":")
        if field not in SORT_FIELDS:
            raise ConfigError(f"cannot sort by {field!r}",
                              hint="sort by one of: " + ", ".join(SORT_FIELDS)
                              + " (field:asc or field:desc)")
        if direction not in ("", "asc", "desc"):
            raise ConfigError(f"invalid sort direction {direction!r}", hint="use asc or desc")
        desc = direction == "desc" or (direction == "" and field == "score")
        present = [r for r in results if r.get(field) is not None]
        missing = [r for r in results if r.get(field) is None]
        results = sorted(present, key=lambda r: r[field], reverse=desc) + missing
    return results


def _browse(screener: Any, as_of: str | None, sources: list[str] | None,
            schema: str | None, pins: dict[str, dict[str, Any]] | None = None
            ) -> list[dict[str, Any]]:
    """Every entry in force (for a search without ``q``), as Screener-like results."""
    wanted = set(sources) if sources is not None else None
    if pins is not None:
        wanted = set(pins) & wanted if wanted is not None else set(pins)
    seen: set[str] = set()
    out = []
    for ver in screener.index.versions:
        if wanted is not None and ver.source not in wanted:
            continue
        day = pins[ver.source]["date"] if pins is not None else as_of
        if ver.key in seen or not ver.valid_on(day):
            continue
        if schema and ver.schema != schema:
            continue
        seen.add(ver.key)
        lo, hi = screener.index.listed_interval(ver.key, as_of)
        res = {"key": ver.key, "source": ver.source, "name": ver.name,
               "caption": ver.name, "schema": ver.schema, "properties": ver.properties,
               "listed_from": lo, "listed_to": hi, "score": 1.0}
        if pins is not None and "dates" in pins[ver.source]:  # known_at: as known then
            known_listing(screener.index, res, {s: p["dates"] for s, p in pins.items()}, day)
        out.append(res)
    out.sort(key=lambda r: r["caption"])
    return out


@router.get(
    "/search/{dataset}",
    response_model=SearchResponse,
    responses=ERRORS,
    summary="Search entities by name (yente-compatible)",
)
async def search(
    request: Request,
    dataset: Annotated[str, Path(description="A source id or a collection (GET /catalog)")],
    q: Annotated[str, Query(description="A name, or part of one; empty: every entry")] = "",
    schema: str = "Thing",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 10,
    offset: Annotated[int, Query(ge=0, le=9_500)] = 0,
    threshold: Annotated[
        float, Query(ge=0.0, le=1.0, description="Leave out results scoring below this")
    ] = 0.5,
    algorithm: str = "best",
    as_of: Annotated[str | None, Query(description="Lists as in force on YYYY-MM-DD")] = None,
    countries: Annotated[list[str] | None, Query()] = None,
    topics: Annotated[list[str] | None, Query()] = None,
    datasets: Annotated[list[str] | None, Query(description="Keep entries on these lists")]
    = None,
    include_dataset: Annotated[list[str] | None, Query()] = None,
    exclude_dataset: Annotated[list[str] | None, Query()] = None,
    exclude_schema: Annotated[list[str] | None, Query()] = None,
    changed_since: Annotated[str | None, Query(pattern=TS_PATTERN)] = None,
    filter: Annotated[list[str] | None, Query(description="field:value, e.g. "
                                              "properties.birthDate:1970")] = None,
    filter_op: Annotated[str, Query(pattern="^(OR|AND)$")] = "OR",
    sort: Annotated[list[str] | None, Query(description="field:asc|desc")] = None,
    target: Annotated[bool | None, Query(deprecated=True)] = None,
    fuzzy: Annotated[bool, Query(description="Accepted: listwatch's name matching always "
                                 "tolerates spelling variants")] = False,
    simple: Annotated[bool, Query(description="Accepted: q is always read as plain "
                                  "text")] = False,
    facets: Annotated[list[str] | None, Query()] = None,
    known_at: Annotated[str | None, Query(description="What the store held at this time")]
    = None,
    show_decided: Annotated[
        bool,
        Query(description="Show hits a reviewer decided on for the same name (marked with "
              "`decision`) instead of leaving them out (they come back under `decided`)"),
    ] = False,
) -> Response:
    """Entries whose names resemble `q` (score at least `threshold`), best first; without
    `q`, every entry in force, by caption. Filters, facets and sorting as yente's."""
    state = get_state(request)
    sources = scope(dataset, include_dataset, exclude_dataset)
    check_common(as_of, algorithm)
    wanted_facets = list(dict.fromkeys(facets)) if facets else DEFAULT_FACETS
    for f in wanted_facets:
        if f not in FACETS:
            raise ConfigError(f"unknown facet {f!r}", hint="use any of: " + ", ".join(FACETS))
    if schema not in SCHEMAS:
        raise ConfigError(f"unknown schema {schema!r}",
                          hint="use a FollowTheMoney schema such as Person, Company, Thing")
    wanted = _parse_filters(countries or [], topics or [], datasets or [], filter or [], target)
    screener = state.screeners.get()
    pins, coverage, warnings = await scope_of_screening(
        state, as_of, sources, asked_sources(dataset, include_dataset), known_at)
    book = NO_DECISIONS
    if q.strip() and (known_at or state.decisions.any_decided(await state.decisions.keys(),
                                                              [q])):
        # (the reviewers' decisions on this name: as /match, whichever listing answers)
        book = await run_in_threadpool(
            DecisionBook.load, state.store, [q], check_known_at(known_at) if known_at else None,
            screener.links.referents)
    if sources is not None and not sources:
        hits: list[dict[str, Any]] = []
    elif q.strip():
        query = screener_query({"schema": schema, "properties": {"name": [q]}})
        pool = offset + limit + (50 if wanted or exclude_schema or changed_since else 0) \
            + len(book.decided(q))
        if pins is not None:
            hits = screen_pinned(screener, query, pins, threshold=0.7, limit=pool,
                                 min_score=threshold, candidates=max(CANDIDATES, pool))
        else:
            hits = screener.screen(query, as_of=as_of, limit=pool, sources=sources,
                                   min_score=threshold, candidates=max(CANDIDATES, pool))
    else:
        hits = _browse(screener, as_of, sources, None if schema == "Thing" else schema, pins)
    decided: list[dict[str, Any]] = []
    if book:
        hits, left = book.apply(q, hits, show_decided=show_decided)
        decided = [{**entity_dict(h, last_change(screener, h)), "score": h.get("score"),
                    "decision": h["decision"]} for h in left]
    results = []
    skip_schema = set(exclude_schema or ())
    since = changed_since[:10] if changed_since else None
    for h in hits:
        if h.get("schema") in skip_schema:
            continue
        if since and (last_change(screener, h) or "") < since:
            continue
        r = entity_dict(h, last_change(screener, h))
        r["properties"].setdefault("topics", entry_topics(h["source"], h.get("properties") or {}))
        r["score"] = h.get("score")
        if h.get("decision"):
            r["decision"] = h["decision"]
        if wanted and not _passes(r, wanted, filter_op):
            continue
        results.append(r)
    if sort:
        results = _sort(results, sort)
    page = results[offset: offset + limit]
    exhausted = not q.strip() or len(hits) < offset + limit
    out = {
        "results": page,
        "total": {"value": len(results), "relation": "eq" if exhausted else "gte"},
        "limit": limit,
        "offset": offset,
        "facets": _facets(results, wanted_facets),
        "coverage": coverage,
        "warnings": warnings,
    }
    if decided:
        out["decided"] = decided
    return JSON(out)
