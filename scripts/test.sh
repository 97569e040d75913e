#!/usr/bin/env bash
# Run the whole suite: make sure PostgreSQL and Chromium are installed, start a scratch
# PostgreSQL cluster on 127.0.0.1, run pytest on SQLite and PostgreSQL, stop the cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

need_apt=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]} with apt-get"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

export LISTWATCH_TEST_DATA="${LISTWATCH_TEST_DATA:-$(cd .. && pwd)/shared/data}"
source scripts/pg-scratch.sh
pg_scratch_start
trap pg_scratch_stop EXIT

$BIN/python -m pytest -p no:cacheprovider "$@"
