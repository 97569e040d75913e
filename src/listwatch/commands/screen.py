"""``listwatch screen``, ``listwatch compare`` and ``listwatch certificate``."""

from __future__ import annotations

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
from listwatch.errors import ConfigError

SCREEN_FORMATS = ("text", "json", "csv", "parquet")


def _load_screener(store: Any) -> Any:
    from listwatch.screening.screen import Screener

    screener = Screener.load(store)
    if not screener.snapshots:
        raise ConfigError("the database holds no list yet",
                          hint="run `listwatch update` or `listwatch ingest` first")
    return screener


def _explain(result: dict[str, Any]) -> str:
    parts = [f"{e['feature']} {e['score']:.2f}: {e['detail']}" for e in result["explanation"]]
    return "; ".join(parts)


def _decided_note(d: dict[str, Any]) -> str:
    return f"decided {d['verdict']} (#{d['id']}, {d['by']}): {d['reason']}"


def _text(items: list[dict[str, Any]], screening_id: int, covered: str) -> None:
    for item in items:
        q = item["query"]
        label = q.get("name") or q.get("identifier")
        left = item.get("decided") or []
        if left:
            err.print(f"{len(left)} hit(s) for {label!r} left out by reviewer decisions "
                      "(--show-decided shows them): "
                      + "; ".join(f"{r['key']} {_decided_note(r['decision'])}" for r in left))
        if not item["results"]:
            out.print(f"[green]no match[/green] for {label!r} on {covered}"
                      + (" (apart from the decided hits above)" if left else ""))
            continue
        table = Table("score", "key", "name", "list", "listed", "explanation",
                      title=f"{label}", title_justify="left")
        for r in item["results"]:
            listed = f"{r.get('listed_on') or r['listed_from'] or '?'} – {r['listed_to'] or 'now'}"
            if r.get("listed_on_from") == "publisher" and r.get("first_seen") not in (None, r.get("listed_on")):
                listed += f"\n(first seen in our records {r['first_seen']})"
            extra = [f"divestment {r['divestment_date']}"] if r.get("divestment_date") else []
            if r.get("decision"):
                extra.append(_decided_note(r["decision"]))
            if r.get("legal"):
                lg = r["legal"]
                extra.append(f"state on {lg['as_of']}: {lg['state']}"
                             + (f" since {lg['state_since']}" if lg.get("state_since") else "")
                             + (f" ({lg['listing']})" if lg.get("listing") else "") + "".join(
                    f"; {e['kind']}{' (suspended)' if e['suspended'] else ''}" for e in lg["effects"]))

            # one party on several lists: every listing, not only the best one's
            others = [k for k in r.get("referents") or () if k != r["key"]]
            lists = list(dict.fromkeys([r["source"], *(r.get("datasets") or ())]))
            table.add_row(f"{r['score']:.2f}", "\n".join([r["key"], *others]), r["name"],
                          "\n".join(lists), "\n".join([listed, *extra]), _explain(r))
        out.print(table)
        out.print(f"screened against: {covered}")
    err.print(f"screening #{screening_id} recorded (`listwatch certificate {screening_id}`)")


def coverage_text(coverage: dict[str, Any]) -> str:
    from listwatch.match.checks import coverage_text as text

    return text(coverage)


def _output_format(fmt: str | None, output: Path | None, batch: bool) -> str:
    """``--format``, else the output file's extension (x.parquet, x.json, x.csv), else
    text (a single query) or CSV (a batch)."""
    if fmt is not None:
        check_format(fmt, SCREEN_FORMATS)
        return fmt
    if output is not None:
        by_ext = {".parquet": "parquet", ".pq": "parquet", ".json": "json", ".csv": "csv",
                  ".txt": "text"}.get(output.suffix.lower())
        if by_ext is not None:
            return by_ext
    return "csv" if batch else "text"


