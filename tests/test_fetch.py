"""fetch.py against a real HTTP server on 127.0.0.1 serving the real list files.

The server (``http.server`` in a thread) serves ``/official/`` (copies of the OFAC SDN
files of 2021-07-07, with a known mtime), ``/mirror/`` (the shared data folder itself, the
mirror layout) and a few misbehaving routes. It sends ETags and honours
If-None-Match / If-Modified-Since with 304.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from listwatch.errors import FetchError, InputTooLarge, ParseError
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


# --- official downloads -----------------------------------------------------------------


def test_official_download_then_304(server: Server, shared_data: Path) -> None:
    source = make(Sdn, official(server))
    first = run(source)
    assert not first.not_modified
    assert set(first.files) == set(OFAC_FILES)
    for name in OFAC_FILES:
        assert first.files[name] == (shared_data / "ofac_sdn" / OFFICIAL_DATE / name).read_bytes()
        assert first.origin[name] == f"{server.url}/official/{name}"
        v = first.validators[name]
        assert v["url"] == first.origin[name]
        assert v["etag"].startswith('"') and v["last_modified"].endswith("GMT")
        assert v["sha256"] == hashlib.sha256(first.files[name]).hexdigest()
    assert first.date == OFFICIAL_DATE  # Last-Modified of sdn.csv
    assert first.files["sdn.csv"].endswith(b"\x1a")  # byte-for-byte
    assert first.warnings == []

    second = run(source, first.validators)
    assert second.not_modified and second.files == {}
    assert second.date == OFFICIAL_DATE
    assert second.validators == first.validators
    for name in OFAC_FILES:
        status, headers = server.hits(f"/official/{name}")[-1]
        assert status == 304
        assert headers["If-None-Match"] == first.validators[name]["etag"]
        assert "If-Modified-Since" in headers


def test_if_modified_since_alone_gives_304(server: Server) -> None:
    source = make(Sdn, official(server))
    first = run(source)
    validators = {
        n: {k: v for k, v in val.items() if k != "etag"} for n, val in first.validators.items()
    }
    assert run(source, validators).not_modified
    assert all(status == 304 for status, _ in server.hits("/official/sdn.csv")[1:])


def test_one_changed_file_refetches_the_others(server: Server, shared_data: Path) -> None:
    source = make(Sdn, official(server))
    first = run(source)
    newer = (shared_data / "ofac_sdn" / "2021-08-18" / "sdn.csv").read_bytes()
    (server.root / "official" / "sdn.csv").write_bytes(newer)
    second = run(source, first.validators)
    assert not second.not_modified
    assert second.files["sdn.csv"] == newer
    assert second.files["add.csv"] == first.files["add.csv"]  # re-downloaded after a 304
    assert second.validators["sdn.csv"]["sha256"] != first.validators["sdn.csv"]["sha256"]
    assert [s for s, _ in server.hits("/official/add.csv")] == [200, 304, 200]
    assert server.hits("/official/add.csv")[-1][1].get("If-None-Match") is None


def test_same_hash_without_conditional_headers_is_not_modified(server: Server) -> None:
    source = make(Sdn, official(server))
    first = run(source)
    hashes_only = {n: {"sha256": v["sha256"], "url": v["url"]} for n, v in first.validators.items()}
    again = run(source, hashes_only)
    assert again.not_modified and again.files == {}
    assert server.hits("/official/sdn.csv")[-1][0] == 200


def test_validators_of_another_url_are_not_sent(server: Server) -> None:
    source = make(Sdn, official(server))
    first = run(source)
    moved = {n: {**v, "url": "https://elsewhere.invalid/x"} for n, v in first.validators.items()}
    run(source, moved)
    assert "If-None-Match" not in server.hits("/official/sdn.csv")[-1][1]


def test_gzip_download_is_decompressed(server: Server, shared_data: Path) -> None:
    url = f"{server.url}/mirror/ofac_sdn_history/2024-05-01/sdn.csv.gz"
    result = run(make(Sdn, {"sdn.csv.gz": url}))
    expected = gzip.decompress(
        (shared_data / "ofac_sdn_history/2024-05-01/sdn.csv.gz").read_bytes()
    )
    assert result.files == {"sdn.csv": expected}
    assert result.origin == {"sdn.csv": url}


def test_retries_after_500(server: Server) -> None:
    result = run(make(Sdn, {"sdn.csv": f"{server.url}/flaky/sdn.csv"}))
    assert result.files["sdn.csv"] == (server.root / "official" / "sdn.csv").read_bytes()
    assert [s for s, _ in server.hits("/flaky/sdn.csv")] == [500, 500, 200]
    assert result.date == datetime.now(UTC).date().isoformat()  # no Last-Modified: today


def test_retries_exhausted(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTWATCH_HTTP_RETRIES", "1")
    with pytest.raises(FetchError) as err:
        run(make(Sdn, {"sdn.csv": f"{server.url}/down/sdn.csv"}))
    message = str(err.value)
    assert f"{server.url}/down/sdn.csv" in message and "503" in message
    assert "2 attempts" in message and "--mirror" in message and "\n" not in message
    assert server.counters["/down/sdn.csv"] == 2


def test_429_honours_retry_after(server: Server) -> None:
    result = run(make(Sdn, {"sdn.csv": f"{server.url}/busy/sdn.csv"}))
    assert "sdn.csv" in result.files
    assert [s for s, _ in server.hits("/busy/sdn.csv")] == [429, 200]


def test_403_is_not_retried(server: Server) -> None:
    with pytest.raises(FetchError, match="403"):
        run(make(Sdn, {"sdn.csv": f"{server.url}/forbidden/sdn.csv"}))
    assert len(server.hits("/forbidden/sdn.csv")) == 1


def test_size_limit_while_streaming(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTWATCH_MAX_FILE_BYTES", "100000")
    with pytest.raises(InputTooLarge, match="100,000"):
        run(make(Sdn, {"sdn.csv": f"{server.url}/big/sdn.csv"}))
    with pytest.raises(InputTooLarge):  # declared Content-Length
        run(make(Sdn, {"sdn.csv": f"{server.url}/official/sdn.csv"}))


def test_size_limit_applies_after_gunzip(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTWATCH_MAX_FILE_BYTES", "2000000")  # the .gz is ~0.8 MB, sdn 3.9 MB
    url = f"{server.url}/mirror/ofac_sdn_history/2024-05-01/sdn.csv.gz"
    with pytest.raises(InputTooLarge, match="decompressed"):
        run(make(Sdn, {"sdn.csv.gz": url}))


def test_html_error_page_is_refused(server: Server) -> None:
    with pytest.raises(ParseError, match="HTML page"):
        run(make(Sdn, {"sdn.csv": f"{server.url}/html/sdn.csv"}))


def test_read_timeout(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTWATCH_HTTP_TIMEOUT", "0.2")
    monkeypatch.setenv("LISTWATCH_HTTP_RETRIES", "1")
    with pytest.raises(FetchError, match="ReadTimeout.*2 attempts"):
        run(make(Sdn, {"sdn.csv": f"{server.url}/slow/sdn.csv"}))
    assert server.counters["/slow/sdn.csv"] == 2


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="ConnectError.*3 attempts"):
        run(make(Sdn, {"sdn.csv": f"http://127.0.0.1:{port}/sdn.csv"}))


def test_optional_404_is_a_warning(server: Server) -> None:
    urls = official(server, **{"sdn_comments.csv": f"{server.url}/official/gone.csv"})
    result = run(make(Sdn, urls))
    assert set(result.files) == {"sdn.csv", "add.csv", "alt.csv"}
    assert len(result.warnings) == 1 and "gone.csv" in result.warnings[0]
    assert "404" in result.warnings[0]


def test_required_404_is_an_error(server: Server) -> None:
    with pytest.raises(FetchError) as err:
        run(make(Sdn, official(server, **{"sdn.csv": f"{server.url}/official/moved.csv"})))
    assert "required file sdn.csv" in str(err.value) and "/official/moved.csv" in str(err.value)


def test_no_official_download() -> None:
    for mirror in (None, "/nonexistent"):
        with pytest.raises(FetchError, match="no official download; use `listwatch ingest`"):
            run(make(Sdn, {}), mirror=mirror)


def test_given_client_is_used_and_left_open(server: Server) -> None:
    with httpx.Client() as client:
        run(make(Sdn, official(server)), client=client)
        assert not client.is_closed


def test_progress_bar(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    source = make(Sdn, official(server))
    result = fetch_source(source, mirror=None, validators={}, progress=True)  # not a TTY: off
    assert set(result.files) == set(OFAC_FILES)
    assert capsys.readouterr().err == ""


# --- folder mirror --------------------------------------------------------------------


def test_folder_mirror_latest_sdn(shared_data: Path) -> None:
    result = run(make(Sdn), mirror=str(shared_data))
    assert result.date == "2024-05-03"  # ofac_sdn/2024-05-03 beats ofac_sdn_history/2024-05-01
    path = shared_data / "ofac_sdn" / "2024-05-03" / "sdn.csv"
    assert result.files == {"sdn.csv": path.read_bytes()}
    assert result.origin == {"sdn.csv": str(path)}
    again = run(make(Sdn), result.validators, mirror=str(shared_data))
    assert again.not_modified and again.files == {}


def test_folder_mirror_gz_and_dpl(shared_data: Path) -> None:
    result = run(make(SdnHistory), mirror=str(shared_data))
    assert result.date == "2024-05-01"
    gz = shared_data / "ofac_sdn_history" / "2024-05-01" / "sdn.csv.gz"
    assert result.files == {"sdn.csv": gzip.decompress(gz.read_bytes())}
    dpl = run(make(Dpl), mirror=str(shared_data))
    assert dpl.date == "2022-09-07"
    assert dpl.files == {"dpl.txt": (shared_data / "bis_dpl/2022-09-07/dpl.txt").read_bytes()}


def test_folder_mirror_skips_dates_without_required_files(
    tmp_path: Path, shared_data: Path
) -> None:
    (tmp_path / "bis_dpl" / "2023-01-01").mkdir(parents=True)  # empty, newer
    (tmp_path / "bis_dpl" / "2022-09-07").mkdir()
    shutil.copyfile(
        shared_data / "bis_dpl/2022-09-07/dpl.txt", tmp_path / "bis_dpl/2022-09-07/dpl.txt"
    )
    assert run(make(Dpl), mirror=str(tmp_path)).date == "2022-09-07"


def test_folder_mirror_without_the_source(tmp_path: Path) -> None:
    with pytest.raises(FetchError) as err:
        run(make(Sdn), mirror=str(tmp_path))
    assert "us_ofac_sdn, ofac_sdn, ofac_sdn_history" in str(err.value)
    with pytest.raises(FetchError, match="does not exist"):
        run(make(Sdn), mirror=str(tmp_path / "nope"))


# --- URL mirror -----------------------------------------------------------------------


def test_url_mirror(server: Server, shared_data: Path) -> None:
    mirror = f"{server.url}/mirror/"
    result = run(make(Sdn), mirror=mirror)
    assert result.date == "2024-05-03"
    assert result.files == {"sdn.csv": (shared_data / "ofac_sdn/2024-05-03/sdn.csv").read_bytes()}
    assert result.origin == {"sdn.csv": f"{server.url}/mirror/ofac_sdn/2024-05-03/sdn.csv"}
    assert server.hits("/mirror/us_ofac_sdn/")[0][0] == 404  # names are tried in order
    again = run(make(Sdn), result.validators, mirror=mirror)
    assert again.not_modified and again.date == "2024-05-03"
    assert server.hits("/mirror/ofac_sdn/2024-05-03/sdn.csv")[-1][0] == 304


def test_url_mirror_gz_and_dpl(server: Server, shared_data: Path) -> None:
    mirror = f"{server.url}/mirror"
    result = run(make(SdnHistory), mirror=mirror)
    assert result.date == "2024-05-01"
    gz = shared_data / "ofac_sdn_history" / "2024-05-01" / "sdn.csv.gz"
    assert result.files == {"sdn.csv": gzip.decompress(gz.read_bytes())}
    assert result.origin["sdn.csv"].endswith("/2024-05-01/sdn.csv.gz")
    dpl = run(make(Dpl), mirror=mirror)
    assert dpl.date == "2022-09-07"
    assert dpl.files == {"dpl.txt": (shared_data / "bis_dpl/2022-09-07/dpl.txt").read_bytes()}


def test_url_mirror_without_the_source(server: Server) -> None:
    with pytest.raises(FetchError, match="us_ofac_sdn, ofac_sdn, ofac_sdn_history"):
        run(make(Sdn), mirror=f"{server.url}/official")


# --- the real OFAC SDN adapter ---------------------------------------------------------


def test_real_sdn_adapter(
    server: Server, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from listwatch.sources import get_source

    source = get_source("us_ofac_sdn")
    monkeypatch.setattr(type(source), "downloads", official(server))
    result = run(source)
    assert set(result.files) == set(OFAC_FILES) and result.date == OFFICIAL_DATE
    parsed = source.parse(result.files)
    assert len(parsed.records) == 8976  # rows of ofac_sdn/2021-07-07/sdn.csv (SOURCES.md)
    assert run(source, result.validators).not_modified

    for mirror in (str(shared_data), f"{server.url}/mirror"):
        latest = run(source, mirror=mirror)
        assert latest.date == "2024-05-03" and set(latest.files) == {"sdn.csv"}
        assert len(source.parse(latest.files).records) == 14965
