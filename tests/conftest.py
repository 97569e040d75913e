"""Shared fixtures, and the markers of tests that need more than a bare clone.

* ``realdata``: the real official files of ``LISTWATCH_TEST_DATA`` (default
  ``../shared/data`` beside the checkout). Any test using the ``shared_data`` fixture is
  marked automatically.
* ``postgres``: the PostgreSQL server of ``LISTWATCH_TEST_PG`` (``make test`` starts a
  scratch cluster and sets it). The ``postgres`` case of ``db_url`` (and of any fixture
  parametrised ``"postgres"``) is marked automatically.
* ``browser``: Debian chromium at /usr/bin/chromium, driven by Playwright.
* ``compiled``: the compiled screening core, built and fresh (``make compile``).
* ``slow``: longer than about 30 s (builds a wheel, say).

When what a marked test needs is absent, it is skipped with one line saying what is
missing and how to provide it, unless ``LISTWATCH_REQUIRE_DATA=1`` (CI sets it, in
``.ci/run``): then it fails with that line, so nothing is skipped to go green.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# No screening index cache unless a test asks for one: module-scoped stores are made
# before the per-test data directory is set, and would cache into the user's own.
os.environ.setdefault("LISTWATCH_INDEX_CACHE", "off")


CHROMIUM = Path("/usr/bin/chromium")
#: fixtures that drive a browser (tests/api/test_pages.py, pytest-playwright's own)
BROWSER_FIXTURES = {"chromium_browser", "web_page", "page", "browser", "context"}
#: fixtures that are a PostgreSQL database whatever their parameter
POSTGRES_FIXTURES = {"pg_url"}


def shared_data_dir() -> Path:
    raw = os.environ.get("LISTWATCH_TEST_DATA") or str(ROOT.parent / "shared" / "data")
    return Path(raw)


def required() -> bool:
    """Whether absent data, server or browser fail the tests instead of skipping them."""
    return os.environ.get("LISTWATCH_REQUIRE_DATA", "").strip().lower() in {"1", "true", "yes"}


def _missing(why: str) -> None:
    """Skip (or, under LISTWATCH_REQUIRE_DATA=1, fail) the test with one line."""
    if required():
        pytest.fail(f"{why} (required: LISTWATCH_REQUIRE_DATA=1)", pytrace=False)
    pytest.skip(why)


def _absent(marker: str) -> str | None:
    """What is missing for the tests of ``marker``, or None."""
    if marker == "realdata":
        path = shared_data_dir()
        if not (path / "SOURCES.md").exists():
            return (f"real list files not found at {path}: set LISTWATCH_TEST_DATA to the "
                    "shared data folder (the one holding SOURCES.md)")
    elif marker == "postgres":
        if not os.environ.get("LISTWATCH_TEST_PG"):
            return ("LISTWATCH_TEST_PG is not set: run `make test` (it starts a scratch "
                    "PostgreSQL server) or point it at a server you may create databases on")
    elif marker == "browser":
        if not CHROMIUM.exists():
            return f"{CHROMIUM} is missing: run `make system-deps` (apt-get install chromium)"
        try:
            import playwright  # noqa: F401
        except ImportError:
            return "playwright is not installed: pip install -e '.[test]'"
    elif marker == "compiled":
        from listwatch.match import compiled

        status = compiled.status()
        if not status.active:
            return f"the compiled screening core is not in use ({status.reason}): run make compile"
    return None


def _tested_checkout() -> str | None:
    """Why the ``listwatch`` these tests import is not this checkout's, or None. A
    PYTHONPATH left pointing at another checkout (another worktree's ``src``) would test
    that code, and without this checkout's compiled core: never silently. An installed
    package (site-packages) is fine."""
    import listwatch

    src = Path(listwatch.__file__).resolve().parent.parent
    if src == ROOT / "src" or not (src.parent / "pyproject.toml").exists():
        return None
    return (f"the tests of {ROOT} import listwatch from another checkout, {src}: "
            f"set PYTHONPATH={ROOT / 'src'}")


def pytest_configure(config: pytest.Config) -> None:
    why = _tested_checkout()
    if why:
        raise pytest.UsageError(why)


def pytest_report_header(config: pytest.Config) -> str:
    import listwatch
    from listwatch.match import compiled

    status = compiled.status()
    core = "compiled" if status.active else f"pure Python ({status.reason})"
    return f"listwatch: {Path(listwatch.__file__).parent}, screening core {core}"


#: pytest's reason for a test whose parameters (read from the shared data) came out empty
EMPTY_PARAMETERS = "got empty parameter set"
#: tests whose parameter set came out empty (see ``pytest_collection_modifyitems``)
_EMPTY: set[str] = set()


def _empty_parameters(item: pytest.Item) -> bool:
    """Whether ``item`` stands for an empty parameter set; pytest's own skip marker (its
    reason says nothing of why) is taken off: ``pytest_runtest_setup`` says why."""
    marks = [m for m in item.own_markers if m.name == "skip" and str(
        m.kwargs.get("reason", m.args[0] if m.args else "")).startswith(EMPTY_PARAMETERS)]
    for mark in marks:
        item.own_markers.remove(mark)
    return bool(marks)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests by what they use, so nobody has to remember to."""
    for item in items:
        if _empty_parameters(item):
            _EMPTY.add(item.nodeid)
        names = set(getattr(item, "fixturenames", ()))
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "shared_data" in names:
            item.add_marker(pytest.mark.realdata)
        if names & POSTGRES_FIXTURES or any(v == "postgres" for v in params.values()
                                               if isinstance(v, str)):
            item.add_marker(pytest.mark.postgres)
        if names & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
    # slow tests first: under xdist a worker takes them at the start, not at the end when
    # the others have nothing left to do (a stable sort: the rest keep their order)
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.nodeid in _EMPTY:
        # (cases read from the shared data folder: absent, or holding none of them)
        _missing(_absent("realdata") or f"{item.name}: no cases found in the shared data "
                 f"at {shared_data_dir()} (an empty parameter set)")
    for marker in ("realdata", "postgres", "browser", "compiled"):
        if item.get_closest_marker(marker) is not None:
            why = _absent(marker)
            if why:
                _missing(why)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of real official list files (``LISTWATCH_TEST_DATA``; its SOURCES.md
    says where each file comes from)."""
    why = _absent("realdata")
    if why:
        _missing(why)
    return shared_data_dir()


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test touches the user's real database or mirror."""
    monkeypatch.setenv("LISTWATCH_DB", f"sqlite:///{tmp_path / 'listwatch.db'}")
    monkeypatch.setenv("LISTWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("LISTWATCH_MIRROR", raising=False)


def _pg_base() -> str:
    why = _absent("postgres")
    if why:
        _missing(why)
    return os.environ["LISTWATCH_TEST_PG"]


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh, empty database on SQLite and on the real PostgreSQL server, in turn."""
    import uuid

    from sqlalchemy import create_engine, text

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
        monkeypatch.setenv("LISTWATCH_DB", url)
        yield url
        return
    base = _pg_base()
    name = f"lw_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + "/" + name
    monkeypatch.setenv("LISTWATCH_DB", url)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def store(db_url: str):
    from listwatch.store.db import Store

    s = Store(db_url)
    yield s
    s.dispose()
