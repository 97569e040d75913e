"""`listwatch record import FILE` and `listwatch record list`: the legal record."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from listwatch.commands._common import app, check_format, emit_json, err, open_store, out

record_app = typer.Typer(no_args_is_help=True,
                         help="The legal record: dated events from court orders, dockets, FR notices, EOs.")
app.add_typer(record_app, name="record")


@record_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="CSV (date, company, event_type, authority, description, source_url) or JSON.")],
    lists: Annotated[str | None, typer.Option("--list", help="Attach only to entries of these sources (comma separated), unless a row names its list.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Import dated legal events (origin `record`) and reconcile news events with them."""
    from listwatch.history.record import import_record
    from listwatch.sources import GROUPS, get_source

    check_format(fmt)
    wanted = None
    if lists:
        wanted = [s for item in lists.split(",") if item.strip() for s in GROUPS.get(item.strip(), (item.strip(),))]
        for sid in wanted:
            get_source(sid)
    report = import_record(open_store(), file, lists=wanted)
    if fmt == "json":
        emit_json(report.to_dict())
        return
    err.print(f"{report.file}: {report.rows} rows, {report.stored} events stored, {report.existing} already there; "
              f"{len(report.attached)} parties attached to entries, {len(report.parties)} on no list, "
              f"{report.list_events} about whole lists; news events confirmed {report.confirmed}, "
              f"conflicts {report.conflicts}")
    for w in report.warnings[:20]:
        err.print(f"  note: {w}")


@record_app.command("list")
def list_(
    key: Annotated[str | None, typer.Option("--entry", help="Only events of this entry key.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Record events stored (origin `record`)."""
    from listwatch.history.events import list_events

    check_format(fmt)
    rows = list_events(open_store(), key=key, origin="record")
    if fmt == "json":
        emit_json(rows)
        return
    table = Table("id", "date", "type", "entry / party", "authority")
    for r in rows:
        table.add_row(str(r["id"]), r["date"] or "", r["type"], r["key"] or r["entity"], r["authority"] or "")
    out.print(table)
