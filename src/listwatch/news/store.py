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
import re
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from listwatch.errors import ListwatchError
from listwatch.history.events import add_event, entity_ref
from listwatch.history.record import LIST_KEYS, fits_list, reconcile
from listwatch.store.codec import decode
from listwatch.store.db import Store, utcnow
from listwatch.store.schema import (
    articles,
    event_links,
    event_status_log,
    events,
    snapshots,
    versions,
)
from listwatch.text import name_key as normalize

from .errors import ReaderFailed
from .extract import extract_article
from .load import Article, from_bytes, from_text
from .mentions import Gazetteer, Mention
from .names import _stop_norm
from .releases import publisher_of

log = logging.getLogger("listwatch.news")

#: properties of a record whose values are further names of the same party
NAME_PROPERTIES = ("alias", "previousName", "nameOriginal")
#: kinds of party whose one-word aliases are given names or former names of a ship
#: ("SAID", "MARINA"): in news they are found by the full name instead
ONE_WORD_ALIAS_SCHEMAS = ("Person", "Vessel", "Airplane")

_lock = threading.Lock()
_cache: dict[str, tuple[tuple[Any, ...], Gazetteer, dict[str, set[str]]]] = {}


def _stamp(store: Store) -> tuple[Any, ...]:
    with store.connect() as conn:
        snap = conn.execute(select(func.count(), func.max(snapshots.c.id))).one()
        top = conn.execute(select(func.max(versions.c.id))).scalar()
    return (snap[0], snap[1], top)


def name_pairs(store: Store) -> set[tuple[str, str]]:
    """(key, name) for every current and past name and alias of every entry, less the
    ones no reader could take for that party (``usable_name``)."""
    pairs: set[tuple[str, str]] = set()
    with store.connect() as conn:
        for row in conn.execute(select(versions.c.key, versions.c.name, versions.c.data)):
            if usable_name(row.name):
                pairs.add((row.key, row.name))
            try:
                record = json.loads(decode(row.data))
            except (ValueError, UnicodeDecodeError):  # pragma: no cover - a damaged version
                continue
            props = record.get("properties", {})
            person = record.get("schema") in ONE_WORD_ALIAS_SCHEMAS
            for prop in NAME_PROPERTIES:
                for alias in props.get(prop, []):
                    if isinstance(alias, str) and usable_name(alias, alias=True, person=person):
                        pairs.add((row.key, alias.strip()))
    return pairs


def usable_name(name: str | None, *, alias: bool = False, person: bool = False) -> bool:
    """Whether a list's name can stand for its party in running text. Not: a name with no
    capital letter or fewer than three letters (a parser's leftover such as "and"), a
    stop word of the packs, or a one-word alias of a person or a ship ("SAID", "SAMIR",
    "MARINA": a given name or a former name, the party is found by its full name)."""
    name = (name or "").strip()
    if sum(c.isalpha() for c in name) < 3 or not any(c.isupper() for c in name):
        return False
    norm = normalize(name)
    if norm in _stop_norm():
        return False
    return not (alias and person and len(norm.split()) == 1)


