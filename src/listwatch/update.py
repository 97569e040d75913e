"""`listwatch update`: download each source and ingest what changed.

A source that fails is reported and the others still go in.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from rich.console import Console
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from listwatch.errors import ListwatchError, NotInMirror
from listwatch.settings import get_settings
from listwatch.sources import REGISTRY, get_source
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_files
from listwatch.store.schema import fetch_state

log = logging.getLogger("listwatch.update")

#: Sources that `update` fetches by default (the others have no official download).
DOWNLOADABLE = ("us_ofac_sdn", "us_ofac_cons", "us_trade_csl", "us_bis_dpl", "un_sc", "eu_fsf", "gb_fcdo")


def _validators(store: Store, source_id: str) -> dict[str, dict[str, str]]:
    with store.connect() as conn:
        rows = conn.execute(select(fetch_state).where(fetch_state.c.source == source_id))
        return {
            r.file: {k: v for k, v in {"url": r.url, "etag": r.etag, "last_modified": r.last_modified,
                                        "sha256": r.sha256}.items() if v}
            for r in rows
        }


def _save_validators(store: Store, source_id: str, validators: dict[str, dict[str, str]]) -> None:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    ins = postgresql.insert if store.dialect == "postgresql" else sqlite.insert
    with store.begin() as conn:
        for name, v in validators.items():
            values = {"source": source_id, "file": name, "url": v.get("url"), "etag": v.get("etag"),
                      "last_modified": v.get("last_modified"), "sha256": v.get("sha256"),
                      "checked_at": now}
            stmt = ins(fetch_state).values(**values)
            stmt = stmt.on_conflict_do_update(
                index_elements=["source", "file"],
                set_={k: stmt.excluded[k] for k in ("url", "etag", "last_modified", "sha256", "checked_at")},
            )
            conn.execute(stmt)


def update_sources(
    store: Store,
    source_ids: list[str] | None = None,
    *,
    mirror: str | None = None,
    force: bool = False,
    console: Console | None = None,
) -> dict[str, Any]:
    from listwatch.fetch import fetch_source

    mirror = mirror or get_settings().mirror
    ids = source_ids or list(DOWNLOADABLE)
    for sid in ids:
        get_source(sid)  # unknown ids fail before any download
    report: list[dict[str, Any]] = []
    for sid in ids:
        source = get_source(sid)
        try:
            fetched = fetch_source(
                source, mirror=mirror, validators=_validators(store, sid),
                progress=bool(console and console.is_terminal),
            )
            if fetched.not_modified:
                report.append({"source": sid, "status": "unchanged",
                               "message": "not modified since the last download"})
                continue
            result = ingest_files(store, source, fetched.files, folder=fetched.date,
                                  origin=fetched.origin, force=force)
            _save_validators(store, sid, fetched.validators)
            status = "ok" if result.status == "ingested" else "unchanged"
            item = {"source": sid, "status": status, "message": result.message,
                    "snapshot": result.to_dict(), "warnings": fetched.warnings}
            report.append(item)
        except NotInMirror as exc:
            report.append({"source": sid, "status": "missing", "message": str(exc)})
        except ListwatchError as exc:
            log.warning("update failed", extra={"source": sid, "error": str(exc)})
            report.append({"source": sid, "status": "failed", "message": str(exc)})
    if any(r["status"] == "ok" for r in report):
        _after_update(store)
    return {"mirror": mirror, "sources": report}


def _after_update(store: Store) -> None:
    """Hooks that follow new snapshots (watchlists re-screen here once they exist)."""
    try:
        from listwatch.watch.runner import run_all  # type: ignore[import-not-found]
    except ImportError:
        return
    run_all(store)


__all__ = ["DOWNLOADABLE", "REGISTRY", "update_sources"]