@app.command()
def screen(
    name: str | None = typer.Argument(None, help="A name to screen."),
    input: Path | None = typer.Option(None, "--input", "-i", help="CSV or Parquet file: name, id, schema, country, birth_date, identifier (also the usual names: full_name, isin, lei, dob, nationality ...)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Screen against the lists in force on this date."),
    threshold: float | None = typer.Option(None, "--threshold", help="Score from 0 to 1 from which a result is a match (default 0.7)."),
    schema: str | None = typer.Option(None, "--schema", help="Person, Company, Organization, Vessel ..."),
    country: str | None = typer.Option(None, "--country"),
    birth_date: str | None = typer.Option(None, "--birth-date", help="1952-10-07, 07/10/1952, 7 Oct 1952, Oct 1952, 1952, 1950-1954 ..."),
    date_order: str | None = typer.Option(None, "--date-order", help="How 07/10/1952 reads: dmy (7 October, the default; LISTWATCH_DATE_ORDER) or mdy (July 10)."),
    identifier: str | None = typer.Option(None, "--identifier", help="ISIN, IMO, passport, registration, tax or USCC number."),
    source: list[str] | None = typer.Option(None, "--source", "-s", help="Only these sources."),
    limit: int = typer.Option(10, "--limit", help="Results per query (1 to 500)."),
    fmt: str | None = typer.Option(None, "--format", help="text, json, csv or parquet (default: from the --output file's extension)."),
    output: Path | None = typer.Option(None, "--output", "-o"),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address (batches)."),
    workers: int | None = typer.Option(None, "--workers", help="Local processes for batches (default: all cores)."),
    show_decided: bool = typer.Option(False, "--show-decided", help="Show hits a reviewer decided on for this query (marked with the decision) instead of leaving them out."),
    known_at: str | None = typer.Option(None, "--known-at", help="Answer with what the store held at this time (YYYY-MM-DD or ISO time, UTC): each list's snapshot ingested by then."),
) -> None:
    """Screen a name, an identifier or a file of them against every list."""
    from listwatch.match.checks import canonical_schema, check_limit, check_threshold
    from listwatch.partial_dates import DATE_ORDERS, normalise_date
    from listwatch.settings import get_settings
    from listwatch.store.audit import record_screening
    from listwatch.store.snapshots import check_date

    fmt = _output_format(fmt, output, input is not None)
    check_limit(limit)
    check_threshold(threshold)
    schema = canonical_schema(schema)
    settings = get_settings()
    order = (date_order or settings.date_order).strip().lower()
    if order not in DATE_ORDERS:
        raise ConfigError(f"--date-order {date_order!r} is not a date order",
                          hint="use dmy (07/10/1952 is 7 October) or mdy (July 10)")
    if as_of:
        check_date(as_of, "--as-of")
    if source:
        from listwatch.sources import get_source

        for s in source:
            get_source(s)
    thr = settings.match_threshold if threshold is None else threshold
    if input is not None:
        if name or identifier or birth_date or country or schema:
            raise ConfigError("give either --input FILE or a query (NAME, --identifier ...), "
                              "not both")
        _batch(open_store(), input, output, fmt, as_of, thr, limit, source, scheduler,
               workers, order, show_decided)
        return
    if not (name or "").strip() and not (identifier or "").strip():
        # (a blank name screened reads "no match": refused as a missing one)
        raise ConfigError("give a NAME, --identifier or --input FILE"
                          + (" (the name given is blank)" if name is not None else ""))
    from listwatch.screening.ftm_query import MAX_NAME_CHARS

    if name is not None and len(name) > MAX_NAME_CHARS:  # (as the API refuses it)
        raise ConfigError(f"a name of {len(name):,} characters: the limit is "
                          f"{MAX_NAME_CHARS:,}",
                          hint="give the party's name itself (the lists' longest names are "
                               "a few hundred characters)")
    if fmt not in ("text", "json"):
        raise ConfigError(f"--format {fmt} is for batches", hint="use --input FILE, or text/json")
    if birth_date:
        birth_date = normalise_date(birth_date, order, "--birth-date")
    query = {k: v for k, v in {"name": name, "schema": schema, "country": country,
                               "birth_date": birth_date, "identifier": identifier}.items() if v}
    store = open_store()
    screener = _load_screener(store)
    if known_at:
        from listwatch.match.checks import check_coverage
        from listwatch.screening.pinned import known_pins, screen_pinned

        known = known_pins(store, known_at, as_of, source)
        coverage = {s: {"id": p["id"], "date": p["date"]} for s, p in sorted(known.items())}
        warnings = check_coverage(coverage, as_of, source, {})
        pins = {s: known[s] for s, p in coverage.items() if p["id"] is not None}
        items: list[dict[str, Any]] = [{"query": query, "results": screen_pinned(
            screener, query, pins, threshold=thr, limit=limit, min_score=thr)}]
    else:
        coverage, warnings = screener.coverage(as_of, source)
        items = screener.screen_many([query], as_of=as_of, threshold=thr, limit=limit,
                                     sources=source)
    items = _apply_decisions(store, items, show_decided, known_at,
                             entity=screener.links.referents)
    for item in items:
        item["coverage"] = coverage
    if as_of:  # each result's legal state and effects on that date
        from listwatch.legal.status import party_brief

        cache: dict[tuple[str, str], dict[str, Any]] = {}
        for item in items:
            for r in item["results"]:
                # (a party on several lists: the state its listings in force give)
                legal = party_brief(store, r["key"], r.get("referents"), as_of, cache)
                r["state"], r["effects"] = legal["state"], legal["effects"]
                r["legal"] = legal
    sid = record_screening(store, queries=[query], results=items, as_of=as_of, threshold=thr,
                           snapshots=coverage, known_at=known_at,
                           params={"endpoint": "screen", "limit": limit, "cutoff": thr,
                                   "sources": source})
    for w in warnings:
        err.print(f"[yellow]warning:[/yellow] {w}")
    if fmt == "json":
        if output is not None:
            import json

            output.write_text(json.dumps(items, ensure_ascii=False, indent=2, default=str),
                              encoding="utf-8")
            err.print(f"results written to {output}")
        else:
            emit_json(items)
        err.print(f"screening #{sid} recorded")
    else:
        if output is not None:
            raise ConfigError("text output goes to the terminal",
                              hint="use -o FILE.json (or --format json) to write a file")
        _text(items, sid, coverage_text(coverage))


