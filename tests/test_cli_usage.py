"""Usage mistakes get click's usage message and exit 2, never "internal error".

Every command and sub-command is found by walking the command tree, so commands added
later are covered without editing this file."""

from __future__ import annotations

import sys

import pytest
import typer

from listwatch import cli


def _walk(command, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
    found = [(path, command)]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        if not getattr(sub, "hidden", False):
            found.extend(_walk(sub, (*path, name)))
    return found


COMMANDS = _walk(typer.main.get_command(cli.app))
IDS = [" ".join(path) or "(top)" for path, _ in COMMANDS]


def _run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
         *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["listwatch", *args])
    with pytest.raises(SystemExit) as exc:
        cli.main()
    captured = capsys.readouterr()
    code = exc.value.code
    return (code if isinstance(code, int) else 1), captured.out + captured.err


def test_the_tree_holds_the_commands_of_the_contract() -> None:
    names = set(IDS)
    for expected in ("ingest", "sources", "diff", "history", "screen"):
        assert expected in names, sorted(names)
    assert len(COMMANDS) > 10


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_an_unknown_option_gives_the_usage_line_and_exit_2(
        path: tuple[str, ...], command: object, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, text = _run(capsys, monkeypatch, *path, "--no-such-option-at-all")
    assert code == 2, text
    assert "Usage: listwatch" in text and "No such option" in text, text
    assert "internal error" not in text and "Traceback" not in text, text


@pytest.mark.parametrize(("path", "command"),
                         [(p, c) for p, c in COMMANDS if hasattr(c, "commands")],
                         ids=[i for i, (_, c) in zip(IDS, COMMANDS, strict=True)
                              if hasattr(c, "commands")])
def test_a_mistyped_command_gives_the_usage_line_and_exit_2(
        path: tuple[str, ...], command: object, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, text = _run(capsys, monkeypatch, *path, "decisoins")
    assert code == 2, text
    assert "No such command 'decisoins'" in text and "internal error" not in text, text


def _required(command: object) -> list[object]:
    return [p for p in getattr(command, "params", []) if getattr(p, "required", False)]


WITH_REQUIRED = [(p, c) for p, c in COMMANDS if _required(c)]


@pytest.mark.parametrize(("path", "command"), WITH_REQUIRED,
                         ids=[" ".join(p) for p, _ in WITH_REQUIRED])
def test_a_missing_required_parameter_gives_the_usage_line_and_exit_2(
        path: tuple[str, ...], command: object, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the required parameters but the last one are given a value; options take "x"
    required = _required(command)
    args: list[str] = []
    for param in required[:-1]:
        if getattr(param, "param_type_name", "") == "option":
            args += [param.opts[0], "x"]  # type: ignore[attr-defined]
        else:
            args.append("x")
    code, text = _run(capsys, monkeypatch, *path, *args)
    assert code == 2, text
    assert "Usage: listwatch" in text and "internal error" not in text, text


def test_ingest_without_source_names_the_missing_option(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    code, text = _run(capsys, monkeypatch, "ingest", str(tmp_path))
    assert code == 2
    assert "Missing option '--source'" in text


def test_version_says_which_and_whether_compiled(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from listwatch import __version__
    from listwatch.match import compiled

    code, text = _run(capsys, monkeypatch, "--version")
    assert code == 0, text
    core = "compiled" if compiled.status().active else "pure Python"
    assert text.strip() == f"listwatch {__version__} (screening core: {core})"
