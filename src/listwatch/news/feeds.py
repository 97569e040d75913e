"""What ``listwatch news ingest`` reads: files, folders, URL lists, RSS/Atom feeds, URLs.

``collect(inputs)`` turns each input into ``Item``s without downloading the articles
themselves (a feed or a top-level URL is fetched once, to see what it is); each item's
``load()`` then gives an ``Article``. Inputs:

- a folder: every ``.txt``, ``.html`` and ``.htm`` file in it and its sub-folders, sorted;
- a file that is an RSS or Atom feed: each entry's link, with the entry's date;
- a text file (or a text/plain URL) whose non-empty lines (``#`` comments aside) are all http(s) URLs;
- any other file: one article (text or HTML);
- an http(s) URL: a feed (as above) or one article page;
- ``-``: one article from standard input.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from listwatch.errors import ListwatchError, NotFound, ParseError

from .errors import ArticleFetchError
from .load import Article, from_bytes

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_FEED_HINT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
USER_AGENT = "listwatch-news/0.1"


@dataclass
class Item:
    """One article to read: where it comes from, its URL and feed date if any."""

    label: str
    load: Callable[[], Article] = field(repr=False)
    url: str | None = None
    published: str | None = None
    feed: str | None = None  # the feed it came from: its channel link, else where it was read


def make_client(timeout: float = 20.0) -> httpx.Client:
    return httpx.Client(
        follow_redirects=True,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        headers={"User-Agent": USER_AGENT},
    )


def fetch_bytes(client: httpx.Client, url: str) -> tuple[bytes, str, str | None, str]:
    """(body, final URL, charset, content type) of a URL; errors become ``ArticleFetchError``."""
    try:
        resp = client.get(url)
    except httpx.HTTPError as exc:
        raise ArticleFetchError(f"could not download {url}: {exc or type(exc).__name__}") from None
    if resp.status_code >= 400:
        raise ArticleFetchError(f"could not download {url}: HTTP {resp.status_code}")
    return resp.content, str(resp.url), resp.charset_encoding, resp.headers.get("content-type", "")


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    ctype = content_type.lower()
    if "rss" in ctype or "atom" in ctype:
        return True
    head = data[:2048]
    return bool(_FEED_HINT.search(head)) and b"<html" not in head.lower()


def url_lines(data: bytes) -> list[str] | None:
    """The URLs of a URL-list file, or None when the file is something else."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    if lines and all(_URL.match(ln) for ln in lines):
        return lines
    return None


def _struct_date(value: time.struct_time | None) -> str | None:
    if not value:
        return None
    return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"


def feed_items(data: bytes, client: httpx.Client, *, what: str) -> list[Item]:
    """One item per feed entry with a link; the entry's date is its publication date."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = [e for e in parsed.entries if e.get("link")]
    if not entries:
        if parsed.get("bozo"):
            raise ParseError(f"{what} is not a readable RSS or Atom feed: {parsed.get('bozo_exception')}")
        raise ParseError(f"{what}: the feed has no entries with a link")
    channel = parsed.get("feed", {}).get("link") or what
    return [
        Item(label=e["link"], url=e["link"], load=_url_loader(client, e["link"]),
             published=_struct_date(e.get("published_parsed") or e.get("updated_parsed")),
             feed=channel)
        for e in entries
    ]


def _url_loader(client: httpx.Client, url: str) -> Callable[[], Article]:
    def load() -> Article:
        body, final, charset, _ctype = fetch_bytes(client, url)
        return from_bytes(body, url=final, charset=charset, what=url)

    return load


def _bytes_loader(data: bytes, *, url: str | None = None, charset: str | None = None,
                  what: str) -> Callable[[], Article]:
    return lambda: from_bytes(data, url=url, charset=charset, what=what)


def expand(source: str, client: httpx.Client, *, stdin: bytes | None = None) -> list[Item]:
    """The articles one input stands for (see the module docstring)."""
    if source == "-":
        return [Item(label="standard input", load=_bytes_loader(stdin or b"", what="standard input"))]
    if _URL.match(source):
        body, final, charset, ctype = fetch_bytes(client, source)
        if looks_like_feed(body, ctype):
            return feed_items(body, client, what=source)
        urls = url_lines(body) if ctype.lower().startswith("text/plain") else None
        if urls:
            return [Item(label=u, url=u, load=_url_loader(client, u)) for u in urls]
        return [Item(label=source, url=final, load=_bytes_loader(body, url=final, charset=charset, what=source))]
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*")
                       if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            raise NotFound(f"no .txt, .html or .htm files in {source}")
        return [Item(label=str(p), load=_file_loader(p)) for p in files]
    if not path.is_file():
        raise NotFound(f"no such file, folder or URL: {source}")
    data = path.read_bytes()
    if looks_like_feed(data):
        return feed_items(data, client, what=source)
    urls = url_lines(data) if path.suffix.lower() != ".html" else None
    if urls:
        return [Item(label=u, url=u, load=_url_loader(client, u)) for u in urls]
    return [Item(label=source, load=_bytes_loader(data, what=source))]


def _file_loader(path: Path) -> Callable[[], Article]:
    return lambda: from_bytes(path.read_bytes(), what=str(path))


def collect(
    sources: list[str], client: httpx.Client, *, stdin: bytes | None = None
) -> tuple[list[Item], list[dict[str, str]]]:
    """Items of every input, and the inputs that could not be read (``{"input", "error"}``)."""
    items: list[Item] = []
    failures: list[dict[str, str]] = []
    for source in sources:
        try:
            items.extend(expand(source, client, stdin=stdin))
        except ListwatchError as exc:
            failures.append({"input": source, "error": str(exc)})
    return items, failures
