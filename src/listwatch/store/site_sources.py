"""Sources a site defines (``listwatch sources add FILE``): kept in the database so they
persist, registered with the source registry whenever the store opens."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, inspect, select, update

from listwatch.errors import ConfigError, NotFound
from listwatch.sources import SITE, register, unregister
from listwatch.sources.site import SiteSource, parse_definition
from listwatch.store.clock import utcnow
from listwatch.store.schema import site_sources

if TYPE_CHECKING:  # (db.Store loads the site sources when it opens)
    from listwatch.store.db import Store

log = logging.getLogger("listwatch.sources")


def load_site_sources(store: Store) -> list[str]:
    """Register every stored definition (a definition that no longer validates is logged
    and skipped, so one bad file never stops the tool)."""
    ids: list[str] = []
    with store.connect() as conn:
        if not inspect(conn).has_table("site_sources"):
            return ids
        rows = conn.execute(select(site_sources.c.id, site_sources.c.definition)).all()
    for row in rows:
        try:
            register(SiteSource(parse_definition(row.definition, f"site source {row.id}")))
            ids.append(row.id)
        except Exception as exc:  # reported; the others still load
            log.warning("site source not loaded", extra={"source": row.id, "error": str(exc)})
    return ids


def add_site_source(store: Store, path: Path, *, replace: bool = False) -> dict[str, Any]:
    """Validate the TOML file at ``path`` and store it; returns the source's description."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the definition ({exc})",
                          hint="give a UTF-8 TOML file") from None
    definition = parse_definition(text, str(path))
    source = SiteSource(definition)
    with store.begin() as conn:
        exists = conn.execute(select(site_sources.c.id).where(site_sources.c.id == definition.id)).first()
        if exists and not replace:
            raise ConfigError(f"{path}: a source {definition.id!r} is already defined",
                              hint="pass --replace to change its definition")
        if exists:
            conn.execute(update(site_sources).where(site_sources.c.id == definition.id)
                         .values(definition=text, added_at=utcnow()))
        else:
            conn.execute(insert(site_sources).values(id=definition.id, definition=text,
                                                     added_at=utcnow()))
    register(source)
    return source.describe()


def remove_site_source(store: Store, source_id: str) -> None:
    """Forget a site's definition (its snapshots stay)."""
    with store.begin() as conn:
        gone = conn.execute(delete(site_sources).where(site_sources.c.id == source_id)).rowcount
    if not gone:
        raise NotFound(f"no site-defined source {source_id!r}",
                       hint="`listwatch sources` lists the sources")
    unregister(source_id)


__all__ = ["SITE", "add_site_source", "load_site_sources", "remove_site_source"]
