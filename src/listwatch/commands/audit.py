"""``listwatch verify CERTIFICATE`` and ``listwatch screening replay|verify|chain``:
screening records an auditor can check without trusting the server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from listwatch.commands._common import app, check_format, emit_json, err, open_store, out
from listwatch.errors import ConfigError, VerificationFailed

screening_app = typer.Typer(no_args_is_help=True,
                            help="Stored screenings: replay, verify, check the whole chain.")
app.add_typer(screening_app, name="screening")


def _print_report(report: dict[str, Any]) -> None:
    for c in report["checks"]:
        mark = "[green]ok[/green]  " if c["ok"] else "[red]FAIL[/red]"
        out.print(f"{mark} {c['check']:<10} {c['detail']}")
    verdict = "[green]verified[/green]" if report["ok"] else "[red]NOT verified[/red]"
    out.print(f"screening #{report.get('id')}: {verdict}")


def _load_certificate(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    except ValueError as exc:
        raise ConfigError(f"{path} is not a JSON certificate: {exc}",
                          hint="write one with `listwatch certificate ID --format json -o FILE`"
                          ) from None
    if not isinstance(data, dict) or "id" not in data:
        raise ConfigError(f"{path} is not a screening certificate (no 'id')")
    return data


@app.command()
def verify(
    certificate: Annotated[str, typer.Argument(
        metavar="CERTIFICATE", help="A JSON certificate file, or a screening id.")],
    public_key: Annotated[Path | None, typer.Option(
        "--public-key", help="PEM public key the signature must be made with (e.g. saved "
        "from /.well-known/listwatch-signing-key.pem).")] = None,
    offline: Annotated[bool, typer.Option(
        "--offline", help="Check only the certificate itself (content, signature).")] = False,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Check a screening certificate: its content against its signed hash, the Ed25519
    signature, and against the database that the record is stored unchanged, linked in the
    chain, and that the snapshots it names still hold the bytes they had. Exit 3 when any
    check fails."""
    from listwatch.store.signing import public_key_from_pem
    from listwatch.store.verify import certificate_of, verify_certificate

    check_format(fmt)
    pinned = None
    if public_key is not None:
        try:
            pinned = public_key_from_pem(public_key.read_bytes())
        except OSError as exc:
            raise ConfigError(f"cannot read {public_key}: {exc.strerror}") from None
    store = None if offline else open_store()
    path = Path(certificate)
    if path.exists():
        cert = _load_certificate(path)
    elif certificate.isdigit() and store is not None:
        cert = certificate_of(store, int(certificate))
    else:
        raise ConfigError(f"no certificate file {certificate!r}",
                          hint="give a file written by `listwatch certificate ID --format "
                          "json -o FILE`, or a screening id")
    report = verify_certificate(store, cert, pinned)
    if fmt == "json":
        emit_json(report)
    else:
        _print_report(report)
    if not report["ok"]:
        failed = ", ".join(c["check"] for c in report["checks"] if not c["ok"])
        raise VerificationFailed(f"screening #{cert.get('id')} does not verify: {failed}")


@screening_app.command("verify")
def screening_verify(
    screening_id: Annotated[int, typer.Argument(metavar="ID")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Check a stored screening (as `listwatch verify ID`)."""
    from listwatch.store.verify import verify_screening

    check_format(fmt)
    report = verify_screening(open_store(), screening_id)
    emit_json(report) if fmt == "json" else _print_report(report)
    if not report["ok"]:
        raise VerificationFailed(f"screening #{screening_id} does not verify")


@screening_app.command("chain")
def screening_chain(
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Walk the whole chain of screenings: every record's content, signature and links."""
    from listwatch.store.verify import verify_chain

    check_format(fmt)
    report = verify_chain(open_store())
    if fmt == "json":
        emit_json(report)
    else:
        for bad in report["failures"]:
            details = "; ".join(f"{c['check']}: {c['detail']}" for c in bad["checks"])
            out.print(f"[red]FAIL[/red] screening #{bad['id']}: {details}")
        out.print(f"{report['records']} record(s) in the chain; "
                  + ("all verify" if report["ok"] else f"{len(report['failures'])} fail"))
    if not report["ok"]:
        raise VerificationFailed("the chain of screenings does not verify")


@screening_app.command("replay")
def screening_replay(
    screening_id: Annotated[int, typer.Argument(metavar="ID")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Screen a stored screening's queries again against the snapshots it names, and
    compare with what it recorded (exit 3 when an answer differs)."""
    from listwatch.screening.ftm_query import screener_query
    from listwatch.screening.replay import replay

    check_format(fmt)
    store = open_store()
    err.print("loading the lists…")
    report = replay(store, screening_id, translate=screener_query)
    if fmt == "json":
        emit_json(report)
    else:
        for q in report["queries"]:
            name = q["query"].get("ref") or q["query"].get("name") or q["query"]
            mark = "[green]same[/green]" if q["same"] else "[red]DIFFERENT[/red]"
            out.print(f"{mark} {name}: {len(q['recorded'])} recorded, {len(q['replayed'])} "
                      "replayed")
            if not q["same"]:
                out.print(f"    recorded: {q['recorded']}\n    replayed: {q['replayed']}")
        out.print(f"screening #{screening_id}: " + ("same results from the stored snapshots"
                                                     if report["same"] else "results differ"))
    if not report["same"]:
        raise VerificationFailed(f"screening #{screening_id} gives different results on replay")
