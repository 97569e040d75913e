"""Build the databases of release v0.1.0 that tests/store/test_upgrade_v010.py upgrades.

    .venv/bin/python scripts/make_v010_db.py [--tree DIR] [--pg URL]

The code of the tag v0.1.0 (``git archive v0.1.0``, or ``--tree``: a checkout of it) writes,
from the small fixtures of tests/fixtures, into tests/fixtures/v010/:

* ``listwatch-v0.1.0.sqlite``: a SQLite database (two snapshots of ``custom``, with an
  entry added, one removed and one amended; ``eu_fsf``, ``gb_fcdo`` and ``ftm``; legal
  events for Xiaomi; a watchlist; a screening's audit record);
* ``postgres-v0.1.0.sql``: the same built on PostgreSQL (``--pg``, a server URL on which
  databases may be created; default ``LISTWATCH_TEST_PG``), dumped with ``pg_dump --inserts``;
* ``expected.json``: the questions (``sources``, ``diff``, ``history`` and ``screen``, in
  JSON) and what v0.1.0 answered on each database, asked again by the test after the
  migrations of today (both answer the same but for the time of the build).

Run it once per release; the outputs are committed. Nothing here is imported by the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
OUT = FIXTURES / "v010"
TAG = "v0.1.0"

#: (source, folder or file, date): what v0.1.0 ingests, in order
INGESTS = [
    ("custom", OUT / "custom" / "2021-01-20", "2021-01-20"),
    ("custom", OUT / "custom" / "2021-06-01", "2021-06-01"),
    ("eu_fsf", FIXTURES / "eu_fsf" / "eu_fsf.xml", "2024-01-02"),
    ("gb_fcdo", FIXTURES / "gb_fcdo" / "UK-Sanctions-List.xml", "2024-01-03"),
    ("ftm", FIXTURES / "ftm" / "entities.ftm.json", "2024-01-04"),
]

#: the questions asked of v0.1.0, asked again after the upgrade (name -> CLI arguments)
QUESTIONS: dict[str, list[str]] = {
    "sources": ["sources", "--format", "json"],
    "sources_as_of": ["sources", "--as-of", "2021-03-01", "--format", "json"],
    "diff": ["diff", "2021-01-20", "2021-06-01", "--source", "custom", "--format", "json"],
    "history_xiaomi": ["history", "--entry", "custom:xiaomi", "--format", "json"],
    "history_huawei": ["history", "--entry", "custom:huawei", "--format", "json"],
    "history_query": ["history", "COSCO Shipping", "--format", "json"],
    "history_as_of": ["history", "--entry", "custom:xiaomi", "--as-of", "2021-04-01",
                      "--format", "json"],
    "screen": ["screen", "Xiaomi Corp", "--format", "json"],
    "screen_as_of": ["screen", "Xiaomi Corporation", "--as-of", "2021-02-01",
                     "--format", "json"],
    "screen_huawei": ["screen", "Huawei Technologies", "--schema", "Company", "--format",
                      "json"],
}

#: legal events and a watchlist, written through v0.1.0's own library
EXTRAS = """
from listwatch.api.annotations import AnnotationIn, add_annotation
from listwatch.store.db import Store
store = Store()
for kind, date, quote in [
    ("legal_challenge", "2021-01-29", "Xiaomi filed a complaint against the Department of Defense."),
    ("injunction", "2021-03-12", "The court granted Xiaomi's motion for a preliminary injunction."),
    ("vacatur", "2021-05-25", "The court entered the agreed order vacating the designation."),
]:
    add_annotation(store, "custom:xiaomi", AnnotationIn(
        type=kind, date=date, evidence_quote=quote,
        evidence_url="https://example.org/xiaomi-v-department-of-defense",
        authority="U.S. District Court for the District of Columbia"))
store.dispose()
"""


def run(tree: Path, db: str, args: list[str], *, code: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LISTWATCH_")}
    env |= {"PYTHONPATH": str(tree / "src"), "LISTWATCH_DB": db, "LISTWATCH_COMPILED": "false",
            "PYTHONHASHSEED": "0"}
    cmd = [sys.executable, "-c", code or "from listwatch.cli import main; main()", *args]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"v0.1.0 failed on {args or 'extras'}:\n{done.stderr}")
    return done.stdout


def build(tree: Path, db: str) -> dict[str, object]:
    """Write the v0.1.0 database at ``db``; return its answers to QUESTIONS."""
    for source, path, date in INGESTS:
        run(tree, db, ["ingest", str(path), "--source", source, "--date", date])
    run(tree, db, [], code=EXTRAS)
    run(tree, db, ["watch", "add", "Xiaomi Corporation", "--list", "upgrade",
                   "--schema", "Company"])
    return {name: json.loads(run(tree, db, args)) for name, args in QUESTIONS.items()}


#: keys whose values are the time of the build (each database keeps its own)
VOLATILE = {"last_ingested_at"}


def normalise(value: object) -> object:
    """``value`` without the keys of VOLATILE (at any depth)."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


def export_tree(into: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", TAG], capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, help=f"a checkout of {TAG} (default: git archive)")
    parser.add_argument("--pg", default=os.environ.get("LISTWATCH_TEST_PG"),
                        help="PostgreSQL server URL (default: LISTWATCH_TEST_PG)")
    args = parser.parse_args()
    if not args.pg:
        parser.error("a PostgreSQL server is needed (--pg or LISTWATCH_TEST_PG)")
    with tempfile.TemporaryDirectory(prefix="listwatch-v010-") as tmp:
        work = Path(tmp)
        tree = args.tree or export_tree(work)
        sqlite_path = work / "v010.sqlite"
        answers = build(tree, f"sqlite:///{sqlite_path}")

        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"lw_v010_{uuid.uuid4().hex[:10]}"
        admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        pg_url = make_url(args.pg).set(database=name)
        try:
            pg_answers = build(tree, pg_url.render_as_string(hide_password=False))
            differ = [q for q in QUESTIONS if normalise(pg_answers[q]) != normalise(answers[q])]
            if differ:
                (work.parent / "v010-sqlite.json").write_text(json.dumps(answers, indent=1))
                (work.parent / "v010-pg.json").write_text(json.dumps(pg_answers, indent=1))
                raise SystemExit("v0.1.0 answered differently on SQLite and PostgreSQL: "
                                 + ", ".join(differ))
            pg_dump = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"))[-1]
            dump = subprocess.run(
                [str(pg_dump), "--inserts", "--no-owner", "--no-privileges",
                 "--no-comments", "-h", pg_url.host or "127.0.0.1",
                 "-p", str(pg_url.port or 5432), "-U", pg_url.username or "postgres", name],
                capture_output=True, text=True, check=True,
                env=dict(os.environ, PGPASSWORD=pg_url.password or "")).stdout
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
        OUT.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sqlite_path, OUT / "listwatch-v0.1.0.sqlite")
        # (psql's meta-commands, \restrict of pg_dump >= 15.14, are not SQL: the test runs
        # the dump through the driver)
        dump = "".join(line for line in dump.splitlines(keepends=True)
                       if not line.startswith("\\"))
        (OUT / "postgres-v0.1.0.sql").write_text(dump, encoding="utf-8")
        (OUT / "expected.json").write_text(
            json.dumps({"release": TAG, "questions": QUESTIONS,
                        "answers": {"sqlite": answers, "postgres": pg_answers}},
                       ensure_ascii=False, indent=1)
            + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: listwatch-v0.1.0.sqlite, postgres-v0.1.0.sql, "
          "expected.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
