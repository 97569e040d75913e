# listwatch: two commands.
#   make run   create .venv, install, update the lists, show what is in them
#   make test  install what the tests need (PostgreSQL, Chromium included) and run them all,
#              on every core (pytest-xdist)
#   make system-deps  only the system packages the tests need (PostgreSQL, Chromium; apt-get)
#   make check  before landing: ruff, mypy, the import contract, the quick tests (scripts/check.sh)
# The interpreter: the distribution's python3.11 where it can make a venv and has its C
# headers (Debian builds it with PGO and LTO, faster at screening than a plain source build:
# bench/NOTES.md), else the first python3.11 on the PATH.
DIST_PY := /usr/bin/python3.11
PY ?= $(shell $(DIST_PY) -c "import ensurepip, os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')))" >/dev/null 2>&1 && echo $(DIST_PY) || echo python3.11)
VENV := .venv
BIN := $(VENV)/bin
# Air-gapped sites: LISTWATCH_MIRROR=<url or folder laid out <source>/<date>/<file>>.
# Here, the shared data folder beside the checkout is used when it exists and no mirror is set.
SHARED_DATA := $(abspath ../shared/data)
export LISTWATCH_MIRROR ?= $(if $(wildcard $(SHARED_DATA)),$(SHARED_DATA),)

.PHONY: run test system-deps install compile bench lint check clean FORCE

$(VENV)/.installed: pyproject.toml setup.py
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -U pip
	# (editable: the compiled core is built in place by scripts/compile_core.py, below)
	LISTWATCH_BUILD_COMPILED=0 $(BIN)/pip install -q --disable-pip-version-check -e '.[test,compile]'
	touch $@

# The screening core compiled with Cython (src/listwatch/match/compiled.py). The script
# compares the sources with the build's manifest (digests, not dates) and compiles only when
# they differ. Without a compiler: one line, and listwatch runs in pure Python. Where the
# core is required (LISTWATCH_REQUIRE_DATA=1, as in CI) a failed build is tried again once,
# then stops make with the compiler's reason.
COMPILED := src/listwatch/_compiled/manifest.json
$(COMPILED): $(VENV)/.installed FORCE
	$(BIN)/python scripts/compile_core.py

FORCE:

compile: $(COMPILED)

install: $(VENV)/.installed $(COMPILED)

run: $(VENV)/.installed $(COMPILED)
	$(BIN)/listwatch update || echo "(some sources failed to update: see above; the others are in)"
	$(BIN)/listwatch sources
	$(BIN)/listwatch history --entry us_ofac_sdn:36 || true
	$(BIN)/listwatch serve --host 127.0.0.1 --port 8000

# The system packages the tests need: PostgreSQL (a scratch server per run) and Debian's
# chromium (the web pages' tests). Installed with apt-get when missing (as root, or sudo).
PG_INITDB := $(firstword $(wildcard /usr/lib/postgresql/*/bin/initdb))
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
system-deps:
	@need="$$(echo $(if $(PG_INITDB),,postgresql) $(if $(wildcard /usr/bin/chromium),,chromium))"; \
	if [ -n "$$need" ]; then \
	  echo "installing $$need with apt-get"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$need >/dev/null; \
	fi

test: system-deps $(VENV)/.installed $(COMPILED)
	bash scripts/test.sh

bench: $(VENV)/.installed $(COMPILED)
	LISTWATCH_BUILD_COMPILED=0 $(BIN)/pip install -q --disable-pip-version-check -e '.[test,bench]'
	bash scripts/bench.sh

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy src
	PYTHONPATH=$(CURDIR)/src $(BIN)/lint-imports --no-cache --no-logo

# Before landing: lint and the quick tests (no install step: a worktree may share another
# checkout's venv, `make check VENV=../main/.venv`; the script checks its sources, not the venv's).
check:
	BIN=$(BIN) bash scripts/check.sh

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache src/listwatch/_compiled
