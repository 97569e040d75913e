"""Reviewers' decisions on screening hits: "false positive" or "true match", with a reason.

A decision ties a query (its name, compared after ``query_key``: Unicode NFKC, case and
spacing folded) to one *party*: the entry decided on (``key``, at its latest version when
the decision was taken) and every other listing of the same party then (``referents``:
entries of other lists linked to it, ``screening.links``; the caller names them). While it
is ``active`` a false positive is left out of later screenings of the same query,
whichever of the party's listings answers (``DecisionBook.apply``), and a true match stays
in them, marked with its decision (a party a reviewer confirmed as listed never reads as
"no match"); it is **reopened automatically**
(status ``reopened``, logged as ``auto_reopen`` with the reason) as soon as, for *any* of
the party's listings (those recorded with the decision, and those the caller's current
links add),

* the listing has a newer version (its record changed on a later snapshot; a listing that
  joined the party since, newly listed, counts as a change),
* the version current when the decision was taken was closed (the listing left its list),
* a legal event (official, record, annotation or news) names the listing after the
  decision.

The listings and the largest version and snapshot ids when the decision was taken are
written with it, as the ``listings`` row of its ``decision_log`` (JSON). A listing the
decision did not record (the caller knew only the entry: no screening index was cached;
or the listing was linked later) counts through the caller's links: a version newer than
the mark, or its leaving its list on a snapshot after the mark, reopens the decision.

Every change is written to ``decision_log``: who (``LISTWATCH_USER``, or the API's key
holder), when, what and why. A new decision on the same query and entry supersedes the
active one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from listwatch.errors import ConfigError, NotFound
from listwatch.settings import get_settings
from listwatch.store.db import Store, utcnow
from listwatch.store.schema import decision_log, decisions, events, snapshots, versions

VERDICTS = ("false_positive", "true_match")
STATUSES = ("active", "reopened", "superseded")
_SPACE = re.compile(r"\s+")
MAX_REASON = 4000


def query_key(name: str) -> str:
    """The form under which a query name is compared with decided ones: NFKC, case
    folded, runs of spaces as one (``"  ACME  Corp"`` and ``"acme corp"`` are one query)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", name or "").casefold()).strip()


def _query_name(query: dict[str, Any] | str | None) -> str:
    if isinstance(query, dict):
        raw = query.get("name")
        if isinstance(raw, (list, tuple)):
            raw = raw[0] if raw else ""
        return str(raw or "")
    return str(query or "")


def _row_dict(row: Any) -> dict[str, Any]:
    d = dict(row._mapping)
    return d


def _log(conn: Connection, decision_id: int, action: str, user: str, reason: str) -> None:
    conn.execute(insert(decision_log).values(decision_id=decision_id, action=action,
                                             at=utcnow(), user=user, reason=reason))


def _latest_version(conn: Connection, key: str) -> Any:
    """The entry's version to decide on: its current one, else its last one."""
    rows = conn.execute(
        select(versions.c.id, versions.c.source, versions.c.hash, versions.c.until_seq)
        .where(versions.c.key == key).order_by(versions.c.id.desc())
    ).all()
    if not rows:
        return None
    current = [r for r in rows if r.until_seq is None]
    return current[0] if current else rows[0]


#: a function giving an entry's party: the keys of all its listings (``EntityLinks.referents``)
Entity = Callable[[str], Iterable[str]]


