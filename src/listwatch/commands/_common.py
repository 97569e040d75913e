"""What every command of the command line shares: the Typer app, the two consoles, and
small helpers (the store, output formats, JSON output, a progress bar).

``listwatch.cli`` (the core commands and the entry point) and the modules of
``listwatch.commands`` import these from here, so neither imports the other's
internals."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from listwatch.errors import ConfigError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="listwatch: dated history of government restriction lists.",
    pretty_exceptions_enable=False,
)
# piped output is not cut to 80 columns
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)

FORMATS = ("text", "json")


def open_store() -> Any:
    """The store of ``LISTWATCH_DB`` (or ``--db``)."""
    from listwatch.store.db import Store

    return Store()


def check_format(fmt: str, allowed: tuple[str, ...] = FORMATS) -> str:
    if fmt not in allowed:
        raise ConfigError(f"unknown format {fmt!r}", hint="use one of: " + ", ".join(allowed))
    return fmt


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def progress_bar() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
