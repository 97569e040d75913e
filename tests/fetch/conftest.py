"""listwatch.fetch against a real HTTP server on 127.0.0.1 serving the real list files.

The server (``http.server`` in a thread) serves ``/official/`` (copies of the OFAC SDN
files of 2021-07-07, with a known mtime), ``/mirror/`` (the shared data folder itself, the
mirror layout) and a few misbehaving routes. It sends ETags and honours
If-None-Match / If-Modified-Since with 304.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from listwatch.fetch import FetchResult, fetch_source
from listwatch.model import ParseResult
from listwatch.sources.base import SnapshotFiles, Source

OFFICIAL_DATE = "2021-07-07"
OFAC_FILES = ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")
HTML_PAGE = b"<!DOCTYPE html>\n<html><body><h1>Service temporarily unavailable</h1></body></html>"


class _TestSource(Source):
    title = "test"
    publisher = "test"
    legal_effect = "test"

    def parse(self, files: SnapshotFiles) -> ParseResult:  # pragma: no cover
        raise NotImplementedError


class Sdn(_TestSource):
    """Shaped like the OFAC SDN adapter (the real one may not exist yet)."""

    id = "us_ofac_sdn"
    files = OFAC_FILES
    required = ("sdn.csv",)
    mirror_names: ClassVar[tuple[str, ...]] = ("ofac_sdn", "ofac_sdn_history")


class SdnHistory(Sdn):
    mirror_names = ("ofac_sdn_history",)


class Dpl(_TestSource):
    id = "us_bis_dpl"
    files = ("dpl.txt",)
    required = ("dpl.txt",)
    mirror_names = ("bis_dpl",)
    downloads: ClassVar[dict[str, str]] = {"dpl.txt": "https://example.invalid/dpl.txt"}


def make(cls: type[Source], downloads: dict[str, str] | None = None) -> Source:
    attrs: dict[str, Any] = {}
    if downloads is not None:
        attrs["downloads"] = downloads
    elif not cls.downloads:
        attrs["downloads"] = {"sdn.csv": "https://example.invalid/sdn.csv"}
    return type(cls.__name__, (cls,), attrs)()


# --- the server -------------------------------------------------------------------------


@dataclass
class Server:
    root: Path
    url: str = ""
    log: list[tuple[str, int, dict[str, str]]] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)

    def hits(self, path: str) -> list[tuple[int, dict[str, str]]]:
        return [(status, headers) for p, status, headers in self.log if p == path]


def _etag(path: str) -> str:
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return f'"{digest[:20]}"'


def _handler(server: Server) -> type[SimpleHTTPRequestHandler]:
    class Handler(SimpleHTTPRequestHandler):
        _etag_value: str | None = None

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(server.root), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def send_response(self, code: int, message: str | None = None) -> None:
            server.log.append((self.path, code, dict(self.headers.items())))
            super().send_response(code, message)

        def end_headers(self) -> None:
            if self._etag_value:
                self.send_header("ETag", self._etag_value)
            super().end_headers()

        def _count(self) -> int:
            server.counters[self.path] = server.counters.get(self.path, 0) + 1
            return server.counters[self.path]

        def _body(self, data: bytes, *, length: bool = True, ctype: str = "text/csv") -> None:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            if length:
                self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            real_sdn = (server.root / "official" / "sdn.csv").read_bytes()
            if self.path == "/flaky/sdn.csv":  # 500, 500, then the file
                if self._count() <= 2:
                    self.send_error(500)
                else:
                    self._body(real_sdn)
            elif self.path == "/busy/sdn.csv":  # 429 with Retry-After once
                if self._count() <= 1:
                    self.send_response(429)
                    self.send_header("Retry-After", "0")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    self._body(real_sdn)
            elif self.path == "/down/sdn.csv":
                self._count()
                self.send_error(503)
            elif self.path == "/forbidden/sdn.csv":
                self.send_error(403)
            elif self.path == "/html/sdn.csv":
                self._body(HTML_PAGE, ctype="text/html")
            elif self.path == "/big/sdn.csv":  # no Content-Length: only streaming can tell
                self._body(real_sdn, length=False)
            elif self.path == "/slow/sdn.csv":
                self._count()
                self.send_response(200)
                self.send_header("Content-Length", str(len(real_sdn)))
                self.end_headers()
                time.sleep(1.0)
            else:
                super().do_GET()

        def send_head(self) -> Any:
            path = self.translate_path(self.path)
            if os.path.isfile(path):
                self._etag_value = _etag(path)
                if self.headers.get("If-None-Match") == self._etag_value:
                    self.send_response(304)
                    self.end_headers()
                    return None
            return super().send_head()

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the client hanging up (size limit, timeout) is expected here


@pytest.fixture
def server(tmp_path: Path, shared_data: Path) -> Iterator[Server]:
    root = tmp_path / "www"
    official = root / "official"
    official.mkdir(parents=True)
    stamp = datetime(2021, 7, 7, 12, 0, tzinfo=UTC).timestamp()
    for name in OFAC_FILES:
        shutil.copyfile(shared_data / "ofac_sdn" / OFFICIAL_DATE / name, official / name)
        os.utime(official / name, (stamp, stamp))
    (root / "mirror").symlink_to(shared_data, target_is_directory=True)
    srv = Server(root)
    httpd = _QuietServer(("127.0.0.1", 0), _handler(srv))
    srv.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTWATCH_HTTP_BACKOFF", "0")
    monkeypatch.setenv("LISTWATCH_HTTP_RETRIES", "2")
    monkeypatch.setenv("LISTWATCH_HTTP_TIMEOUT", "5")


def official(server: Server, **override: str) -> dict[str, str]:
    urls = {name: f"{server.url}/official/{name}" for name in OFAC_FILES}
    urls.update(override)
    return urls


def run(
    source: Source, validators: dict[str, dict[str, str]] | None = None, **kw: Any
) -> FetchResult:
    kw.setdefault("mirror", None)
    return fetch_source(source, validators=validators or {}, progress=False, **kw)
