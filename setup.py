"""The compiled screening core, for ``pip install .`` and ``python -m build``.

Everything else about the package is in pyproject.toml. This file adds one thing: the hot
modules listed in ``listwatch.match.compiled.MODULES`` built with Cython, from the very same
plain-Python sources, into ``listwatch/_compiled/<package>/`` with the manifest of their
sources' digests that ``listwatch.match.compiled.check`` reads at import. So a user who
installs the package runs the compiled core, and an installed module edited later is seen
as stale and not used (pure Python runs), exactly as with ``make``.

No C compiler, no Cython, or ``LISTWATCH_BUILD_COMPILED=0``: the package installs without
the compiled core and runs in pure Python (slower, same answers). ``make`` installs the
checkout in editable mode with ``LISTWATCH_BUILD_COMPILED=0`` and compiles in place with
``scripts/compile_core.py`` instead.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "src" / "listwatch"


def _compiled_spec():
    """``listwatch/match/compiled.py``, loaded alone (it imports the standard library only;
    importing the package would need its dependencies, absent at build time)."""
    path = SOURCES / "match" / "compiled.py"
    spec = importlib.util.spec_from_file_location("_listwatch_compiled_spec", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up there)
    spec.loader.exec_module(module)
    return module


SPEC = _compiled_spec()


def _wanted() -> bool:
    return os.environ.get("LISTWATCH_BUILD_COMPILED", "1").strip().lower() not in {
        "0", "false", "no", "off"}


def _extensions() -> list[Extension]:
    if not _wanted():
        return []
    try:
        import Cython  # noqa: F401
    except ImportError:
        print("listwatch: Cython is missing, the screening core is not compiled "
              "(pure Python, slower)", file=sys.stderr)
        return []
    # (-O3 whatever the interpreter was built with: bench/NOTES.md; the packaging test
    # builds with LISTWATCH_BUILD_CFLAGS=-O0, four times faster to compile)
    # (no multiply-add contracted into one rounding: the C loops' float32 arithmetic
    # gives numpy's bits on every machine)
    flags = os.environ.get("LISTWATCH_BUILD_CFLAGS", "-O3").split() + ["-ffp-contract=off"]
    return [Extension(f"listwatch.{m}", [str(SPEC.source_path(SOURCES, m).relative_to(ROOT))],
                      extra_compile_args=flags)
            for m in SPEC.MODULES]


class BuildCompiledCore(build_ext):
    """Cythonise, compile each module under its own name (``listwatch.match.names``) but
    put the file in ``listwatch/_compiled/match/``, write the manifest; never fail the
    installation for want of a compiler."""

    def finalize_options(self) -> None:
        if self.distribution.ext_modules:
            from Cython.Build import cythonize

            # (each module's augmenting .pxd file is read beside it; they cimport one
            # another by package path, found under src/)
            self.distribution.ext_modules = cythonize(
                self.distribution.ext_modules, language_level=3, quiet=True,
                build_dir=os.path.join("build", "cython"),
                include_path=[str(SOURCES.parent.relative_to(ROOT))])
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1

    def get_ext_fullpath(self, ext_name: str) -> str:
        # listwatch.match.names -> <lib>/listwatch/_compiled/match/names.<tag>.so
        path = Path(super().get_ext_fullpath(ext_name))
        package, name = ext_name.split(".")[1:]
        base = path.parent.parent  # (<lib>/listwatch)
        return str(base / SPEC.FOLDER.name / package / path.name)

    def run(self) -> None:
        if not self.extensions:
            return
        try:
            super().run()
        except Exception as exc:  # (no compiler, a compiler error: pure Python it is)
            print(f"listwatch: the screening core was not compiled ({exc}); listwatch "
                  "runs in pure Python, slower", file=sys.stderr)
            return
        first = Path(self.get_ext_fullpath(self.extensions[0].name))
        folder = first.parent.parent
        (folder / SPEC.MANIFEST).write_text(json.dumps({
            "cache_tag": sys.implementation.cache_tag,
            "cython": __import__("Cython").__version__,
            "sources": SPEC.source_digests(SOURCES),
        }, indent=1), encoding="utf-8")

    def get_outputs(self) -> list[str]:
        outputs = super().get_outputs()
        if self.extensions:
            first = Path(self.get_ext_fullpath(self.extensions[0].name))
            manifest = first.parent.parent / SPEC.MANIFEST
            if manifest.exists():
                outputs.append(str(manifest))
        return outputs


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildCompiledCore})
