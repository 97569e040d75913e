"""The package a user installs: one version, and a wheel that carries the compiled core.

The wheel test builds an sdist and a wheel with ``python -m build`` from a copy of the
checkout, installs the wheel into a throw-away venv and runs it there (marked slow: it
compiles the core, in about a minute and a half of CPU at -O0)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

import listwatch
from listwatch.__about__ import __version__

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".git", ".venv", "build", "dist", "_compiled", "__pycache__", ".pytest_cache",
        ".mypy_cache", ".ruff_cache"}


def test_the_version_is_written_once() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert listwatch.__version__ == __version__
    hits = [str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*.py")
            if f'"{__version__}"' in p.read_text(encoding="utf-8")]
    assert hits == ["src/listwatch/__about__.py"], hits


def _copy_checkout(dest: Path) -> Path:
    def ignore(folder: str, names: list[str]) -> set[str]:
        return {n for n in names if n in SKIP or n.endswith(".egg-info")}

    shutil.copytree(ROOT, dest, ignore=ignore)
    return dest


def _venv(where: Path) -> Path:
    """A venv whose own site-packages comes first, then this interpreter's (for the
    dependencies; its .pth files, an editable listwatch's included, are not read)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    site = next((where / "lib").glob("python3*/site-packages"))
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return where / "bin"


def _run(args: list[str], cwd: str = "/", **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | env
    return subprocess.run(args, capture_output=True, text=True, env=full, timeout=900,
                          cwd=cwd, check=False)


PROBE = """
import json, sys
import listwatch, listwatch.screening
from listwatch.match import compiled
from listwatch.match.compare import compare_names
s = compiled.status()
r = compare_names("Xiaomi Corporation", "XIAOMI CORP")
print(json.dumps({"active": s.active, "reason": s.reason, "in_use": compiled.in_use(),
                  "file": listwatch.__file__, "version": listwatch.__version__,
                  "score": getattr(r, "score", r if isinstance(r, float) else None)}))
"""


@pytest.mark.slow
def test_a_built_wheel_installs_with_the_compiled_core(tmp_path: Path) -> None:
    tree = _copy_checkout(tmp_path / "checkout")
    dist = tmp_path / "dist"
    built = _run([sys.executable, "-m", "build", "--outdir", str(dist), str(tree)],
                 LISTWATCH_BUILD_CFLAGS="-O0")
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheels = list(dist.glob(f"listwatch-{__version__}-*.whl"))
    assert len(wheels) == 1 and list(dist.glob(f"listwatch-{__version__}.tar.gz")), built.stdout
    bin_ = _venv(tmp_path / "venv")
    pip = _run([sys.executable, "-m", "pip", "--python", str(bin_ / "python"), "install",
                "-q", "--no-deps", "--no-index", str(wheels[0])])
    assert pip.returncode == 0, pip.stderr

    fast = _run([str(bin_ / "python"), "-c", PROBE])
    assert fast.returncode == 0, fast.stderr
    fast_out = json.loads(fast.stdout)
    assert fast_out["file"].startswith(str(tmp_path / "venv")), fast_out  # (the wheel's)
    assert fast_out["active"] and fast_out["in_use"], fast_out
    assert fast_out["version"] == __version__

    slow = _run([str(bin_ / "python"), "-c", PROBE], LISTWATCH_COMPILED="false")
    slow_out = json.loads(slow.stdout)
    assert not slow_out["in_use"] and slow_out["score"] == fast_out["score"], slow_out

    cli = _run([str(bin_ / "listwatch"), "--help"])
    assert cli.returncode == 0 and "Usage: listwatch" in cli.stdout, cli.stderr
    assert "internal error" not in cli.stderr

    # an installed module edited after the build: stale, pure Python runs, never the old
    # compiled one
    site = Path(fast_out["file"]).parent
    with (site / "match" / "names.py").open("a", encoding="utf-8") as f:
        f.write("\n# edited after installation\n")
    stale = _run([str(bin_ / "python"), "-c", PROBE])
    assert stale.returncode == 0, stale.stderr
    stale_out = json.loads(stale.stdout)
    assert not stale_out["active"] and not stale_out["in_use"], stale_out
    assert "stale: match.names" in stale_out["reason"]
    assert stale_out["score"] == fast_out["score"]


@pytest.mark.slow
def test_without_a_compiler_the_build_still_succeeds_in_pure_python(tmp_path: Path) -> None:
    """No working C compiler: the extensions fail, the build does not; no compiled file
    and no manifest, so the installed package runs in pure Python."""
    tree = _copy_checkout(tmp_path / "checkout")
    dist = tmp_path / "dist"
    done = _run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(tree)],
                CC="/bin/false", LDSHARED="/bin/false")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "runs in pure Python" in done.stdout + done.stderr
    wheel = next(dist.glob("listwatch-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
    assert "listwatch/match/names.py" in names
    assert not [n for n in names if n.endswith(".so") or n.endswith("manifest.json")], names
