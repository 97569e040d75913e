"""Storing news: an article and the legal events it reports, in one transaction.

``ingest_article`` reads an article (bytes, text or ``Article``), extracts its events with
a gazetteer of every name the store has ever listed (built once per process, rebuilt
when the store gains snapshots), stores the article once per SHA-256 of its text and
each event once per fingerprint (origin ``news``; ``release`` when the URL or feed is an
authority's own press release; ``record`` when it is a document of the legal record, such
as a Federal Register notice or an executive order: ``releases.publisher_of``; status
``reported`` in every case, since the events are machine-read). An event goes to
the entry its entity links to, else to a *reported-only* entity (key NULL).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from listwatch.history.events import add_event, entity_ref
from listwatch.store.codec import decode
from listwatch.store.db import Store, utcnow
from listwatch.store.schema import articles, events, snapshots, versions

from .extract import extract_article
from .load import Article, from_bytes, from_text
from .mentions import Gazetteer
from .releases import publisher_of

log = logging.getLogger("listwatch.news")

#: properties of a record whose values are further names of the same party
NAME_PROPERTIES = ("alias", "previousName", "nameOriginal")

_lock = threading.Lock()
_cache: dict[str, tuple[tuple[Any, ...], Gazetteer, dict[str, set[str]]]] = {}


def _stamp(store: Store) -> tuple[Any, ...]:
    with store.connect() as conn:
        snap = conn.execute(select(func.count(), func.max(snapshots.c.id))).one()
        top = conn.execute(select(func.max(versions.c.id))).scalar()
    return (snap[0], snap[1], top)


def name_pairs(store: Store) -> set[tuple[str, str]]:
    """(key, name) for every current and past name and alias of every entry."""
    pairs: set[tuple[str, str]] = set()
    with store.connect() as conn:
        for row in conn.execute(select(versions.c.key, versions.c.name, versions.c.data)):
            pairs.add((row.key, row.name))
            try:
                props = json.loads(decode(row.data)).get("properties", {})
            except (ValueError, UnicodeDecodeError):  # pragma: no cover - a damaged version
                continue
            for prop in NAME_PROPERTIES:
                for alias in props.get(prop, []):
                    if isinstance(alias, str) and alias.strip():
                        pairs.add((row.key, alias.strip()))
    return pairs


def store_gazetteer(store: Store) -> tuple[Gazetteer, dict[str, set[str]]]:
    """The gazetteer of the store's names and an index {core name: keys}; cached per
    database and rebuilt when the store has new snapshots or versions."""
    stamp = _stamp(store)
    with _lock:
        hit = _cache.get(store.url)
        if hit is not None and hit[0] == stamp:
            return hit[1], hit[2]
        pairs = name_pairs(store)
        index: dict[str, set[str]] = {}
        for key, name in pairs:
            index.setdefault(entity_ref(name), set()).add(key)
        gaz = Gazetteer(sorted(pairs))
        _cache[store.url] = (stamp, gaz, index)
        log.debug("gazetteer built: %d names", len(pairs))
        return gaz, index


def link_events(result: dict[str, Any], index: dict[str, set[str]]) -> None:
    """Give an entry key to events whose entity the extractor left unlinked, when
    its name (without legal forms) is exactly one entry's name, or lies inside the name of
    exactly one listed party the same article mentions ("DJI" in "SZ DJI Technology Co")."""
    listed = {m["key"]: entity_ref(m["name"]).split() for m in result["mentions"] if m.get("key")}
    for ev in result["events"]:
        if ev.get("entity_key"):
            continue
        ref = entity_ref(ev["entity"])
        keys = index.get(ref, set())
        if len(keys) == 1:
            ev["entity_key"], ev["linked_by"] = next(iter(keys)), "name"
            continue
        toks = ref.split()
        if not toks or len(ref) < 3:
            continue
        inside = [k for k, words in listed.items() if _contains(words, toks)]
        if len(inside) == 1:
            ev["entity_key"], ev["linked_by"] = inside[0], "article"


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def to_article(data: bytes | str | Article, *, url: str | None = None) -> Article:
    if isinstance(data, Article):
        return data
    if isinstance(data, bytes):
        return from_bytes(data, url=url, what=url or "input")
    return from_text(data, url=url, what=url or "input")


def ingest_article(
    store: Store,
    text_or_html_bytes: bytes | str | Article,
    *,
    url: str | None = None,
    published: str | None = None,
    feed: str | None = None,
) -> dict[str, Any]:
    """Store one article and its events; the same text twice stores nothing new, unless
    it comes with a publication date other than the stored one: then the article is
    re-dated and its reported events are read again against the new date. Telling
    watchlists about the new events is the caller's (``watch.runner.after_new_data``).

    Returns ``{"article_id", "duplicate", "sha256", "title", "url", "language",
    "published", "events": [{"id", "created", "key", "entity", "type", ...}],
    "new_events"}``. Bad input raises a ``NewsInputError`` and stores nothing.
    """
    art = to_article(text_or_html_bytes, url=url)
    url = url or art.url
    digest = hashlib.sha256(art.text.encode("utf-8")).hexdigest()
    with store.connect() as conn:
        seen = conn.execute(select(articles).where(articles.c.sha256 == digest)).first()
    if seen is not None and not (published and published != seen.published):
        return _duplicate(seen)
    gaz, index = store_gazetteer(store)
    result = extract_article(art, published=published, gazetteer=gaz, url=url)
    link_events(result, index)
    # an authority's own press release (origin "release") or a document of the legal
    # record, such as a Federal Register notice (origin "record", as the contract says)
    publisher = publisher_of(url, feed)
    origin = publisher.origin if publisher else "news"
    stored: list[dict[str, Any]] = []
    redated_from: str | None = None
    try:
        with store.begin() as conn:
            if seen is not None:
                # the same text with a (new) publication date: its relative dates are
                # resolved again and the events read from it replace the earlier ones
                # (those a person confirmed or rejected stay)
                redated_from = seen.published
                article_id = seen.id
                conn.execute(update(articles).where(articles.c.id == seen.id).values(
                    published=result["published"], url=seen.url or url))
                conn.execute(delete(events).where(
                    events.c.article_id == seen.id, events.c.status == "reported"))
            else:
                article_id = conn.execute(insert(articles).values(
                    url=url, title=result["title"], language=result["language"],
                    published=result["published"], sha256=digest, text=art.text,
                    ingested_at=utcnow(),
                )).inserted_primary_key[0]
            for ev in result["events"]:
                event_id, created = add_event(
                    conn, key=ev.get("entity_key"), entity=ev["entity"], type=ev["type"],
                    authority=ev.get("authority") or (publisher.authority if publisher else None),
                    list=ev.get("list"), date=ev.get("date"),
                    date_precision=ev.get("date_precision"), origin=origin, status="reported",
                    effect=ev.get("status"), evidence_url=url, evidence_quote=ev.get("evidence"),
                    article_id=article_id, confidence=ev.get("confidence"),
                )
                stored.append({"id": event_id, "created": created, "key": ev.get("entity_key"),
                               "reported_only": ev.get("entity_key") is None, "origin": origin,
                               **_brief(ev)})
    except IntegrityError:  # another process stored the same article meanwhile
        with store.connect() as conn:
            seen = conn.execute(select(articles).where(articles.c.sha256 == digest)).first()
        if seen is None:
            raise
        return _duplicate(seen)
    new_ids = [e["id"] for e in stored if e["created"]]
    out = {
        "article_id": article_id, "duplicate": False, "sha256": digest, "title": result["title"],
        "url": url, "language": result["language"], "published": result["published"],
        "mentions": result["mentions"], "events": stored, "new_events": len(new_ids),
        "origin": origin, "publisher": publisher.name if publisher else None,
    }
    if seen is not None:
        out["redated"] = True
        out["message"] = (
            f"article already stored (id {article_id}): publication date "
            f"{redated_from or 'unknown'} -> {result['published']}, its events read again"
        )
    return out


def _brief(ev: dict[str, Any]) -> dict[str, Any]:
    keep = ("entity", "type", "authority", "list", "date", "date_precision", "evidence", "confidence")
    out = {k: ev.get(k) for k in keep}
    out["effect"] = ev.get("status")
    if ev.get("linked_by"):
        out["linked_by"] = ev["linked_by"]
    if ev.get("found_by") == "model":
        out["found_by"] = "model"  # read by the sentence model (LISTWATCH_NEWS_MODEL)
    return out


def _duplicate(row: Any) -> dict[str, Any]:
    return {
        "article_id": row.id, "duplicate": True, "sha256": row.sha256, "title": row.title,
        "url": row.url, "language": row.language, "published": row.published,
        "events": [], "new_events": 0,
        "message": f"article already stored (id {row.id}, ingested {row.ingested_at}): nothing new",
    }
