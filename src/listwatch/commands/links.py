"""`listwatch links list|confirm|split`: entries of several lists that are one party."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from listwatch.commands._common import app, check_format, emit_json, err, open_store, out

links_app = typer.Typer(
    no_args_is_help=True,
    help="Entries of different lists that are one party: the links, and reviewers' "
         "corrections (confirm / split).",
)
app.add_typer(links_app, name="links")


def _print(rows: list[dict[str, Any]]) -> None:
    if not rows:
        out.print("no links")
        return
    table = Table("entry", "entry", "status", "reasons", "reviewed")
    for r in rows:
        reviewed = (f"{r['reviewed_by']} {r['reviewed_at']}: {r['review_reason']}"
                    if r.get("reviewed_by") else "")
        table.add_row(r["key_a"], r["key_b"], r["status"] + ("" if r["found"] else " (not found now)"),
                      "\n".join(r["reasons"]), reviewed)
    out.print(table)


@links_app.command("list")
def list_(
    key: Annotated[str | None, typer.Option("--key", "-k", help="Only this entry's links.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="auto, confirmed or split.")] = None,
    limit: Annotated[int, typer.Option("--limit")] = 500,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """The links found in the lists now (written to the links table first), with reasons."""
    from listwatch.screening.links import list_links, sync_links
    from listwatch.screening.party_cache import cached_found

    check_format(fmt)
    store = open_store()
    # (the links of the index cached for the lists as they are now; else the index is
    # loaded, or built and cached, as a screening would)
    found = cached_found(store)
    if found is None:
        from listwatch.screening.index_cache import load_index

        found = load_index(store).links
    counts = sync_links(store, found=found)
    err.print(f"{counts['links']:,} links between lists ({counts['added']:,} new, "
              f"{counts['removed']:,} gone)")
    rows = list_links(store, key=key, status=status, limit=limit)
    if fmt == "json":
        emit_json(rows)
    else:
        _print(rows)


def _review(key_a: str, key_b: str, status: str, reason: str, fmt: str) -> None:
    from listwatch.screening.links import review_link

    check_format(fmt)
    row = review_link(open_store(), key_a, key_b, status, reason)
    if fmt == "json":
        emit_json(row)
    else:
        err.print(f"{row['key_a']} and {row['key_b']}: {status} by {row['reviewed_by']}")


@links_app.command("confirm")
def confirm(
    key_a: Annotated[str, typer.Argument(metavar="KEY_A")],
    key_b: Annotated[str, typer.Argument(metavar="KEY_B")],
    reason: Annotated[str, typer.Option("--reason", help="Why they are one party.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """The two entries are one party: linked whatever the lists say later."""
    _review(key_a, key_b, "confirmed", reason, fmt)


@links_app.command("split")
def split(
    key_a: Annotated[str, typer.Argument(metavar="KEY_A")],
    key_b: Annotated[str, typer.Argument(metavar="KEY_B")],
    reason: Annotated[str, typer.Option("--reason", help="Why they are two parties.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """The two entries are two parties: never linked again."""
    _review(key_a, key_b, "split", reason, fmt)
