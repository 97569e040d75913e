"""One party, many listings, on the entity route and page: the entry's other listings
(entries of other lists linked to it, ``screening.links``) and one timeline merging every
listing's events, each event saying which listing it belongs to."""

from __future__ import annotations

from typing import Any

from listwatch.errors import ListwatchError
from listwatch.history.timeline import entry_history


def party_keys(state: Any, key: str) -> tuple[str, ...]:
    """Every listing of ``key``'s party (``(key,)`` when it is alone, or when no list is
    loaded: an entity only the news reported)."""
    try:
        return tuple(state.screeners.get().links.referents(key))
    except ListwatchError:
        return (key,)


def merge_party(store: Any, view: dict[str, Any], keys: tuple[str, ...], *,
                as_of: str | None = None, known_at: str | None = None) -> dict[str, Any]:
    """``view`` (an entry's history) with ``referents`` and ``datasets`` (every listing),
    ``listings`` (each one's key, source, caption, listed intervals) and ``timeline``:
    every listing's events, oldest first, each with its ``key``. An entry alone gets a
    timeline of its own events."""
    key = view["key"]
    listings: list[dict[str, Any]] = []
    timeline: list[dict[str, Any]] = []
    for k in keys if key in keys else (key,):
        try:
            v = view if k == key else entry_history(store, k, as_of=as_of, known_at=known_at)
        except ListwatchError:  # (a listing the store does not know as of then)
            continue
        listings.append({"key": k, "source": v.get("source"), "caption": v.get("caption"),
                         "listed": v.get("listed"),
                         "listed_intervals": v.get("listed_intervals") or []})
        for e in v.get("events", []):
            timeline.append({**e, "key": k, "source": e.get("source") or v.get("source")})
    timeline.sort(key=lambda e: (e.get("date") or "", 0 if e["key"] == key else 1, e["key"]))
    out = dict(view)
    out["listings"] = listings
    out["timeline"] = timeline
    if len(listings) > 1:
        out["referents"] = [x["key"] for x in listings]
        out["datasets"] = sorted({str(x["source"]) for x in listings if x["source"]})
    return out
