"""Watchlist endpoints: list and create watchlists, add items (JSON or CSV), read alerts,
run a watchlist now. Writes need an API key; reads follow ``LISTWATCH_PRIVATE_READS``.

The router works on the full app (store and match index from ``app.state.lw``) and on a
bare FastAPI app (``app.state.store``, else a Store for ``LISTWATCH_DB``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field

from listwatch.api.auth import require_read_access, require_write_key
from listwatch.api.strict import reads_body
from listwatch.errors import ConfigError, InputTooLarge, ListwatchError
from listwatch.settings import get_settings
from listwatch.store.db import Store
from listwatch.watch import alerts as alert_store
from listwatch.watch import portfolio

CSV_TYPES = ("text/csv", "application/csv", "text/plain", "application/vnd.ms-excel")


class _Route(APIRoute):
    """Turns listwatch errors into ``{"detail", "hint"}`` with the error's status."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def wrapped(request: Request) -> Response:
            try:
                return await handler(request)
            except ListwatchError as exc:
                return JSONResponse(
                    {"detail": exc.message, "hint": exc.hint}, status_code=exc.http_status
                )

        return wrapped


router = APIRouter(route_class=_Route, tags=["watchlists"])
READ = [Depends(require_read_access)]
WRITE = [Depends(require_write_key)]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": text}
    for code, text in (
        (400, "invalid input"),
        (401, "API key missing or wrong"),
        (403, "writes disabled"),
        (404, "no such watchlist"),
        (413, "upload too large"),
    )
}


class NewWatchlist(BaseModel):
    model_config = ConfigDict(extra="forbid")  # an unknown field is a 400 naming it
    name: str = Field(..., examples=["portfolio"], description="Letters, digits, space, _ . -")


@lru_cache(maxsize=4)
def _default_store(url: str) -> Store:
    return Store(url)


def _store(request: Request) -> Store:
    state = request.app.state
    lw = getattr(state, "lw", None)
    if lw is not None:
        store: Store = lw.store
        return store
    own = getattr(state, "store", None)
    return own if isinstance(own, Store) else _default_store(get_settings().db_url)


def _screener(request: Request, store: Store) -> Any:
    lw = getattr(request.app.state, "lw", None)
    if lw is None:
        from listwatch.watch.runner import load_screener

        return load_screener(store)
    screener = lw.screeners.get()
    if screener.is_stale(store):  # a snapshot came in through another process
        lw.screeners.reload_now()
        screener = lw.screeners.get()
    return screener


@router.get("/watchlists", dependencies=READ, summary="Watchlists with item and alert counts")
def get_watchlists(request: Request) -> list[dict[str, Any]]:
    return portfolio.list_watchlists(_store(request))


@router.post(
    "/watchlists",
    dependencies=WRITE,
    status_code=201,
    responses={**ERRORS, 409: {"description": "exists"}},
    summary="Create a watchlist (needs an API key)",
)
def post_watchlist(request: Request, body: NewWatchlist) -> Any:
    result = portfolio.create_watchlist(_store(request), body.name, exist_ok=True)
    if not result.pop("created"):
        return JSONResponse(
            {"detail": f"a watchlist named {result['name']!r} already exists", "hint": None},
            status_code=409,
        )
    return result


@router.delete(
    "/watchlists/{name}",
    dependencies=WRITE,
    responses=ERRORS,
    summary="Delete a watchlist with its items and alerts (needs an API key)",
)
def delete_watchlist(request: Request, name: str) -> dict[str, Any]:
    return portfolio.delete_watchlist(_store(request), name)


