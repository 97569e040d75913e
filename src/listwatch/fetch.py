"""Download a source's current files: from the publisher, or from a mirror.

Official mode downloads every URL in ``source.downloads`` with httpx: timeouts and
retries (exponential backoff on connection errors, 5xx and 429) from settings,
conditional requests (``If-None-Match`` / ``If-Modified-Since`` from the validators of
the last successful download), a size limit enforced while streaming, and the shared
checks of ``sources.files`` (empty file, HTML error page).

Mirror mode (``--mirror`` / ``LISTWATCH_MIRROR``) reads the same files from a folder
or an http(s) server laid out like ``../shared/data``::

    <mirror>/<name>/<YYYY-MM-DD>/<file>       (or <file>.gz)

``<name>`` is the source id (``us_ofac_sdn``) or one of ``source.mirror_names``
(``ofac_sdn``). The latest date folder that holds the source's required files wins;
its name is the snapshot date. A URL mirror must serve a directory listing of
``<mirror>/<name>/`` whose links name the date folders (``<a href="2024-05-03/">``,
as ``python -m http.server`` produces); files are then fetched as
``<mirror>/<name>/<date>/<file>``, then ``<file>.gz`` (404 means absent), with
conditional requests too.

Validators (per file: ``url``, ``etag``, ``last_modified``, ``sha256``) are returned
for the store to persist and passed back on the next run. A file answering 304, or
whose bytes hash as before, is unchanged; if every file is, ``not_modified`` is set
and ``files`` is empty. Only ``listwatch.errors`` exceptions leave this module.
"""

from __future__ import annotations

import hashlib
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
from rich import progress as rp
from rich.console import Console

from listwatch import __version__
from listwatch.errors import FetchError, InputTooLarge, NotInMirror
from listwatch.settings import get_settings
from listwatch.sources.base import SnapshotFiles, Source
from listwatch.sources.files import DATE_RE, check_bytes, decompress_gzip, read_file

Validators = dict[str, dict[str, str]]

