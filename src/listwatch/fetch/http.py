"""HTTP for downloads: GET with retries (exponential backoff from settings, ``Retry-After``
honoured), a size limit enforced while streaming, conditional requests, and the errors a
person can act on."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime

import httpx
from rich import progress as rp

from listwatch import __version__
from listwatch.errors import FetchError, InputTooLarge
from listwatch.settings import get_settings
from listwatch.sources.files import check_bytes, decompress_gzip

#: Longest wait honoured from a ``Retry-After`` header.
MAX_RETRY_AFTER = 60.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MIRROR_HINT = "try again later, or download from a mirror with --mirror / LISTWATCH_MIRROR"


def new_client() -> httpx.Client:
    """The client downloads use when the caller gives none (timeout from settings)."""
    return httpx.Client(timeout=get_settings().http_timeout, follow_redirects=True,
                        headers={"User-Agent": f"listwatch/{__version__}"})


@dataclass
class Outcome:
    """One file's answer: ``ok``, ``unchanged`` (same hash), ``not_modified`` or ``missing``."""

    status: str
    url: str
    data: bytes = b""
    validator: dict[str, str] = field(default_factory=dict)


class Fetcher:
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
                        time.sleep(retry_after(resp) or self.backoff * 2**attempt)
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
                    f"cannot download {url}: {describe(exc)}{tries}", hint=hint
                ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _read(self, resp: httpx.Response, url: str, label: str) -> bytes:
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.limit:
            raise too_large(url, self.limit)
        task = self.bar.add_task(label, total=int(declared) if declared.isdigit() else None)
        body = bytearray()
        try:
            for chunk in resp.iter_bytes():
                body += chunk
                if len(body) > self.limit:
                    raise too_large(url, self.limit)
                self.bar.update(task, completed=len(body))
        finally:
            self.bar.remove_task(task)
        return bytes(body)

    def fetch_file(self, url: str, name: str, old: dict[str, str] | None) -> Outcome:
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
            validator.update(header_validators(resp))
            return Outcome("not_modified", url, validator=validator)
        if resp.status_code in (404, 410):
            return Outcome("missing", url)
        if body is None:
            raise status_error(url, resp, self.retries)
        if url.lower().endswith(".gz") or body[:2] == b"\x1f\x8b":
            body = decompress_gzip(body, url, self.limit)
        check_bytes(name, body)
        validator = {"url": url, "sha256": hashlib.sha256(body).hexdigest()}
        validator.update(header_validators(resp))
        same = old is not None and old.get("sha256") == validator["sha256"]
        return Outcome("unchanged" if same else "ok", url, body, validator)

    def fetch_either(self, base: str, name: str, old: dict[str, str] | None) -> Outcome:
        """``<base>/<name>``, else ``<base>/<name>.gz`` (a mirror may hold either)."""
        outcome = Outcome("missing", f"{base}/{name}")
        for url in (f"{base}/{name}", f"{base}/{name}.gz"):
            outcome = self.fetch_file(url, name, old)
            if outcome.status != "missing":
                break
        return outcome


def retry_after(resp: httpx.Response) -> float | None:
    raw = resp.headers.get("Retry-After", "").strip()
    return min(float(raw), MAX_RETRY_AFTER) if raw.isdigit() else None


def header_validators(resp: httpx.Response) -> dict[str, str]:
    pairs = (("etag", "ETag"), ("last_modified", "Last-Modified"))
    return {key: resp.headers[h] for key, h in pairs if resp.headers.get(h)}


def describe(exc: Exception) -> str:
    return f"{type(exc).__name__} ({exc})" if str(exc) else type(exc).__name__


def too_large(url: str, limit: int) -> InputTooLarge:
    return InputTooLarge(
        f"{url}: more than {limit:,} bytes", hint="raise LISTWATCH_MAX_FILE_BYTES if it is genuine"
    )


def status_error(url: str, resp: httpx.Response, retries: int) -> FetchError:
    status = f"HTTP {resp.status_code} {resp.reason_phrase}".strip()
    if resp.status_code in RETRY_STATUSES:
        return FetchError(f"{url}: {status} after {retries + 1} attempts", hint=MIRROR_HINT)
    if resp.status_code in (404, 410):
        hint = "the publisher may have moved the file; check its page, or use --mirror"
    else:
        hint = "the server refused the download; check the URL, or use --mirror"
    return FetchError(f"{url}: {status}", hint=hint)


def http_date(raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC).date().isoformat()
