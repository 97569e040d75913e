#!/usr/bin/env bash
# Run the whole suite: start a scratch PostgreSQL cluster on 127.0.0.1, run pytest on SQLite
# and PostgreSQL on every core (pytest-xdist), stop the cluster. The system packages it needs
# (PostgreSQL, Chromium) come from `make system-deps`, which `make test` runs first.
# Extra arguments go to pytest, e.g. scripts/test.sh -m "not slow" tests/match
#   BIN=/path/to/venv/bin   the tools' folder (default .venv/bin; a worktree sharing another
#                           checkout's venv: BIN=../main/.venv/bin)
#   PYTEST_WORKERS=N        xdist workers (default auto: every core)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
if [ ! -x "$BIN/python" ]; then
  echo "test.sh: no Python at $BIN/python: run make install, or set BIN to a venv's bin folder" >&2
  exit 2
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "PostgreSQL is not installed: run make system-deps (or make test)" >&2
  exit 1
fi

# The tests run on this checkout's sources: a PYTHONPATH left pointing at another checkout
# (a worktree's src, say) would test that code instead, without its compiled core.
if [ -n "${PYTHONPATH:-}" ] && [ "$PYTHONPATH" != "$PWD/src" ]; then
  echo "test.sh: PYTHONPATH=$PYTHONPATH ignored: the tests run $PWD/src" >&2
fi
export PYTHONPATH="$PWD/src"

export LISTWATCH_TEST_DATA="${LISTWATCH_TEST_DATA:-$(cd .. && pwd)/shared/data}"
source scripts/pg-scratch.sh
pg_scratch_start
trap pg_scratch_stop EXIT

# (loadgroup: tests marked xdist_group share a worker)
$BIN/python -m pytest -p no:cacheprovider -n "${PYTEST_WORKERS:-auto}" --dist loadgroup "$@"
