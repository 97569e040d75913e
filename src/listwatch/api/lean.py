"""A lean path for ``POST /match/{dataset}``, the API's hottest route.

FastAPI spends more time reading a request's 17 query parameters, its body and its two
dependencies than listwatch spends screening a name (bench/NOTES.md). This route,
placed before FastAPI's, answers the
requests it can read cheaply and *knows* to be valid, through the very same
implementation (``routes_match.run_match``), so the answer is byte for byte the one
FastAPI's route would give. Anything else goes to FastAPI's route unchanged, body
included: an unknown, repeated, empty or out-of-range parameter, a body that is not
valid JSON or not a valid ``EntityMatchQuery``, another content type, and any request
whose answer is an error (a 401, an unknown dataset, a bad date: FastAPI's route meets
the same error and the app's handlers answer it). So every error (the strict parameters'
400s, the 422s) still comes from FastAPI, in its shape. It is a middleware, inside the
body-size limit, so that handing over is handing the request to the app as it came.
"""

from __future__ import annotations

import re
from typing import Any

import orjson
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError
from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from listwatch.api.auth import require_read_access
from listwatch.api.matching import MAX_LIMIT, TS_PATTERN
from listwatch.api.routes_match import run_match
from listwatch.api.yente import EntityMatchQuery
from listwatch.errors import ListwatchError

_INT = re.compile(r"[1-9][0-9]{0,5}\Z")
_UNIT = re.compile(r"(?:0|1)(?:\.[0-9]{1,12})?\Z")
_TS = re.compile(TS_PATTERN)
_BOOL = {"true": True, "false": False, "1": True, "0": False}
_SCALARS = {"limit", "threshold", "cutoff", "algorithm", "as_of", "changed_since",
            "show_decided", "known_at", "audit"}
_LISTS = {"include_dataset": 1000, "exclude_dataset": 1000, "exclude_schema": 1000,
          "topics": 1000, "exclude_entity_ids": 50}


class NotLean(Exception):
    """The request is left to FastAPI's route."""


def _scalar(name: str, value: str) -> Any:
    if name == "limit":
        if not _INT.match(value) or int(value) > MAX_LIMIT:
            raise NotLean
        return int(value)
    if name in ("threshold", "cutoff"):
        if not _UNIT.match(value) or float(value) > 1.0:
            raise NotLean
        return float(value)
    if name in ("show_decided", "audit"):
        if value not in _BOOL:
            raise NotLean
        return _BOOL[value]
    if name == "changed_since" and not _TS.match(value):
        raise NotLean
    return value


def parse_params(query_string: bytes) -> dict[str, Any]:
    """The route's keyword arguments from a query string FastAPI would take as valid and
    read the same way; ``NotLean`` for anything else."""
    if not query_string:
        return {}
    out: dict[str, Any] = {}
    for name, value in QueryParams(query_string).multi_items():
        if not value:
            raise NotLean
        if name in _LISTS:
            values = out.setdefault(name, [])
            values.append(value)
            if len(values) > _LISTS[name]:
                raise NotLean
        elif name in _SCALARS and name not in out:
            out[name] = _scalar(name, value)
        else:  # unknown (FastAPI's 400) or repeated (FastAPI keeps the last one)
            raise NotLean
    return out


def _is_json(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"content-type":
            return value.split(b";", 1)[0].strip().lower() == b"application/json"
    return False


def _dataset(scope: Scope) -> str | None:
    """The ``{dataset}`` of a ``POST /match/{dataset}``, else None."""
    if scope["type"] != "http" or scope["method"] != "POST":
        return None
    path: str = scope["path"]
    root = scope.get("root_path") or ""
    if root and path.startswith(root):
        path = path[len(root):]
    if not path.startswith("/match/"):
        return None
    dataset = path[len("/match/"):]
    return dataset if dataset and "/" not in dataset else None


class LeanMatchMiddleware:
    """Answers the ``POST /match/{dataset}`` requests it can (see the module's text); hands
    every other request, and these when in doubt, to the app behind it. ``counts`` (shared
    with ``app.state``): how many took each way."""

    def __init__(self, app: ASGIApp, counts: dict[str, int]) -> None:
        self.app = app
        self.counts = counts

    async def _hand_over(self, scope: Scope, receive: Receive, send: Send,
                         body: bytes | None) -> None:
        """The app (FastAPI's own route) answers, with the body already read replayed."""
        self.counts["handed_over"] += 1
        if body is not None:
            sent = False

            async def replay() -> Message:
                nonlocal sent
                if not sent:
                    sent = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            receive = replay
        await self.app(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        dataset = _dataset(scope)
        if dataset is None:
            await self.app(scope, receive, send)
            return
        if not _is_json(scope):
            await self._hand_over(scope, receive, send, None)
            return
        try:
            params = parse_params(scope.get("query_string", b""))
        except NotLean:
            await self._hand_over(scope, receive, send, None)
            return
        request = Request(scope, receive)
        body = await request.body()
        try:
            model = EntityMatchQuery.model_validate(orjson.loads(body))
        except (orjson.JSONDecodeError, ValidationError, RecursionError):
            await self._hand_over(scope, receive, send, body)
            return
        try:
            await require_read_access(request)
            response = await run_match(request.app.state.lw, model, dataset, **params)
        except (ListwatchError, HTTPException, OperationalError):
            # the app's error handlers answer: FastAPI's route meets the same error
            await self._hand_over(scope, receive, send, body)
            return
        self.counts["lean"] += 1
        await response(scope, receive, send)
