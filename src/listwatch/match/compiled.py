"""The compiled screening core: the hot modules of ``listwatch.match`` (pairwise scoring)
and ``listwatch.screening`` (retrieval, batches) built with Cython.

The modules listed in ``MODULES`` are plain Python; ``scripts/compile_core.py`` (run by
``make``) compiles the very same files with Cython into ``listwatch/_compiled/<package>/``,
with one manifest of the sources' SHA-256 digests. When ``listwatch.match`` or
``listwatch.screening`` is imported, ``activate`` puts its folder first on the package's
search path, so ``import listwatch.match.names`` loads the compiled module, but only when:

* ``LISTWATCH_COMPILED`` is not false (``settings.compiled_enabled``);
* the manifest was built for this interpreter (its cache tag, e.g. ``cpython-311``);
* every listed source is byte for byte the one that was compiled, and so is its
  augmenting ``.pxd`` file if it has one (or had one at the build). A module edited since
  the build makes the whole set stale: pure Python is used, with a warning, until
  ``make`` compiles again. A stale compiled module never runs.

Nothing else changes: the pure-Python modules are the specification, and the tests
compare both (``tests/match/test_compiled.py``). A module may have an *augmenting*
``.pxd`` file beside it (``words.py`` and ``words.pxd``): Cython reads the C types of its
locals, and which functions are ``cdef`` (called from C only) or ``cpdef``, from there;
Python never reads it, so the ``.py`` keeps its meaning and stays the specification.
Measured gain: docs/benchmarks.md.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

#: The modules compiled, as ``package.module`` under ``listwatch`` (each imports the others
#: by name).
MODULES = ("match.normalize", "match.vocab_scripts", "match.params", "match.phonetic",
           "match.inflection", "match.hypocorisms", "match.sino", "match.words",
           "match.crossscript",
           "match.matres", "match.distinct", "match.commonness", "match.truncation", "match.names",
           "match.features", "match.scorer", "screening.bounds", "screening.fuzzy",
           "screening.index", "screening.vector", "screening.query", "screening.results",
           "screening.screen", "screening.cells", "screening.batch", "screening.batch_local")
#: The ``listwatch`` package folder (the sources are ``HERE/<package>/<module>.py``).
HERE = Path(__file__).resolve().parent.parent
FOLDER = HERE / "_compiled"
MANIFEST = "manifest.json"

log = logging.getLogger("listwatch.match.compiled")


@dataclass(frozen=True)
class Status:
    """Whether the compiled core is in use, and why (or why not)."""

    active: bool
    reason: str
    folder: str


_STATUS = Status(False, "not activated yet", str(FOLDER))


def source_digests(source_dir: Path = HERE) -> dict[str, str]:
    """SHA-256 of each compiled module's source, by module name, and of each augmenting
    ``.pxd`` file (by ``package.module.pxd``)."""
    out = {}
    for m in MODULES:
        out[m] = hashlib.sha256(source_path(source_dir, m).read_bytes()).hexdigest()
        pxd = augmenting_path(source_dir, m)
        if pxd.is_file():
            out[f"{m}.pxd"] = hashlib.sha256(pxd.read_bytes()).hexdigest()
    return out


def source_path(source_dir: Path, module: str) -> Path:
    """The source file of ``module`` (``package.module``) under ``source_dir``."""
    package, name = module.split(".")
    return source_dir / package / f"{name}.py"


def augmenting_path(source_dir: Path, module: str) -> Path:
    """The augmenting ``.pxd`` file of ``module`` under ``source_dir`` (C types for the
    compiler; it may not exist)."""
    return source_path(source_dir, module).with_suffix(".pxd")


def compiled_files(folder: Path, module: str) -> list[Path]:
    """The compiled files of ``module`` (``package.module``) in ``folder``."""
    package, name = module.split(".")
    return sorted((folder / package).glob(f"{name}.*.so"))


def check(folder: Path = FOLDER, source_dir: Path = HERE) -> Status:
    """Whether the compiled modules in ``folder`` may stand in for the sources."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return Status(False, "not built (run make, or scripts/compile_core.py)", str(folder))
    try:
        built = json.loads(manifest.read_text(encoding="utf-8"))
        tag, digests = built["cache_tag"], built["sources"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return Status(False, f"unreadable manifest {manifest}: {exc}", str(folder))
    if tag != sys.implementation.cache_tag:
        return Status(False, f"built for {tag}, this is {sys.implementation.cache_tag}",
                      str(folder))
    current = source_digests(source_dir)
    # (both ways: a ``.pxd`` file removed since the build makes the set stale too)
    stale = [m for m in sorted(current.keys() | digests.keys())
             if current.get(m) != digests.get(m)]
    if stale:
        return Status(False, f"stale: {', '.join(stale)} changed since the build "
                             "(run make to compile again)", str(folder))
    missing = [m for m in MODULES if not compiled_files(folder, m)]
    if missing:
        return Status(False, f"incomplete build: no {', '.join(missing)}", str(folder))
    return Status(True, f"compiled with Cython {built.get('cython', '?')}", str(folder))


def activate(package_path: list[str], enabled: bool, package: str = "match") -> Status:
    """Put the compiled folder of ``package`` first on ``package_path`` (e.g.
    ``listwatch.match.__path__``) when it may be used; returns (and keeps) the status."""
    global _STATUS
    if not enabled:
        _STATUS = Status(False, "off (LISTWATCH_COMPILED=false)", str(FOLDER))
        return _STATUS
    status = check()
    if status.active and str(FOLDER / package) not in package_path:
        package_path.insert(0, str(FOLDER / package))
    elif not status.active and (FOLDER / MANIFEST).exists():
        # (built once, unusable now: say so; never built: pure Python is the default)
        log.warning("compiled screening core not used: %s", status.reason)
    _STATUS = status
    return status


def status() -> Status:
    """The status ``activate`` found when ``listwatch.match`` (or ``listwatch.screening``)
    was imported."""
    return _STATUS


def in_use() -> bool:
    """Whether the modules of ``MODULES`` loaded so far (one at least) are the compiled
    ones."""
    loaded = [sys.modules[f"listwatch.{m}"] for m in MODULES
              if f"listwatch.{m}" in sys.modules]
    return bool(loaded) and all(str(getattr(m, "__file__", "")).endswith(".so") for m in loaded)
