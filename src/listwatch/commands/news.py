"""`listwatch news extract|ingest` and `listwatch events list|confirm|reject`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any

import typer
from rich.table import Table

from listwatch.commands._common import (
    app,
    check_format,
    emit_json,
    err,
    open_store,
    out,
    progress_bar,
)
from listwatch.errors import ConfigError, ListwatchError

news_app = typer.Typer(no_args_is_help=True, help="Read news articles: mentions and dated legal events.")
events_app = typer.Typer(no_args_is_help=True, help="Legal events: list them, confirm or reject reported ones.")
app.add_typer(news_app, name="news")
app.add_typer(events_app, name="events")

DATE_HELP = "Publication date (YYYY, YYYY-MM or YYYY-MM-DD); overrides the page's own date."


def _check_date(date: str | None) -> None:
    if date:
        from listwatch.history.events import check_event_date

        try:
            check_event_date(date)
        except ConfigError as exc:
            raise ConfigError(f"--date: {exc.message}", hint=exc.hint) from None


def _stdin(source: str) -> bytes | None:
    return sys.stdin.buffer.read() if source == "-" else None


@news_app.command("extract")
def extract(
    source: Annotated[str, typer.Argument(metavar="FILE|URL|-", help="An article: file, http(s) URL or - for stdin.")],
    date: Annotated[str | None, typer.Option("--date", help=DATE_HELP)] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Mentions and legal events of one article (stores nothing)."""
    from listwatch.news.extract import extract_article
    from listwatch.news.load import load
    from listwatch.news.store import link_events, store_gazetteer

    check_format(fmt)
    _check_date(date)
    art = load(source, stdin=_stdin(source))
    gaz, index = store_gazetteer(open_store())
    result = extract_article(art, published=date, gazetteer=gaz)
    link_events(result, index)
    if fmt == "json":
        emit_json(result)
        return
    out.print(f"[bold]{result['title'] or source}[/bold]  language {result['language']}, "
              f"published {result['published'] or 'unknown'}")
    for m in result["mentions"]:
        out.print(f"  mention  {m['name']}" + (f" ({m['key']})" if m["key"] else " (on no loaded list)"))
    if not result["events"]:
        out.print("  no legal events found")
    for ev in result["events"]:
        _print_event_line(ev["date"], ev["type"], ev["status"], ev["entity"], ev.get("entity_key"),
                          ev.get("authority"), ev.get("evidence"))


def _print_event_line(date: str | None, type_: str, effect: str | None, entity: str, key: str | None,
                      authority: str | None, quote: str | None) -> None:
    who = f"{entity} ({key})" if key else entity
    out.print(f"  {date or '?':10}  {type_:<15} {effect or '':<9}  {who}" + (f" — {authority}" if authority else ""))
    if quote:
        out.print(f"              \u201c{quote[:140]}{'…' if len(quote) > 140 else ''}\u201d")


def _parties(store: Any) -> Callable[[str], Sequence[str]] | None:
    """Every listing of an entry's party, as screening joins them (the parties of the
    index cached for the lists as they are now; else the index is loaded, or built and
    cached, as a screening would); None when the store holds no list or no cache is kept."""
    from listwatch.screening.party_cache import cached_links

    links = cached_links(store)
    if links is None:
        from listwatch.screening.index_cache import load_index

        try:
            load_index(store)
        except ListwatchError:
            return None
        links = cached_links(store)
    return None if links is None else links.referents


