"""Compile the screening core (``listwatch.match.compiled.MODULES``) with Cython into
``src/listwatch/_compiled/<package>/``, with a manifest of the sources' digests.

    .venv/bin/python scripts/compile_core.py [--jobs 2]

Run by ``make`` (it needs Cython, from the ``compile`` extra, and a C compiler). The
sources are compiled as they are (no annotation or ``.pxd`` file), with ``-O3``. The new
folder replaces the old one only once every module is built, so a failed build leaves the
previous one (which ``listwatch.match`` then finds stale, and does not use)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "listwatch"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jobs", type=int, default=2, help="C files compiled at once")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from listwatch.match.compiled import FOLDER, MANIFEST, MODULES, source_digests, source_path

    try:
        import Cython
        from Cython.Build import cythonize
        from setuptools import Distribution, Extension
        from setuptools.command.build_ext import build_ext
    except ImportError as exc:
        print(f"compile_core: cannot compile the screening core: {exc} "
              "(install the compile extra: pip install -e '.[compile]'); "
              "listwatch runs in pure Python", file=sys.stderr)
        return 2
    start = time.perf_counter()
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
        if source_digests(tree) != digests:
            print("compile_core: a source changed while it was copied; run again",
                  file=sys.stderr)
            return 1
        # (-O3 whatever the interpreter was built with, Debian's python3.11 says -O2:
        # bench/NOTES.md)
        extensions = [Extension(f"listwatch.{m}", [str(source_path(tree, m))],
                                extra_compile_args=["-O3"])
                      for m in MODULES]
        try:
            modules = cythonize(extensions, language_level=3, nthreads=args.jobs,
                                quiet=True, build_dir=str(work / "c"))
            dist = Distribution({"ext_modules": modules})
            cmd = build_ext(dist)
            cmd.build_lib = str(work / "lib")
            cmd.build_temp = str(work / "tmp")
            cmd.parallel = args.jobs
            cmd.ensure_finalized()
            cmd.run()
        except Exception as exc:  # (a compiler error: say which, keep the old build)
            print(f"compile_core: the build failed: {exc}; listwatch runs in pure Python",
                  file=sys.stderr)
            return 1
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
        old = FOLDER.with_name(FOLDER.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if FOLDER.exists():
            FOLDER.rename(old)
        fresh.rename(FOLDER)
        shutil.rmtree(old, ignore_errors=True)
    print(f"compile_core: {len(MODULES)} modules compiled with Cython {Cython.__version__} "
          f"in {time.perf_counter() - start:.0f} s into {FOLDER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
