"""Screenings that could not see anything never say "no match"; birth dates and customer
files as people write them (issue 21, items 1 to 3)."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from listwatch.cli import app
from listwatch.errors import ConfigError, NothingScreened

pytestmark = pytest.mark.realdata
runner = CliRunner()


@pytest.fixture(scope="module")
def sdn_db(shared_data, tmp_path_factory) -> str:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    url = f"sqlite:///{tmp_path_factory.mktemp('refusals') / 'sdn.db'}"
    store = Store(url)
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2022-04-01"])
    store.dispose()
    return url


@pytest.fixture(scope="module")
def index_cache(tmp_path_factory) -> str:
    """The screening index cache of the module's database, as a user's commands keep one:
    the first command builds the index, the next ones read it."""
    return str(tmp_path_factory.mktemp("refusals-index"))


@pytest.fixture
def db(sdn_db, index_cache, monkeypatch) -> str:
    monkeypatch.setenv("LISTWATCH_DB", sdn_db)
    monkeypatch.setenv("LISTWATCH_USER", "tester")
    monkeypatch.setenv("LISTWATCH_INDEX_CACHE", index_cache)
    return sdn_db


def _json(res) -> list:
    return json.loads(res.stdout[: res.stdout.rindex("]") + 1])


# -- item 1: birth dates ---------------------------------------------------------------


@pytest.mark.parametrize("written", ["1952-10-07", "07/10/1952", "Oct 1952", "7 octobre 1952",
                                     "1952", "1951-1953", "circa 1952"])
def test_putin_matches_with_his_birth_date_as_written(db, written):
    res = runner.invoke(app, ["screen", "Vladimir Putin", "--schema", "Person",
                              "--birth-date", written, "--format", "json"])
    assert res.exit_code == 0, res.output
    top = _json(res)[0]["results"][0]
    assert top["key"] == "us_ofac_sdn:35096" and top["match"] is True
    assert not any("differ" in e["detail"] for e in top["explanation"])


def test_month_first_needs_the_order(db):
    res = runner.invoke(app, ["screen", "Vladimir Putin", "--schema", "Person",
                              "--birth-date", "10/07/1952", "--date-order", "mdy",
                              "--format", "json"])
    assert _json(res)[0]["query"]["birth_date"] == "1952-10-07"
    res = runner.invoke(app, ["screen", "Vladimir Putin", "--birth-date", "10/07/1952",
                              "--date-order", "ymd"])
    assert isinstance(res.exception, ConfigError)


def test_an_unreadable_birth_date_is_refused(db):
    res = runner.invoke(app, ["screen", "Vladimir Putin", "--birth-date", "07/10/52"])
    assert isinstance(res.exception, ConfigError) and "two-digit" in str(res.exception)


def test_batch_birth_dates_as_written(db, tmp_path):
    src = tmp_path / "people.csv"
    src.write_text("id,name,schema,birth_date\n1,Vladimir Putin,Person,07/10/1952\n"
                   "2,Vladimir Putin,Person,Oct 1952\n3,Vladimir Putin,Person,unknown\n"
                   "4,Vladimir Putin,Person,1960\n")
    out = tmp_path / "out.csv"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    rows = {r["id"]: r for r in csv.DictReader(out.open())}
    assert [rows[i]["match"] for i in "1234"] == ["true", "true", "true", "false"]
    assert rows["1"]["birth_date"] == "07/10/1952"  # the input as it was
    assert "'unknown'" in res.output and "not read as dates" in res.output


# -- item 2: screenings that cannot see anything ----------------------------------------


@pytest.mark.parametrize("args", [["--limit", "0"], ["--limit", "-3"], ["--threshold", "5"],
                                  ["--threshold", "-1"], ["--schema", "Martian"],
                                  ["--limit", "100000"]])
def test_invalid_options_are_refused(db, args, tmp_path):
    res = runner.invoke(app, ["screen", "Vladimir Putin", *args])
    assert isinstance(res.exception, ConfigError), res.output
    assert "screening #" not in res.output
    src = tmp_path / "in.csv"
    src.write_text("name\nVladimir Putin\n")
    if args[0] != "--schema":
        res = runner.invoke(app, ["screen", "-i", str(src), *args])
        assert isinstance(res.exception, ConfigError), res.output


def test_compare_refuses_an_unknown_schema(tmp_path):
    res = runner.invoke(app, ["compare", "A", "B", "--schema", "Martian"])
    assert isinstance(res.exception, ConfigError)
    assert runner.invoke(app, ["compare", "A", "B", "--schema", "person"]).exit_code == 0
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("name1,name2,schema\nA,B,Martian\n")
    res = runner.invoke(app, ["compare", "-i", str(pairs), "-o", str(tmp_path / "o.csv")])
    assert isinstance(res.exception, ConfigError) and "line 2" in str(res.exception)


@pytest.mark.parametrize("args", [["--as-of", "1990-01-01"], ["--source", "eu_fsf"],
                                  ["--source", "eu_fsf", "--source", "us_ofac_sdn"]])
def test_nothing_in_force_is_not_no_match(db, args, tmp_path):
    res = runner.invoke(app, ["screen", "Nobody Whatsoever", *args])
    assert isinstance(res.exception, NothingScreened), res.output
    assert res.exception.exit_code != 0 and "no match" not in res.output
    src = tmp_path / "in.csv"
    src.write_text("name\nNobody Whatsoever\n")
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(tmp_path / "o.csv"), *args])
    assert isinstance(res.exception, NothingScreened)
    assert not (tmp_path / "o.csv").exists()


def test_every_output_carries_its_coverage(db, tmp_path):
    res = runner.invoke(app, ["screen", "Nobody Whatsoever", "--format", "json"])
    item = _json(res)[0]
    assert item["results"] == []
    assert item["coverage"]["us_ofac_sdn"]["date"] == "2022-04-01"
    res = runner.invoke(app, ["screen", "Nobody Whatsoever"])
    assert "no match" in res.output and "us_ofac_sdn (snapshot #" in res.output
    src = tmp_path / "in.csv"
    src.write_text("name\nNobody Whatsoever\n")
    out = tmp_path / "o.csv"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out)])
    side = json.loads((tmp_path / "o.csv.coverage.json").read_text())
    assert side["coverage"]["us_ofac_sdn"]["date"] == "2022-04-01" and side["rows"] == 1
    sid = res.output.split("screening #")[1].split()[0]
    cert = runner.invoke(app, ["certificate", sid, "--format", "json"])
    assert json.loads(cert.stdout)["snapshots"]["us_ofac_sdn"]["date"] == "2022-04-01"


# -- item 3: customer files as they come ------------------------------------------------


@pytest.mark.parametrize(("delimiter", "encoding"), [
    (",", "utf-8"), (";", "cp1252"), ("\t", "utf-8-sig"), ("|", "cp1252"), (",", "cp1252"),
    (";", "utf-8"), ("\t", "utf-16")])
def test_customer_files(db, tmp_path, delimiter, encoding):
    header = ["Customer ID", "Full Name", "DOB", "Nationality", "ISIN", "Comment"]
    rows = [["7", "Vladimir Putin", "07/10/1952", "Russia", "", "café crème"],
            ["8", "", "", "", "US0378331005", "naïve"]]
    src = tmp_path / "export.csv"
    text = "\r\n".join(delimiter.join(r) for r in [header, *rows]) + "\r\n"
    src.write_bytes(text.encode(encoding))
    out = tmp_path / "out.csv"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    got = list(csv.DictReader(out.open(encoding="utf-8")))
    assert got[0]["Full Name"] == "Vladimir Putin" and got[0]["match"] == "true"
    assert got[0]["Comment"] == "café crème" and got[1]["identifier"] == "US0378331005"
    assert "Comment" in res.output  # named as not screened
    assert ("Windows-1252" in res.output) == (encoding == "cp1252")
    assert "Traceback" not in res.output


def test_first_and_last_name_make_a_name(db, tmp_path):
    src = tmp_path / "p.csv"
    src.write_text("first_name;last_name;date_of_birth\nVladimir;Putin;7 Oct 1952\n")
    out = tmp_path / "o.csv"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert next(csv.DictReader(out.open()))["match"] == "true"


@pytest.mark.parametrize("header", [
    ("Nom", "Prénom", "Date de naissance"), ("Name", "Vorname", "Geburtsdatum"),
    ("Apellidos", "Nombre", "Fecha de nacimiento"), ("Cognome", "Nome", "Data di nascita")])
def test_family_and_given_name_columns_in_other_languages(db, tmp_path, header):
    """A French export's ``Nom`` beside ``Prénom`` (a German one's ``Name`` beside
    ``Vorname``) is the family name: the person is screened by the whole name, never by
    the family name alone with the given names left aside."""
    src = tmp_path / "clients.csv"
    text = ";".join(header) + "\r\nPUTIN;Vladimir;07/10/1952\r\n"
    src.write_bytes(text.encode("cp1252"))
    out = tmp_path / "o.csv"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    row = next(csv.DictReader(out.open(encoding="utf-8")))
    assert row["name"] == "Vladimir PUTIN" and row["birth_date"] == "07/10/1952", row
    assert row["match"] == "true" and "not used for screening" not in res.output, res.output


def test_a_cell_of_megabytes_is_a_clear_error(db, tmp_path):
    """A cell above the CSV reader's field limit (a quote left open, or no customer file)
    is said with its line, never an internal error."""
    src = tmp_path / "big.csv"
    src.write_text("name\nVladimir Putin\n" + "alpha bravo " * 400_000 + "\nAnna Petrova\n")
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(tmp_path / "o.csv"),
                              "--workers", "1"])
    # (the CLI's entry point turns a ConfigError into its message and exit code 2)
    assert isinstance(res.exception, ConfigError), res.output
    assert "not readable CSV" in str(res.exception) and "line 3:" in str(res.exception)


@pytest.mark.parametrize(("suffix", "fmt"), [(".json", "json"), (".parquet", "parquet"),
                                             (".csv", "csv")])
def test_output_format_from_the_extension(db, tmp_path, suffix, fmt):
    src = tmp_path / "in.csv"
    src.write_text("name\nVladimir Putin\n")
    out = tmp_path / f"out{suffix}"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    data = out.read_bytes()
    if fmt == "json":
        assert json.loads(data)[0]["results"][0]["key"] == "us_ofac_sdn:35096"
    elif fmt == "parquet":
        assert data[:4] == b"PAR1"
    else:
        assert data.startswith(b"name,")
    # --format says otherwise
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--format", "csv",
                              "--workers", "1"])
    assert out.read_bytes().startswith(b"name,")


def test_single_query_json_to_a_file(db, tmp_path):
    out = tmp_path / "one.json"
    res = runner.invoke(app, ["screen", "Vladimir Putin", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text())[0]["results"]


def test_parquet_input_with_usual_names(db, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"Name": ["Vladimir Putin"], "dob": ["Oct 1952"]}), src)
    out = tmp_path / "o.csv"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert next(csv.DictReader(out.open()))["match"] == "true"


def test_a_binary_file_is_refused(db, tmp_path):
    src = tmp_path / "book.csv"
    src.write_bytes(b"PK\x03\x04\x00\x00name\n")
    res = runner.invoke(app, ["screen", "-i", str(src)])
    assert isinstance(res.exception, ConfigError)


def test_portfolio_reader_decodes_as_the_batch_does():
    from listwatch.watch.portfolio import read_csv

    rows, ignored = read_csv("Full Name;DOB;Notes\r\nJosé Pérez;07/10/1952;x\r\n"
                             .encode("cp1252"))
    assert rows[0]["name"] == "José Pérez" and rows[0]["birth_date"] == "1952-10-07"
    assert ignored == ["notes"]


def test_schema_values_as_customer_files_write_them(db, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,name,type,dob\n1,Vladimir Putin,Individual,07/10/1952\n"
                   "2,Vladimir Putin,Martian,07/10/1952\n3,Vladimir Putin,person,\n")
    out = tmp_path / "o.csv"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    rows = {r["id"]: r for r in csv.DictReader(out.open())}
    assert [rows[i]["match"] for i in "123"] == ["true", "true", "true"]
    assert "'Martian'" in res.output and "schema value" in res.output


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "cp1252"), ("\t", "utf-16"),
                                                     (",", "utf-8-sig")])
def test_compare_reads_pair_files_as_they_come(tmp_path, delimiter, encoding):
    pairs = tmp_path / "pairs.csv"
    text = delimiter.join(["name1", "name2", "note"]) + "\r\n" + delimiter.join(
        ["Société Générale", "SOCIETE GENERALE SA", "café"]) + "\r\n"
    pairs.write_bytes(text.encode(encoding))
    out = tmp_path / "scored.csv"
    res = runner.invoke(app, ["compare", "-i", str(pairs), "-o", str(out)])
    assert res.exit_code == 0, res.output
    row = next(csv.DictReader(out.open(encoding="utf-8")))
    assert row["note"] == "café" and row["match"] == "true"


def test_a_header_of_a_million_columns_and_no_row_is_refused(db, tmp_path):
    """A header line longer than the block first read (a million columns, 9 MB) and no
    row: refused as a header only, never "0 rows screened" with exit 0; with a row, the
    row is screened."""
    header = "name," + ",".join(f"c{i}" for i in range(1_000_000))
    src = tmp_path / "wide.csv"
    src.write_text(header + "\n")
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(tmp_path / "o.csv"),
                              "--workers", "1"])
    assert isinstance(res.exception, ConfigError), res.output
    assert "no rows to screen" in str(res.exception)
    assert not (tmp_path / "o.csv").exists()
    src.write_text(header + "\nVladimir Putin" + "," * 1_000_000 + "\n")
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(tmp_path / "o.csv"),
                              "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "1 rows screened" in res.output and "1 with a match" in res.output


def test_a_parquet_file_of_no_row_is_refused(db, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "none.parquet"
    pq.write_table(pa.table({"name": pa.array([], pa.string())}), src)
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(tmp_path / "o.csv")])
    assert isinstance(res.exception, ConfigError), res.output
    assert "no rows to screen" in str(res.exception)


def test_a_name_of_a_hundred_thousand_characters_is_refused(db, tmp_path):
    """A name cell far longer than any listed name (100 KB) refuses the file with its
    data row, past the first block read too, as the API refuses such a name: it would hold
    a worker for most of a minute. A single name the same. The bound's edge passes."""
    words = " ".join(f"w{i:05d}" for i in range(15_000))
    src = tmp_path / "long.csv"
    rows = ["Vladimir Putin"] * 20_000 + [words, "Anna Petrova"]
    src.write_text("name\n" + "\n".join(rows) + "\n")
    out = tmp_path / "o.csv"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert isinstance(res.exception, ConfigError), res.output
    assert "data row 20,001 has a name of 104,999 characters" in str(res.exception)
    assert not out.exists()
    res = runner.invoke(app, ["screen", words[:1001]])
    assert isinstance(res.exception, ConfigError) and "1,001 characters" in str(res.exception)
    src.write_text("name\nVladimir Putin\n" + "x" * 1000 + "\n")
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