class StoreGazetteer(Gazetteer):
    """The gazetteer of a store's names, read the way a person reads an article: a hit
    written all in lower case is a common word ("said", "mois", "justice"), not the list
    name it spells; nor is a one-word hit whose word the same article also writes in lower
    case ("Mois" heading a sentence of an article that says "mois" elsewhere)."""

    def find(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        lower: set[str] | None = None
        for m in super().find(text):
            if not any(c.isupper() for c in m.text):
                continue
            if " " not in m.text.strip():
                if lower is None:
                    lower = {w for w in _WORD.findall(text) if w.islower()}
                if m.text.strip().lower() in lower:
                    continue
            out.append(m)
        return out


#: a word of running text (not a piece of a web or mail address, nor of a hyphenated word)
_WORD = re.compile(r"(?<![\w./@:-])[^\W\d_]+(?![\w/@-]|\.\w)")


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
        gaz = StoreGazetteer(sorted(pairs))
        _cache[store.url] = (stamp, gaz, index)
        log.debug("gazetteer built: %d names", len(pairs))
        return gaz, index


#: a party's role in a case, written before its name in filings and the news quoting them
PARTY_ROLES = frozenset((
    "plaintiff", "plaintiffs", "petitioner", "petitioners", "appellant", "appellee",
    "defendant", "defendants", "respondent", "claimant", "applicant", "intervenor",
    "requérante", "requérant", "demanderesse", "demandeur", "plaignant", "plaignante",
))


def link_events(result: dict[str, Any], index: dict[str, set[str]],
                party: Callable[[str], Sequence[str]] | None = None) -> None:
    """Give an entry key to events whose entity the extractor left unlinked, when
    its name (without legal forms) is exactly one entry's name, or lies inside the name of
    exactly one listed party the same article mentions ("DJI" in "SZ DJI Technology Co").
    ``party``: every listing of an entry's party (the screening's links), so that an event
    naming a list moves to the party's entry on that list (``_keep_to_its_list``)."""
    listed = {m["key"]: entity_ref(m["name"]).split() for m in result["mentions"] if m.get("key")}
    for ev in result["events"]:
        words = (ev.get("entity") or "").split()
        if len(words) > 1 and words[0].lower() in PARTY_ROLES:
            # "Plaintiff Xiaomi" is Xiaomi: one party, not a second one under a new name
            ev["entity"] = " ".join(words[1:])
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
    names = {m["key"]: m["name"] for m in result["mentions"] if m.get("key")}
    lang = result.get("language")
    for ev in result["events"]:
        _keep_to_its_list(ev, index, names, _names_its_list(ev, lang), party)
    result["events"] = _one_per_entry(result["events"])


def _one_per_entry(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Two names the article writes differently ("SZ DJI Technology Co Ltd", "SZ DJI
    TECHNOLOGY CO., LTD.") can link to one entry: an undated event of the same kind and
    effect as a dated one of that entry is the same act told again, as the extractor's own
    merge counts it for one name (one event per type, party and date)."""
    dated = {(ev["type"], ev["entity_key"], ev.get("status")) for ev in events
             if ev.get("entity_key") and ev.get("date")}
    return [ev for ev in events if ev.get("date") or not ev.get("entity_key")
            or (ev["type"], ev["entity_key"], ev.get("status")) not in dated]


def _names_its_list(ev: dict[str, Any], lang: str | None) -> bool:
    """Whether the event's own sentence names its list (else the list is the article's,
    a weaker word about this one event)."""
    from .modality import compiled

    quote, lst = ev.get("evidence") or "", ev.get("list")
    if not quote or not lst or lang is None:
        return True
    try:
        lists = compiled(lang)["lists"]
    except KeyError:
        return True
    return any(name == lst and rx.search(quote) for rx, name in lists)


# the sources whose entries LIST_KEYS tells apart by list (a custom list's entries are
# never judged: its lists are the user's)
_KNOWN_SOURCES = tuple(sorted({p.split(":")[0] for ps in LIST_KEYS.values() for p in ps}))


def _keep_to_its_list(
    ev: dict[str, Any], index: dict[str, set[str]], names: dict[str, str], named: bool = True,
    party: Callable[[str], Sequence[str]] | None = None,
) -> None:
    """An event naming a list attaches to the entry on that list, or to no entry (the party
    by its name): never to another list's entry as if it were that list ("added to the
    Entity List" found the company's DoD 1260H entry by name). When the list is only the
    article's (``named`` false), the event moves to an entry of that list if there is one
    and otherwise keeps its entry. The entry on that list is first looked for among the
    party's other listings (``party``: the DoD entry's twin on the NS-CMIC list, the list's
    own entry before the CSL's republication of it), then among the entries of its name."""
    key, lst = ev.get("entity_key"), ev.get("list")
    if not key or not lst or fits_list(lst, key) is not False:
        return
    source = key.split(":")[0]
    if not any(source == s or (s.endswith("_") and source.startswith(s)) for s in _KNOWN_SOURCES):
        return
    own = _own_listing(lst, party(key)) if party is not None else None
    if own is not None:
        ev["entity_key"], ev["linked_by"] = own, "party"
        return
    cands = set(index.get(entity_ref(ev.get("entity") or ""), set()))
    if key in names:
        cands |= index.get(entity_ref(names[key]), set())
    fitting = sorted(k for k in cands if fits_list(lst, k))
    if len(fitting) == 1:
        ev["entity_key"], ev["linked_by"] = fitting[0], "list"
    elif named:
        ev["entity_key"], ev["linked_by"] = None, None
        ev["not_linked"] = f"{key} is on another list than the {lst} the article names"


def _own_listing(lst: str, listings: Sequence[str]) -> str | None:
    """The one listing of a party that is on the list ``lst`` names, preferring the list's
    own source to a republication of it (``LIST_KEYS`` names the own first); None when
    none is, or two are equally."""
    prefixes = LIST_KEYS.get(lst.strip().lower()) or ()
    for prefix in prefixes:
        found = [k for k in listings if k.startswith(prefix)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


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
    party: Callable[[str], Sequence[str]] | None = None,
) -> dict[str, Any]:
    """Store one article and its events (``party``: every listing of an entry's party, as
    ``link_events`` takes it); the same text twice stores nothing new, unless
    it comes with a publication date other than the stored one: then the article is
    re-dated and its reported events are read again against the new date. Telling
    watchlists about the new events is the caller's (``watch.runner.after_new_data``).

    Returns ``{"article_id", "duplicate", "sha256", "title", "url", "language",
    "published", "events": [{"id", "created", "key", "entity", "type", ...}],
    "new_events"}``. Bad input raises a ``NewsInputError`` and stores nothing; a failure of
    the reader itself raises ``ReaderFailed`` and stores nothing.
    """
    art = to_article(text_or_html_bytes, url=url)
    url = url or art.url
    digest = hashlib.sha256(art.text.encode("utf-8")).hexdigest()
    with store.connect() as conn:
        seen = conn.execute(select(articles).where(articles.c.sha256 == digest)).first()
    if seen is not None and not (published and published != seen.published):
        return _duplicate(seen)
    gaz, index = store_gazetteer(store)
    result = _read(art, published=published, gazetteer=gaz, url=url, feed=feed)
    link_events(result, index, party)
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
                _drop_reported(conn, seen.id)
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
            # the record already imported confirms (or disputes) what the article reports
            confirmed, conflicts = reconcile(conn, only=[e["id"] for e in stored if e["created"]])
    except IntegrityError:  # another process stored the same article meanwhile
        if seen is not None:
            raise
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
        "confirmed_by_record": confirmed, "disputed_by_record": conflicts,
    }
    if seen is not None:
        out["redated"] = True
        out["message"] = (
            f"article already stored (id {article_id}): publication date "
            f"{redated_from or 'unknown'} -> {result['published']}, its events read again"
        )
    return out


def _read(art: Article, **kw: Any) -> dict[str, Any]:
    """The reader's result for one article; a failure of the reader's own (not of the
    input, which ``to_article`` has checked) becomes ``ReaderFailed``, so a batch records
    it for that article and goes on, and nothing is stored for it."""
    try:
        return extract_article(art, **kw)
    except ListwatchError:
        raise
    except Exception as exc:  # a defect of the reader: say so, with where it happened
        where = traceback.extract_tb(exc.__traceback__)[-1]
        log.error("news reader failed", extra={"url": kw.get("url"), "error": type(exc).__name__,
                                               "where": f"{Path(where.filename).name}:{where.lineno}"})
        log.debug("news reader failed", exc_info=True)  # (the traceback, with LISTWATCH_LOG_LEVEL=DEBUG)
        raise ReaderFailed(
            f"the news reader failed on this article ({type(exc).__name__}: {exc}, in "
            f"{Path(where.filename).name} line {where.lineno}); nothing was stored for it",
            hint="a defect of listwatch, not of the article: report it with the article's text",
        ) from exc


def _drop_reported(conn: Any, article_id: int) -> None:
    """Delete the unchecked (``reported``) events read from an article, with what hangs on
    them: their links to record events (a conflict the record found with the old date)
    and their status log. Confirmed and rejected events stay."""
    ids = [r.id for r in conn.execute(select(events.c.id).where(
        events.c.article_id == article_id, events.c.status == "reported"))]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        conn.execute(delete(event_links).where(
            event_links.c.event_id.in_(chunk) | event_links.c.record_event_id.in_(chunk)))
        conn.execute(delete(event_status_log).where(event_status_log.c.event_id.in_(chunk)))
        conn.execute(delete(events).where(events.c.id.in_(chunk)))


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
