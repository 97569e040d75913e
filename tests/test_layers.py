"""The layers (docs/architecture.md), checked from outside the code: import-linter reads
the contracts in pyproject.toml (a package imports only from the layers below it; no
cycle between the modules of a package), on the sources as they are and on a copy with
an upward import and a cycle put in, which must fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

_RUN = """
import sys
from importlinter.configuration import configure
from importlinter.application.use_cases import lint_imports
configure()
sys.exit(0 if lint_imports(config_filename=sys.argv[1], cache_dir=None, no_logo=True) else 1)
"""


def _lint(src: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _RUN, str(ROOT / "pyproject.toml")],
                          env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=120, check=False)


GUIDANCE = """
How to fix (docs/architecture.md, "Layers"): a helper two layers need goes down to the
lower one (or to listwatch/text.py); a CLI command imports app, err, out, open_store ...
from listwatch.commands._common, never from listwatch.cli; two modules of a package that
need each other's code share a third module both import; an import needed only for type
hints goes under `if TYPE_CHECKING:`.
"""


def test_the_layers_and_no_cycles_hold() -> None:
    done = _lint(SRC)
    assert done.returncode == 0, done.stdout + done.stderr + GUIDANCE
    assert "2 kept, 0 broken" in done.stdout


def _copy(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(SRC / "listwatch", src / "listwatch",
                    ignore=shutil.ignore_patterns("__pycache__", "_compiled*", "*.so"))
    return src


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    src = _copy(tmp_path)
    with (src / "listwatch" / "store" / "db.py").open("a") as f:
        f.write("\nfrom listwatch.api import app as _upward  # noqa\n")
    done = _lint(src)
    assert done.returncode == 1
    assert "listwatch.store.db -> listwatch.api" in done.stdout


def test_a_cycle_between_modules_breaks_the_contract(tmp_path: Path) -> None:
    src = _copy(tmp_path)
    with (src / "listwatch" / "screening" / "cells.py").open("a") as f:
        f.write("\nfrom listwatch.screening import batch as _cycle  # noqa\n")
    done = _lint(src)
    assert done.returncode == 1 and "No cycles are allowed in listwatch.screening" in done.stdout


def _guarded_own_imports(tree: object) -> list[int]:
    """Lines of ``try: import listwatch...`` blocks that catch ImportError."""
    import ast

    found = []
    for node in ast.walk(tree):  # type: ignore[arg-type]
        if not isinstance(node, ast.Try):
            continue
        caught = {ast.unparse(h.type) for h in node.handlers if h.type is not None}
        if not any("ImportError" in c or "ModuleNotFoundError" in c for c in caught):
            continue
        for stmt in node.body:
            mods = ([a.name for a in stmt.names] if isinstance(stmt, ast.Import)
                    else [stmt.module or ""] if isinstance(stmt, ast.ImportFrom)
                    and stmt.level == 0 else ["listwatch"] if isinstance(stmt, ast.ImportFrom)
                    else [])
            if any(m == "listwatch" or m.startswith("listwatch.") for m in mods):
                found.append(stmt.lineno)
        # (importlib.import_module of our own modules is a guard too)
        if "import_module" in ast.unparse(node) and "listwatch" in ast.unparse(node):
            found.append(node.lineno)
    return found


def test_our_own_modules_are_never_guarded_with_except_import_error() -> None:
    import ast

    bad = [f"{path.relative_to(SRC)}:{line}"
           for path in sorted((SRC / "listwatch").rglob("*.py"))
           for line in _guarded_own_imports(ast.parse(path.read_text(encoding="utf-8")))]
    assert not bad, f"imports of listwatch modules guarded by except ImportError: {bad}"
    # and the check sees one
    guarded = ast.parse("try:\n    from listwatch.watch import runner\nexcept ImportError:\n"
                        "    runner = None\n")
    assert _guarded_own_imports(guarded) == [2]
