"""Unknown query parameters are an error, on every route: one app-wide dependency.

A client that sends a parameter the endpoint does not know (a misspelt ``threshhold``, a
yente option listwatch does not implement) gets a 400 naming it, instead of an answer that
silently ignored it. The parameters a route knows are read once from its FastAPI
dependant (its own and its dependencies' query parameters). Body fields are checked by the
request models (``extra="forbid"``), whose errors the app's handler turns into the same 400.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request

from listwatch.errors import UnknownParameter

_ALLOWED: dict[int, frozenset[str]] = {}


def _query_names(dependant: Any) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def allowed_params(route: Any) -> frozenset[str]:
    """The query parameters ``route`` accepts."""
    key = id(route)
    known = _ALLOWED.get(key)
    if known is None:
        dependant = getattr(route, "dependant", None)
        known = frozenset(_query_names(dependant)) if dependant is not None else frozenset()
        _ALLOWED[key] = known
    return known


def unknown_message(kind: str, names: list[str], known: list[str]) -> UnknownParameter:
    plural = "s" if len(names) > 1 else ""
    return UnknownParameter(
        f"unknown {kind}{plural}: " + ", ".join(names),
        hint=("this endpoint takes: " + ", ".join(known)) if known
        else f"this endpoint takes no {kind}s",
    )


async def reject_unknown_params(request: Request) -> None:
    """App-wide dependency: 400 when the query string names a parameter the route lacks."""
    query = request.scope.get("query_string")
    if not query:
        return
    route = request.scope.get("route")
    if route is None:
        return
    known = allowed_params(route)
    unknown = sorted({k for k in request.query_params if k not in known})
    if unknown:
        raise unknown_message("query parameter", unknown, sorted(known))
