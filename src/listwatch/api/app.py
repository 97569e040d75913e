"""The FastAPI application: JSON API (yente-compatible /match and /search) and web pages.

``create_app(db_url)`` builds one app over one database. The app keeps no state beyond
caches over the database (see ``state.py``), so any number of worker processes or machines
can serve one PostgreSQL database.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import OperationalError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from listwatch.__about__ import __version__
from listwatch.api.state import make_state
from listwatch.api.strict import reject_unknown_params
from listwatch.errors import ListwatchError

log = logging.getLogger("listwatch.api")
HERE = Path(__file__).resolve().parent

DESCRIPTION = """\
Dated history of government restriction lists.

* `POST /match/{dataset}` and `GET /search/{dataset}` take and return the shapes of
  OpenSanctions' yente, so yente clients work unchanged; `dataset` is a source id or
  `default` for all sources. Both accept `as_of=YYYY-MM-DD`.
* Writes (`POST /entities/{key}/events`, `POST /ingest/{source}`) need an API key:
  `Authorization: ApiKey <key>` (keys in `LISTWATCH_API_KEYS`).
* Reads are open unless `LISTWATCH_PRIVATE_READS=true`.
"""


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(
            status_code=413,
            detail=f"request body is larger than the limit of {limit:,} bytes",
        )
        self.limit = limit


def _too_large_body(limit: int) -> bytes:
    import json

    return json.dumps(
        {
            "detail": f"request body is larger than the limit of {limit:,} bytes",
            "hint": "send smaller files or fewer queries per request, or raise "
            "LISTWATCH_MAX_UPLOAD_BYTES on the server",
        }
    ).encode()


class BodyLimitMiddleware:
    """Refuse request bodies above ``limit`` bytes with 413, by header or while streaming."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > limit:
                    await self._refuse(send)
                    return
                break
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = _too_large_body(self.limit)
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class ReconcileCORS:
    """Cross-origin reads of ``/reconcile/...``: OpenRefine's browser side fetches the
    service manifest and the suggest and preview services from its own origin."""

    HEADERS = [(b"access-control-allow-origin", b"*"),
               (b"access-control-allow-methods", b"GET, POST, OPTIONS"),
               (b"access-control-allow-headers", b"*")]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/reconcile/"):
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            await send({"type": "http.response.start", "status": 204,
                        "headers": [*self.HEADERS, (b"access-control-max-age", b"600")]})
            await send({"type": "http.response.body", "body": b""})
            return

        async def with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []),
                                                  *self.HEADERS[:1]]}
            await send(message)

        await self.app(scope, receive, with_cors)


def _error_json(status: int, detail: str, hint: str | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail, "hint": hint}, status_code=status)


#: where the web pages live (their errors are pages)
PAGE_PREFIXES = ("/entity/", "/source/", "/screening/", "/watch/")