def _apply_decisions(store: Any, items: list[dict[str, Any]], show_decided: bool,
                     known_at: str | None = None, entity: Any = None) -> list[dict[str, Any]]:
    """Reviewers' active decisions on these queries applied (``store.decisions``); with
    ``known_at``, those active then."""
    from listwatch.history.known import check_known_at
    from listwatch.store.decisions import DecisionBook, apply_to_items

    book = DecisionBook.load(store, [item["query"] for item in items],
                             check_known_at(known_at) if known_at else None, entity=entity)
    return apply_to_items(book, items, show_decided=show_decided) if book else items


def _batch(store: Any, path: Path, output: Path | None, fmt: str, as_of: str | None,
           thr: float, limit: int, sources: list[str] | None, scheduler: str | None,
           workers: int | None, date_order: str = "dmy", show_decided: bool = False) -> None:
    import json

    from listwatch.screening.batch import BatchOptions, run_batch
    from listwatch.screening.batch_input import check_date_order, check_input
    from listwatch.store.audit import record_screening

    if fmt == "text":
        fmt = "csv"
    check_input(path)  # a missing file fails before the index is built
    for w in check_date_order(path, date_order):  # (dates in the other order: refused)
        err.print(f"[yellow]warning:[/yellow] {escape(w)}")
    final_output = output
    if as_of and fmt == "csv" and output is None:
        import tempfile

        output = Path(tempfile.mkdtemp()) / f"screen.{fmt}"  # annotated, then printed
    elif as_of and fmt not in ("csv", "parquet"):
        err.print(f"[yellow]note:[/yellow] --as-of adds state, purchase_prohibited and divest_by to "
                  f"csv and parquet output, not {fmt}")
    screener = _load_screener(store)
    coverage, warnings = screener.coverage(as_of, sources)
    opts = BatchOptions(as_of=as_of, threshold=thr, limit=limit, sources=sources,
                        date_order=date_order)
    if not show_decided:  # (as a single screen: decided hits left out)
        from listwatch.store.decisions import decided_keys

        opts.decided = decided_keys(store, entity=screener.links.referents) or None
        if opts.decided:
            err.print(f"reviewer decisions on {len(opts.decided):,} quer"
                      f"{'y' if len(opts.decided) == 1 else 'ies'} applied: the hits "
                      "decided false positives are left out (--show-decided keeps them)")
    runner = None
    if scheduler:
        from listwatch.screening.batch_dask import dask_runner

        opts.json_results = fmt == "json"
        runner = dask_runner(scheduler, store.url, screener.max_snapshot_id, opts)
    with progress_bar() as progress:
        task = progress.add_task(f"screen {path.name}", total=None)

        def advance(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)

        report = run_batch(screener, path, output, fmt=fmt, opts=opts, workers=workers,
                           on_progress=advance, chunk_runner=runner)
    if report.rows == 0:  # (a file of no row read: never "0 rows screened, no match")
        if output is not None:
            output.unlink(missing_ok=True)
        raise ConfigError(f"{path}: no rows to screen: nothing was read after the header",
                          hint="give a file with one row per name to screen")
    if as_of and output is not None and fmt in ("csv", "parquet"):
        from listwatch.legal.annotate import annotate_file

        annotate_file(store, output, fmt, as_of)
        if final_output is None:
            sys.stdout.write(output.read_text(encoding="utf-8"))
            output = None
    info = {"file": str(path), "name": path.name, "rows": report.rows, "sha256": report.sha256,
            "format": fmt, "output": str(output) if output else None, "scheduler": scheduler}
    sid = record_screening(store, queries=info, results=report.matches, as_of=as_of,
                           threshold=thr, snapshots=coverage, query_count=report.rows)
    if output is not None:
        side = output.with_name(output.name + ".coverage.json")
        side.write_text(json.dumps({"screening": sid, "as_of": as_of, "threshold": thr,
                                    "input": str(path), "sha256": report.sha256,
                                    "rows": report.rows, "coverage": coverage,
                                    "warnings": report.warnings + warnings},
                                   ensure_ascii=False, indent=2), encoding="utf-8")
    for w in report.warnings + warnings:
        err.print(f"[yellow]warning:[/yellow] {escape(w)}")
    err.print(f"screened against: {coverage_text(coverage)}")
    distinct = f", {report.screened:,} distinct queries" if report.screened else ""
    err.print(f"{report.rows:,} rows screened in {report.seconds:.1f} s "
              f"({report.rows_per_second:,.0f} rows/s, {report.workers} workers{distinct}), "
              f"{report.matched_rows:,} with a match; screening #{sid} recorded")


