"""`listwatch decisions add|list|reopen`: reviewers' decisions on screening hits."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from listwatch.commands._common import app, check_format, emit_json, err, open_store, out

decisions_app = typer.Typer(
    no_args_is_help=True,
    help="Reviewers' decisions on screening hits (false positive / true match).",
)
app.add_typer(decisions_app, name="decisions")


def _print(rows: list[dict[str, Any]]) -> None:
    if not rows:
        out.print("no decisions")
        return
    table = Table("id", "status", "query", "entry", "verdict", "reason", "by", "at", "closed")
    for d in rows:
        closed = f"{d['closed_at']} {d['closed_reason']}" if d.get("closed_at") else ""
        table.add_row(str(d["id"]), d["status"], d["query"], d["key"], d["verdict"], d["reason"],
                      d["created_by"], d["created_at"], closed)
    out.print(table)


@decisions_app.command("add")
def add(
    query: Annotated[str, typer.Option("--query", "-q", help="The screened name, as screened.")],
    key: Annotated[str, typer.Option("--key", "-k", help="The hit's entry key (e.g. us_ofac_sdn:36).")],
    verdict: Annotated[str, typer.Option("--verdict", help="false_positive or true_match.")],
    reason: Annotated[str, typer.Option("--reason", help="Why: what the reviewer checked.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Record a decision on a hit: later screenings of the same query leave a false positive
    out and keep a true match, marked."""
    from listwatch.screening.party_cache import party
    from listwatch.store.decisions import add_decision

    check_format(fmt)
    store = open_store()
    # the decision covers the party: every listing linked to the entry, as the screening
    # index cached for this state of the store joins them (the index itself is not
    # needed); with none cached, the entry alone: screenings add the party's listings
    referents = party(store, key)
    d = add_decision(store, query=query, key=key, verdict=verdict, reason=reason,
                     referents=referents or (key,))
    if fmt == "json":
        emit_json(d)
        return
    out.print(f"decision #{d['id']}: {d['verdict']} for {d['query']!r} -> {d['key']} "
              f"(version {d['version_hash'][:12]}), by {d['created_by']}")
    if len(d["referents"]) > 1:
        out.print("  covers the party's listings: " + ", ".join(d["referents"]))
    elif referents is None:
        out.print("  covers the party of this entry: its other listings are taken from "
                  "the links when screening (no screening index is cached for the lists "
                  "as they are now)")


@decisions_app.command("list")
def list_(
    status: Annotated[str | None, typer.Option("--status", help="active, reopened or superseded.")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q")] = None,
    key: Annotated[str | None, typer.Option("--key", "-k")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Decisions, newest first (those whose entry changed are reopened first)."""
    from listwatch.screening.party_cache import cached_links
    from listwatch.store.decisions import list_decisions

    check_format(fmt)
    store = open_store()
    # (the parties of the cached index, when there is one: a change of any listing of a
    # decided party reopens its decision here as at screening)
    links = cached_links(store)
    rows = list_decisions(store, status=status, query=query, key=key,
                          entity=links.referents if links is not None else None)
    if fmt == "json":
        emit_json(rows)
    else:
        _print(rows)


@decisions_app.command("reopen")
def reopen(
    decision_id: Annotated[int, typer.Argument(metavar="ID", help="The decision's id.")],
    reason: Annotated[str | None, typer.Option("--reason", help="Why it is reopened.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Reopen a decision: the hit shows again in later screenings."""
    from listwatch.store.decisions import reopen_decision

    check_format(fmt)
    d = reopen_decision(open_store(), decision_id, reason=reason)
    if fmt == "json":
        emit_json(d)
        return
    err.print(f"decision #{d['id']} reopened: {d['closed_reason']}")
