"""Downloads from the publishers' own URLs (``source.downloads``), and one file by path or
URL (``fetch_one``). ``fetch_source`` hands a mirror to ``fetch.mirror``."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import httpx
from rich import progress as rp
from rich.console import Console

from listwatch.errors import FetchError
from listwatch.fetch.http import Fetcher, Outcome, http_date, new_client
from listwatch.fetch.mirror import from_folder, from_url_mirror
from listwatch.fetch.result import FetchResult, Validators, assemble, base_name
from listwatch.sources.base import Source
from listwatch.sources.files import check_bytes, read_file


def fetch_source(
    source: Source,
    *,
    mirror: str | None,
    validators: Validators,
    client: httpx.Client | None = None,
    progress: bool = True,
) -> FetchResult:
    """Download ``source``'s current files (see the package docstring)."""
    if not source.downloads:
        raise FetchError(
            f"{source.id} has no official download; use `listwatch ingest`",
            hint=f"e.g. listwatch ingest FILE --source {source.id}",
        )
    if mirror and not mirror.startswith(("http://", "https://")):
        return from_folder(source, Path(mirror.removeprefix("file://")), validators)
    own_client = client is None
    http = client or new_client()
    columns = (rp.TextColumn("{task.description}"), rp.BarColumn(), rp.DownloadColumn())
    bar = rp.Progress(
        *columns, rp.TransferSpeedColumn(), rp.TimeRemainingColumn(),
        console=Console(stderr=True), disable=not progress or not sys.stderr.isatty(),
        transient=True,
    )  # fmt: skip
    try:
        with bar:
            fetcher = Fetcher(http, bar)
            if mirror:
                return from_url_mirror(source, mirror.rstrip("/"), validators, fetcher)
            return from_official(source, validators, fetcher)
    finally:
        if own_client:
            http.close()


def from_official(source: Source, validators: Validators, fetcher: Fetcher) -> FetchResult:
    outcomes: dict[str, Outcome] = {}
    warnings: list[str] = []
    for key, url in source.downloads.items():
        name = base_name(key)
        outcome = fetcher.fetch_file(url, name, validators.get(name))
        if outcome.status == "missing":
            if name in source.required or not source.required:
                raise FetchError(
                    f"{source.id}: required file {name} not found at {url} (HTTP 404)",
                    hint="the publisher may have moved it; check "
                    f"{source.homepage or 'its page'}, or use --mirror",
                )
            warnings.append(f"{name}: not found at {url} (HTTP 404); skipped")
            continue
        outcomes[name] = outcome
    return assemble(
        source, outcomes, lambda n, o: fetcher.fetch_file(o.url, n, None), None, warnings
    )


def fetch_one(location: str, name: str, client: httpx.Client | None = None) -> FetchResult:
    """One file by path or URL (e.g. an FtM export a setting points at), dated today or by
    its ``Last-Modified``."""
    if not location.startswith(("http://", "https://")):
        path = Path(location.removeprefix("file://"))
        if not path.is_file():
            raise FetchError(f"{path}: no such file", hint="check the setting that points at it")
        data = read_file(path)[1]
        check_bytes(name, data)
        day = datetime.fromtimestamp(path.stat().st_mtime, UTC).date().isoformat()
        return FetchResult("", {name: data}, False, day, {}, {name: str(path)})
    own = client is None
    http = client or new_client()
    try:
        outcome = Fetcher(http, rp.Progress(disable=True)).fetch_file(location, name, None)
    finally:
        if own:
            http.close()
    if outcome.status == "missing":
        raise FetchError(f"{location}: not found (HTTP 404)", hint="check the URL")
    day = http_date(outcome.validator.get("last_modified")) or datetime.now(UTC).date().isoformat()
    return FetchResult("", {name: outcome.data}, False, day, {}, {name: location})