@app.command()
def compare(
    name_a: str | None = typer.Argument(None, metavar="NAME_A"),
    name_b: str | None = typer.Argument(None, metavar="NAME_B"),
    schema: str = typer.Option("LegalEntity", "--schema"),
    input: Path | None = typer.Option(None, "--input", "-i", help="CSV with name1,name2[,schema]."),
    output: Path | None = typer.Option(None, "--output", "-o"),
    fmt: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """Score two names with the pairwise scorer (or every pair of a CSV)."""
    from listwatch.match.checks import canonical_schema
    from listwatch.match.compare import compare_names, compare_pairs_csv

    check_format(fmt)
    schema = canonical_schema(schema) or "LegalEntity"
    if input is not None:
        if not input.is_file():
            raise ConfigError(f"input file {input} not found")
        if output is None:
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / "pairs.csv"
                compare_pairs_csv(input, target)
                sys.stdout.write(target.read_text(encoding="utf-8"))
            return
        n = compare_pairs_csv(input, output)
        err.print(f"{n:,} pairs scored into {output}")
        return
    if not name_a or not name_b:
        raise ConfigError("give two names, or --input PAIRS.csv")
    result = compare_names(name_a, name_b, schema)
    if fmt == "json":
        emit_json({"name1": name_a, "name2": name_b, "schema": schema, **result.to_dict()})
        return
    verdict = "[red]match[/red]" if result.match else "[green]no match[/green]"
    out.print(f"{result.score:.4f} {verdict}")
    for e in result.explanation:
        out.print(f"  {e['feature']} (weight {e['weight']}): {e['score']:.2f}  {e['detail']}")


@app.command()
def certificate(
    screening_id: int = typer.Argument(..., metavar="ID", help="The screening's id."),
    fmt: str = typer.Option("html", "--format", help="html, pdf or json."),
    output: Path | None = typer.Option(None, "--output", "-o"),
) -> None:
    """A screening's audit record as a document to file (HTML or PDF)."""
    from listwatch.store.audit import get_screening
    from listwatch.store.certificate import render_html, render_pdf

    check_format(fmt, ("html", "pdf", "json"))
    if fmt == "json":  # a certificate `listwatch verify` checks (with the signing key)
        from listwatch.store.verify import certificate_of

        record = certificate_of(open_store(), screening_id)
    else:
        record = get_screening(open_store(), screening_id)
    if fmt == "json":
        if output:
            import json

            output.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
        else:
            emit_json(record)
        return
    if fmt == "pdf":
        if output is None:
            raise ConfigError("PDF output needs --output FILE")
        output.write_bytes(render_pdf(record))
    else:
        page = render_html(record)
        if output is None:
            sys.stdout.write(page + "\n")
            return
        output.write_text(page, encoding="utf-8")
    err.print(f"certificate of screening #{screening_id} written to {output}")
