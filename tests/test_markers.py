"""What a newcomer without the shared data sees: one line saying why a test is skipped;
what CI sees (LISTWATCH_REQUIRE_DATA=1): the same line as a failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = "tests/reliability/test_broken_upstream.py::test_corpus_covers_every_source"


def _pytest(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items()
            if k not in {"LISTWATCH_REQUIRE_DATA", "PYTEST_XDIST_WORKER"}}
    # (no plugin but pytest's own: schemathesis, playwright and the like take seconds to
    # load and the target needs none of them)
    full |= {"LISTWATCH_TEST_DATA": str(tmp_path / "no-data-here"),
             "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", **env}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                           "-rs", TARGET], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=300, check=False)


def test_missing_data_skips_with_one_line(tmp_path: Path) -> None:
    done = _pytest(tmp_path)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "1 skipped" in done.stdout
    assert f"real list files not found at {tmp_path / 'no-data-here'}" in done.stdout
    assert "LISTWATCH_TEST_DATA" in done.stdout


def test_missing_data_fails_when_required(tmp_path: Path) -> None:
    done = _pytest(tmp_path, LISTWATCH_REQUIRE_DATA="1")
    assert done.returncode == 1, done.stdout[-2000:]
    assert "real list files not found" in done.stdout
    assert "required: LISTWATCH_REQUIRE_DATA=1" in done.stdout


def test_ci_requires_everything_and_make_test_installs_system_packages() -> None:
    assert "export LISTWATCH_REQUIRE_DATA=1" in (ROOT / ".ci" / "run").read_text()
    makefile = (ROOT / "Makefile").read_text()
    assert "\ntest: system-deps " in makefile and "\nsystem-deps:" in makefile
    assert "apt-get" not in (ROOT / "scripts" / "test.sh").read_text()


def test_tests_of_one_checkout_refuse_the_code_of_another(tmp_path: Path) -> None:
    """A PYTHONPATH left pointing at another checkout would test that code: refused."""
    other = tmp_path / "other-checkout"
    (other / "src" / "listwatch").mkdir(parents=True)
    (other / "pyproject.toml").write_text("[project]\nname = 'listwatch'\n")
    (other / "src" / "listwatch" / "__init__.py").write_text("")
    done = _pytest(tmp_path, PYTHONPATH=str(other / "src"))
    assert done.returncode == 4, done.stdout[-2000:] + done.stderr[-2000:]
    assert f"import listwatch from another checkout, {other / 'src'}" in done.stderr
    assert f"set PYTHONPATH={ROOT / 'src'}" in done.stderr


def _bare_checkout(tmp_path: Path) -> Path:
    """A checkout's scripts without a ``.venv`` (a worktree sharing another checkout's)."""
    root = tmp_path / "worktree"
    (root / "scripts").mkdir(parents=True)
    for name in ("test.sh", "pg-scratch.sh"):
        (root / "scripts" / name).write_text((ROOT / "scripts" / name).read_text())
    return root


def test_test_sh_takes_the_venv_from_bin(tmp_path: Path) -> None:
    """``BIN=`` names the venv, as for check.sh: a worktree without ``.venv`` runs the tests
    with another checkout's; a BIN holding no Python is named, not run."""
    root = _bare_checkout(tmp_path)
    missing = tmp_path / "no-venv" / "bin"
    done = subprocess.run(["bash", "scripts/test.sh", "-q"], cwd=root, capture_output=True,
                          text=True, timeout=60, check=False,
                          env={**os.environ, "BIN": str(missing)})
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"no Python at {missing}/python" in done.stderr
    done = subprocess.run(["bash", "scripts/test.sh", "-q"], cwd=root, capture_output=True,
                          text=True, timeout=60, check=False,
                          env={k: v for k, v in os.environ.items() if k != "BIN"})
    assert done.returncode == 2, done.stdout + done.stderr
    assert "no Python at .venv/bin/python" in done.stderr
    assert "set BIN" in done.stderr
