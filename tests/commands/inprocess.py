"""Run ``listwatch`` commands inside the test process: the console script's own entry point
(``listwatch.cli.main``, with its translation of errors into one-line messages and exit
codes), given the arguments, environment and stdin a process would get, its stdout and
stderr captured. A CLI process costs about 0.7 s of CPU, nearly all of it importing
SQLAlchemy, Typer and the rest; a test that runs a command many times runs it here, and
tests/test_cli.py keeps real processes for what only a process shows."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Mapping

from listwatch.cli import main


def run_main(*args: str, env: Mapping[str, str] | None = None,
             stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """``listwatch ARGS`` as a process would run it, as a ``CompletedProcess`` with text
    output; the environment (which ``--db`` writes to) is put back afterwards."""
    saved_env = dict(os.environ)
    logger = logging.getLogger("listwatch")  # (main() points its handler at our stderr)
    saved_log = logger.handlers[:], logger.level, logger.propagate
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    os.environ.update({"COLUMNS": "200", **(env or {})})
    sys.argv = ["listwatch", *args]
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    sys.stdout, sys.stderr = out, err
    code: int | str | None = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    finally:
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
        os.environ.clear()
        os.environ.update(saved_env)
        logger.handlers[:], logger.level, logger.propagate = saved_log
    texts = []
    for stream in (out, err):
        stream.flush()
        texts.append(stream.buffer.getvalue().decode("utf-8"))  # type: ignore[attr-defined]
    rc = code if isinstance(code, int) else (0 if code is None else 1)
    return subprocess.CompletedProcess(["listwatch", *args], rc, texts[0], texts[1])
