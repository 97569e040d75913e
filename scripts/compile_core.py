"""Compile the screening core (``listwatch.match.compiled.MODULES``) with Cython into
``src/listwatch/_compiled/<package>/``, with a manifest of the sources' digests.

    .venv/bin/python scripts/compile_core.py [--jobs 2] [--required] [--force]

Run by ``make`` (it needs Cython, from the ``compile`` extra, a C compiler and Python's C
headers). The sources are compiled as they are, each with its augmenting ``.pxd`` file
when it has one (C types of locals, ``cdef`` helpers: the ``.py`` is unchanged), with
``-O3``. A build whose manifest matches the sources is left alone (``--force`` builds
anyway). The new folder replaces the old one only once every module is built and the
result imports, so a failed build leaves the previous one (which ``listwatch.match`` then
finds stale, and does not use).

Two ways to fail:

* not required (a newcomer's ``make``): one line on stderr saying why, exit 0, and
  listwatch runs in pure Python (slower, the same answers);
* required (``--required``, or ``LISTWATCH_REQUIRE_DATA=1`` as CI sets it): a failed build
  is tried once more, then the compiler's own error lines are printed and the exit status
  is 1, so ``make test`` stops before the tests run in pure Python.

The compiler's whole output is kept in ``build/compile_core.log``."""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "listwatch"
LOG = ROOT / "build" / "compile_core.log"
#: Lines of the compiler's output that say what went wrong.
_ERROR_LINE = re.compile(r"error|Error compiling|fatal|Killed|No such file|cannot", re.I)

sys.path.insert(0, str(ROOT / "src"))
# (imported pure: a stale build about to be replaced is not worth a warning of its own)
_WAS = os.environ.get("LISTWATCH_COMPILED")
os.environ["LISTWATCH_COMPILED"] = "false"
from listwatch.match.compiled import (  # noqa: E402
    FOLDER,
    MANIFEST,
    MODULES,
    augmenting_path,
    check,
    source_digests,
    source_path,
)

if _WAS is None:
    del os.environ["LISTWATCH_COMPILED"]
else:
    os.environ["LISTWATCH_COMPILED"] = _WAS


class BuildFailed(Exception):
    """The build did not give a usable compiled core; ``str()`` says why in one line,
    ``details`` holds the compiler's error lines."""

    def __init__(self, reason: str, details: str = "", *, retry: bool = True) -> None:
        super().__init__(reason)
        self.details = details
        #: Whether trying again may help (a missing compiler will not come back).
        self.retry = retry


def required_by_environment() -> bool:
    return os.environ.get("LISTWATCH_REQUIRE_DATA", "").strip().lower() in {"1", "true", "yes"}


def preflight() -> None:
    """What the build needs and cannot do without: Cython, a C compiler, Python.h."""
    try:
        import Cython  # noqa: F401
    except ImportError:
        raise BuildFailed("Cython is not installed (pip install -e '.[compile]')",
                          retry=False) from None
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if not shutil.which(compiler):
        raise BuildFailed(f"no C compiler ({compiler} is not on the PATH: "
                          "apt-get install gcc)", retry=False)
    header = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not header.is_file():
        raise BuildFailed(f"no Python C headers ({header} is missing: "
                          f"apt-get install python{sys.version_info.major}."
                          f"{sys.version_info.minor}-dev)", retry=False)


@contextlib.contextmanager
def output_to(log: Path) -> Iterator[None]:
    """Send this process's stdout and stderr (and its children's: the compiler, Cython's
    workers) to ``log``, at the file descriptor level."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with log.open("ab") as f:
        os.dup2(f.fileno(), 1)
        os.dup2(f.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def error_lines(text: str, limit: int = 12) -> str:
    """The compiler's lines that say what failed (else the last lines of its output)."""
    lines = list(dict.fromkeys(line for line in text.splitlines() if line.strip()))
    found = [line for line in lines if _ERROR_LINE.search(line)]
    return "\n".join((found or lines)[-limit:])


