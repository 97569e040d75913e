"""`listwatch status QUERY|--entry KEY|--isin ISIN [--as-of D]`: what a listing forbids on a date."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from listwatch.commands._common import app, check_format, emit_json, err, open_store, out


def _print(entry: dict[str, Any]) -> None:
    since = f" since {entry['state_since']}" if entry.get("state_since") else ""
    if entry.get("state_since_on_or_before"):
        since += " or before (the first snapshot of the list in this store)"
    out.print(f"[bold]{escape(entry['name'] or entry['key'])}[/bold]  ({entry['key']})")
    out.print(f"  state on {entry['as_of']}: [bold]{entry['state']}[/bold]{since}")
    cause = entry.get("state_cause") or {}
    if cause.get("kind") == "event":
        ev = cause["event"]
        out.print(f"    because: {ev['type']} of {ev['date']} ({ev.get('authority') or ev['origin']}) {ev.get('url') or ''}")
    elif cause.get("kind") == "rule":
        out.print(f"    because: {escape(cause.get('detail') or '')} " + escape(f"[{cause.get('basis')}]"))
    if entry.get("listed_on"):
        if entry["listing_date_from"] == "publisher":
            out.print(f"  listed: {entry['listed_on']}; first seen in our records: "
                      f"{entry.get('first_seen')}")
        else:  # (the list gives no date: the day the store first saw it, said once)
            out.print(f"  first seen in our records: {entry['listed_on']} (the list gives no "
                      "listing date)")
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
    known_at: Annotated[str | None, typer.Option(
        "--known-at", help="As the store knew it at this time (YYYY-MM-DD or ISO time, UTC): "
        "snapshots ingested and events recorded by then.")] = None,
) -> None:
    """Legal state and effects of a listing on a date: what it forbids, for whom, until when."""
    from listwatch.legal.status import status as run

    check_format(fmt)
    result = run(open_store(), query, key=entry, isin=isin, as_of=as_of, known_at=known_at)
    if fmt == "json":
        emit_json(result)
        return
    if not result["entries"]:
        out.print(f"[bold]not listed[/bold] on {result['as_of']}: {escape(result.get('note') or '')}")
    for item in result["entries"]:
        _print(item)


@app.command()
def calendar(
    entry: Annotated[list[str] | None, typer.Option("--entry", help="Entry keys (repeat).")] = None,
    watchlist: Annotated[str | None, typer.Option("--watchlist", help="A watchlist's name (default: all, when no --entry).")] = None,
    start: Annotated[str | None, typer.Option("--from", help="From this date (default today).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text, json, csv or ics.")] = "text",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """The restriction calendar: every dated effect ahead (purchase bans, divestment
    deadlines, licences expiring, contracting bans) of some entries or a watchlist."""
    from listwatch.legal.calendar import calendar_for, to_csv, to_ics
    from listwatch.store.snapshots import check_date

    check_format(fmt, ("text", "json", "csv", "ics"))
    if start:
        check_date(start, "--from")
    items = calendar_for(open_store(), keys=entry, watchlist=watchlist, start=start)
    if fmt in ("csv", "ics") or output:
        text = to_ics(items) if fmt == "ics" else to_csv(items) if fmt != "json" else json.dumps(items, indent=2)
        if output:
            output.write_text(text, encoding="utf-8", newline="")
            err.print(f"{len(items)} dated effects written to {output}")
        else:
            sys.stdout.write(text)
        return
    if fmt == "json":
        emit_json(items)
        return
    if not items:
        out.print("no dated effect ahead")
    for it in items:
        out.print(f"{it['date']}  {escape(it['name'] or it['key'])}: {it['what']} " + escape(f"[{it['basis']}]"))
