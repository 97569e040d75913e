"""``listwatch serve``: the API and web pages under uvicorn."""

from __future__ import annotations

import os

import typer

from listwatch.commands._common import app, err
from listwatch.errors import ConfigError


def _check_port(host: str, port: int) -> None:
    """Fail before saying "serving" when the address cannot be listened on (a port in
    use, an address not of this machine), as uvicorn would bind it."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}: {exc}", hint="check --host") from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
            sock.listen(1)
        except OSError as exc:
            raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                              hint="another program uses this port: pick another --port, "
                              "or stop that program") from None


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, max=64,
                                help="Worker processes (each loads its own match index)."),
    log_level: str | None = typer.Option(None, "--log-level",
                                            help="uvicorn log level (default: warning)."),
    access_log: bool = typer.Option(False, "--access-log", help="Log every request."),
) -> None:
    """Serve the JSON API (yente-compatible /match and /search) and the web pages.

    Several workers, or several machines, may serve one PostgreSQL database: the server
    keeps no state beyond caches over the database.
    """
    import uvicorn

    from listwatch.settings import get_settings
    from listwatch.store.db import Store

    if not 0 < port < 65536:
        raise ConfigError(f"--port {port} is not a TCP port", hint="use 1..65535")
    settings = get_settings()
    # Open (and migrate) the database once here, so workers start on a ready schema and a
    # bad URL is reported before anything listens.
    Store(settings.db_url).dispose()
    if workers > 1 and settings.db_url.startswith("sqlite"):
        err.print("note: several workers over one SQLite file work, but writes are serialised; "
                  "use PostgreSQL for a busy service")
    os.environ["LISTWATCH_DB"] = settings.db_url
    _check_port(host, port)
    err.print(f"listwatch: serving http://{host}:{port}/ ({workers} worker"
              f"{'s' if workers > 1 else ''}); API docs at /docs")
    uvicorn.run(
        "listwatch.api.app:app_factory",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=(log_level or "warning").lower(),
        access_log=access_log,
        proxy_headers=False,
    )
