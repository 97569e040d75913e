"""What a screening must be given, and what it must have seen, before it may answer.

A screening that could not see anything must never read as "no match": a limit of 0
results, a threshold outside 0..1, a schema nobody knows, a date before any list was in
force or a list with no data are refused here, the same way by the CLI (``screen``,
``compare``, batches) and the API.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from listwatch.errors import ConfigError, NothingScreened

#: FollowTheMoney schemas a query may name (yente rejects others; so do we).
QUERY_SCHEMAS = (
    "Thing", "LegalEntity", "Person", "Organization", "Company", "PublicBody",
    "Vessel", "Airplane", "Security", "Asset", "Address",
)
#: Words customer files use for a schema.
SCHEMA_ALIASES = {
    "individual": "Person", "natural person": "Person", "natural_person": "Person",
    "people": "Person", "human": "Person", "private person": "Person",
    "organisation": "Organization", "org": "Organization", "entity": "LegalEntity",
    "legal entity": "LegalEntity", "legal_entity": "LegalEntity",
    "corporate": "Company", "corporation": "Company", "business": "Company",
    "firm": "Company", "ship": "Vessel", "aircraft": "Airplane", "plane": "Airplane",
    "person": "Person", "company": "Company", "organization": "Organization",
    "natural": "Person", "legal": "LegalEntity", "indiv": "Person", "corp": "Company",
    "vessel": "Vessel", "airplane": "Airplane", "security": "Security",
}
MAX_LIMIT = 500


def canonical_schema(value: str | None, what: str = "--schema") -> str | None:
    """``person`` -> ``Person``, ``individual`` -> ``Person``; ``ConfigError`` for a word
    that is no schema (a query of an unknown kind would be compared with everything)."""
    if value is None or not str(value).strip():
        return None
    text = " ".join(str(value).split())
    by_lower = {s.lower(): s for s in QUERY_SCHEMAS}
    found = by_lower.get(text.lower()) or SCHEMA_ALIASES.get(text.lower())
    if found is None:
        raise ConfigError(
            f"{what} {text!r} is not a schema",
            hint="use one of: " + ", ".join(QUERY_SCHEMAS),
        )
    return found


def read_schema(value: str | None) -> str | None:
    """``canonical_schema`` or None (for a cell of a file: left out, not refused)."""
    try:
        return canonical_schema(value)
    except ConfigError:
        return None


def check_limit(limit: int, what: str = "--limit") -> int:
    if not 1 <= limit <= MAX_LIMIT:
        raise ConfigError(
            f"{what} {limit} would show no result or too many",
            hint=f"give a number of results per query from 1 to {MAX_LIMIT}",
        )
    return limit


def check_threshold(value: float | None, what: str = "--threshold") -> float | None:
    if value is None:
        return None
    if not 0.0 <= value <= 1.0 or value != value:  # (NaN)
        raise ConfigError(
            f"{what} {value} is not a score",
            hint="scores run from 0 to 1 (the default threshold is 0.7)",
        )
    return value


def check_coverage(coverage: dict[str, dict[str, Any]], as_of: str | None,
                   asked: Iterable[str] | None, first_dates: dict[str, str] | None = None
                   ) -> list[str]:
    """Refuse (``NothingScreened``) a screening that sees no list, or that was asked for a
    list with no snapshot in force; returns warnings for lists present in the database but
    not yet in force on ``as_of`` (they are not covered, and the output says so)."""
    asked = list(asked or [])
    when = f"on {as_of}" if as_of else "now"
    missing = [s for s, snap in coverage.items() if snap.get("id") is None]
    first_dates = first_dates or {}

    def why(source: str) -> str:
        first = first_dates.get(source)
        return (f"{source} (its first snapshot is of {first})" if first
                else f"{source} (no snapshot in the database)")

    wanted_missing = [s for s in asked if s in missing]
    if wanted_missing:
        raise NothingScreened(
            f"no snapshot in force {when} for: " + ", ".join(why(s) for s in wanted_missing)
            + "; nothing was screened",
            hint="ingest or update that list, pick a later --as-of, or leave out --source",
        )
    if not coverage or len(missing) == len(coverage):
        firsts = sorted(d for d in first_dates.values() if d)
        raise NothingScreened(
            f"no list in force {when}: nothing would be screened"
            + (f" (the earliest snapshot is of {firsts[0]})" if firsts else ""),
            hint="pick a later --as-of, or run `listwatch update` / `listwatch ingest`",
        )
    from listwatch.store.freshness import stale_notes

    return [f"not covered: {why(s)} had no snapshot in force {when}" for s in missing] + [
        f"not current: {note}" for note in stale_notes(coverage, as_of).values()]


def coverage_text(coverage: dict[str, dict[str, Any]]) -> str:
    """``us_ofac_sdn (snapshot #3 of 2024-05-01), un_sc (not covered)``."""
    parts = []
    for source, snap in sorted(coverage.items()):
        if snap.get("id") is None:
            parts.append(f"{source} (not covered)")
        else:
            parts.append(f"{source} (snapshot #{snap['id']} of {snap['date']})")
    return ", ".join(parts)
