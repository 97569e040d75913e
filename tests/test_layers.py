"""The layers (docs/architecture.md), checked from outside the code: import-linter reads
the contracts in pyproject.toml (a package imports only from the layers below it; no
cycle between the modules of a package), on the sources as they are and on a copy with
an upward import and a cycle put in, which must fail."""

from __future__ import annotations

import re
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


def _module_files(src: Path, module: str) -> list[Path]:
    """The source files of ``module`` (a package: every file in it)."""
    base = src.joinpath(*module.split("."))
    if base.with_suffix(".py").exists():
        return [base.with_suffix(".py")]
    return sorted(base.rglob("*.py")) if base.is_dir() else []


def _import_lines(src: Path, importer: str, imported: str) -> list[str]:
    """``path:line`` of each import in ``importer`` of ``imported`` (or of a module in it)."""
    import ast

    found: list[tuple[Path, int]] = []
    for path in _module_files(src, importer):
        package = ".".join(path.relative_to(src).with_suffix("").parts)
        if path.name != "__init__.py":
            package = package.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(parent + ([base] if base else []))
                names = [base] + [f"{base}.{a.name}" for a in node.names]
            if any(n == imported or n.startswith(imported + ".") for n in names):
                found.append((path.relative_to(src.parent), node.lineno))
    return [f"{path}:{line}" for path, line in sorted(found)]


def broken_pairs(report: str, src: Path) -> list[str]:
    """One line per import that breaks a contract, from import-linter's report: the
    importing module, the module it may not import, and where (file:line)."""
    lines = []
    package = ""
    for raw in report.splitlines():
        line = raw.strip()
        if m := re.match(r"No cycles are allowed in ([\w.]+)\.$", line):
            package = m.group(1)
        elif m := re.match(r"- (\.[\w.]+) -> (\.[\w.]+) \(", line):
            importer, imported = package + m.group(1), package + m.group(2)
            where = ", ".join(_import_lines(src, importer, imported)) or "?"
            lines.append(f"{importer} -> {imported} closes a cycle in {package}: {where}")
        elif m := re.match(r"- ([\w.]+) -> ([\w.]+) \(l\.(\d+)\)", line):
            importer, imported = m.group(1), m.group(2)
            where = ", ".join(_import_lines(src, importer, imported)) or f"line {m.group(3)}"
            lines.append(f"{importer} -> {imported} imports upward: {where}")
    return lines


def test_the_layers_and_no_cycles_hold() -> None:
    done = _lint(SRC)
    pairs = "\n".join(broken_pairs(done.stdout, SRC))
    assert done.returncode == 0, (f"the import contract is broken by:\n{pairs}\n\n"
                                  + done.stdout + done.stderr + GUIDANCE)
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
    # the failure names the module pair and the line that breaks it
    line = sum(1 for _ in (src / "listwatch" / "store" / "db.py").open())
    assert (f"listwatch.store.db -> listwatch.api.app imports upward: "
            f"src/listwatch/store/db.py:{line}") in broken_pairs(done.stdout, src)


def test_a_cycle_between_modules_breaks_the_contract(tmp_path: Path) -> None:
    src = _copy(tmp_path)
    with (src / "listwatch" / "screening" / "cells.py").open("a") as f:
        f.write("\nfrom listwatch.screening import batch as _cycle  # noqa\n")
    done = _lint(src)
    assert done.returncode == 1 and "No cycles are allowed in listwatch.screening" in done.stdout
    # the failure names the module pair (whichever import import-linter picks to cut) and
    # the lines of that import
    pairs = broken_pairs(done.stdout, src)
    assert pairs and all(
        re.fullmatch(r"listwatch\.screening\.\w+ -> listwatch\.screening\.\w+ closes a cycle "
                     r"in listwatch\.screening: (src/listwatch/screening/\w+\.py:\d+(, )?)+", p)
        for p in pairs), pairs


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
