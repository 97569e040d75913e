"""The legal record: dated events from documents (court orders and dockets, Federal
Register notices, executive orders, agency guidance), imported from CSV or JSON.

Each event is stored once in ``events`` (origin ``record``, status ``official``: it rests
on a document, not on a report), with its source URL, authority and date precision; what
only record events have (a ruling's outcome, the kind of document, the scope) is in
``record_events``. An event is attached to every entry its party is on (across sources),
narrowed to the lists the row names or implies (``--list``, a ``list`` column, or an
authority such as "DoD (Sec. 1237)"); a party on no loaded list gets a *party* event
(``key`` NULL, found by name like news-reported parties); a row about a whole list ("47
entities", "all Sec. 1237 CCMCs") gets a *list* event.

After an import, news events are reconciled with the record (``reconcile``): a news
event of the same party and type whose date is compatible becomes ``confirmed`` with a
link to the record event; one whose date is not is linked as a conflict, and shown.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.engine import Connection

from listwatch.errors import ConfigError, InputTooLarge
from listwatch.history.events import (
    EVENT_TYPES,
    add_event,
    check_event_date,
    entity_ref,
    log_status,
)
from listwatch.settings import get_settings
from listwatch.store.codec import decode
from listwatch.store.db import Store, utcnow
from listwatch.store.schema import event_links, event_terms, events, record_events, versions

#: Columns (CSV) or keys (JSON) read; the first name of each tuple is ours, then synonyms.
FIELDS = {
    "date": ("date",),
    "party": ("company", "party", "entity", "name"),
    "type": ("event_type", "type"),
    "authority": ("authority",),
    "description": ("description", "quote", "text"),
    "url": ("source_url", "url", "evidence_url"),
    "key": ("key", "entry"),
    "list": ("list", "source"),
    "outcome": ("outcome",),
    "document": ("document", "document_type"),
    "precision": ("date_precision", "precision"),
    "exempts": ("exempts",),
    "until": ("until", "expires"),
}
OUTCOMES = ("upheld", "granted", "denied", "dismissed", "reversed", "affirmed", "settled")
#: How many days apart a news event and a record event may be and still be the same event.
DATE_TOLERANCE_DAYS = 7
#: Types whose record event changes the state of a listing.
EFFECTIVE_TYPES = ("designation", "removal", "injunction", "vacatur", "ruling", "license")

_LIST_HINTS = (
    (re.compile(r"\b1237\b|\bCCMCs?\b", re.I), "us_dod_1237"),
    (re.compile(r"\b1260H\b|Chinese military compan", re.I), "us_dod_1260h"),
    (re.compile(r"\bNS-CMIC\b|\bEO 14032\b", re.I), "us_ofac_cons"),
    (re.compile(r"\bNS-CMIC\b|\bEO 14032\b", re.I), "us_trade_csl"),
)
#: A case against DoD concerns DoD's lists (DJI v. DoD is not about its NS-CMIC listing).
_DOD = re.compile(r"\bDoD\b|Department of Defense|Pentagon|Department of War|Secretary of Defense", re.I)
DOD_SOURCES = ("us_dod_1237", "us_dod_1260h")
_GROUP = re.compile(r"^\s*(?:\d+\s+entities|all\b|~?\d+\s)|\bentities\b|\band \d+ others\b", re.I)
_QUOTED = re.compile(r"['\"‘“]([^'\"’”]{3,})['\"’”]")
_UPHELD = re.compile(r"\buph(?:e|o)lds?\b|\bsustain", re.I)


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    stored: int = 0
    existing: int = 0
    attached: dict[str, list[str]] = field(default_factory=dict)  # party -> keys
    parties: list[str] = field(default_factory=list)  # on no loaded list
    list_events: int = 0
    confirmed: int = 0
    conflicts: int = 0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _pick(row: dict[str, Any], name: str) -> str | None:
    for col in FIELDS[name]:
        value = row.get(col)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of a CSV (a header row; UTF-8 or Windows-1252; ``,`` or ``;``) or JSON file (a
    list of objects, or ``{"events": [...]}``); errors name the file and what to do."""
    if not path.is_file():
        raise ConfigError(f"{path}: no such file", hint="give a CSV or JSON file of dated events")
    limit = get_settings().max_upload_bytes
    if path.stat().st_size > limit:
        raise InputTooLarge(f"{path}: larger than {limit:,} bytes",
                            hint="raise LISTWATCH_MAX_UPLOAD_BYTES if the file is genuine")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if path.suffix.lower() in (".json", ".jsonl") or text.lstrip()[:1] in ("[", "{"):
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})",
                              hint="a JSON list of events, or {\"events\": [...]}") from None
        items = loaded.get("events") if isinstance(loaded, dict) else loaded
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ConfigError(f"{path}: expected a list of event objects",
                              hint="a JSON list of events, or {\"events\": [...]}")
        return items
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = {h.strip().lower() for h in reader.fieldnames or []}
    for need in ("date", "party", "type"):
        if not header & set(FIELDS[need]):
            raise ConfigError(
                f"{path}: no {FIELDS[need][0]!r} column (found: {', '.join(sorted(header)) or 'none'})",
                hint="columns: date, company, event_type, authority, description, source_url",
            )
    return [{(k or "").strip().lower(): v for k, v in row.items()} for row in reader]


