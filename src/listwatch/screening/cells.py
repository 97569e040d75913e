"""What a batch makes of a result: the output columns and cells (CSV, Parquet), and the
canonical JSON of a match for the audit record, in pieces made once per distinct query.
Shared by every batch path (``batch``, ``batch_local``)."""

from __future__ import annotations

from typing import Any

from listwatch.store.audit import canonical_json
from listwatch.text import FORMULA_STARTS, neutralise

#: Columns added to every output row (the best result). ``matched_name`` is the best
#: result's ``name`` (renamed: the input has its own ``name`` column).
RESULT_COLUMNS = ("key", "source", "matched_name", "score", "match")
#: What the audit record keeps of each match of a batch.
AUDIT_KEYS = ("key", "source", "name", "score", "match", "listed_from", "listed_to", "programs")
MATCH_INDEX = AUDIT_KEYS.index("match")


def fragments(result: dict[str, Any]) -> tuple[str, str]:
    """A match's canonical JSON (as the audit record stores it) around ``id`` and ``row``,
    which differ between the rows sharing a result: the keys sorted before ``row`` and
    after it, made once per distinct query (in the worker)."""
    programs = result["programs"] or []
    key = (*(result[k] for k in _HEAD[:-1]), tuple(programs))
    head = _HEADS.get(key)
    if head is None:
        if len(_HEADS) >= 100_000:
            _HEADS.clear()
        fields = {k: result[k] for k in _HEAD[:-1]} | {"programs": list(programs)}
        head = _HEADS[key] = canonical_json(fields)[1:-1]
    tail = _TAILS.get((result["score"], result["source"]))
    if tail is None:
        if len(_TAILS) >= 100_000:
            _TAILS.clear()
        tail = _TAILS[(result["score"], result["source"])] = canonical_json(
            {"score": result["score"], "source": result["source"]})[1:-1]
    return head, tail


_HEAD = ("key", "listed_from", "listed_to", "match", "name", "programs")
#: ``fragments`` by what they are made of (an entry's match comes back in many rows)
_HEADS: dict[tuple[Any, ...], str] = {}
_TAILS: dict[tuple[Any, Any], str] = {}


def cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}"
    return "" if value is None else value


def csv_cell(value: Any) -> Any:
    """``neutralise(cell(value))``: a CSV cell."""
    if value.__class__ is str:
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return neutralise(cell(value))


def typed(value: Any, column: str) -> Any:
    if column in ("score", "match"):
        return value
    return None if value is None else str(value)
