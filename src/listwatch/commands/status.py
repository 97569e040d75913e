"""`listwatch status QUERY|--entry KEY|--isin ISIN [--as-of D]`: what a listing forbids on a date."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape

from listwatch.commands._common import app, check_format, emit_json, open_store, out


def _print(entry: dict[str, Any]) -> None:
    since = f" since {entry['state_since']}" if entry.get("state_since") else ""
    out.print(f"[bold]{escape(entry['name'] or entry['key'])}[/bold]  ({entry['key']})")
    out.print(f"  state on {entry['as_of']}: [bold]{entry['state']}[/bold]{since}")
    cause = entry.get("state_cause") or {}
    if cause.get("kind") == "event":
        ev = cause["event"]
        out.print(f"    because: {ev['type']} of {ev['date']} ({ev.get('authority') or ev['origin']}) {ev.get('url') or ''}")
    elif cause.get("kind") == "rule":
        out.print(f"    because: {escape(cause.get('detail') or '')} " + escape(f"[{cause.get('basis')}]"))
    if entry.get("listed_on"):
        label = "listed" if entry["listing_date_from"] == "publisher" else "first seen in our records"
        out.print(f"  {label}: {entry['listed_on']}; first seen in our records: {entry.get('first_seen')}")
    for eff in entry["effects"]:
        flag = "SUSPENDED " if eff["suspended"] else ""
        until = eff["until"] or "(open)"
        out.print(f"  {flag}{eff['kind']}: {escape(eff['prohibits'])} — for {escape(eff['for'])}, "
                  f"{eff['from']} → {until} " + escape(f"[{eff['basis']}]"))
    if not entry["effects"]:
        out.print("  no effect in force")
    for d in entry["deadlines"]:
        out.print(f"  upcoming {d['date']}: {d['what']} " + escape(f"[{d['basis']}]"))
    for r in entry.get("unconfirmed_reports", []):
        out.print(f"  unconfirmed report: {r['type']} {r['date']} ({r['origin']})")
    for rule in entry["rules"]:
        out.print(f"  rule: {escape(rule['title'])} ({rule['file']})")


@app.command()
def status(
    query: Annotated[str | None, typer.Argument(help="A name to look up.")] = None,
    entry: Annotated[str | None, typer.Option("--entry", help="An entry key, e.g. us_dod_1237:xiaomi.")] = None,
    isin: Annotated[str | None, typer.Option("--isin", help="A security's ISIN.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="The date (YYYY-MM-DD); default today.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Legal state and effects of a listing on a date: what it forbids, for whom, until when."""
    from listwatch.legal.status import status as run

    check_format(fmt)
    result = run(open_store(), query, key=entry, isin=isin, as_of=as_of)
    if fmt == "json":
        emit_json(result)
        return
    for item in result["entries"]:
        _print(item)
