"""Article text from a file, standard input or a URL; plain text or HTML.

HTML goes through trafilatura (main text, title and date from the page's metadata).
Bad input raises a ``NewsInputError`` with a message a person can act on.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import httpx

from .errors import ArticleFetchError, BinaryInput, EmptyInput, NoArticleText

MAX_BYTES = 20 * 1024 * 1024
MIN_WORDS = 12
_HTML_HINT = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w\-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    html: bool = False


def looks_like_html(data: bytes | str) -> bool:
    head = data[:4096]
    if isinstance(head, str):
        head = head.encode("utf-8", "ignore")
    return bool(_HTML_HINT.search(head))


def decode(data: bytes, charset: str | None = None, *, what: str = "input") -> str:
    if not data.strip():
        raise EmptyInput(f"{what} is empty", hint="give a file or page with article text")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # an editor's "Unicode text": UTF-16
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BinaryInput(f"{what} starts with a UTF-16 byte order mark but is not "
                              "UTF-16 text", hint="save it as UTF-8 text") from None
    if b"\x00" in data[:65536]:
        if _utf16_unmarked(data[:4096]):
            raise BinaryInput(f"{what} looks like UTF-16 text without a byte order mark, "
                              "which cannot be told from a binary file for sure",
                              hint="save it as UTF-8 text (or as UTF-16 with its byte "
                                   "order mark, which is read)")
        raise BinaryInput(f"{what} is a binary file, not text or HTML", hint="NUL bytes found")
    tried = [c for c in ("utf-8-sig", charset) if c]
    m = _META_CHARSET.search(data[:4096])
    if m:
        tried.append(m.group(1).decode("ascii", "ignore"))
    for enc in tried:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    raise BinaryInput(
        f"{what} is not valid UTF-8 and declares no usable character set",
        hint="convert it to UTF-8",
    )


def _utf16_unmarked(head: bytes) -> bool:
    """Whether ``head`` reads as printable UTF-16 text (either byte order) with no mark."""
    head = head[: len(head) // 2 * 2]
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = head.decode(enc)
        except UnicodeDecodeError:
            continue
        shown = sum(c.isprintable() or c.isspace() for c in text)
        if text.strip() and "\x00" not in text and shown >= 0.95 * len(text):
            return True
    return False


def from_text(content: str, *, url: str | None = None, what: str = "input") -> Article:
    """An article from text that is either HTML or plain text."""
    if not content.strip():
        raise EmptyInput(f"{what} is empty", hint="give a file or page with article text")
    if "\x00" in content:
        raise BinaryInput(f"{what} is a binary file, not text or HTML")
    if not looks_like_html(content):
        return Article(text=content.strip(), url=url)
    import trafilatura

    raw = trafilatura.extract(
        content, url=url, with_metadata=True, output_format="json", include_comments=False,
        favor_recall=True,
    )
    data = json.loads(raw) if raw else {}
    body = (data.get("text") or data.get("raw_text") or "").strip()
    if len(body.split()) < MIN_WORDS:  # menus and cookie banners are not articles
        raise NoArticleText(
            f"{what} is an HTML page with no article text",
            hint="is it an index or a page rendered by JavaScript? save the article text instead",
        )
    title = (data.get("title") or "").strip() or None
    return Article(text=body, title=title, published=data.get("date") or None, url=url, html=True)


def from_bytes(data: bytes, *, url: str | None = None, charset: str | None = None, what: str = "input") -> Article:
    if len(data) > MAX_BYTES:
        from ..errors import InputTooLarge

        raise InputTooLarge(f"{what} is larger than {MAX_BYTES // 1_000_000} MB")
    return from_text(decode(data, charset, what=what), url=url, what=what)


def fetch(url: str, *, client: httpx.Client | None = None, timeout: float = 20.0) -> Article:
    own = client is None
    cl = client or httpx.Client(follow_redirects=True, timeout=timeout,
                                headers={"User-Agent": "listwatch-news/0.1"})
    try:
        resp = cl.get(url)
    except httpx.HTTPError as exc:
        raise ArticleFetchError(f"could not download {url}: {exc}") from exc
    finally:
        if own:
            cl.close()
    if resp.status_code >= 400:
        raise ArticleFetchError(f"could not download {url}: HTTP {resp.status_code}")
    return from_bytes(resp.content, url=str(resp.url), charset=resp.charset_encoding, what=url)


def load(source: str | Path, *, stdin: bytes | None = None, client: httpx.Client | None = None) -> Article:
    """``-`` (the given stdin bytes), an http(s) URL, or a file path."""
    src = str(source)
    if src == "-":
        return from_bytes(stdin or b"", what="standard input")
    if re.match(r"^https?://", src, re.IGNORECASE):
        return fetch(src, client=client)
    path = Path(src)
    if not path.is_file():
        from ..errors import NotFound

        raise NotFound(f"no such file: {src}")
    return from_bytes(path.read_bytes(), what=str(path))
