"""The compiled screening core: in use once built, never when stale, and the same results
as the pure-Python modules it is compiled from."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from listwatch.match import compiled

HELPER = Path(__file__).with_name("same_results.py")


@pytest.mark.compiled
def test_the_compiled_core_is_built_and_in_use() -> None:
    """``make`` compiles the core before the tests: they run on what ships."""
    status = compiled.status()
    assert status.active, f"compiled core not in use: {status.reason}"
    import listwatch.match.names
    import listwatch.screening.screen

    assert compiled.in_use()
    assert listwatch.match.names.__file__.endswith(".so")
    assert listwatch.screening.screen.__file__.endswith(".so")


def _fake_build(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the sources and of the manifest of the real build (no need to compile
    again: ``check`` reads digests and file names only)."""
    sources = tmp_path / "src"
    folder = tmp_path / "_compiled"
    for name in compiled.MODULES:
        package, module = name.split(".")
        (sources / package).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(compiled.source_path(compiled.HERE, name),
                        compiled.source_path(sources, name))
        if compiled.augmenting_path(compiled.HERE, name).is_file():
            shutil.copyfile(compiled.augmenting_path(compiled.HERE, name),
                            compiled.augmenting_path(sources, name))
        (folder / package).mkdir(parents=True, exist_ok=True)
        (folder / package / f"{module}.{sys.implementation.cache_tag}-x86_64-linux-gnu.so"
         ).write_bytes(b"")
    manifest = {"cache_tag": sys.implementation.cache_tag, "cython": "3",
                "sources": compiled.source_digests(sources)}
    (folder / compiled.MANIFEST).write_text(json.dumps(manifest))
    return sources, folder


def test_a_changed_source_makes_the_build_stale(tmp_path: Path) -> None:
    sources, folder = _fake_build(tmp_path)
    assert compiled.check(folder, sources).active
    with (sources / "match" / "names.py").open("a") as f:
        f.write("\n# edited\n")
    status = compiled.check(folder, sources)
    assert not status.active and "stale: match.names" in status.reason


def test_an_edited_added_or_removed_pxd_file_makes_the_build_stale(tmp_path: Path) -> None:
    """The augmenting ``.pxd`` files declare the C types the modules were compiled with:
    one edited, added or removed since the build makes the set stale like an edited .py."""
    sources, folder = _fake_build(tmp_path)
    with_pxd = [m for m in compiled.MODULES
                if compiled.augmenting_path(sources, m).is_file()]
    assert "screening.bounds" in with_pxd and "match.words" in with_pxd
    assert compiled.check(folder, sources).active
    pxd = compiled.augmenting_path(sources, "screening.bounds")
    text = pxd.read_text()
    pxd.write_text(text + "\n# edited\n")
    status = compiled.check(folder, sources)
    assert not status.active and "stale: screening.bounds.pxd" in status.reason
    pxd.unlink()
    status = compiled.check(folder, sources)
    assert not status.active and "stale: screening.bounds.pxd" in status.reason
    pxd.write_text(text)
    assert compiled.check(folder, sources).active
    added = compiled.augmenting_path(sources, "match.scorer")
    assert not added.exists()
    added.write_text("cimport cython\n")
    status = compiled.check(folder, sources)
    assert not status.active and "stale: match.scorer.pxd" in status.reason


def test_a_build_for_another_interpreter_or_a_broken_one_is_not_used(tmp_path: Path) -> None:
    sources, folder = _fake_build(tmp_path)
    manifest = folder / compiled.MANIFEST
    data = json.loads(manifest.read_text())
    manifest.write_text(json.dumps(data | {"cache_tag": "cpython-399"}))
    assert "built for cpython-399" in compiled.check(folder, sources).reason
    manifest.write_text("{not json")
    assert "unreadable manifest" in compiled.check(folder, sources).reason
    manifest.write_text(json.dumps(data))
    next(folder.glob("match/scorer.*.so")).unlink()
    assert "incomplete build: no match.scorer" in compiled.check(folder, sources).reason
    manifest.unlink()
    assert "not built" in compiled.check(folder, sources).reason


@pytest.mark.compiled
def test_activation_follows_the_setting_and_the_check() -> None:
    before = compiled.status()
    try:
        path: list[str] = ["/somewhere"]
        assert not compiled.activate(path, enabled=False).active
        assert path == ["/somewhere"]
        # (built and fresh here: test_the_compiled_core_is_built_and_in_use requires it)
        assert compiled.activate(path, enabled=True).active
        assert path == [str(compiled.FOLDER / "match"), "/somewhere"]
        compiled.activate(path, enabled=True)
        assert path.count(str(compiled.FOLDER / "match")) == 1  # (once only)
    finally:
        compiled._STATUS = before


def _run(shared_data: Path, work: Path, *, pure: bool, seed: int) -> dict:
    env = dict(os.environ, LISTWATCH_COMPILED="false" if pure else "true",
               PYTHONHASHSEED=str(seed))
    work.mkdir()
    done = subprocess.run([sys.executable, str(HELPER), str(shared_data), str(work)],
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.compiled
def test_compiled_and_pure_python_give_the_same_results(shared_data: Path, tmp_path: Path
                                                        ) -> None:
    """Normalisation of every UN name, the labelled pairs' scores and explanations, and
    screening (batch and one by one) of perturbed UN names: identical both ways. The two
    processes hash strings differently too (results must not depend on set order)."""
    fast = _run(shared_data, tmp_path / "compiled", pure=False, seed=1)
    slow = _run(shared_data, tmp_path / "pure", pure=True, seed=2)
    assert fast.pop("compiled") is True and slow.pop("compiled") is False
    assert len(fast["batch"]) > 5000 and len(fast["compare"]) > 300
    assert sum(bool(r) for r in fast["batch"]) > 2000  # (perturbed names do match)
    for part in fast:
        assert fast[part] == slow[part], part
