"""`listwatch watch add|list|run|alerts|remove`: watchlists from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from listwatch.commands._common import app, check_format, emit_json, err, open_store, out
from listwatch.errors import ConfigError

watch_app = typer.Typer(
    no_args_is_help=True,
    help="Watchlists: names re-screened after every update; changes become alerts.",
)
app.add_typer(watch_app, name="watch")

LIST_HELP = "Watchlist name."


def _check_lists(store: Any) -> None:
    """Watchlists re-screened against no list at all would read "no alerts": refused."""
    from sqlalchemy import func, select

    from listwatch.errors import NothingScreened
    from listwatch.store.schema import snapshots

    with store.connect() as conn:
        count = conn.execute(select(func.count()).select_from(snapshots)).scalar()
    if not count:
        raise NothingScreened("the database holds no list: the watchlists were not screened",
                              hint="run `listwatch update` or `listwatch ingest` first")


def _print_alerts(alerts: list[dict[str, Any]]) -> None:
    if not alerts:
        out.print("no alerts")
        return
    table = Table("id", "list", "item", "kind", "reason", "entry", "score", "created", "delivered")
    for a in alerts:
        entry = a.get("entry") or {}
        item = a.get("ref") or (a.get("query") or {}).get("name", "")
        score = a.get("score")
        table.add_row(
            str(a["id"]),
            a["watchlist"],
            str(item),
            a["kind"],
            str(a.get("reason") or ""),
            f"{entry.get('caption') or ''} ({a['key']})",
            f"{score:.2f}" if isinstance(score, float) else "",
            a["created_at"],
            a["delivered_at"] or "-",
        )
    out.print(table)


def _print_delivery(report: dict[str, Any] | None) -> None:
    if not report or not report.get("url"):
        return
    if report.get("error"):
        err.print(f"[yellow]webhook:[/yellow] {report['error']} ({report['pending']} pending)")
    elif report["delivered"]:
        err.print(f"webhook: {report['delivered']} alert(s) delivered")


def _date_order(given: str | None) -> str | None:
    if given is None:
        return None
    order = given.strip().lower()
    if order not in ("dmy", "mdy"):
        raise ConfigError(f"--date-order {given!r} is not a date order",
                          hint="use dmy (day first) or mdy (month first)")
    return order


@watch_app.command("add")
def add(
    name: Annotated[str | None, typer.Argument(help="A name to watch.")] = None,
    list_name: Annotated[str, typer.Option("--list", "-l", help=LIST_HELP)] = "default",
    schema: Annotated[
        str | None, typer.Option("--schema", help="Person, Company, Organization, Vessel ...")
    ] = None,
    country: Annotated[str | None, typer.Option("--country")] = None,
    birth_date: Annotated[
        str | None, typer.Option("--birth-date", help="1970, 1970-05 or 1970-05-31.")
    ] = None,
    identifier: Annotated[
        str | None, typer.Option("--identifier", help="A registration, tax or IMO number.")
    ] = None,
    ref: Annotated[
        str | None, typer.Option("--id", help="Your own reference for this item.")
    ] = None,
    input_file: Annotated[
        Path | None,
        typer.Option(
            "--input",
            "-i",
            help="A CSV with a 'name' column and optional id, schema, country, birth_date, identifier.",
        ),
    ] = None,
    date_order: Annotated[
        str | None,
        typer.Option("--date-order", help="How 07/10/1952 reads: dmy (7 October, the default; "
                     "LISTWATCH_DATE_ORDER) or mdy (July 10)."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Add a name, or every row of a CSV, to a watchlist (created if missing)."""
    from listwatch.watch.portfolio import add_csv, add_items

    check_format(fmt)
    store = open_store()
    if input_file is not None:
        if name or schema or country or birth_date or identifier or ref:
            raise ConfigError("give either NAME with its options or --input FILE, not both")
        result = add_csv(store, list_name, input_file, date_order=_date_order(date_order))
    elif name:
        fields = {
            "name": name,
            "schema": schema,
            "country": country,
            "birth_date": birth_date,
            "identifier": identifier,
            "id": ref,
        }
        order = _date_order(date_order)
        if order is not None and birth_date:
            from listwatch.partial_dates import normalise_date

            fields["birth_date"] = normalise_date(birth_date, order, "birth_date")
        result = add_items(store, list_name, [fields])
    else:
        raise ConfigError("give a NAME to watch or --input FILE.csv")
    if fmt == "json":
        emit_json(result)
        return
    for warning in result.get("warnings", []):
        err.print(f"[yellow]warning:[/yellow] {warning}")
    msg = f"{result['watchlist']}: {result['added']} added"
    if result["skipped"]:
        msg += f", {result['skipped']} already there"
    if result.get("ignored_columns"):
        msg += f" (ignored columns: {', '.join(result['ignored_columns'])})"
    err.print(msg)