@router.get(
    "/watchlists/{name}/items",
    dependencies=READ,
    responses=ERRORS,
    summary="A watchlist's items with their current matches",
)
def get_items(request: Request, name: str) -> list[dict[str, Any]]:
    return portfolio.list_items(_store(request), name)


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise InputTooLarge(
            f"the upload is {int(declared):,} bytes, above the limit of {limit:,}",
            hint="split the file, or raise LISTWATCH_MAX_UPLOAD_BYTES",
        )
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise InputTooLarge(
                f"the upload is above the limit of {limit:,} bytes",
                hint="split the file, or raise LISTWATCH_MAX_UPLOAD_BYTES",
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _json_items(raw: bytes) -> list[Any]:
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ConfigError(f"the body is not valid JSON: {exc}") from None
    if isinstance(data, dict) and "items" in data:
        data = data["items"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ConfigError('send {"items": [{"name": ...}, ...]}, a list of items or one item')
    return data


@router.post(
    "/watchlists/{name}/items",
    dependencies=WRITE,
    status_code=201,
    responses=ERRORS,
    summary="Add items: JSON, a CSV body (text/csv) or a CSV file upload (needs an API key)",
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "example": {
                            "items": [
                                {
                                    "name": "Xiaomi Corporation",
                                    "schema": "Company",
                                    "country": "cn",
                                    "id": "X1",
                                }
                            ]
                        },
                    }
                },
                "text/csv": {
                    "schema": {
                        "type": "string",
                        "example": "name,id,country\nXiaomi Corporation,X1,cn\n",
                    }
                },
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"file": {"type": "string", "format": "binary"}},
                    }
                },
            }
        }
    },
)
@reads_body
async def post_items(request: Request, name: str) -> dict[str, Any]:
    """Items have ``name`` and optional ``id``, ``schema``, ``country``, ``birth_date``,
    ``identifier``. The list must exist. Any invalid item rejects the whole request (400,
    naming the lines); an upload above LISTWATCH_MAX_UPLOAD_BYTES is refused (413)."""
    store = _store(request)
    limit = get_settings().max_upload_bytes
    portfolio.get_watchlist(store, name)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise InputTooLarge(
                f"the upload is {int(declared):,} bytes, above the limit of {limit:,}",
                hint="split the file, or raise LISTWATCH_MAX_UPLOAD_BYTES",
            )
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ConfigError(
                "no file in the upload", hint="send the CSV as multipart field 'file'"
            )
        data = await upload.read(limit + 1)
        return await run_in_threadpool(portfolio.add_csv, store, name, data, max_bytes=limit)
    raw = await _read_body(request, limit)
    if ctype in CSV_TYPES:
        return await run_in_threadpool(portfolio.add_csv, store, name, raw, max_bytes=limit)
    if ctype in ("application/json", ""):
        items = _json_items(raw)
        return await run_in_threadpool(portfolio.add_items, store, name, items, create=False)
    raise ConfigError(
        f"cannot read a {ctype} body",
        hint="send application/json, text/csv or multipart/form-data with a 'file'",
    )


@router.delete(
    "/watchlists/{name}/items/{item_id}",
    dependencies=WRITE,
    responses=ERRORS,
    summary="Remove one item and its alerts (needs an API key)",
)
def delete_item(request: Request, name: str, item_id: int) -> dict[str, Any]:
    return {"removed": portfolio.remove_items(_store(request), name, item_ids=[item_id])}


@router.get(
    "/watchlists/{name}/alerts",
    dependencies=READ,
    responses=ERRORS,
    summary="A watchlist's alerts, newest first",
)
def get_alerts(
    request: Request,
    name: str,
    kind: Annotated[str | None, Query(description="new, changed, removed or event")] = None,
    undelivered: Annotated[
        bool, Query(description="only alerts not yet sent to the webhook")
    ] = False,
    since_id: Annotated[int | None, Query(description="only alerts with a larger id")] = None,
    limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
) -> list[dict[str, Any]]:
    return alert_store.list_alerts(
        _store(request), name, kind=kind, undelivered=undelivered, since_id=since_id, limit=limit
    )


def _run(request: Request, name: str) -> dict[str, Any]:
    from listwatch.watch.runner import run_watchlist

    store = _store(request)
    wl = portfolio.get_watchlist(store, name)
    return run_watchlist(store, wl, _screener(request, store))


@router.post(
    "/watchlists/{name}/run",
    dependencies=WRITE,
    responses=ERRORS,
    summary="Re-screen a watchlist now; returns the new alerts (needs an API key)",
)
async def post_run(request: Request, name: str) -> dict[str, Any]:
    return await run_in_threadpool(_run, request, name)
