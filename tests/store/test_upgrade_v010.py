"""A database written by release v0.1.0 opens with today's code and answers the same.

tests/fixtures/v010 holds what ``scripts/make_v010_db.py`` made with the code of the tag
v0.1.0: a SQLite database, the same database on PostgreSQL as a dump, and v0.1.0's answers
to ``sources``, ``diff``, ``history`` and ``screen`` on each. Here today's code opens them
(running every migration added since) and is asked the same questions. An answer may
carry new fields and list new sources (the contract is extended, never broken); every
field v0.1.0 gave must be there with the same value, but the score and explanation of a
screening result (the scorer improves; which entries match, and in which order, must not
change; an entry may come among the ``referents`` of one result for a party listed several
times, as the contract now says). An answer changed on purpose since (ON_PURPOSE, each with its reason and the
CHANGELOG line) is checked against what it must say now, from what v0.1.0 said."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from typer.testing import CliRunner

from listwatch.cli import app
from listwatch.store.db import Store
from listwatch.store.schema import MIGRATIONS, schema_migrations

V010 = Path(__file__).resolve().parent.parent / "fixtures" / "v010"
EXPECTED = json.loads((V010 / "expected.json").read_text(encoding="utf-8"))
#: fields of a screening result that may change with the scorer
SCORER_FIELDS = {"score", "explanation"}
#: answers changed on purpose since v0.1.0: question -> (the top-level keys that changed,
#: why). Each is checked against what it should say now in ``_changed_on_purpose``.
ON_PURPOSE: dict[str, tuple[set[str], str]] = {
    "history_as_of": (
        {"listed", "removed_on", "listed_intervals", "status", "status_since",
         "status_reported", "status_event"},
        "history --as-of shows what was known on the date (v0.1.0 showed the later removal), "
        "and a reported event (an unconfirmed annotation) is given as reported_status "
        "instead of setting status (6750258, issue 21)"),
}


def _load(db_url: str) -> None:
    """The v0.1.0 database, at ``db_url`` (a fresh, empty database of the fixture)."""
    if db_url.startswith("sqlite"):
        shutil.copyfile(V010 / "listwatch-v0.1.0.sqlite", db_url.removeprefix("sqlite:///"))
        return
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql((V010 / "postgres-v0.1.0.sql").read_text(encoding="utf-8"))
    finally:
        engine.dispose()  # (the dump empties search_path for its connection)


def _kept(old: Any, new: Any, where: str) -> list[str]:
    """Where ``new`` loses or changes what ``old`` said (new keys are fine)."""
    if isinstance(old, dict):
        if not isinstance(new, dict):
            return [f"{where}: {new!r} is no longer an object"]
        out = []
        for key, value in old.items():
            if key not in new:
                out.append(f"{where}.{key}: missing")
            else:
                out += _kept(value, new[key], f"{where}.{key}")
        return out
    if isinstance(old, list) and old and all(isinstance(o, dict) and "id" in o for o in old):
        # (a list of things with an id, e.g. the sources: a new one may be added)
        if not isinstance(new, list):
            return [f"{where}: {new!r:.300} is no longer a list"]
        by_id = {n.get("id"): n for n in new if isinstance(n, dict)}
        return [m for o in old
                for m in (_kept(o, by_id[o["id"]], f"{where}[id={o['id']}]")
                          if o["id"] in by_id else [f"{where}: {o['id']} is gone"])]
    if isinstance(old, list):
        if not isinstance(new, list) or len(new) != len(old):
            return [f"{where}: {len(old)} items then, now {new!r:.300}"]
        return [m for i, (o, n) in enumerate(zip(old, new, strict=True))
                for m in _kept(o, n, f"{where}[{i}]")]
    return [] if old == new else [f"{where}: {old!r} then, {new!r} now"]


@pytest.fixture
def upgraded(db_url: str) -> str:
    _load(db_url)
    store = Store(db_url, migrate=False)
    try:
        applied = store.migrate()
        with store.connect() as conn:
            done = set(conn.scalars(select(schema_migrations.c.version)))
    finally:
        store.dispose()
    assert applied == [v for v, _, _ in MIGRATIONS if v > 3]  # (v0.1.0 stopped at 3)
    assert done == {v for v, _, _ in MIGRATIONS}
    return db_url


def test_the_release_database_answers_as_it_did(upgraded: str) -> None:
    backend = "sqlite" if upgraded.startswith("sqlite") else "postgres"
    expected = EXPECTED["answers"][backend]
    runner = CliRunner()
    problems: list[str] = []
    for name, args in EXPECTED["questions"].items():
        done = runner.invoke(app, ["--db", upgraded, *args])
        assert done.exit_code == 0, f"{name}: {done.output}"
        answer = json.loads(done.stdout)
        old = expected[name]
        if name in ON_PURPOSE:
            changed, _why = ON_PURPOSE[name]
            problems += _changed_on_purpose(name, old, answer)
            old = {k: v for k, v in old.items() if k not in changed}
        if args[0] == "screen":
            problems += _screen_kept(old, answer, name)
        else:
            problems += _kept(old, answer, name)
    assert not problems, "\n".join(problems)


def _screen_kept(old: list[dict[str, Any]], new: list[dict[str, Any]], where: str
                 ) -> list[str]:
    """Every entry v0.1.0 found is found, in the same order, as a result of its own (every
    field kept but the scorer's) or among the ``referents`` of the one result of a party
    listed several times (the contract's extension since)."""
    if len(new) != len(old):
        return [f"{where}: {len(old)} queries then, {len(new)} now"]
    out: list[str] = []
    for i, (then, now) in enumerate(zip(old, new, strict=True)):
        at = f"{where}[{i}]"
        out += _kept(then["query"], now["query"], f"{at}.query")
        results = now["results"]
        places = []
        for r in then["results"]:
            found = [j for j, n in enumerate(results)
                     if n["key"] == r["key"] or r["key"] in n.get("referents", ())]
            if not found:
                out.append(f"{at}: {r['key']} is no longer found")
                continue
            j = found[0]
            places.append(j)
            if results[j]["key"] == r["key"]:
                out += _kept({k: v for k, v in r.items() if k not in SCORER_FIELDS},
                             results[j], f"{at}.results[{j}]")
                if not SCORER_FIELDS <= set(results[j]):
                    out.append(f"{at}.results[{j}]: no score or explanation")
            elif results[j]["match"] != r["match"]:
                out.append(f"{at}: {r['key']} (in {results[j]['key']}) match "
                           f"{r['match']} then, {results[j]['match']} now")
        if places != sorted(places):
            out.append(f"{at}: the entries found come in another order: {places}")
    return out


def _changed_on_purpose(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What a changed answer must say now, from what v0.1.0 said (nothing of it lost)."""
    assert name == "history_as_of", name
    out = []
    # on 2021-04-01 Xiaomi was listed; its removal (2021-06-01) was not known yet
    if not (new["listed"] is True and new["removed_on"] is None
            and new["listed_intervals"][0]["to"] is None and new["status"] == "listed"):
        out.append(f"{name}: not the listing as known on the date: {new!r:.400}")
    # the injunction v0.1.0 reported as the status is kept, as the reported status
    reported = {"status": old["status"], "since": old["status_since"],
                "event": old["status_event"]}
    got = {k: (new.get("reported_status") or {}).get(k) for k in reported}
    if got != reported:
        out.append(f"{name}: reported_status {got} instead of {reported}")
    return out


def test_the_release_database_is_read_again_without_migrating(upgraded: str) -> None:
    """A second opening finds nothing to do (and, on SQLite, takes no write lock)."""
    store = Store(upgraded)
    try:
        assert store.migrate() == []
    finally:
        store.dispose()


def test_the_fixture_covers_every_question_of_the_contract() -> None:
    commands = {args[0] for args in EXPECTED["questions"].values()}
    assert commands == {"sources", "diff", "history", "screen"}
    answers = EXPECTED["answers"]["sqlite"]
    assert answers["diff"]["added"] and answers["diff"]["removed"] and answers["diff"]["changed"]
    assert any(r["results"] for r in answers["screen_as_of"])
    assert answers["history_xiaomi"]["removed_on"]