@watch_app.command("list")
def list_(
    list_name: Annotated[
        str | None, typer.Option("--list", "-l", help="Show this watchlist's items.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format")] = "text",
) -> None:
    """Watchlists with their counts, or one watchlist's items and current matches."""
    from listwatch.watch.portfolio import list_items, list_watchlists

    check_format(fmt)
    store = open_store()
    if list_name is None:
        lists = list_watchlists(store)
        if fmt == "json":
            emit_json(lists)
            return
        table = Table("watchlist", "items", "alerts", "undelivered", "created")
        for w in lists:
            table.add_row(
                w["name"], str(w["items"]), str(w["alerts"]), str(w["undelivered"]), w["created_at"]
            )
        out.print(
            table if lists else "no watchlists: add one with `listwatch watch add NAME --list L`"
        )
        return
    items = list_items(store, list_name)
    if fmt == "json":
        emit_json(items)
        return
    table = Table("item", "ref", "query", "matches")
    for it in items:
        query = ", ".join(f"{k}={v}" for k, v in it["query"].items())
        matches = "; ".join(
            f"{m.get('caption')} ({k}, {m.get('score')})" for k, m in it["matches"].items()
        )
        table.add_row(str(it["id"]), it["ref"] or "", query, matches or "-")
    out.print(table)


@watch_app.command("run")
def run(
    list_name: Annotated[
        str | None, typer.Option("--list", "-l", help="Only this watchlist (default: all).")
    ] = None,
    deliver: Annotated[
        bool, typer.Option("--deliver/--no-deliver", help="Send pending alerts to the webhook.")
    ] = True,
    fmt: Annotated[str, typer.Option("--format")] = "text",
) -> None:
    """Re-screen watchlists now; prints the new alerts."""
    from listwatch.watch.runner import run_all, run_watchlist

    check_format(fmt)
    store = open_store()
    _check_lists(store)
    report = (
        run_watchlist(store, list_name, deliver=deliver)
        if list_name
        else run_all(store, deliver=deliver)
    )
    if fmt == "json":
        emit_json(report["alerts"])
    else:
        _print_alerts(report["alerts"])
    _print_delivery(report.get("delivery"))


@watch_app.command("alerts")
def alerts_(
    list_name: Annotated[str | None, typer.Option("--list", "-l", help=LIST_HELP)] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="new, changed, removed or event.")
    ] = None,
    undelivered: Annotated[
        bool, typer.Option("--undelivered", help="Only alerts not yet sent to the webhook.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit")] = 100,
    fmt: Annotated[str, typer.Option("--format")] = "text",
) -> None:
    """Alerts stored so far, newest first."""
    from listwatch.watch.alerts import list_alerts

    check_format(fmt)
    found = list_alerts(open_store(), list_name, kind=kind, undelivered=undelivered, limit=limit)
    if fmt == "json":
        emit_json(found)
    else:
        _print_alerts(found)


@watch_app.command("remove")
def remove(
    names: Annotated[
        list[str] | None, typer.Argument(help="Names of items to remove (exact, any case).")
    ] = None,
    list_name: Annotated[str, typer.Option("--list", "-l", help=LIST_HELP)] = "default",
    refs: Annotated[
        list[str] | None, typer.Option("--id", help="Remove the item with this reference.")
    ] = None,
    items: Annotated[
        list[int] | None, typer.Option("--item", help="Remove the item with this number.")
    ] = None,
    whole: Annotated[
        bool, typer.Option("--all", help="Delete the whole watchlist with its alerts.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format")] = "text",
) -> None:
    """Remove items (with their alerts) from a watchlist, or the whole watchlist."""
    from listwatch.watch.portfolio import delete_watchlist, remove_items

    check_format(fmt)
    store = open_store()
    if whole:
        if names or refs or items:
            raise ConfigError("--all deletes the whole watchlist: give no items with it")
        result: dict[str, Any] = {"deleted_watchlist": delete_watchlist(store, list_name)}
        msg = f"{list_name}: deleted with {result['deleted_watchlist']['items']} item(s)"
    else:
        n = remove_items(store, list_name, item_ids=items or [], refs=refs or [], names=names or [])
        result = {"watchlist": list_name, "removed": n}
        msg = f"{list_name}: {n} item(s) removed"
    if fmt == "json":
        emit_json(result)
    else:
        err.print(msg)
