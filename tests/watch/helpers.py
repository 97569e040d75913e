"""Test helpers: a canned screener and a local webhook receiver on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from listwatch.watch.webhook import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify


class CannedScreener:
    """Returns the results set for a name, whatever the list holds."""

    def __init__(self, results: dict[str, list[dict[str, Any]]] | None = None) -> None:
        self.results = results or {}

    def screen(self, query: dict[str, Any], **_: Any) -> list[dict[str, Any]]:
        return list(self.results.get(query["name"], []))


def hit(key: str, name: str, score: float = 0.95) -> dict[str, Any]:
    return {
        "key": key,
        "source": key.split(":")[0],
        "name": name,
        "caption": name,
        "score": score,
        "match": True,
        "explanation": "test",
        "listed_from": "2022-02-24",
        "listed_to": None,
        "schema": "Company",
        "properties": {},
        "legal_effect": None,
    }


class Receiver:
    """A webhook endpoint: verifies each signature, fails the first ``fail_first`` calls."""

    def __init__(self, secret: str, fail_first: int = 1, status: int = 503) -> None:
        self.secret = secret
        self.fail_first = fail_first
        self.status = status
        self.calls: list[dict[str, Any]] = []
        self.delivered: list[dict[str, Any]] = []

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length", "0")))
        signed = verify(body, self.secret, handler.headers.get(SIGNATURE_HEADER))
        self.calls.append(
            {
                "signed": signed,
                "timestamp": handler.headers.get(TIMESTAMP_HEADER),
                "delivery": handler.headers.get("X-Listwatch-Delivery"),
            }
        )
        if not signed:
            code = 401
        elif len(self.calls) <= self.fail_first:
            code = self.status
        else:
            code = 204
            self.delivered.append(json.loads(body))
        handler.send_response(code)
        handler.send_header("Content-Length", "0")
        handler.end_headers()


@contextmanager
def serve(receiver: Receiver) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            receiver.handle(self)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