def add_decision(store: Store, *, query: str, key: str, verdict: str, reason: str,
                 user: str | None = None, referents: Iterable[str] = ()) -> dict[str, Any]:
    """Record a reviewer's decision on the hit ``key`` for the query ``query``;
    ``referents``: the other listings of the same party (the result's ``referents``)."""
    if verdict not in VERDICTS:
        raise ConfigError(f"unknown verdict {verdict!r}", hint="use one of: " + ", ".join(VERDICTS))
    if not query_key(query):
        raise ConfigError("a decision needs the query's name", hint="give --query NAME")
    reason = (reason or "").strip()
    if not reason:
        raise ConfigError("a decision needs a reason", hint="give --reason TEXT: why this verdict")
    if len(reason) > MAX_REASON:
        raise ConfigError(f"the reason is {len(reason):,} characters long, above {MAX_REASON:,}")
    who = user or get_settings().user
    with store.begin() as conn:
        ver = _latest_version(conn, key)
        if ver is None:
            raise NotFound(f"no entry with key {key!r}",
                           hint="use the key of a screening result, e.g. us_ofac_sdn:36")
        mark = conn.execute(select(func.max(events.c.id))).scalar() or 0
        qk = query_key(query)
        for old in conn.execute(select(decisions.c.id).where(
                decisions.c.query_key == qk, decisions.c.key == key,
                decisions.c.status == "active")).all():
            _close(conn, old.id, "superseded", who, "a new decision on the same query and entry")
            _log(conn, old.id, "supersede", who, "a new decision on the same query and entry")
        values = {"query": query.strip(), "query_key": qk, "key": key, "source": ver.source,
                  "version_id": ver.id, "version_hash": ver.hash, "event_mark": int(mark),
                  "verdict": verdict, "reason": reason, "status": "active",
                  "created_at": utcnow(), "created_by": who}
        new_id = int(conn.execute(insert(decisions).values(**values)).inserted_primary_key[0])
        _log(conn, new_id, "add", who, f"{verdict}: {reason}")
        listed: dict[str, int | None] = {key: int(ver.id) if ver.until_seq is None else None}
        for other in sorted(set(referents) - {key}):
            v = _latest_version(conn, other)
            if v is not None:
                listed[other] = int(v.id) if v.until_seq is None else None
        top = conn.execute(select(func.max(versions.c.id))).scalar() or 0
        snap = conn.execute(select(func.max(snapshots.c.id))).scalar() or 0
        _log(conn, new_id, "listings", who,
             json.dumps({"keys": listed, "version_mark": int(top),
                         "snapshot_mark": int(snap)}, sort_keys=True))
    return get_decision(store, new_id)


