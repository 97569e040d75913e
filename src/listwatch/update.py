"""`listwatch update`: download each source and ingest what changed.

A source that fails is reported and the others still go in.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from rich.console import Console
from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite

from listwatch.errors import ConfigError, ListwatchError, NotInMirror
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


def _check_mirror(mirror: str) -> None:
    """A mirror folder that does not exist fails once, before any source is tried."""
    if "://" in mirror and not mirror.startswith("file://"):
        return
    from pathlib import Path

    folder = Path(mirror.removeprefix("file://")).expanduser()
    if not folder.is_dir():
        raise ConfigError(f"mirror folder {mirror} does not exist",
                          hint="check --mirror (or LISTWATCH_MIRROR): a URL, or a folder laid "
                          "out <source>/<date>/<file>")


def update_sources(
    store: Store,
    source_ids: list[str] | None = None,
    *,
    mirror: str | None = None,
    force: bool = False,
    console: Console | None = None,
) -> dict[str, Any]:
    from listwatch.fetch import fetch_source
    from listwatch.sources import GROUPS

    mirror = mirror or get_settings().mirror
    if mirror:
        _check_mirror(mirror)
    ids = [s for sid in (source_ids or default_sources(store)) for s in GROUPS.get(sid, (sid,))]
    for sid in ids:
        get_source(sid)  # unknown ids fail before any download
    report: list[dict[str, Any]] = []
    for sid in ids:
        source = get_source(sid)
        if source.ended and not mirror:
            report.append({"source": sid, "status": "ended",
                           "message": f"the publisher retired this list on {source.ended}"
                           + (f"; its successor is {source.successor}" if source.successor else "")
                           + "; only a mirror (--mirror) can still serve its files"})
            continue
        if getattr(source, "incremental", False):
            report.extend(_update_dated(store, source, mirror, force))
            continue
        try:
            site = getattr(source, "definition", None)
            if site is not None and site.path and not mirror:
                fetched = _read_site_file(source, site.path, _validators(store, sid))
            else:
                fetched = fetch_source(
                    source, mirror=mirror or (site.mirror if site is not None else None),
                    validators=_validators(store, sid),
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
        from listwatch.watch.runner import after_new_data

        after_new_data(store, snapshots=True)
    out: dict[str, Any] = {"mirror": mirror, "sources": report}
    if not source_ids:
        out["left_out"] = left_out(ids)
    return out


def left_out(fetched: list[str]) -> list[dict[str, Any]]:
    """What a plain `update` (no --source) leaves out and how to fetch it: the lists
    published as dated notices with no official download (the DoD's), each group once
    (``sources.GROUPS``: ``us_dod_cmc`` stands for the two DoD lists)."""
    from listwatch.sources import GROUPS

    out: list[dict[str, Any]] = []
    done: set[str] = set(fetched)
    for sid in REGISTRY:
        source = get_source(sid)
        if sid in done or not getattr(source, "incremental", False):
            continue
        group = next((g for g, members in GROUPS.items() if sid in members), sid)
        members = [m for m in GROUPS.get(group, (sid,)) if m not in done]
        done.update(members)
        folders = " and ".join(f"M/{get_source(m).mirror_names[0]}/<date>/" for m in members)
        command = f"listwatch update --source {group} --mirror M"
        message = (f"no official download (dated notices): `{command}` fetches them from "
                   f"{folders}")
        for m in members:
            setting = getattr(get_source(m), "ftm_setting", None)
            if setting:
                message += (f"; with LISTWATCH_{setting.upper()} set, `listwatch update "
                            f"--source {m}` reads {m} from an FtM export")
        out.append({"sources": members, "command": command, "message": message})
    return out


def default_sources(store: Store) -> list[str]:
    """What `update` fetches without --source: the official downloads, and the sources a
    site defined whose schedule says they are due (never the "manual" ones)."""
    from listwatch.sources import SITE

    return [*DOWNLOADABLE, *(sid for sid in SITE if _due(store, SITE[sid]))]


def _due(store: Store, source: Any) -> bool:
    """Whether a site-defined source's schedule calls for an update now."""
    from listwatch.sources.site import SCHEDULES
    from listwatch.store.schema import snapshots

    days = SCHEDULES.get(getattr(source, "schedule", "daily"))
    if days is None:  # manual: only when asked by --source
        return False
    with store.connect() as conn:
        last = conn.execute(select(func.max(snapshots.c.ingested_at))
                            .where(snapshots.c.source == source.id)).scalar()
    if not last:
        return True
    age = dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(last)
    return age >= dt.timedelta(days=days) * 0.9


def _read_site_file(source: Any, path: str, validators: dict[str, dict[str, str]]) -> Any:
    """A site-defined source kept in a local file: read it as a download would be."""
    import hashlib
    from pathlib import Path

    from listwatch.errors import FetchError
    from listwatch.fetch import FetchResult
    from listwatch.sources.files import check_bytes, read_file

    file = Path(path)
    if not file.is_file():
        raise FetchError(f"{source.id}: the file {path} does not exist",
                         hint="fix 'path' in the source's definition (listwatch sources add --replace)")
    _, data = read_file(file)
    name = next(iter(source.files))
    check_bytes(name, data)
    digest = hashlib.sha256(data).hexdigest()
    same = (validators.get(name) or {}).get("sha256") == digest
    return FetchResult(source.id, {} if same else {name: data}, same,
                       dt.datetime.now(dt.UTC).date().isoformat(),
                       {name: {"url": str(file), "sha256": digest}}, {name: str(file)})


def _latest_date(store: Store, source_id: str) -> str | None:
    from listwatch.store.schema import snapshots

    with store.connect() as conn:
        return conn.execute(select(func.max(snapshots.c.date)).where(snapshots.c.source == source_id)).scalar()


def _update_dated(store: Store, source: Any, mirror: str | None, force: bool) -> list[dict[str, Any]]:
    """A source published as dated change notices: every new dated folder of the mirror
    in date order (none may be skipped), then the FtM export a setting points at."""
    from listwatch.fetch import fetch_dated_folders, fetch_one

    out: list[dict[str, Any]] = []
    ftm = getattr(source, "ftm_setting", None)
    ftm_location = getattr(get_settings(), ftm, None) if ftm else None
    if not mirror and not ftm_location:
        hint = f"use --mirror (<mirror>/{source.mirror_names[0]}/<date>/list.csv)"
        if ftm:
            hint += f" or set LISTWATCH_{ftm.upper()}"
        return [{"source": source.id, "status": "missing",
                 "message": f"{source.id} has no official download: {hint}"}]
    try:
        results = []
        if mirror:
            for fetched in fetch_dated_folders(source, mirror, after=_latest_date(store, source.id)):
                results.append(ingest_files(store, source, fetched.files, folder=fetched.date,
                                            origin=fetched.origin, force=force))
        if ftm_location:
            fetched = fetch_one(ftm_location, "entities.ftm.json")
            latest = _latest_date(store, source.id)
            day = max(fetched.date, latest) if latest else fetched.date
            results.append(ingest_files(store, source, fetched.files, folder=day,
                                        origin=fetched.origin, force=force))
    except NotInMirror as exc:
        return [{"source": source.id, "status": "missing", "message": str(exc)}]
    except ListwatchError as exc:
        log.warning("update failed", extra={"source": source.id, "error": str(exc)})
        return [{"source": source.id, "status": "failed", "message": str(exc)}]
    for result in results:
        out.append({"source": source.id, "status": "ok" if result.status == "ingested" else "unchanged",
                    "message": result.message, "snapshot": result.to_dict(), "warnings": []})
    if not results:
        out.append({"source": source.id, "status": "unchanged", "message": "no new dated folder"})
    return out


__all__ = ["DOWNLOADABLE", "REGISTRY", "default_sources", "left_out", "update_sources"]
