"""The command line: a thin shell over the library. Errors become one-line messages."""

from __future__ import annotations

import atexit
import gc
import os
import sys
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
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


def _show_version(value: bool) -> None:
    if value:
        import listwatch.screening  # noqa: F401  (activates the compiled core, or says why not)
        from listwatch.__about__ import __version__
        from listwatch.match import compiled

        core = "compiled" if compiled.status().active else "pure Python"
        out.print(f"listwatch {__version__} (screening core: {core})")
        raise typer.Exit()


@app.callback()
def _main(
    db: str | None = typer.Option(None, "--db", help="Database URL (default: LISTWATCH_DB or a SQLite file)."),
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_show_version,
                                 help="Print the version (and whether the screening core is compiled) and exit."),
) -> None:
    if db:
        os.environ["LISTWATCH_DB"] = db
    from listwatch.logs import setup_logging

    setup_logging()


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="A file, a .gz, one snapshot's folder, a folder of dated sub-folders, or several dated folders."),
    source: str = typer.Option(..., "--source", "-s", help="Source id, e.g. us_ofac_sdn (us_dod_cmc: both DoD lists)."),
    date: str | None = typer.Option(None, "--date", help="Snapshot date (YYYY-MM-DD)."),
    force: bool = typer.Option(False, "--force", help="Accept a snapshot far smaller than the current one."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """Ingest official list files as a snapshot (or one snapshot per dated sub-folder)."""
    from listwatch.store.ingest import ingest_paths

    check_format(fmt)
    store = open_store()
    failures: list[dict[str, str]] = []
    with progress_bar() as progress:
        task = progress.add_task(f"ingest {source}", total=None)

        def plan(n: int) -> None:
            progress.update(task, total=n)

        def done(result: Any) -> None:
            progress.advance(task)
            if fmt == "text":
                err.print(result.message)
                for w in result.warnings[:20]:
                    err.print(f"  warning: {w}")
                if len(result.warnings) > 20:
                    err.print(f"  ... and {len(result.warnings) - 20} more warnings")

        def failed(day: str, exc: Exception) -> None:
            progress.advance(task)
            failures.append({"date": day, "error": str(exc)})
            err.print(f"[red]error[/red] {day}: {exc}")

        from listwatch.sources import GROUPS

        results = []
        for sid in GROUPS.get(source, (source,)):
            results += ingest_paths(
                store, sid, paths, date=date, force=force, on_result=done, on_error=failed, plan=plan
            )
    watch: dict[str, Any] = {}
    if any(r.status == "ingested" for r in results):
        from listwatch.watch.runner import after_new_data

        watch = after_new_data(store, snapshots=True)  # watchlists against the new snapshots
        if fmt == "text" and watch.get("alerts"):
            err.print(f"{len(watch['alerts'])} new watchlist alert(s): `listwatch watch alerts`")
    if fmt == "json":
        emit_json({"results": [r.to_dict() for r in results], "failures": failures,
               "alerts": watch.get("alerts", [])})
    if failures:
        raise typer.Exit(1)


@app.command()
def update(
    source: list[str] | None = typer.Option(None, "--source", "-s", help="Only these sources."),
    mirror: str | None = typer.Option(None, "--mirror", help="A mirror URL or folder (<source>/<date>/<file>)."),
    force: bool = typer.Option(False, "--force"),
    fmt: str = typer.Option("text", "--format"),
) -> None:
    """Download the current official lists and ingest what changed."""
    from listwatch.update import update_sources

    check_format(fmt)
    report = update_sources(open_store(), source or None, mirror=mirror, force=force, console=err)
    if fmt == "json":
        emit_json(report)
    else:
        for item in report["sources"]:
            colour = {"ok": "green", "unchanged": "cyan", "failed": "red", "missing": "yellow", "ended": "yellow"}.get(
                item["status"], "white"
            )
            err.print(f"[{colour}]{item['status']:>9}[/{colour}] {item['source']}: {item['message']}")
        for item in report.get("left_out", ()):
            err.print(f"[yellow]{'left out':>9}[/yellow] {', '.join(item['sources'])}: "
                      f"{item['message']}", soft_wrap=True)
    if any(item["status"] == "failed" for item in report["sources"]):
        raise typer.Exit(1)


sources_app = typer.Typer(help="Sources, their snapshot counts and last update; add a site's own.",
                          no_args_is_help=False)
app.add_typer(sources_app, name="sources")


@sources_app.command("add")
def sources_add(
    file: Path = typer.Argument(..., help="The source's definition (TOML)."),
    replace: bool = typer.Option(False, "--replace", help="Replace a definition of the same id."),
    fmt: str = typer.Option("text", "--format"),
) -> None:
    """Define a source in a TOML file (see docs/sources.md): validated, then kept."""
    from listwatch.store.site_sources import add_site_source

    check_format(fmt)
    described = add_site_source(open_store(), file, replace=replace)
    if fmt == "json":
        emit_json(described)
        return
    where = described.get("url") or described.get("path") or described.get("mirror")
    err.print(f"source {described['id']} added: {described['title']} ({described['format']}, "
              f"{described['schedule']}, from {where}); `listwatch update --source "
              f"{described['id']}` fetches it")


@sources_app.command("remove")
def sources_remove(source_id: str = typer.Argument(..., metavar="ID")) -> None:
    """Forget a site-defined source (its snapshots stay)."""
    from listwatch.store.site_sources import remove_site_source

    remove_site_source(open_store(), source_id)
    err.print(f"source {source_id} removed (its snapshots are kept)")


@sources_app.callback(invoke_without_command=True)
def sources(
    ctx: typer.Context,
    fmt: str = typer.Option("text", "--format"),
    as_of: str | None = typer.Option(None, "--as-of", help="Also show the snapshot in force on this date."),
) -> None:
    """Sources, their snapshot counts and last update."""
    if ctx.invoked_subcommand is not None:
        return
    from listwatch.store.snapshots import check_date
    from listwatch.summary import sources_summary

    check_format(fmt)
    if as_of:
        check_date(as_of, "--as-of")
    rows = sources_summary(open_store(), as_of)
    if fmt == "json":
        emit_json(rows)
        return
    cols = ["source", "snapshots", "first", "latest", "records", "ingested", "ended"]
    if as_of:
        cols.append(f"in force {as_of}")
    table = Table(box=None, header_style="bold")
    for col in cols:
        table.add_column(col, no_wrap=True)
    for r in rows:
        cells = [r["id"], str(r["snapshots"]), r["first_date"] or "-",
                 r["latest_date"] or "-", f"{r['records']:,}" if r["records"] else "-",
                 (r["last_ingested_at"] or "-")[:10],
                 f"{r['ended']} -> {r['successor']}" if r.get("ended") else "-"]
        if as_of:
            snap = r.get("as_of_snapshot")
            cells.append(snap["date"] if snap else "-")
        table.add_row(*cells)
    out.print(table)


@app.command()
def diff(
    from_ref: str = typer.Argument(..., metavar="FROM", help="A date (the snapshot in force then) or a snapshot id."),
    to_ref: str = typer.Argument(..., metavar="TO"),
    source: str = typer.Option(..., "--source", "-s"),
    fmt: str = typer.Option("text", "--format"),
) -> None:
    """Entries added, removed and changed between two snapshots."""
    from listwatch.history.diff import diff as run_diff

    check_format(fmt)
    result = run_diff(open_store(), source, from_ref, to_ref)
    if fmt == "json":
        emit_json(result)
        return
    out.print(f"{source}: {result['from']} -> {result['to']}")
    for kind in ("added", "removed", "changed"):
        keys = result[kind]
        out.print(f"  {kind}: {len(keys)}")
        for k in keys[:20]:
            out.print(f"    {k:<22} {result['names'].get(k, '')}")
        if len(keys) > 20:
            out.print(f"    ... {len(keys) - 20} more (use --format json)")


@app.command()
def history(
    query: str | None = typer.Argument(None, help="A name to look up."),
    entry: str | None = typer.Option(None, "--entry", "-e", help="An entry key, e.g. us_ofac_sdn:36."),
    as_of: str | None = typer.Option(None, "--as-of", help="Only what was known on this date."),
    fmt: str = typer.Option("text", "--format"),
    known_at: str | None = typer.Option(
        None, "--known-at", help="As the store held it at this time (YYYY-MM-DD or ISO time, "
        "UTC): snapshots ingested and events recorded by then."),
) -> None:
    """An entry's timeline: designation, amendments, removal, legal events."""
    from listwatch.history.lookup import find_entries
    from listwatch.history.timeline import entry_history
    from listwatch.store.snapshots import check_date

    check_format(fmt)
    if as_of:
        check_date(as_of, "--as-of")
    store = open_store()
    others: list[str] = []
    if entry is None:
        if not query:
            raise ConfigError("give a NAME or --entry KEY")
        hits = find_entries(store, query)
        if not hits:
            raise ConfigError(f"no entry matches {query!r}", hint="try fewer words, or `listwatch screen`")
        entry = hits[0]["key"]
        others = [h["key"] for h in hits[1:]]
    result = entry_history(store, entry, as_of=as_of, known_at=known_at)
    if others:
        result["other_matches"] = others
    if fmt == "json":
        emit_json(result)
        return
    if result.get("reported_only"):
        out.print(f"[bold]{result['caption']}[/bold] (reported only, on no loaded list): status {result['status']}")
    else:
        if result.get("list_ended"):
            end = result["list_ended"]
            state = (f"in the list's last edition; the list ended on {end['date']}"
                     + (f" (succeeded by {end['successor']})" if end.get("successor") else ""))
        else:
            state = "listed" if result["listed"] else f"removed on {result['removed_on']}"
        if as_of and not result["listed"] and not result.get("list_ended"):
            state = (f"removed on {result['removed_on']}" if result.get("removed_on")
                     else "not listed")
        when = f"as of {as_of}" if as_of else "now"
        if known_at:
            when += f", as the store knew it at {known_at}"
        out.print(f"[bold]{result['caption']}[/bold] ({result['key']}, {result['schema']}), "
                  f"{when}: {state}; status {result['status']}")
    rep = result.get("reported_status")
    if rep:
        out.print(f"  reported, not confirmed: {rep['status']} since {rep['since'] or '?'} "
                  f"({rep['origin']}); not in the status above")
    for ev in result["events"]:
        extra = ""
        if ev["type"] == "amendment":
            parts = []
            for name in ev["fields"][:4]:
                ch = ev["changes"][name]
                bits = [f"+{v}" for v in ch["added"][:2]] + [f"-{v}" for v in ch["removed"][:2]]
                text = " ".join(bits)
                parts.append(f"{name}: {text[:70] + '...' if len(text) > 70 else text}")
            more = f" (+{len(ev['fields']) - 4} more fields)" if len(ev["fields"]) > 4 else ""
            extra = " " + "; ".join(parts) + more
        elif ev.get("observed_since_first_snapshot"):
            extra = " (on or before: first snapshot of the source)"
        elif ev.get("evidence", {}).get("quote"):
            extra = escape(f" \u201c{ev['evidence']['quote'][:100]}\u201d")
        marker = "" if ev.get("status") in ("official", "confirmed", None) else f" \\[{ev['status']}]"
        if ev.get("effect") == "announced":
            marker += " (announced)"
        out.print(f"  {ev.get('date') or '?':10}  {ev['type']:<15} {ev['origin']:<10}{marker}{extra}")
    if others:
        out.print(f"  other matches: {', '.join(others)}")


@app.command()
def rebuild(
    source: str = typer.Option(..., "--source", "-s"),
    fmt: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """Re-parse every stored snapshot of a source from its raw bytes."""
    from listwatch.store.ingest import rebuild as run

    check_format(fmt)
    n = run(open_store(), source)
    if fmt == "json":
        emit_json({"source": source, "snapshots": n})
        return
    err.print(f"{source}: {n} snapshots re-parsed")


def _usage_errors() -> tuple[type[BaseException], ...]:
    """The exceptions click shows itself (usage errors, bad parameters, missing files)."""
    kinds: list[type[BaseException]] = [typer.TyperException]
    try:
        import click

        kinds.append(click.ClickException)
    except ImportError:  # (Typer without the separate click package)
        pass
    return tuple(kinds)


_USAGE_ERRORS = _usage_errors()


def main() -> None:
    """Entry point: run the app and turn our errors into one-line messages."""
    try:
        rc = app(standalone_mode=False, prog_name="listwatch")
        # with standalone_mode=False click returns the code of typer.Exit instead of exiting
        sys.exit(rc if isinstance(rc, int) else 0)
    except ListwatchError as exc:
        err.print(f"[red]error:[/red] {exc.message}")
        if exc.hint:
            err.print(f"  {exc.hint}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("aborted")
        sys.exit(1)
    except _USAGE_ERRORS as exc:
        # a mistyped command, a missing or unknown option: click's own message, the usage
        # line and exit 2 (Typer >= 0.16 carries its own copy of click, so both are caught)
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            err.print(f"Error: {exc}")
        sys.exit(getattr(exc, "exit_code", 2))
    except Exception as exc:
        import logging

        logging.getLogger("listwatch").debug("internal error", exc_info=True)
        err.print(f"[red]internal error:[/red] {type(exc).__name__}: {exc}")
        err.print("  this is a bug; rerun with LISTWATCH_LOG_LEVEL=DEBUG for details and report it")
        sys.exit(70)


from listwatch.commands import register_all  # noqa: E402

register_all()
# At exit the interpreter's last full collection would walk every object still alive (a
# screening index: millions) for cycles that no longer matter: frozen first, they are
# only freed.
atexit.register(gc.freeze)

if __name__ == "__main__":
    main()
