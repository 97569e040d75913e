"""Replaying a stored screening from the snapshots it names (``listwatch screening replay``).

The queries, threshold, limit, cutoff and filters come from the record and its chain
entry's ``params``; the lists are the snapshots the record names, whatever was ingested
since. The answer is compared with the recorded one, result by result (entry, score,
match).
"""

from __future__ import annotations

from typing import Any

from listwatch.errors import ConfigError
from listwatch.screening.pinned import screen_pinned
from listwatch.screening.screen import retrieval
from listwatch.store.audit import get_screening


def _recorded(item: dict[str, Any]) -> list[tuple[str, float, bool]]:
    return [(r["key"], round(float(r.get("score") or 0.0), 4), bool(r.get("match")))
            for r in item.get("results", [])]


def replay(store: Any, screening_id: int, *, translate: Any = None,
           screener: Any = None) -> dict[str, Any]:
    """``{"id", "same", "queries": [{"query", "recorded", "replayed", "same"}]}``;
    ``translate`` turns a recorded yente example (API screenings) into a Screener query."""
    from listwatch.screening.screen import Screener

    record = get_screening(store, screening_id)
    params = (record.get("chain") or {}).get("params") or {}
    if isinstance(record["queries"], dict):
        raise ConfigError(f"screening #{screening_id} is a batch file screening",
                          hint="replay it with `listwatch screen --batch` on the same file "
                          "and --as-of; its certificate names the file's SHA-256")
    pins = {s: p for s, p in (record.get("snapshots") or {}).items()
            if isinstance(p, dict) and p.get("id") is not None}
    if not pins:
        raise ConfigError(f"screening #{screening_id} names no snapshot to replay against")
    screener = screener or Screener.load(store)
    limit = int(params.get("limit") or 0)
    cutoff = params.get("cutoff")
    filters = params.get("filters") or {}
    excluded = set(filters.get("exclude_entity_ids") or ())
    skip_schema = set(filters.get("exclude_schema") or ())
    limits = params.get("limits") or []
    out = []
    for i, item in enumerate(record["results"]):
        query = item.get("query") or {}
        if "properties" in query:
            if translate is None:
                raise ConfigError("an API screening needs the yente translation to replay")
            sq = translate({k: v for k, v in query.items() if k != "ref"})
        else:
            sq = {k: v for k, v in query.items() if k != "ref"}
        want = _recorded(item)
        n = int(limits[i]) if i < len(limits) else (limit or max(len(want), 5))
        # the results and candidates the screening asked for (``screen.retrieval``)
        fetch, candidates = retrieval(n, extra=len(item.get("decided", [])),
                                      excluded=len(excluded),
                                      dropping=bool(skip_schema or filters.get("topics")
                                                    or filters.get("changed_since")))
        got = screen_pinned(screener, sq, pins, threshold=float(record["threshold"]),
                            limit=fetch, min_score=cutoff, candidates=candidates)
        got = [r for r in got if r["key"] not in excluded
               and r.get("schema") not in skip_schema][:n]
        decided = {r["key"] for r in item.get("decided", [])}
        replayed = [(r["key"], round(float(r["score"]), 4), bool(r["match"])) for r in got
                    if r["key"] not in decided][:n]
        out.append({"query": query, "recorded": want, "replayed": replayed,
                    "same": replayed == want})
    return {"id": screening_id, "same": all(q["same"] for q in out), "snapshots": pins,
            "queries": out}
