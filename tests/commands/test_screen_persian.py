"""Names written in Persian script, screened against the real SDN list: read with Persian
letter values beside the Arabic ones (``match.persian``), a listed Iranian person is found
from the name as an Iranian client file writes it (ظ, ض as ``z``, و as ``v``, an ending
typed apart); an Iranian body named in Persian is found by its English name (the words
of the table ``match.vocab_scripts`` reads)."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from listwatch.cli import app
from listwatch.match.persian import persian_reading
from listwatch.screening.query import with_persian_reading

runner = CliRunner()

#: Persian spellings (written for this test) and the SDN entries of the same persons
LISTED = [("محمد جواد ظریف", "us_ofac_sdn:26950"),  # ZARIF, Mohammad Javad
          ("محمود احمدی نژاد", "us_ofac_sdn:44865"),  # AHMADINEJAD, Mahmoud
          ("قاسم رضایی", "us_ofac_sdn:39076"),  # REZAEI, Qasem
          ("یدالله جوانی", "us_ofac_sdn:39441")]  # JAVANI, Yadollah


@pytest.fixture(scope="module")
def sdn_db(shared_data, tmp_path_factory) -> str:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    url = f"sqlite:///{tmp_path_factory.mktemp('persian') / 'sdn.db'}"
    store = Store(url)
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2024-05-03"])
    store.dispose()
    return url


@pytest.fixture
def db(sdn_db, monkeypatch) -> str:
    monkeypatch.setenv("LISTWATCH_DB", sdn_db)
    monkeypatch.setenv("LISTWATCH_USER", "tester")
    return sdn_db


def _results(res) -> list:
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout[: res.stdout.rindex("]") + 1])[0]["results"]


@pytest.mark.realdata
@pytest.mark.parametrize(("written", "key"), LISTED)
def test_a_listed_person_written_in_persian_script(db, written, key):
    top = _results(runner.invoke(app, ["screen", written, "--format", "json"]))
    assert top and top[0]["match"] and top[0]["key"] == key, top[:2]


@pytest.mark.realdata
def test_a_client_file_in_persian_script(db, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id;name\n" + "".join(f"{k};{n}\n" for n, k in LISTED), encoding="utf-8")
    out = tmp_path / "o.csv"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["match"], r["key"]) for r in rows] == [("true", k) for _, k in LISTED], rows


def test_the_reading_is_added_beside_the_name_as_written():
    q = with_persian_reading({"name": "محمد جواد ظریف", "schema": "Person"})
    assert q["name"][0] == "محمد جواد ظریف" and len(q["name"]) == 2
    # (an ending typed apart is joined; a zero-width non-joiner reads as joined already)
    assert persian_reading("محمود احمدی نژاد") == persian_reading("محمود احمدی\u200cنژاد")
    assert " " not in persian_reading("احمدی نژاد")


def test_names_the_reading_leaves_alone():
    # (Arabic letters only: no letter tells the name is Persian; Latin; a Persian name
    # whose letters read alike either way)
    for name in ("عبد الرحمن", "محمد ذكي", "Mohammad Javad Zarif", "حسن روحانی"):
        assert persian_reading(name) is None, name
        assert with_persian_reading({"name": name}) == {"name": name}
    # (و is a vowel before a consonant: محمود, روحانی keep it)
    assert "\u06a4" not in (persian_reading("محمود رضایی") or "")


#: Iranian state bodies and a bank, their names as Persian writes them (written for this
#: test), and their SDN entries, named in English or transliterated
BODIES = [("سپاه پاسداران انقلاب اسلامی", "us_ofac_sdn:10391"),  # IRGC
          ("سازمان انرژی اتمی ایران", "us_ofac_sdn:25627"),  # AEOI
          ("وزارت دفاع و پشتیبانی نیروهای مسلح", "us_ofac_sdn:10392"),  # MODAFL
          ("بانک صادرات ایران", "us_ofac_sdn:10368")]  # BANK SADERAT IRAN


@pytest.mark.realdata
@pytest.mark.parametrize(("written", "key"), BODIES)
def test_an_iranian_body_named_in_persian(db, written, key):
    top = _results(runner.invoke(app, ["screen", written, "--format", "json"]))
    assert top and top[0]["match"] and top[0]["key"] == key, top[:2]


@pytest.mark.realdata
def test_a_persian_family_name_is_no_company_word(db):
    # (اسلامی is Islamic in a body's name, and the family name Eslami of a person)
    res = runner.invoke(app, ["screen", "محمد اسلامی", "--schema", "Person", "--format",
                              "json"])
    assert all("ISLAMIC" not in r["name"] for r in _results(res))
