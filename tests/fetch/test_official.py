"""Downloads from the publishers' URLs: conditional requests, retries, limits, errors."""

from __future__ import annotations

import gzip
import hashlib
import socket
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from listwatch.errors import FetchError, InputTooLarge, ParseError
from listwatch.fetch import fetch_source
from tests.fetch.conftest import OFAC_FILES, OFFICIAL_DATE, Sdn, Server, make, official, run

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
