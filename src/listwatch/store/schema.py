"""The database schema (SQLAlchemy Core) and its numbered migrations.

Tables
------
blobs          raw snapshot bytes, once per SHA-256, zlib-compressed. Never deleted.
snapshots      one row per ingested snapshot of a source: its date, files, counts.
versions       one row per *version* of an entry: the record as parsed, valid from the
               snapshot that first showed it (``first_seq``, ``valid_from``) until the
               first snapshot that no longer did (``until_seq``, ``valid_to``; NULL while
               current). ``*_seq`` is the snapshot's ``seq`` within its source. An
               unchanged entry costs nothing per new snapshot.
fetch_state    per source and file, the validators of the last download (ETag ...).
events         legal events (official, annotation, news) attached to entries.
record_events  what a legal-record event adds (outcome, document kind, scope).
event_terms    what a general licence exempts, until when.
event_links    news events confirmed by (or in conflict with) a record event.
screenings     the audit record of every screening.
watch_*        watchlists and their alerts.
decisions      reviewers' decisions on screening hits (query, entry version, verdict), and
decision_log   their audit trail (who did what, when, why).
site_sources   sources a site defined in a TOML file (`listwatch sources add`), the TOML kept.
event_status_log  changes of a legal event's status (reported -> confirmed | rejected), dated:
               what ``known_at`` reads to give an event the status it had then.
entity_links   entries of different lists that are one party, with the reasons; reviewers
               confirm or split them (kept across re-ingests: keyed by entry keys).

Dates are ISO strings (``YYYY-MM-DD``), compared as text, which orders correctly.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("compression", String(10), nullable=False, default="zlib"),
    Column("data", LargeBinary, nullable=False),
)

snapshots = Table(
    "snapshots",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(40), nullable=False),
    Column("date", String(10), nullable=False),
    Column("published", String(32)),
    Column("ingested_at", String(40), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("record_count", Integer, nullable=False),
    Column("added", Integer, nullable=False, default=0),
    Column("removed", Integer, nullable=False, default=0),
    Column("changed", Integer, nullable=False, default=0),
    Column("files", Text, nullable=False),  # JSON: [{name, sha256, size, origin}]
    Column("warnings", Text, nullable=False, default="[]"),  # JSON list of strings
    Column("forced", Boolean, nullable=False, default=False),
    #: Position among the source's snapshots in date order (1, 2, ...). Renumbered when an
    #: older snapshot is ingested late; versions refer to snapshots by this number.
    Column("seq", Integer, nullable=False),
    UniqueConstraint("source", "content_hash", name="uq_snapshot_content"),
    Index("ix_snapshots_source_date", "source", "date"),
)

versions = Table(
    "versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(40), nullable=False),
    Column("key", String(200), nullable=False),
    Column("hash", String(40), nullable=False),
    Column("schema", String(40), nullable=False),
    Column("name", Text, nullable=False),
    Column("data", LargeBinary, nullable=False),  # codec.encode(Record.canonical_json())
    Column("first_seq", Integer, nullable=False),
    Column("until_seq", Integer),
    Column("valid_from", String(10), nullable=False),
    Column("valid_to", String(10)),
    Index("ix_versions_key", "key"),
    # only current versions are looked up by source (ingest); a partial index stays the
    # size of the lists, not of their history
    Index(
        "ix_versions_current",
        "source",
        sqlite_where=text("until_seq IS NULL"),
        postgresql_where=text("until_seq IS NULL"),
    ),
)

fetch_state = Table(
    "fetch_state",
    metadata,
    Column("source", String(40), primary_key=True),
    Column("file", String(200), primary_key=True),
    Column("url", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("sha256", String(64)),
    Column("checked_at", String(40)),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(200)),  # entry key, NULL for a reported-only entity
    Column("entity", Text, nullable=False),  # entity name as reported
    Column("type", String(20), nullable=False),
    Column("authority", Text),
    Column("list", Text),
    Column("date", String(10)),
    Column("date_precision", String(10)),
    Column("origin", String(20), nullable=False),  # official | annotation | news
    Column("status", String(20), nullable=False),  # reported | official | confirmed | rejected
    Column("effect", String(20)),  # announced | effective
    Column("evidence_url", Text),
    Column("evidence_quote", Text),
    Column("article_id", Integer),
    Column("confidence", Float),
    Column("created_at", String(40), nullable=False),
    Column("fingerprint", String(64), nullable=False, unique=True),
    Index("ix_events_key", "key"),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text),
    Column("title", Text),
    Column("language", String(8)),
    Column("published", String(32)),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
)

screenings = Table(
    "screenings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", String(40), nullable=False),
    Column("user", String(200), nullable=False),
    Column("as_of", String(10)),
    Column("threshold", Float, nullable=False),
    Column("snapshots", Text, nullable=False),  # JSON {source: {id, date}}
    Column("query_count", Integer, nullable=False),
    Column("match_count", Integer, nullable=False),
    Column("queries", Text, nullable=False),  # JSON
    Column("results", Text, nullable=False),  # JSON
)

watchlists = Table(
    "watchlists",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", String(40), nullable=False),
)

watch_items = Table(
    "watch_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("watchlist_id", Integer, ForeignKey("watchlists.id"), nullable=False),
    Column("ref", String(200)),  # the caller's own id
    Column("query", Text, nullable=False),  # JSON query
    Column("matches", Text, nullable=False, default="{}"),  # JSON {key: score} last seen
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("watch_item_id", Integer, ForeignKey("watch_items.id"), nullable=False),
    Column("kind", String(20), nullable=False),  # new | changed | removed | event
    Column("key", String(200), nullable=False),
    Column("detail", Text, nullable=False),
    Column("fingerprint", String(64), nullable=False, unique=True),
    Column("created_at", String(40), nullable=False),
    Column("delivered_at", String(40)),
    Column("attempts", Integer, nullable=False, default=0),
)

record_events = Table(
    # what a legal-record event (origin ``record``) adds to its ``events`` row
    "record_events",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True, autoincrement=False),
    Column("outcome", String(20)),  # upheld | granted | denied | ... (rulings)
    Column("document", String(40)),  # court_order | docket | federal_register | ...
    Column("scope", String(10), nullable=False, default="entry"),  # entry | party | list
    Column("imported_from", Text),
    Column("imported_at", String(40), nullable=False),
)

event_links = Table(
    # a news event backed by a record event (``confirms``) or contradicted by it (``conflicts``)
    "event_links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("record_event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("relation", String(20), nullable=False),
    Column("detail", Text),
    Column("created_at", String(40), nullable=False),
    UniqueConstraint("event_id", "record_event_id", name="uq_event_links"),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("query", Text, nullable=False),  # the query name as the reviewer gave it
    Column("query_key", String(400), nullable=False),  # decisions.query_key(query)
    Column("key", String(200), nullable=False),  # entry key
    Column("source", String(40), nullable=False),
    Column("version_id", Integer, nullable=False),  # versions.id the decision was taken on
    Column("version_hash", String(40), nullable=False),
    #: the largest events.id when the decision was taken: a later event on the entry reopens it
    Column("event_mark", Integer, nullable=False, default=0),
    Column("verdict", String(20), nullable=False),  # false_positive | true_match
    Column("reason", Text, nullable=False),
    Column("status", String(20), nullable=False),  # active | reopened | superseded
    Column("created_at", String(40), nullable=False),
    Column("created_by", String(200), nullable=False),
    Column("closed_at", String(40)),
    Column("closed_by", String(200)),
    Column("closed_reason", Text),
    Index("ix_decisions_query_key", "query_key", "status"),
    Index("ix_decisions_key", "key"),
)

decision_log = Table(
    "decision_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("decision_id", Integer, ForeignKey("decisions.id"), nullable=False),
    Column("action", String(20), nullable=False),  # add | reopen | auto_reopen | supersede
    Column("at", String(40), nullable=False),
    Column("user", String(200), nullable=False),
    Column("reason", Text, nullable=False),
    Index("ix_decision_log_decision", "decision_id"),
)

event_terms = Table(
    # what a general licence (a ``license`` record event) exempts, and until when
    "event_terms",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True, autoincrement=False),
    Column("exempts", Text, nullable=False, default="[]"),  # JSON list of effect kinds
    Column("until", String(10)),
)

#: Sources a site defined: the definition file as given, re-validated on load.
site_sources = Table(
    "site_sources",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("definition", Text, nullable=False),  # the TOML text
    Column("added_at", String(40), nullable=False),
)

#: The hash chain over screenings: one row per chained screening, in order.
#: ``record_hash`` = sha256 of ``seq|prev_hash|sha256(record)``; ``signature`` is the
#: Ed25519 signature of ``record_hash`` by key ``key_id`` (``signing_keys``).
screening_chain = Table(
    "screening_chain",
    metadata,
    Column("screening_id", Integer, ForeignKey("screenings.id"), primary_key=True,
           autoincrement=False),
    Column("seq", Integer, nullable=False, unique=True),
    Column("prev_hash", String(64)),
    Column("record_hash", String(64), nullable=False),
    Column("signature", Text, nullable=False),  # base64
    Column("key_id", String(64), nullable=False),
    Column("params", Text, nullable=False, default="{}"),  # JSON: how it was screened
    Column("known_at", String(40)),
)

#: The chain's head (one row, id 1): locked while records are appended.
screening_chain_head = Table(
    "screening_chain_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("record_hash", String(64)),
)

#: Public keys that signed screenings (Ed25519, raw 32 bytes base64).
signing_keys = Table(
    "signing_keys",
    metadata,
    Column("key_id", String(64), primary_key=True),
    Column("public_key", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

entity_links = Table(
    "entity_links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key_a", String(200), nullable=False),  # key_a < key_b
    Column("key_b", String(200), nullable=False),
    Column("reasons", Text, nullable=False),  # JSON list of the linker's reasons
    Column("found", Boolean, nullable=False, default=True),  # the linker finds it now
    Column("status", String(20), nullable=False),  # auto | confirmed | split
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("reviewed_by", String(200)),
    Column("reviewed_at", String(40)),
    Column("review_reason", Text),
    UniqueConstraint("key_a", "key_b", name="uq_entity_links"),
    Index("ix_entity_links_b", "key_b"),
)

event_status_log = Table(
    # every change of an event's status after it was recorded, so ``known_at=T`` can
    # answer with the status it had at T (a later confirmation never rewrites that)
    "event_status_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    Column("old_status", String(20), nullable=False),
    Column("new_status", String(20), nullable=False),
    Column("changed_at", String(40), nullable=False),
    Index("ix_event_status_log_event", "event_id"),
)

#: Numbered migrations: (version, name, tables created). Add new ones at the end; never edit.
MIGRATIONS: list[tuple[int, str, list[Table]]] = [
    (1, "initial schema", [schema_migrations, blobs, snapshots, versions, fetch_state]),
    (2, "legal events and articles", [events, articles]),
    (3, "screening audit and watchlists", [screenings, watchlists, watch_items, alerts]),
    (4, "legal record: record events and their links to news events", [record_events, event_links]),
    (5, "reviewer decisions on screening hits", [decisions, decision_log]),
    (10, "legal record: what a general licence exempts and until when", [event_terms]),
    (6, "signed hash chain of screenings",
     [screening_chain, screening_chain_head, signing_keys]),
    (11, "entity links across lists", [entity_links]),
    (7, "sources a site defines", [site_sources]),
    (12, "dated changes of legal events' status (known_at)", [event_status_log]),
]