#: Longest wait honoured from a ``Retry-After`` header.
MAX_RETRY_AFTER = 60.0
#: A URL mirror's date folders tried, newest first, before giving up.
MAX_MIRROR_DATES = 5
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MIRROR_HINT = "try again later, or download from a mirror with --mirror / LISTWATCH_MIRROR"
_HREF_RE = re.compile(r"""href\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


@dataclass
class FetchResult:
    source_id: str
    #: Lower-case base file name (no ``.gz``) -> decompressed bytes. Empty if not_modified.
    files: SnapshotFiles
    #: Every file answered 304 or has the same sha256 as the last download.
    not_modified: bool
    #: ISO date of the snapshot: mirror folder date, else HTTP Last-Modified, else today.
    date: str
    validators: Validators
    #: File name -> URL or path it came from.
    origin: dict[str, str]
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Outcome:
    """One file's answer: ``ok``, ``unchanged`` (same hash), ``not_modified`` or ``missing``."""

    status: str
    url: str
    data: bytes = b""
    validator: dict[str, str] = field(default_factory=dict)


def _base_name(name: str) -> str:
    return name.lower().removesuffix(".gz")


def fetch_source(
    source: Source,
    *,
    mirror: str | None,
    validators: Validators,
    client: httpx.Client | None = None,
    progress: bool = True,
) -> FetchResult:
    """Download ``source``'s current files (see the module docstring)."""
    if not source.downloads:
        raise FetchError(
            f"{source.id} has no official download; use `listwatch ingest`",
            hint=f"e.g. listwatch ingest FILE --source {source.id}",
        )
    if mirror and not mirror.startswith(("http://", "https://")):
        return _from_folder(source, Path(mirror.removeprefix("file://")), validators)
    settings = get_settings()
    own_client = client is None
    http = client or httpx.Client(
        timeout=settings.http_timeout,
        follow_redirects=True,
        headers={"User-Agent": f"listwatch/{__version__}"},
    )
    columns = (rp.TextColumn("{task.description}"), rp.BarColumn(), rp.DownloadColumn())
    bar = rp.Progress(
        *columns, rp.TransferSpeedColumn(), rp.TimeRemainingColumn(),
        console=Console(stderr=True), disable=not progress or not sys.stderr.isatty(),
        transient=True,
    )  # fmt: skip
    try:
        with bar:
            fetcher = _Fetcher(http, bar)
            if mirror:
                return _from_url_mirror(source, mirror.rstrip("/"), validators, fetcher)
            return _from_official(source, validators, fetcher)
    finally:
        if own_client:
            http.close()


class _Fetcher:
    """GET with retries, a streaming size limit and a progress bar."""

    def __init__(self, client: httpx.Client, bar: rp.Progress) -> None:
        settings = get_settings()
        self.client = client
        self.bar = bar
        self.timeout = settings.http_timeout
        self.retries = max(0, settings.http_retries)
        self.backoff = settings.http_backoff
        self.limit = settings.max_file_bytes

    def get(
        self, url: str, label: str, headers: dict[str, str] | None = None
    ) -> tuple[httpx.Response, bytes | None]:
        """The response and, for a 200, its body; other statuses are the caller's to judge."""
        attempts = self.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                with self.client.stream(
                    "GET", url, headers=headers or {}, timeout=self.timeout, follow_redirects=True
                ) as resp:
                    if resp.status_code in RETRY_STATUSES and not last:
                        time.sleep(_retry_after(resp) or self.backoff * 2**attempt)
                        continue
                    if resp.status_code != 200:
                        return resp, None
                    return resp, self._read(resp, url, label)
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                retryable = isinstance(exc, httpx.TransportError)
                if retryable and not isinstance(exc, httpx.UnsupportedProtocol) and not last:
                    time.sleep(self.backoff * 2**attempt)
                    continue
                tries = f" after {attempt + 1} attempts" if attempt else ""
                hint = MIRROR_HINT if retryable else "check the URL"
                raise FetchError(
                    f"cannot download {url}: {_describe(exc)}{tries}", hint=hint
                ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _read(self, resp: httpx.Response, url: str, label: str) -> bytes:
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.limit:
            raise _too_large(url, self.limit)
        task = self.bar.add_task(label, total=int(declared) if declared.isdigit() else None)
        body = bytearray()
        try:
            for chunk in resp.iter_bytes():
                body += chunk
                if len(body) > self.limit:
                    raise _too_large(url, self.limit)
                self.bar.update(task, completed=len(body))
        finally:
            self.bar.remove_task(task)
        return bytes(body)

    def fetch_file(self, url: str, name: str, old: dict[str, str] | None) -> _Outcome:
        """Conditional GET of one file; raises FetchError for anything but 200/304/404/410."""
        headers: dict[str, str] = {}
        if old and old.get("url") == url:
            if old.get("etag"):
                headers["If-None-Match"] = old["etag"]
            if old.get("last_modified"):
                headers["If-Modified-Since"] = old["last_modified"]
        resp, body = self.get(url, name, headers)
        if resp.status_code == 304 and headers and old:
            validator = dict(old)
            validator.update(_header_validators(resp))
            return _Outcome("not_modified", url, validator=validator)
        if resp.status_code in (404, 410):
            return _Outcome("missing", url)
        if body is None:
            raise _status_error(url, resp, self.retries)
        if url.lower().endswith(".gz") or body[:2] == b"\x1f\x8b":
            body = decompress_gzip(body, url, self.limit)
        check_bytes(name, body)
        validator = {"url": url, "sha256": hashlib.sha256(body).hexdigest()}
        validator.update(_header_validators(resp))
        same = old is not None and old.get("sha256") == validator["sha256"]
        return _Outcome("unchanged" if same else "ok", url, body, validator)


def _retry_after(resp: httpx.Response) -> float | None:
    raw = resp.headers.get("Retry-After", "").strip()
    return min(float(raw), MAX_RETRY_AFTER) if raw.isdigit() else None


def _header_validators(resp: httpx.Response) -> dict[str, str]:
    pairs = (("etag", "ETag"), ("last_modified", "Last-Modified"))
    return {key: resp.headers[h] for key, h in pairs if resp.headers.get(h)}


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__} ({exc})" if str(exc) else type(exc).__name__


def _too_large(url: str, limit: int) -> InputTooLarge:
    return InputTooLarge(
        f"{url}: more than {limit:,} bytes", hint="raise LISTWATCH_MAX_FILE_BYTES if it is genuine"
    )


def _status_error(url: str, resp: httpx.Response, retries: int) -> FetchError:
    status = f"HTTP {resp.status_code} {resp.reason_phrase}".strip()
    if resp.status_code in RETRY_STATUSES:
        return FetchError(f"{url}: {status} after {retries + 1} attempts", hint=MIRROR_HINT)
    if resp.status_code in (404, 410):
        hint = "the publisher may have moved the file; check its page, or use --mirror"
    else:
        hint = "the server refused the download; check the URL, or use --mirror"
    return FetchError(f"{url}: {status}", hint=hint)


def _http_date(raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC).date().isoformat()


def _assemble(
    source: Source,
    outcomes: dict[str, _Outcome],
    refetch: Callable[[str, _Outcome], _Outcome],
    date: str | None,
    warnings: list[str],
) -> FetchResult:
    """Turn per-file outcomes into a result; re-download 304 files if others changed."""
    if not outcomes:
        raise FetchError(f"{source.id}: no file could be downloaded", hint=MIRROR_HINT)
    not_modified = all(o.status in ("not_modified", "unchanged") for o in outcomes.values())
    if not not_modified:
        for name, outcome in outcomes.items():
            if outcome.status == "not_modified":  # a snapshot needs every file's bytes
                outcomes[name] = refetch(name, outcome)
    validators = {name: o.validator for name, o in outcomes.items()}
    if date is None:
        main = next((n for n in source.required if n in outcomes), next(iter(outcomes)))
        date = (
            _http_date(outcomes[main].validator.get("last_modified"))
            or datetime.now(UTC).date().isoformat()
        )
    return FetchResult(
        source_id=source.id,
        files={} if not_modified else {name: o.data for name, o in outcomes.items()},
        not_modified=not_modified,
        date=date,
        validators=validators,
        origin={name: o.url for name, o in outcomes.items()},
        warnings=warnings,
    )


def _from_official(source: Source, validators: Validators, fetcher: _Fetcher) -> FetchResult:
    outcomes: dict[str, _Outcome] = {}
    warnings: list[str] = []
    for key, url in source.downloads.items():
        name = _base_name(key)
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
    return _assemble(
        source, outcomes, lambda n, o: fetcher.fetch_file(o.url, n, None), None, warnings
    )


def _mirror_names(source: Source) -> list[str]:
    return list(dict.fromkeys((source.id, *source.mirror_names)))


def _wanted(source: Source) -> tuple[list[str], list[str]]:
    """(every file to look for, files a snapshot needs; empty means "any one of them")."""
    files = list(source.files) or [_base_name(k) for k in source.downloads]
    return files, [n for n in source.required if n in files]


def _no_folder(source: Source, mirror: str) -> FetchError:
    names = ", ".join(_mirror_names(source))
    files, _ = _wanted(source)
    return NotInMirror(
        f"no {source.id} snapshot in mirror {mirror}: looked for <name>/<YYYY-MM-DD>/ "
        f"holding {', '.join(files) or 'its files'}, with <name> one of: {names}",
        hint="check the mirror's layout (<name>/<date>/<file>)",
    )


def _folder_members(folder: Path, wanted: list[str], source: Source | None = None) -> dict[str, Path]:
    """The files of a mirror's date folder this source reads: its file names, or any name
    it accepts (OFSI's lists were saved under many names)."""
    found: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        name = _base_name(path.name)
        if (path.is_file() and (name in wanted or (source is not None and source.accepts(name)))
                and (name not in found or path.suffix != ".gz")):
            found[name] = path
    return found


def _from_folder(source: Source, root: Path, validators: Validators) -> FetchResult:
    if not root.is_dir():
        raise FetchError(f"mirror folder {root} does not exist", hint="check --mirror")
    wanted, required = _wanted(source)
    candidates = sorted(
        (
            (sub.name, -i, sub)
            for i, name in enumerate(_mirror_names(source))
            if (root / name).is_dir()
            for sub in (root / name).iterdir()
            if sub.is_dir() and DATE_RE.match(sub.name)
        ),
        reverse=True,
    )
    for date, _, sub in candidates:  # noqa: B007 (date is used after the loop)
        members = _folder_members(sub, wanted, source)
        if members and all(r in members for r in required):
            break
    else:
        raise _no_folder(source, str(root))
    outcomes: dict[str, _Outcome] = {}
    for name, path in members.items():
        data = read_file(path)[1]  # size limit and gunzip
        check_bytes(name, data)
        digest = hashlib.sha256(data).hexdigest()
        old = validators.get(name) or {}
        status = "unchanged" if old.get("sha256") == digest else "ok"
        outcomes[name] = _Outcome(status, str(path), data, {"url": str(path), "sha256": digest})
    return _assemble(source, outcomes, lambda n, o: o, date, [])


def _listing_dates(html: bytes) -> list[str]:
    dates = set()
    for href in _HREF_RE.findall(html.decode("utf-8", "replace")):
        part = unquote(urlsplit(href).path).rstrip("/").rsplit("/", 1)[-1]
        if DATE_RE.match(part):
            dates.add(part)
    return sorted(dates)


def _from_url_mirror(
    source: Source, mirror: str, validators: Validators, fetcher: _Fetcher
) -> FetchResult:
    candidates: list[tuple[str, int, str]] = []  # (date, -rank of name, name)
    for i, name in enumerate(_mirror_names(source)):
        resp, body = fetcher.get(f"{mirror}/{name}/", f"{name}/")
        if resp.status_code in (404, 410):
            continue
        if body is None:
            raise _status_error(f"{mirror}/{name}/", resp, fetcher.retries)
        candidates += [(date, -i, name) for date in _listing_dates(body)]
    wanted, required = _wanted(source)
    for date, _, name in sorted(candidates, reverse=True)[:MAX_MIRROR_DATES]:
        base = f"{mirror}/{name}/{date}"
        outcomes: dict[str, _Outcome] = {}
        for file in wanted:
            old = validators.get(file)
            for url in (f"{base}/{file}", f"{base}/{file}.gz"):
                outcome = fetcher.fetch_file(url, file, old)
                if outcome.status != "missing":
                    outcomes[file] = outcome
                    break
            if file in required and file not in outcomes:
                break  # this date lacks a required file: try the previous one
        if outcomes and all(r in outcomes for r in required):
            return _assemble(
                source, outcomes, lambda n, o: fetcher.fetch_file(o.url, n, None), date, []
            )
    raise _no_folder(source, mirror)


def fetch_dated_folders(
    source: Source, mirror: str, *, after: str | None, client: httpx.Client | None = None
) -> list[FetchResult]:
    """Every dated folder of ``source`` in ``mirror`` later than ``after``, oldest first.

    For sources whose folders are change notices (``us_dod_1260h``): each one is a snapshot
    that changes the one before, so none may be skipped as ``update`` does for whole lists.
    """
    wanted, required = _wanted(source)
    found: dict[str, tuple[str, str]] = {}  # date -> (kind, base)
    if not mirror.startswith(("http://", "https://")):
        root = Path(mirror.removeprefix("file://"))
        if not root.is_dir():
            raise FetchError(f"mirror folder {root} does not exist", hint="check --mirror")
        for name in reversed(_mirror_names(source)):
            if (root / name).is_dir():
                for sub in (root / name).iterdir():
                    if sub.is_dir() and DATE_RE.match(sub.name) and (after is None or sub.name > after):
                        found[sub.name] = ("dir", str(sub))
        out = []
        for date in sorted(found):
            members = _folder_members(Path(found[date][1]), wanted, source)
            if not members or not all(r in members for r in required):
                continue
            files = {n: read_file(p)[1] for n, p in members.items()}
            for n, data in files.items():
                check_bytes(n, data)
            out.append(FetchResult(source.id, files, False, date, {},
                                   {n: str(p) for n, p in members.items()}))
        if not out and not any((root / n).is_dir() for n in _mirror_names(source)):
            raise _no_folder(source, str(root))
        return out
    settings = get_settings()
    own = client is None
    http = client or httpx.Client(timeout=settings.http_timeout, follow_redirects=True,
                                  headers={"User-Agent": f"listwatch/{__version__}"})
    try:
        bar = rp.Progress(disable=True)
        fetcher = _Fetcher(http, bar)
        listed = False
        for name in reversed(_mirror_names(source)):
            resp, body = fetcher.get(f"{mirror.rstrip('/')}/{name}/", f"{name}/")
            if resp.status_code in (404, 410):
                continue
            if body is None:
                raise _status_error(f"{mirror}/{name}/", resp, fetcher.retries)
            listed = True
            for date in _listing_dates(body):
                if after is None or date > after:
                    found[date] = ("url", f"{mirror.rstrip('/')}/{name}/{date}")
        if not listed:
            raise _no_folder(source, mirror)
        out = []
        for date in sorted(found):
            base = found[date][1]
            outcomes: dict[str, _Outcome] = {}
            for file in wanted:
                for url in (f"{base}/{file}", f"{base}/{file}.gz"):
                    outcome = fetcher.fetch_file(url, file, None)
                    if outcome.status != "missing":
                        outcomes[file] = outcome
                        break
            if outcomes and all(r in outcomes for r in required):
                out.append(FetchResult(source.id, {n: o.data for n, o in outcomes.items()}, False,
                                       date, {}, {n: o.url for n, o in outcomes.items()}))
        return out
    finally:
        if own:
            http.close()


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
    settings = get_settings()
    own = client is None
    http = client or httpx.Client(timeout=settings.http_timeout, follow_redirects=True,
                                  headers={"User-Agent": f"listwatch/{__version__}"})
    try:
        outcome = _Fetcher(http, rp.Progress(disable=True)).fetch_file(location, name, None)
    finally:
        if own:
            http.close()
    if outcome.status == "missing":
        raise FetchError(f"{location}: not found (HTTP 404)", hint="check the URL")
    day = _http_date(outcome.validator.get("last_modified")) or datetime.now(UTC).date().isoformat()
    return FetchResult("", {name: outcome.data}, False, day, {}, {name: location})