@news_app.command("ingest")
def ingest(
    sources: Annotated[list[str], typer.Argument(metavar="PATH|URL|FEED...", help="Article files, folders, URL-list files, RSS/Atom feeds or URLs.")],
    date: Annotated[str | None, typer.Option("--date", help=DATE_HELP)] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Store articles and the legal events they report (origin news, status reported)."""
    from listwatch.news.feeds import collect, make_client
    from listwatch.news.store import ingest_article
    from listwatch.watch.runner import after_new_data

    check_format(fmt)
    _check_date(date)
    store = open_store()
    stdin = _stdin("-") if "-" in sources else None
    results: list[dict[str, Any]] = []
    party = _parties(store)
    with make_client() as client:
        items, failures = collect(sources, client, stdin=stdin)
        if len(sources) == 1 and len(items) == 0 and failures:
            raise ListwatchError(failures[0]["error"])
        for f in failures:
            err.print(f"[red]error[/red] {f['input']}: {f['error']}")
        with progress_bar() as progress:
            task = progress.add_task("news ingest", total=len(items))
            for item in items:
                try:
                    res = ingest_article(store, item.load(), url=item.url, published=date or item.published,
                                         feed=item.feed, party=party)
                except ListwatchError as exc:
                    if len(items) == 1 and not failures:
                        raise
                    failures.append({"input": item.label, "error": str(exc)})
                    err.print(f"[red]error[/red] {item.label}: {exc}")
                else:
                    res["input"] = item.label
                    new_ids = [e["id"] for e in res["events"] if e["created"]]
                    if new_ids:
                        res["alerts"] = len(after_new_data(store, event_ids=new_ids)["alerts"])
                    results.append(res)
                    if fmt == "text":
                        _print_ingested(res)
                progress.advance(task)
    if fmt == "json":
        emit_json({"articles": results, "failures": failures,
                   "new_events": sum(r["new_events"] for r in results)})
    elif len(items) > 1 or failures:
        stored = sum(1 for r in results if not r["duplicate"])
        err.print(f"{stored} article(s) stored, {len(results) - stored} already stored, "
                  f"{sum(r['new_events'] for r in results)} new event(s), {len(failures)} failure(s)")
    if failures:
        raise typer.Exit(1)


# (``news add``: the verb ``watch add`` and ``decisions add`` use, which users type here
# too; the same command, not listed apart)
news_app.command("add", hidden=True)(ingest)


def _print_ingested(res: dict[str, Any]) -> None:
    if res["duplicate"]:
        err.print(f"{res['input']}: {res['message']}")
        return
    if res.get("redated"):
        err.print(f"{res['input']}: {res['message']}")
    err.print(f"{res['input']}: article {res['article_id']} ({res['language']}, "
              f"{res['published'] or 'undated'}): {len(res['events'])} event(s), {res['new_events']} new")
    for ev in res["events"]:
        target = ev["key"] or f"{ev['entity']} (reported only)"
        err.print(f"  #{ev['id']} {ev['date'] or '?':10} {ev['type']:<15} {ev['effect'] or '':<9} {target}")


@events_app.command("list")
def list_cmd(
    entry: Annotated[str | None, typer.Option("--entry", "-e", help="Only events of this entry key.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="reported, official, confirmed or rejected.")] = None,
    origin: Annotated[str | None, typer.Option("--origin", help="official, annotation or news.")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Only events naming exactly this entity.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Stored legal events, oldest first."""
    from listwatch.history.events import list_events

    check_format(fmt)
    rows = list_events(open_store(), key=entry, status=status, origin=origin, entity=entity, limit=limit)
    if fmt == "json":
        emit_json(rows)
        return
    if not rows:
        out.print("no events")
        return
    table = Table("id", "date", "type", "effect", "entity", "entry", "origin", "status", box=None,
                  header_style="bold")
    for r in rows:
        table.add_row(str(r["id"]), r["date"] or "?", r["type"], r["effect"] or "", r["entity"],
                      r["key"] or "(reported only)", r["origin"], r["status"])
    out.print(table)


def _set(event_id: int, status: str, fmt: str) -> None:
    from listwatch.history.events import set_status

    check_format(fmt)
    ev = set_status(open_store(), event_id, status)
    if fmt == "json":
        emit_json(ev)
    else:
        out.print(f"event {ev['id']} {status}: {ev['type']} of {ev['entity']} ({ev['date'] or 'undated'})")


@events_app.command("confirm")
def confirm(
    event_id: Annotated[int, typer.Argument(metavar="ID")],
    fmt: Annotated[str, typer.Option("--format")] = "text",
) -> None:
    """A person checked a reported event: it is confirmed."""
    _set(event_id, "confirmed", fmt)


@events_app.command("reject")
def reject(
    event_id: Annotated[int, typer.Argument(metavar="ID")],
    fmt: Annotated[str, typer.Option("--format")] = "text",
) -> None:
    """A reported event is wrong: it is kept but hidden from timelines."""
    _set(event_id, "rejected", fmt)
