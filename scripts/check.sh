#!/usr/bin/env bash
# Before landing on main: what CI would refuse, in a few minutes. Runs every step even when
# one fails, then names the failed ones and exits non-zero.
#   1. ruff check src tests bench scripts
#   2. mypy src
#   3. the import contract (import-linter: the layers, no cycle inside a package)
#   4. the quick tests: -m "not realdata and not postgres and not browser and not slow"
#   5. the subjects of the commits not yet on main: under 72 characters
# Usage: scripts/check.sh [pytest arguments]      (make check)
#   BIN=/path/to/venv/bin   the tools' folder (default .venv/bin; a worktree sharing another
#                           checkout's venv: BIN=../main/.venv/bin)
#   CHECK_TESTS=0           steps 1-3 only
#   PYTEST_WORKERS=N        xdist workers of step 4 (default 2)
set -uo pipefail
cd "$(dirname "$0")/.."
BIN="${BIN:-.venv/bin}"
if [ ! -x "$BIN/python" ]; then
  echo "check.sh: no Python at $BIN/python: run make install, or set BIN to a venv's bin folder" >&2
  exit 2
fi
# Every step looks at THIS checkout's sources (the venv may be another checkout's editable
# install: import-linter and the tests would otherwise check that code instead).
export PYTHONPATH="$PWD/src"

failed=()
step() {
  local name="$1"; shift
  local start=$SECONDS
  echo "== $name: $*"
  if "$@"; then
    echo "== $name: ok ($((SECONDS - start)) s)"
  else
    echo "== $name: FAILED ($((SECONDS - start)) s)"
    failed+=("$name")
  fi
}

step ruff "$BIN/ruff" check src tests bench scripts
step mypy "$BIN/mypy" src
step "import contract" "$BIN/lint-imports" --no-cache --no-logo
if [ "${CHECK_TESTS:-1}" != "0" ]; then
  step "quick tests" "$BIN/python" -m pytest -p no:cacheprovider -q -n "${PYTEST_WORKERS:-2}" \
    -m "not realdata and not postgres and not browser and not slow" "$@"
fi

# Commit subjects of the commits to land (those not yet on main): under 72 characters.
subjects() {
  local long
  long=$(git log --format=%s main..HEAD 2>/dev/null | LC_ALL=C.UTF-8 python3 -c 'import sys; [print(l, end="") for l in sys.stdin if len(l.rstrip("\n")) >= 72]')
  if [ -n "$long" ]; then
    echo "these commit subjects are 72 characters or more: shorten them" \
         "(git rebase -i main, reword); figures and reasons go in the body:" >&2
    echo "$long" >&2
    return 1
  fi
}
if git rev-parse -q --verify main >/dev/null 2>&1; then
  step "commit subjects" subjects
fi

# Two changes that each pass alone can break the contract together (an import cycle, say):
# what is checked should be what lands, rebased on main.
if git rev-parse -q --verify main >/dev/null 2>&1 && ! git merge-base --is-ancestor main HEAD; then
  echo "check.sh: WARNING: this checkout does not hold main's latest commit: rebase on main," \
       "then check again before landing" >&2
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "check.sh: FAILED: ${failed[*]} (do not land: fix, then run it again)" >&2
  exit 1
fi
echo "check.sh: all passed"