def _document(authority: str, url: str) -> str:
    text = f"{authority} {url}".lower()
    if "federal register" in text or "federalregister" in text or "/fr/" in text:
        return "federal_register"
    if "court" in text:
        return "court_order"
    if "president" in text or "executive order" in text or re.search(r"\beo \d", text):
        return "executive_order"
    if "ofac" in text or "treasury" in text:
        return "agency_guidance"
    return "publication"


def _parties(text: str) -> tuple[list[str], bool]:
    """The party names a ``company`` cell gives, and whether it speaks of a whole list."""
    group = bool(_GROUP.search(text))
    body = re.sub(r"^\s*\d+\s+entities\s*[:(]?", "", text, flags=re.I).strip()
    quoted = _QUOTED.findall(body)
    body = re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", "", body).strip(" ,;:")
    if "," in body and (group or len(body.split(",")) > 2):
        parts = [p.strip() for p in re.split(r",|\band\b", body) if p.strip()]
        parts = [p for p in parts if not re.match(r"^\d+\s+others?$|^~?\d+", p)]
    else:
        parts = [body] if body else []
    return parts + quoted, group


class _Index:
    """Entry keys by normalised name (names, aliases, former names of every version)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cache: dict[str, set[str]] = {}
        self.spans: dict[str, list[tuple[str, str | None]]] = {}

    def keys(self, name: str, sources: list[str] | None = None) -> set[str]:
        """Keys of entries with this name or alias; a short name (an acronym) is looked up
        among the aliases of the given sources' entries only. Of one list, the entries
        whose own name it is, when there are any: another entry carrying it as an alias
        (OFAC's HUAWEI TECHNOLOGIES has its parent's name as an a.k.a.) is not the party
        a document names so; another list's entry that holds it only as an alias still
        is."""
        ref = entity_ref(name)
        if len(ref) < 2:
            return set()
        cache_key = f"{ref}|{','.join(sources or [])}"
        if cache_key in self.cache:
            return self.cache[cache_key]
        first = ref.split()[0]
        q = select(versions.c.key, versions.c.name, versions.c.data, versions.c.valid_from,
                   versions.c.valid_to)
        rows = self.conn.execute(q.where(func.lower(versions.c.name).like(f"%{first}%"))).all()
        if sources and not any(r.key.split(":", 1)[0] in sources for r in rows):
            rows = self.conn.execute(q.where(versions.c.source.in_(sources))).all()
        own: set[str] = set()  # (entries of which it is the name, in some version)
        held: set[str] = set()
        for row in rows:
            names = {row.name}
            props = json.loads(decode(row.data)).get("properties", {})
            for prop in ("alias", "previousName", "weakAlias"):
                names.update(props.get(prop, []))
            if ref in {entity_ref(n) for n in names}:
                held.add(row.key)
                if entity_ref(row.name) == ref:
                    own.add(row.key)
                self.spans.setdefault(row.key, []).append((row.valid_from, row.valid_to))
        named = {k.split(":", 1)[0] for k in own}
        found = {k for k in held if k in own or k.split(":", 1)[0] not in named}
        self.cache[cache_key] = found
        return found

    def listed_on(self, key: str, date: str) -> bool:
        return any(start <= date and (end is None or date < end) for start, end in self.spans.get(key, []))


def _sources(row: dict[str, Any], default: list[str] | None, text: str) -> list[str] | None:
    explicit = _pick(row, "list")
    if explicit:
        return [s.strip() for s in explicit.split(",") if s.strip()]
    hinted = [sid for pattern, sid in _LIST_HINTS if pattern.search(text)]
    if hinted:
        return hinted
    if _DOD.search(text):
        return list(DOD_SOURCES)
    return default


def import_record(store: Store, path: Path, *, lists: list[str] | None = None) -> ImportReport:
    """Store the events of ``path`` (see the module docstring); the whole file or nothing."""
    rows = read_rows(path)
    report = ImportReport(file=str(path), rows=len(rows))
    problems: list[str] = []
    prepared = []
    for i, row in enumerate(rows, 2):
        date, party, type_ = _pick(row, "date"), _pick(row, "party"), (_pick(row, "type") or "").lower()
        where = f"row {i}" if path.suffix.lower() != ".json" else f"event {i - 1}"
        if not party and not _pick(row, "key"):
            problems.append(f"{where}: no party (company) and no key")
            continue
        if type_ not in EVENT_TYPES:
            problems.append(f"{where}: unknown event type {type_!r} (use one of: {', '.join(EVENT_TYPES)})")
            continue
        try:
            date, precision = check_event_date(date, _pick(row, "precision"))
        except ConfigError as exc:
            problems.append(f"{where}: {exc.message}")
            continue
        authority, text = _pick(row, "authority") or "", _pick(row, "description") or ""
        outcome = (_pick(row, "outcome") or "").lower() or None
        if outcome is not None and outcome not in OUTCOMES:
            problems.append(f"{where}: unknown outcome {outcome!r} (use one of: {', '.join(OUTCOMES)})")
            continue
        if type_ == "other" and "court" in authority.lower() and _UPHELD.search(text):
            type_, outcome = "ruling", "upheld"  # "Court upholds X's designation"
            report.warnings.append(f"{where}: read as a ruling that upheld the listing")
        until = _pick(row, "until")
        if until:
            try:
                check_event_date(until)
            except ConfigError as exc:
                problems.append(f"{where}: until: {exc.message}")
                continue
        if type_ == "license" and not _pick(row, "exempts"):
            problems.append(f"{where}: a licence needs 'exempts' (the effects it exempts, e.g. purchase_ban)")
            continue
        prepared.append((where, row, date, precision, party or "", type_, authority, text, outcome))
    if problems:
        raise ConfigError(f"{path}: {len(problems)} row(s) cannot be imported; nothing was stored: "
                          + "; ".join(problems[:5]) + (" ..." if len(problems) > 5 else ""),
                          hint="fix the rows named and import the file again")
    now = utcnow()
    with store.begin() as conn:
        index = _Index(conn)
        for _where, row, date, precision, party, type_, authority, text, outcome in prepared:
            url = _pick(row, "url")
            sources = _sources(row, lists, f"{authority} {text}")
            explicit_key = _pick(row, "key")
            names, group = _parties(party) if not explicit_key else ([party], False)
            keys: list[str] = [explicit_key] if explicit_key else []
            unmatched = []
            for name in names:
                found = index.keys(name, sources)
                if sources is not None:
                    found = {k for k in found if k.split(":", 1)[0] in sources}
                if len(found) > 1 and date and sources is None:
                    on = {k for k in found if index.listed_on(k, date)}
                    found = on or found
                if found:
                    keys.extend(sorted(found))
                    have = report.attached.setdefault(name, [])
                    have.extend(k for k in sorted(found) if k not in have)
                else:
                    unmatched.append(name)
            targets: list[tuple[str | None, str, str]] = [(k, party, "entry") for k in dict.fromkeys(keys)]
            if group and not keys:
                targets.append((None, party, "list"))
                report.list_events += 1
            elif not group:
                for name in unmatched:
                    if not keys:
                        targets.append((None, name, "party"))
                        report.parties.append(name)
            effect = "effective" if type_ in EFFECTIVE_TYPES else None
            doc = _pick(row, "document") or _document(authority, url or "")
            for key, entity, scope in targets:
                event_id, created = add_event(
                    conn, key=key, entity=entity, type=type_, authority=authority or None,
                    list=(sources[0] if sources and len(sources) == 1 else (key.split(":")[0] if key else None)),
                    date=date, date_precision=precision, origin="record", status="official",
                    effect=effect, evidence_url=url, evidence_quote=text or None,
                )
                if created:
                    report.stored += 1
                    conn.execute(record_events.insert().values(
                        event_id=event_id, outcome=outcome, document=doc, scope=scope,
                        imported_from=path.name, imported_at=now))
                    exempts = _pick(row, "exempts")
                    if exempts:
                        kinds = [k.strip() for k in exempts.replace(";", ",").split(",") if k.strip()]
                        conn.execute(event_terms.insert().values(
                            event_id=event_id, exempts=json.dumps(kinds), until=_pick(row, "until")))
                else:
                    report.existing += 1
        confirmed, conflicts = reconcile(conn)
    report.confirmed, report.conflicts = confirmed, conflicts
    return report


def _day(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def compatible(a: str | None, a_prec: str | None, b: str | None, b_prec: str | None) -> bool:
    """Whether two event dates may be the same day: within ``DATE_TOLERANCE_DAYS`` at day
    precision; the same month (year) when either is known to the month (year) only."""
    if not a or not b:
        return False
    if "year" in (a_prec, b_prec):
        return a[:4] == b[:4]
    if "month" in (a_prec, b_prec):
        return a[:7] == b[:7]
    return abs((_day(a) - _day(b)).days) <= DATE_TOLERANCE_DAYS


#: The entries a list named in an article may be: key prefixes, by the list's name as the
#: news reader writes it (the CSL republishes several lists, told apart by its ids' prefix).
LIST_KEYS: dict[str, tuple[str, ...]] = {
    "ccmc": ("us_dod_1237:", "us_dod_1260h:"),
    "entity list": ("us_trade_csl:EL-", "us_bis_"),
    "unverified list": ("us_trade_csl:UVL-",),
    "military end-user list": ("us_trade_csl:MEU-",),
    "sdn": ("us_ofac_sdn:", "us_trade_csl:SDN-"),
    "ns-cmic": ("us_ofac_cons:", "us_trade_csl:CMIC-"),
    "unreliable entity list": (),  # China's list: no source of ours holds it
}


def fits_list(list_name: str | None, key: str | None) -> bool | None:
    """Whether an entry (or a source id) can be on the list an article names: None when
    either is unknown or the list is not one of ``LIST_KEYS``."""
    if not list_name or not key:
        return None
    prefixes = LIST_KEYS.get(list_name.strip().lower())
    if prefixes is None:
        return None
    if ":" not in key:  # a source id: any of its lists
        return any(p.startswith(key + ":") for p in prefixes)
    return any(key.startswith(p) for p in prefixes)


def _party(ev: Any) -> tuple[str | None, str]:
    return ev.key, entity_ref(ev.entity or "")


def reconcile(conn: Connection, only: list[int] | None = None) -> tuple[int, int]:
    """Link news events to the record events of the same party and type: confirmed when
    their dates are compatible, a conflict when none is. Returns (confirmed, conflicts)
    newly found. ``only``: the ids of the news events to look at (those an article just
    stored), else every news event."""
    if only is not None and not only:
        return 0, 0
    # the record as imported or confirmed; a notice the news reader only read (status
    # "reported") confirms nothing until a person checks it
    record = conn.execute(select(events).where(
        events.c.origin == "record", events.c.status.in_(("official", "confirmed")))).all()
    if not record:
        return 0, 0
    by_type: dict[str, list[Any]] = {}
    for ev in record:
        by_type.setdefault(ev.type, []).append(ev)
    upheld = {r.event_id for r in conn.execute(
        select(record_events.c.event_id).where(record_events.c.outcome == "upheld"))}
    known = {(r.event_id, r.record_event_id) for r in conn.execute(
        select(event_links.c.event_id, event_links.c.record_event_id))}
    query = select(events).where(events.c.origin == "news",
                                 events.c.status.in_(("reported", "confirmed")))
    news = conn.execute(query).all() if only is None else [
        row for start in range(0, len(only), 500)
        for row in conn.execute(query.where(events.c.id.in_(only[start:start + 500])))]
    confirmed = conflicts = 0
    now = utcnow()
    for ev in news:
        key, ref = _party(ev)
        # the same party, on a list the article's list may be (an Entity List addition
        # is not the DoD designation of the same company)
        same = [r for r in by_type.get(ev.type, [])
                if ((key is not None and r.key == key) or (ref and entity_ref(r.entity or "") == ref))
                and fits_list(ev.list, r.key or r.list) is not False]
        match = next((r for r in same if compatible(ev.date, ev.date_precision, r.date, r.date_precision)), None)
        links: list[tuple[Any, str, str]] = []
        if match is not None:
            links.append((match, "confirms", f"record event {match.id} of {match.date}"))
        elif same and ev.date:
            near = min(same, key=lambda r: abs((_day(r.date) - _day(ev.date)).days) if r.date else 10**6)
            links.append((near, "conflicts", f"the record dates this {ev.type} {near.date}, the news {ev.date}"))
        if ev.type in ("vacatur", "removal") and ev.date:
            for r in by_type.get("ruling", []):
                if r.id in upheld and ((key is not None and r.key == key) or entity_ref(r.entity or "") == ref) \
                        and compatible(ev.date, ev.date_precision, r.date, r.date_precision):
                    links.append((r, "conflicts", f"the record has a ruling upholding the listing on {r.date}"))
        for rec, relation, detail in links:
            if (ev.id, rec.id) in known:
                continue
            conn.execute(event_links.insert().values(event_id=ev.id, record_event_id=rec.id,
                                                     relation=relation, detail=detail, created_at=now))
            known.add((ev.id, rec.id))
            if relation == "confirms":
                confirmed += 1
                done = conn.execute(update(events).where(and_(events.c.id == ev.id,
                                                                 events.c.status == "reported"))
                                    .values(status="confirmed"))
                if done.rowcount:
                    log_status(conn, ev.id, "reported", "confirmed")
            else:
                conflicts += 1
    return confirmed, conflicts


def links_of(conn: Connection, event_ids: list[int],
             limit: str | None = None) -> dict[int, list[dict[str, Any]]]:
    """The record links of events (both directions), by event id; with ``limit``
    (``known_at``), only the links made by then."""
    from listwatch.history.known import known_by

    if not event_ids:
        return {}
    rows = conn.execute(select(event_links).where(
        event_links.c.event_id.in_(event_ids) | event_links.c.record_event_id.in_(event_ids))).all()
    out: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        if limit is not None and not known_by(r.created_at, limit):
            continue
        item = {"relation": r.relation, "event": r.event_id, "record_event": r.record_event_id,
                "detail": r.detail}
        out.setdefault(r.event_id, []).append(item)
        out.setdefault(r.record_event_id, []).append(item)
    return out


def record_details(conn: Connection, event_ids: list[int]) -> dict[int, dict[str, Any]]:
    """outcome, document and scope of record events, by event id."""
    if not event_ids:
        return {}
    rows = conn.execute(select(record_events).where(record_events.c.event_id.in_(event_ids))).all()
    return {r.event_id: {"outcome": r.outcome, "document": r.document, "scope": r.scope} for r in rows}
