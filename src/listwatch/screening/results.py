"""Screening results as callers get them: one per entry (the best of its names), or one
per party when entries of several lists are one (``links``), with the docs/contract.md
keys plus what a reviewer needs: the record's properties, programs, what the listing
means legally and, for securities restrictions, the listing, effective and divestment
dates."""

from __future__ import annotations

from typing import Any

from listwatch.match.scorer import rounded
from listwatch.screening.index import NameIndex
from listwatch.screening.links import EntityLinks

#: (score, cheap score, version, names that brought it, query identifiers)
Scored = tuple[float, float, int, list[int], dict[str, list[str]]]
#: Which listing of a party names its result when several score the same: a list's own
#: entries before the CSL's republications of them
SOURCE_RANK = {"un_sc": 0, "us_ofac_sdn": 1, "eu_fsf": 2, "gb_fcdo": 3, "us_ofac_cons": 4,
               "us_bis_dpl": 5, "us_trade_csl": 9}
_DATE_PROPS = {"listingDate": "listing_date", "effectiveDate": "effective_date",
               "divestmentDate": "divestment_date"}


def rank(source: str) -> int:
    return SOURCE_RANK.get(source, 6)


def per_party(scored: list[Scored], index: NameIndex, cluster: dict[str, tuple[str, ...]],
              limit: int) -> list[tuple[Scored, tuple[str, ...] | None]]:
    """``scored`` (best first) as one item per party, each its best-scoring listing (on
    a tie, the list's own entry before a republication of it: ``SOURCE_RANK``) with its
    cluster (None: an entry alone), at most ``limit``."""
    versions = index.versions
    if not cluster:
        return [(s, None) for s in scored[:limit]]
    best: dict[str, Scored] = {}
    for s in scored:
        group = cluster.get(versions[s[2]].key)
        if group is None:
            continue
        prev = best.get(group[0])
        if prev is None or (prev[0] == s[0] and rank(versions[s[2]].source)
                            < rank(versions[prev[2]].source)):
            best[group[0]] = s
    out: list[tuple[Scored, tuple[str, ...] | None]] = []
    seen: set[str] = set()
    for s in scored:
        group = cluster.get(versions[s[2]].key)
        if group is not None:
            if group[0] in seen:
                continue
            seen.add(group[0])
            s = best[group[0]]
        out.append((s, group))
        if len(out) >= limit:
            break
    return out


def merge_listings(index: NameIndex, links: EntityLinks, result: dict[str, Any],
                   group: tuple[str, ...], as_of: str | None, sources: set[str] | None,
                   brief: bool = False) -> None:
    """``referents``, ``datasets``, ``listings`` and the merged listed interval of a
    result whose entry is one of several listings of a party."""
    listings = []
    for key in group:
        source = key.split(":", 1)[0]
        if sources and source not in sources:
            continue
        spans = index.intervals.get(key, ())
        if not any((as_of is None and to is None) or
                   (as_of is not None and frm <= as_of and (to is None or to > as_of))
                   for frm, to in spans):
            continue
        frm, to = index.listed_interval(key, as_of)
        listings.append({"key": key, "source": source, "listed_from": frm, "listed_to": to})
    if len(listings) < 2:
        return
    result["referents"] = [x["key"] for x in listings]
    result["datasets"] = sorted({x["source"] for x in listings})
    starts = [x["listed_from"] for x in listings if x["listed_from"]]
    ends = [x["listed_to"] for x in listings]
    result["listed_from"] = min(starts) if starts else result["listed_from"]
    result["listed_to"] = None if any(e is None for e in ends) else max(
        e for e in ends if e is not None)
    if not brief:
        result["listings"] = listings
        result["links"] = links.reasons(result["referents"])


def result_dict(index: NameIndex, vid: int, name: str, score: float, thr: float,
                explanation: list[dict[str, Any]], as_of: str | None,
                brief: bool = False) -> dict[str, Any]:
    """One result, of version ``vid``: the contract's keys, the schema and programs;
    unless ``brief``, what only a reviewer needs (legal effect, properties, listing and
    securities dates)."""
    ver = index.versions[vid]
    listed_from, listed_to = index.listed_interval(ver.key, as_of)
    # (a brief result's programs read without decoding the stored record)
    programs = list(ver.properties.get("program", [])) if not brief else index.programs_of(vid)
    result: dict[str, Any] = {
        "key": ver.key,
        "source": ver.source,
        "name": name,
        "caption": ver.name,
        "score": rounded(score),
        "match": score >= thr,
        "explanation": explanation,
        "listed_from": listed_from,
        "listed_to": listed_to,
        "schema": ver.schema,
        "programs": programs,
    }
    if brief:
        return result
    own = sorted(v[:10] for v in ver.properties.get("listingDate", []) if v[:4].isdigit())
    result |= {
        "legal_effect": legal_effect(ver.source, programs),
        "properties": ver.properties,
        # the publisher's own listing date first; the first snapshot that showed it after
        "listed_on": own[0] if own else listed_from,
        "listed_on_from": "publisher" if own else "first_seen",
        "first_seen": listed_from,
    }
    for prop, out_key in _DATE_PROPS.items():
        values = ver.properties.get(prop)
        if values:
            result[out_key] = values[0]
    return result


def legal_effect(source: str, programs: list[str]) -> str | None:
    """What the listing means legally, as the source's adapter reads its programs."""
    from listwatch.errors import UnknownSource
    from listwatch.sources import get_source

    try:
        return get_source(source).effect_of(programs)
    except UnknownSource:
        return None
