#!/usr/bin/env bash
# Run every benchmark in turn (each writes bench/out/<name>.json). Takes about 25 minutes
# on a 2-core machine; run it on a quiet machine. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } || true
export LISTWATCH_TEST_DATA="${LISTWATCH_TEST_DATA:-$(cd .. && pwd)/shared/data}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
$BIN/python bench/bench_ingest.py
$BIN/python bench/bench_quality.py --cv
$BIN/python bench/bench_screen.py --rows 1000000
$BIN/python bench/bench_api.py
$BIN/python bench/bench_news.py
$BIN/python bench/bench_soak.py --minutes 10