def _install_error_handlers(app: FastAPI) -> None:
    from listwatch.api.pages import error_page, is_page

    @app.exception_handler(ListwatchError)
    async def listwatch_error(request: Request, exc: ListwatchError) -> Response:
        if is_page(request):
            return error_page(request, exc.http_status, exc.message, exc.hint)
        return _error_json(exc.http_status, exc.message, exc.hint)

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # a page address that matches no page (an entry key with a slash ...): a page
        if exc.status_code == 404 and request.url.path.startswith(PAGE_PREFIXES):
            return error_page(request, 404, f"no page at {request.url.path}",
                              "search for the entry from the search page")
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(BodyTooLarge)
    async def too_large(_request: Request, exc: BodyTooLarge) -> Response:
        return Response(_too_large_body(exc.limit), status_code=413, media_type="application/json")

    @app.exception_handler(OperationalError)
    async def db_down(_request: Request, exc: OperationalError) -> Response:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return _error_json(
            503, f"the database is not reachable: {first}", "try again; check the database server"
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        if is_page(request):  # a form's field: a page saying which, not JSON
            fields = []
            for e in errors[:5]:
                where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path"))
                fields.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
            return error_page(request, 422, "invalid form value: " + "; ".join(fields),
                              "go back and correct it")
        extra = [e for e in errors if e.get("type") == "extra_forbidden"]
        if extra:
            names = [".".join(str(p) for p in e.get("loc", ()) if p != "body") for e in extra]
            return _error_json(
                400, ("unknown body field: " if len(names) == 1 else "unknown body fields: ")
                + ", ".join(names), "see /docs for the fields this endpoint takes")
        parts = []
        for e in errors[:5]:
            where = ".".join(str(p) for p in e.get("loc", ()) if p != "body")
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        return JSONResponse(
            {
                "detail": "invalid request: " + "; ".join(parts),
                "hint": "see /docs for the expected shape",
                "errors": [{k: v for k, v in e.items() if k in ("loc", "msg", "type")}
                           for e in errors],
            },
            status_code=422,
        )


def create_app(db_url: str | None = None) -> FastAPI:
    """The API and the pages over the database at ``db_url`` (default: LISTWATCH_DB)."""
    from listwatch.api import (
        pages,
        routes_decisions,
        routes_entities,
        routes_ingest,
        routes_match,
        routes_ops,
        routes_reconcile,
        routes_search,
        routes_status,
        routes_yente,
        watch_routes,
    )

    state = make_state(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        import sys

        switch = sys.getswitchinterval()
        if state.settings.api_switch_ms > 0:  # (the audit writer's thread holds a lock)
            sys.setswitchinterval(state.settings.api_switch_ms / 1000)
        state.screeners.warm()
        await state.audit.start()
        yield
        await state.audit.stop()
        state.store.dispose()
        sys.setswitchinterval(switch)

    app = FastAPI(
        title="listwatch",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        dependencies=[Depends(reject_unknown_params)],
        docs_url=None,  # served below from the package's own copy of Swagger UI
        redoc_url=None,
        openapi_url=None,  # served below as a route of the app (strict parameters too)
    )
    app.state.lw = state
    _install_error_handlers(app)
    app.state.lean_counts = {"lean": 0, "handed_over": 0}
    if state.settings.api_lean:  # (innermost: inside the body limit)
        from listwatch.api.lean import LeanMatchMiddleware

        app.add_middleware(LeanMatchMiddleware, counts=app.state.lean_counts)
    app.add_middleware(BodyLimitMiddleware, limit=state.settings.max_upload_bytes)
    app.add_middleware(ReconcileCORS)
    app.include_router(routes_ops.router)
    app.include_router(routes_match.router)
    app.include_router(routes_search.router)
    app.include_router(routes_yente.router)
    app.include_router(routes_reconcile.router)
    app.include_router(routes_entities.router)
    app.include_router(routes_ingest.router)
    app.include_router(routes_decisions.router)
    app.include_router(routes_status.router)
    app.include_router(watch_routes.router)
    app.include_router(pages.router)
    app.mount("/static", StrictStaticFiles(directory=HERE / "static"), name="static")
    _install_docs(app)
    return app


class StrictStaticFiles(StaticFiles):
    """Static files that, like every route, refuse a query parameter (400, named)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        query = scope.get("query_string") or b""
        if scope["type"] == "http" and query:
            from urllib.parse import parse_qsl

            names = sorted({k for k, _v in parse_qsl(query.decode("latin-1"),
                                                     keep_blank_values=True)})
            plural = "s" if len(names) > 1 else ""
            response = _error_json(400, f"unknown query parameter{plural}: " + ", ".join(names),
                                   "static files take no parameters")
            await response(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def _install_docs(app: FastAPI) -> None:
    """``/docs`` without the internet: Swagger UI's scripts and styles from the
    ``swagger-ui-bundle`` package (Apache-2.0), not from a CDN."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import RedirectResponse
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/swagger-ui", StrictStaticFiles(directory=swagger_ui_path), name="swagger-ui")
    app.openapi_url = "/openapi.json"

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi() -> Response:
        return JSONResponse(app.openapi())

    @app.get("/docs", include_in_schema=False)
    async def docs() -> Response:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} — API",
            swagger_js_url="/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/swagger-ui/favicon-32x32.png")

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> Response:
        return RedirectResponse("/docs")


def app_factory() -> FastAPI:
    """Import-string factory for uvicorn workers (``listwatch.api.app:app_factory``)."""
    return create_app()
