"""docs/cli.md documents every command and option, as scripts/cli_reference.py writes it.

When this fails after you added or changed a command or an option: run
``python scripts/cli_reference.py`` and commit docs/cli.md."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import typer

from listwatch.cli import app

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "cli.md"
REGENERATE = "run `python scripts/cli_reference.py` and commit docs/cli.md"


def _script():
    spec = importlib.util.spec_from_file_location("cli_reference",
                                                  ROOT / "scripts" / "cli_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_command_and_option_is_documented() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    missing = []
    for path, command in _script().walk(typer.main.get_command(app)):
        title = " ".join(("listwatch", *path))
        section = text.split(f"\n## {title}\n", 1)
        if len(section) == 1:
            missing.append(f"command `{title}`")
            continue
        body = section[1].split("\n## ", 1)[0]
        for param in command.params:
            if param.name == "help" or getattr(param, "hidden", False):
                continue
            shown = (f"`{param.name.upper()}`" if param.param_type_name == "argument"
                     else f"`{param.opts[0]}`")
            if shown not in body:
                missing.append(f"{shown} of `{title}`")
    assert not missing, f"undocumented in docs/cli.md: {', '.join(missing)}; {REGENERATE}"


def test_the_reference_is_what_the_script_writes() -> None:
    assert REFERENCE.read_text(encoding="utf-8") == _script().render(), (
        f"docs/cli.md is out of date with the commands' help: {REGENERATE}")