def _listings(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """``{decision id: {"keys": {key: version id current then}, "version_mark": int}}``
    of decisions that recorded their party's listings."""
    out: dict[int, dict[str, Any]] = {}
    ids = sorted(set(ids))
    for start in range(0, len(ids), 500):
        for r in conn.execute(select(decision_log.c.decision_id, decision_log.c.reason).where(
                decision_log.c.decision_id.in_(ids[start:start + 500]),
                decision_log.c.action == "listings")):
            try:
                out[int(r.decision_id)] = json.loads(r.reason)
            except ValueError:  # pragma: no cover - written by add_decision only
                continue
    return out


def _close(conn: Connection, decision_id: int, status: str, user: str, reason: str) -> None:
    conn.execute(update(decisions).where(decisions.c.id == decision_id).values(
        status=status, closed_at=utcnow(), closed_by=user, closed_reason=reason))


def reopen_decision(store: Store, decision_id: int, *, reason: str | None = None,
                    user: str | None = None) -> dict[str, Any]:
    """Reopen a decision by hand: the hit shows again in later screenings."""
    who = user or get_settings().user
    why = (reason or "").strip() or "reopened by a reviewer"
    with store.begin() as conn:
        row = conn.execute(select(decisions.c.status).where(decisions.c.id == decision_id)).first()
        if row is None:
            raise NotFound(f"no decision with id {decision_id}",
                           hint="`listwatch decisions list` shows them")
        if row.status != "active":
            raise ConfigError(f"decision {decision_id} is already {row.status}",
                              hint="only an active decision can be reopened")
        _close(conn, decision_id, "reopened", who, why)
        _log(conn, decision_id, "reopen", who, why)
    return get_decision(store, decision_id)


def refresh(store: Store, *, query_keys: Iterable[str] | None = None,
            entity: Entity | None = None) -> list[dict[str, Any]]:
    """Reopen the active decisions whose party changed (any listing: a newer version, a
    version closed, a legal event) since; returns them (``query_keys``: only those of
    these queries; ``entity``: the current links, adding listings that joined the party)."""
    reopened: list[tuple[int, str]] = []
    with store.connect() as conn:
        stmt = select(decisions.c.id, decisions.c.key, decisions.c.version_id,
                      decisions.c.event_mark).where(decisions.c.status == "active")
        if query_keys is not None:
            keys = sorted(set(query_keys))
            if not keys:
                return []
            stmt = stmt.where(decisions.c.query_key.in_(keys))
        active = conn.execute(stmt).all()
        if not active:
            return []
        recorded = _listings(conn, [d.id for d in active])
        covers: dict[int, set[str]] = {}
        for d in active:
            keys_of = {d.key, *recorded.get(d.id, {}).get("keys", {})}
            if entity is not None:
                for k in list(keys_of):
                    keys_of.update(entity(k))
            covers[d.id] = keys_of
        entry_keys = sorted(set().union(*covers.values()))
        newest: dict[str, int] = {}
        last_event: dict[str, int] = {}
        for start in range(0, len(entry_keys), 500):
            part = entry_keys[start:start + 500]
            for r in conn.execute(select(versions.c.key, func.max(versions.c.id))
                                  .where(versions.c.key.in_(part)).group_by(versions.c.key)):
                newest[r[0]] = int(r[1])
            for r in conn.execute(select(events.c.key, func.max(events.c.id))
                                  .where(events.c.key.in_(part)).group_by(events.c.key)):
                last_event[r[0]] = int(r[1])
        vids = sorted({d.version_id for d in active} | {
            int(v) for rec in recorded.values() for v in rec.get("keys", {}).values()
            if v is not None})
        closed: set[int] = set()
        for start in range(0, len(vids), 500):
            for r in conn.execute(select(versions.c.id).where(
                    versions.c.id.in_(vids[start:start + 500]),
                    versions.c.until_seq.is_not(None))):
                closed.add(int(r[0]))
        unrecorded = sorted({k for d in active for k in covers[d.id]} - {
            k for d in active for k in (d.key, *recorded.get(d.id, {}).get("keys", {}))})
        left = _left_at(conn, unrecorded)
        for d in active:
            why = _why_reopen(d, recorded.get(d.id), covers[d.id], newest, closed, last_event,
                              left) or _party_split(d, recorded.get(d.id), entity)
            if why:
                reopened.append((d.id, why))
    if not reopened:
        return []
    with store.begin() as conn:
        for did, why in reopened:
            done = conn.execute(update(decisions).where(
                decisions.c.id == did, decisions.c.status == "active").values(
                status="reopened", closed_at=utcnow(), closed_by="listwatch",
                closed_reason=why))
            if done.rowcount:
                _log(conn, did, "auto_reopen", "listwatch", why)
    return [get_decision(store, did) for did, _ in reopened]


def _left_at(conn: Connection, keys: Sequence[str]) -> dict[str, int]:
    """``{key: id of the snapshot its listing left the list on}`` of these entries that
    are no longer listed (their latest version closed)."""
    latest: dict[str, tuple[int, str, int | None]] = {}
    for start in range(0, len(keys), 500):
        for r in conn.execute(select(versions.c.key, versions.c.id, versions.c.source,
                                     versions.c.until_seq)
                              .where(versions.c.key.in_(keys[start:start + 500]))):
            if r.key not in latest or r.id > latest[r.key][0]:
                latest[r.key] = (int(r.id), r.source, r.until_seq)
    gone = {k: (src, int(seq)) for k, (_, src, seq) in latest.items() if seq is not None}
    if not gone:
        return {}
    ids = {(r.source, int(r.seq)): int(r.id) for r in conn.execute(
        select(snapshots.c.id, snapshots.c.source, snapshots.c.seq)
        .where(snapshots.c.source.in_(sorted({src for src, _ in gone.values()}))))}
    return {k: ids[at] for k, at in gone.items() if at in ids}


def _party_split(d: Any, recorded: dict[str, Any] | None, entity: Entity | None) -> str | None:
    """Why a decision no longer holds because a listing it recorded is no longer linked to
    the entry decided on (a reviewer split the link, or the lists no longer link them):
    the reviewer judged a party that is now two, and never the split-off one alone.
    None without the current links (``entity``) or recorded listings."""
    if entity is None or not recorded:
        return None
    now = {d.key, *entity(d.key)}
    gone = sorted(set(recorded.get("keys") or {}) - now)
    if not gone:
        return None
    return (f"the party changed: {', '.join(gone)} no longer linked to {d.key} (a "
            "reviewer's split, or the lists no longer link them)")


def _why_reopen(d: Any, recorded: dict[str, Any] | None, covered: set[str],
                newest: dict[str, int], closed: set[int],
                last_event: dict[str, int], left: dict[str, int] | None = None) -> str | None:
    """Why an active decision no longer holds (None: it holds)."""
    if newest.get(d.key, d.version_id) > d.version_id:
        return "the entry changed: a newer version of it was listed"
    if d.version_id in closed:
        return "the entry left the list (its version was closed)"
    if last_event.get(d.key, 0) > d.event_mark:
        return f"a legal event on the entry arrived (event #{last_event[d.key]})"
    if recorded is None:  # (a decision from before listings were recorded: its entry only)
        return None
    mark = int(recorded.get("version_mark") or 0)
    snapshot_mark = recorded.get("snapshot_mark")
    then: dict[str, int | None] = recorded.get("keys") or {}
    for k in sorted(covered - {d.key}):
        if newest.get(k, 0) > mark:
            return (f"another listing of the party changed: {k} has a newer version"
                    if k in then else f"a listing of the party changed or joined it: {k}")
        vid = then.get(k)
        if vid is not None and vid in closed:
            return f"another listing of the party left its list: {k}"
        # (a listing the decision did not record: one the links give now)
        if k not in then and snapshot_mark is not None \
                and (left or {}).get(k, 0) > int(snapshot_mark):
            return f"another listing of the party left its list: {k}"
        if last_event.get(k, 0) > d.event_mark:
            return f"a legal event on another listing of the party arrived: {k} (event " \
                   f"#{last_event[k]})"
    return None


def get_decision(store: Store, decision_id: int) -> dict[str, Any]:
    """One decision with its audit trail (``log``)."""
    with store.connect() as conn:
        row = conn.execute(select(decisions).where(decisions.c.id == decision_id)).first()
        if row is None:
            raise NotFound(f"no decision with id {decision_id}",
                           hint="`listwatch decisions list` shows them")
        log = conn.execute(select(decision_log).where(decision_log.c.decision_id == decision_id)
                           .order_by(decision_log.c.id)).all()
        recorded = _listings(conn, [decision_id])
    out = _with_referents(_row_dict(row), recorded)
    out["log"] = [{k: v for k, v in _row_dict(r).items() if k != "decision_id"} for r in log
                  if r.action != "listings"]  # (what ``referents`` shows)
    return out


def _with_referents(d: dict[str, Any], recorded: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """The decision with ``referents``: the party's listings it covers (its key first)."""
    keys = recorded.get(d["id"], {}).get("keys") or {}
    d["referents"] = [d["key"], *sorted(set(keys) - {d["key"]})]
    return d


def list_decisions(store: Store, *, status: str | None = None, query: str | None = None,
                   key: str | None = None, limit: int = 200,
                   entity: Entity | None = None) -> list[dict[str, Any]]:
    """Decisions, newest first (stale ones reopened first; ``entity``: the current links,
    so a change of any listing of the party counts, as at screening)."""
    if status is not None and status not in STATUSES:
        raise ConfigError(f"unknown status {status!r}", hint="use one of: " + ", ".join(STATUSES))
    refresh(store, entity=entity)
    stmt = select(decisions).order_by(decisions.c.id.desc()).limit(limit)
    if status:
        stmt = stmt.where(decisions.c.status == status)
    if query:
        stmt = stmt.where(decisions.c.query_key == query_key(query))
    if key:
        stmt = stmt.where(decisions.c.key == key)
    with store.connect() as conn:
        rows = [_row_dict(r) for r in conn.execute(stmt)]
        recorded = _listings(conn, [d["id"] for d in rows])
    return [_with_referents(d, recorded) for d in rows]


def _brief(d: dict[str, Any]) -> dict[str, Any]:
    """What a screening result carries of the decision that covers it."""
    return {"id": d["id"], "verdict": d["verdict"], "reason": d["reason"],
            "by": d["created_by"], "at": d["created_at"], "key": d["key"],
            "version_hash": d["version_hash"], "referents": d.get("referents") or [d["key"]]}


@dataclass
class DecisionBook:
    """The active decisions of some queries, to apply to their screening results."""

    by_query: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    @classmethod
    def load(cls, store: Store, queries: Sequence[dict[str, Any] | str],
             known_at: str | None = None, entity: Entity | None = None) -> DecisionBook:
        """The active decisions on these queries (stale ones reopened first: ``refresh``,
        with ``entity``, the current links); with ``known_at`` (UTC ISO time, as
        ``history.known.check_known_at`` gives it), those that were active then: made by
        then and not closed by then. Each covers every listing of its party."""
        qkeys = {query_key(_query_name(q)) for q in queries} - {""}
        book = cls()
        if not qkeys:
            return book
        keys = sorted(qkeys)
        if known_at is not None:
            with store.connect() as conn:
                for start in range(0, len(keys), 500):
                    for r in conn.execute(select(decisions).where(
                            decisions.c.query_key.in_(keys[start:start + 500]))
                            .order_by(decisions.c.id)):
                        if _by(r.created_at, known_at) and not (
                                r.closed_at and _by(r.closed_at, known_at)):
                            book._add({**_row_dict(r), "status": "active"})
                book._cover(conn)
            return book
        with store.connect() as conn:
            # the common case, no decision on these queries, costs one query and no refresh
            if len(keys) <= 500 and conn.execute(select(decisions.c.id).where(
                    decisions.c.query_key.in_(keys),
                    decisions.c.status == "active").limit(1)).first() is None:
                return book
        refresh(store, query_keys=qkeys, entity=entity)
        with store.connect() as conn:
            for start in range(0, len(keys), 500):
                rows = conn.execute(select(decisions).where(
                    decisions.c.query_key.in_(keys[start:start + 500]),
                    decisions.c.status == "active").order_by(decisions.c.id))
                for r in rows:
                    book._add(_row_dict(r))
            book._cover(conn)
        return book

    def _add(self, d: dict[str, Any]) -> None:
        self.by_query.setdefault(d["query_key"], {})[d["key"]] = d

    def _cover(self, conn: Connection) -> None:
        """Each decision also under the other listings of its party."""
        mine = [d for per in self.by_query.values() for d in per.values()]
        recorded = _listings(conn, [d["id"] for d in mine])
        for d in mine:
            _with_referents(d, recorded)
            per = self.by_query[d["query_key"]]
            for k in d["referents"]:
                if k not in per or per[k]["id"] < d["id"]:
                    per[k] = d

    def __bool__(self) -> bool:
        return bool(self.by_query)

    def decided(self, query: dict[str, Any] | str) -> dict[str, dict[str, Any]]:
        """``{entry key: decision}`` active for this query."""
        return self.by_query.get(query_key(_query_name(query)), {})

    def apply(self, query: dict[str, Any] | str, results: list[dict[str, Any]], *,
              show_decided: bool = False) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(results kept, results left out). A result one of whose listings (``key``, or
        any of its ``referents``) has an active decision on this query is marked with
        ``decision``; a false positive is left out unless ``show_decided``, a true match is
        kept (a confirmed match is still a match)."""
        mine = self.decided(query)
        if not mine:
            return results, []
        kept: list[dict[str, Any]] = []
        left: list[dict[str, Any]] = []
        for r in results:
            keys = [r.get("key"), *(r.get("referents") or [])]
            found = next((mine[k] for k in keys if k in mine), None)
            if found is None:
                kept.append(r)
                continue
            marked = {**r, "decision": _brief(found)}
            hide = found["verdict"] == "false_positive" and not show_decided
            (left if hide else kept).append(marked)
        return kept, left


def _by(stamp: str, limit: str) -> bool:
    """Whether a stored time (``created_at``, ``closed_at``) is at or before ``limit``."""
    import datetime as dt

    def parse(text: str) -> dt.datetime:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)

    return parse(stamp) <= parse(limit)


def decided_keys(store: Store, entity: Entity | None = None) -> dict[str, frozenset[str]]:
    """``{query key: entry keys}`` of every active false-positive decision, each with
    every listing of its party (stale ones reopened first, ``entity``: the current links):
    what a batch leaves out, query by query (``screening.batch``). A true match is not
    left out: it stays the row's match."""
    refresh(store, entity=entity)
    out: dict[str, set[str]] = {}
    with store.connect() as conn:
        rows = conn.execute(select(decisions.c.id, decisions.c.query_key, decisions.c.key)
                            .where(decisions.c.status == "active",
                                   decisions.c.verdict == "false_positive")).all()
        recorded = _listings(conn, [r.id for r in rows])
    for r in rows:
        keys = out.setdefault(r.query_key, set())
        keys.add(r.key)
        keys.update(recorded.get(r.id, {}).get("keys") or {})
    return {q: frozenset(keys) for q, keys in out.items()}


def apply_to_items(book: DecisionBook, items: list[dict[str, Any]], *,
                   show_decided: bool = False) -> list[dict[str, Any]]:
    """``[{"query", "results"}]`` with decided hits left out (or marked); each item that
    had any gets ``decided``: the hits left out, each with its ``decision``."""
    out = []
    for item in items:
        kept, left = book.apply(item["query"], item["results"], show_decided=show_decided)
        new = {**item, "results": kept}
        if left:
            new["decided"] = left
        out.append(new)
    return out


__all__ = ["VERDICTS", "DecisionBook", "add_decision", "apply_to_items", "decided_keys",
           "get_decision",
           "list_decisions", "query_key", "refresh", "reopen_decision"]