def build(jobs: int) -> str:
    """Compile every module into a fresh folder and swap it in; returns the Cython version.
    Raises ``BuildFailed``."""
    import Cython
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    start = LOG.stat().st_size if LOG.exists() else 0
    with tempfile.TemporaryDirectory(prefix="listwatch-compile-") as tmp:
        work = Path(tmp)
        tree = work / "src" / "listwatch"
        tree.mkdir(parents=True)
        (tree / "__init__.py").write_text("")
        for package in sorted({m.split(".")[0] for m in MODULES}):
            (tree / package).mkdir()
            (tree / package / "__init__.py").write_text("")
        digests = source_digests(PACKAGE)
        for name in MODULES:
            shutil.copyfile(source_path(PACKAGE, name), source_path(tree, name))
            if augmenting_path(PACKAGE, name).is_file():
                shutil.copyfile(augmenting_path(PACKAGE, name), augmenting_path(tree, name))
        if source_digests(tree) != digests:
            raise BuildFailed("a source changed while it was copied")
        # (-O3 whatever the interpreter was built with, Debian's python3.11 says -O2:
        # bench/NOTES.md; no multiply-add contracted into one rounding, so that the C
        # loops' float32 arithmetic gives numpy's bits on every machine)
        extensions = [Extension(f"listwatch.{m}", [str(source_path(tree, m))],
                                extra_compile_args=["-O3", "-ffp-contract=off"])
                      for m in MODULES]
        try:
            with output_to(LOG):
                # (the ``.pxd`` files ``cimport`` one another by package path)
                modules = cythonize(extensions, language_level=3, nthreads=jobs,
                                    quiet=True, build_dir=str(work / "c"),
                                    include_path=[str(work / "src")])
                dist = Distribution({"ext_modules": modules})
                cmd = build_ext(dist)
                cmd.build_lib = str(work / "lib")
                cmd.build_temp = str(work / "tmp")
                cmd.parallel = jobs
                cmd.ensure_finalized()
                cmd.run()
        except (Exception, SystemExit) as exc:  # (Cython may exit; the compiler raises)
            with LOG.open("rb") as f:
                f.seek(start)
                output = f.read().decode("utf-8", "replace")
            raise BuildFailed(f"{type(exc).__name__}: {exc}", error_lines(output)) from None
        fresh = FOLDER.with_name(FOLDER.name + ".new")
        shutil.rmtree(fresh, ignore_errors=True)
        fresh.mkdir()
        for built in (work / "lib" / "listwatch").glob("*/*.so"):
            (fresh / built.parent.name).mkdir(exist_ok=True)
            shutil.copyfile(built, fresh / built.parent.name / built.name)
        (fresh / MANIFEST).write_text(json.dumps({
            "cache_tag": sys.implementation.cache_tag,
            "cython": Cython.__version__,
            "sources": digests,
        }, indent=1), encoding="utf-8")
        status = check(fresh, PACKAGE)
        if not status.active:
            shutil.rmtree(fresh, ignore_errors=True)
            raise BuildFailed(f"the new build is not usable: {status.reason}")
        old = FOLDER.with_name(FOLDER.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if FOLDER.exists():
            FOLDER.rename(old)
        fresh.rename(FOLDER)
        shutil.rmtree(old, ignore_errors=True)
    verify_import()
    return str(Cython.__version__)


def verify_import() -> None:
    """A fresh interpreter loads the compiled modules (not the sources) and they run."""
    probe = ("import importlib\n"
             "from listwatch.match import compiled\n"
             "for name in compiled.MODULES:\n"
             "    importlib.import_module('listwatch.' + name)\n"
             "assert compiled.in_use(), compiled.status().reason\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), LISTWATCH_COMPILED="true")
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise BuildFailed("the compiled modules do not import",
                          error_lines(done.stderr, limit=8))


@contextlib.contextmanager
def locked() -> Iterator[None]:
    """One build at a time in a checkout (two ``make`` runs would swap folders twice)."""
    LOG.parent.mkdir(exist_ok=True)
    with (LOG.parent / "compile_core.lock").open("w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        yield


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2, help="C files compiled at once")
    parser.add_argument("--required", action="store_true", default=required_by_environment(),
                        help="fail (exit 1) when the core cannot be compiled; default: when "
                             "LISTWATCH_REQUIRE_DATA=1")
    parser.add_argument("--force", action="store_true",
                        help="build even when the build in place matches the sources")
    args = parser.parse_args()
    with locked():
        current = check(FOLDER, PACKAGE)
        if current.active and not args.force:
            print(f"compile_core: up to date ({current.reason})")
            return 0
        attempts = 2 if args.required else 1
        start = time.perf_counter()
        for attempt in range(1, attempts + 1):
            try:
                preflight()
                version = build(args.jobs)
            except BuildFailed as exc:
                failure = exc
                if attempt < attempts and exc.retry:
                    print(f"compile_core: attempt {attempt} failed ({exc}); trying again",
                          file=sys.stderr)
                    continue
                break
            print(f"compile_core: {len(MODULES)} modules compiled with Cython {version} "
                  f"in {time.perf_counter() - start:.0f} s into {FOLDER.relative_to(ROOT)}")
            return 0
    if not args.required:
        first = failure.details.splitlines()[0] if failure.details else str(failure)
        details = f" (details: {LOG.relative_to(ROOT)})" if failure.retry else ""
        print(f"compile_core: the screening core was not compiled ({first}): listwatch "
              f"runs in pure Python, slower{details}", file=sys.stderr)
        return 0
    print(f"compile_core: FAILED: the compiled screening core is required "
          f"(LISTWATCH_REQUIRE_DATA=1 or --required) and could not be built: {failure}",
          file=sys.stderr)
    if failure.details:
        print("compile_core: the compiler said:\n" + failure.details, file=sys.stderr)
    if failure.retry:
        print(f"compile_core: whole output in {LOG.relative_to(ROOT)}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
