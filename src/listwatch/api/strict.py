"""Unknown query parameters are an error, on every route: one app-wide dependency.

A client that sends a parameter the endpoint does not know (a misspelt ``threshhold``, a
yente option listwatch does not implement) gets a 400 naming it, instead of an answer that
silently ignored it. The parameters a route knows are read once from its FastAPI
dependant (its own and its dependencies' query parameters). Body fields are checked by the
request models (``extra="forbid"``), whose errors the app's handler turns into the same 400;
routes that read their own body (``reads_body``) check its fields themselves; a body sent
to a route that takes none is refused, its fields named. The static files and the OpenAPI
document refuse query strings too (``app``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request

from listwatch.errors import UnknownParameter

_ALLOWED: dict[int, frozenset[str]] = {}
#: endpoints that read their body themselves (form or JSON by content type) and check its
#: fields: ``reads_body``
_RAW_BODY: set[Any] = set()
F = TypeVar("F", bound=Callable[..., Any])


def reads_body(endpoint: F) -> F:
    """Mark an endpoint that reads its own body (and refuses fields it does not know): a
    body sent to any other route that declares none is refused (``refuse_body``)."""
    _RAW_BODY.add(endpoint)
    return endpoint


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


def _has_body(request: Request) -> bool:
    headers = request.headers
    length = headers.get("content-length")
    return bool((length and length.strip() not in ("", "0")) or "transfer-encoding" in headers)


async def _refuse_form_fields(request: Request, params: list[Any]) -> None:
    """A form's (or an upload's) fields the route does not declare: 400 naming them
    (JSON bodies are checked by their models)."""
    from fastapi import params as fp

    if not any(isinstance(p.field_info, fp.Form) for p in params):  # (File is a Form)
        return
    form = await request.form()
    known = {p.alias for p in params}
    unknown = sorted({k for k in form if k not in known})
    if unknown:
        plural = "s" if len(unknown) > 1 else ""
        raise UnknownParameter(f"unknown form field{plural}: " + ", ".join(unknown),
                               hint="this endpoint takes: " + ", ".join(sorted(known)))


async def refuse_body(request: Request, route: Any) -> None:
    """400 when a route that takes no body (it declares none and does not read its own)
    is sent one: its fields are named, as an unknown query parameter's is."""
    dependant = getattr(route, "dependant", None)
    if dependant is None or dependant.call in _RAW_BODY:
        return
    if dependant.body_params:
        await _refuse_form_fields(request, dependant.body_params)
        return
    raw = await request.body()
    if not raw.strip():
        return
    try:
        data = json.loads(raw)
    except ValueError:
        data = ...
    if data in ({}, [], None):  # an empty JSON body says nothing: as none
        return
    if isinstance(data, dict):
        names = sorted(str(k) for k in data)
        plural = "s" if len(names) > 1 else ""
        raise UnknownParameter(f"unknown body field{plural}: " + ", ".join(names),
                               hint="this endpoint takes no body; send its parameters in "
                               "the query string")
    raise UnknownParameter(f"this endpoint takes no body (got {len(raw):,} bytes)",
                           hint="send its parameters in the query string")


async def reject_unknown_params(request: Request) -> None:
    """App-wide dependency: 400 when the query string names a parameter the route lacks,
    or a route that takes no body is sent one."""
    route = request.scope.get("route")
    if route is None:
        return
    if request.method not in ("GET", "HEAD") and _has_body(request):
        await refuse_body(request, route)  # (a GET's body has no meaning: never read)
    if not request.scope.get("query_string"):
        return
    known = allowed_params(route)
    unknown = sorted({k for k in request.query_params if k not in known})
    if unknown:
        raise unknown_message("query parameter", unknown, sorted(known))
