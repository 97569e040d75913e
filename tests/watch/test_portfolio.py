"""Watchlists and their items: creation, CSV validation, duplicates, removal."""

from __future__ import annotations

import pytest

from listwatch.errors import ConfigError, InputTooLarge, NotFound
from listwatch.watch import portfolio as pf


def test_create_list_delete(store):
    made = pf.create_watchlist(store, "clients")
    assert made["created"] is True and made["name"] == "clients"
    with pytest.raises(ConfigError, match="already exists"):
        pf.create_watchlist(store, "clients")
    assert pf.create_watchlist(store, "clients", exist_ok=True)["created"] is False
    pf.add_item(store, "clients", "Xiaomi Corporation", country="cn", id="X1", schema="company")
    lists = pf.list_watchlists(store)
    assert [(w["name"], w["items"], w["alerts"]) for w in lists] == [("clients", 1, 0)]
    gone = pf.delete_watchlist(store, "clients")
    assert gone == {"name": "clients", "items": 1, "alerts": 0}
    assert pf.list_watchlists(store) == []
    with pytest.raises(NotFound, match="no watchlist named 'clients'"):
        pf.delete_watchlist(store, "clients")


@pytest.mark.parametrize("name", ["", " ", "a/b", "x" * 101, "-lead"])
def test_bad_list_names(store, name):
    with pytest.raises(ConfigError, match="invalid watchlist name"):
        pf.create_watchlist(store, name)


def test_items_normalised_and_duplicates(store):
    res = pf.add_items(
        store,
        "p",
        [
            {"name": "  Huawei   Technologies ", "schema": "COMPANY", "country": "cn"},
            {"name": "Huawei Technologies", "schema": "Company", "country": "cn"},  # same query
            {"name": "Ivan Petrov", "birth_date": "1970-05", "id": "R-1"},
        ],
    )
    assert (res["added"], res["skipped"]) == (2, 1)
    assert res["items"][0]["query"] == {
        "name": "Huawei Technologies",
        "schema": "Company",
        "country": "cn",
    }
    # the same again: nothing added
    again = pf.add_items(
        store, "p", [{"name": "Ivan Petrov", "birth_date": "1970-05", "id": "R-1"}]
    )
    assert (again["added"], again["skipped"]) == (0, 1)
    with pytest.raises(ConfigError, match="id 'R-1' is already in watchlist 'p'"):
        pf.add_item(store, "p", "Someone Else", id="R-1")
    items = pf.list_items(store, "p")
    assert [i["ref"] for i in items] == [None, "R-1"]
    assert items[0]["matches"] == {} and items[0]["watchlist"] == "p"


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"country": "ru"}, "name is required"),
        ({"name": "A", "schema": "Animal"}, "schema 'Animal' is not one of Person"),
        ({"name": "A", "birth_date": "1970-13-01"}, "birth_date '1970-13-01' is not a date"),
        ({"name": "A", "birth_date": "May 70"}, "is not a date"),
        ({"name": "A", "nickname": "B"}, "unknown field"),
        ({"name": ["A"]}, "name must be text"),
        ({"name": "A" * 501}, "name is longer than 500"),
    ],
)
def test_invalid_items(store, item, message):
    with pytest.raises(ConfigError, match=message):
        pf.add_items(store, "p", [item])
    assert pf.list_watchlists(store) == []


def test_csv_upload(store, tmp_path):
    path = tmp_path / "book.csv"
    path.write_text(
        "\ufeffName;ID;Schema;Country;Birth Date;Identifier;Weight\n"
        "Nord Stream 2 AG;N1;Company;ch;;;0.3\n"
        "Matthias Warnig;N2;Person;de;1955-07-26;;0.1\n"
        ";;;;;;\n",
        encoding="utf-8",
    )
    res = pf.add_csv(store, "book", path)
    assert res["added"] == 2 and res["ignored_columns"] == ["weight"]
    items = pf.list_items(store, "book")
    assert items[1]["query"] == {
        "name": "Matthias Warnig",
        "schema": "Person",
        "country": "de",
        "birth_date": "1955-07-26",
    }
    assert items[1]["ref"] == "N2"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the CSV is empty"),
        (b"address,country\nA,cn\n", "the CSV has no 'name' column"),
        (b"name,name\nA,B\n", "duplicate columns: name"),
        (b"name,id\n", "no rows"),
        (b"name,id\nA,1\nB,1\n", "line 3: id '1' is also on line 2"),
        (
            b"name,birth_date\nA,1970\n,1980\nC,31/13/1970\n",
            "line 3: name is required; line 4: birth_date",
        ),
        (b"name\nA,extra\n", "line 2: 2 cells but 1 columns"),
        (b"name\nPK\x03\x04\x00\x00\n", "binary file"),
    ],
)
def test_csv_errors_reject_whole_file(store, content, message):
    with pytest.raises(ConfigError, match=message):
        pf.add_csv(store, "book", content)
    assert pf.list_watchlists(store) == []


def test_csv_size_limit(store):
    with pytest.raises(InputTooLarge, match="above the limit"):
        pf.add_csv(store, "book", b"name\n" + b"A\n" * 100, max_bytes=50)


def test_remove_items(store):
    pf.add_items(
        store, "p", [{"name": "A Corp", "id": "1"}, {"name": "B Corp"}, {"name": "C Corp"}]
    )
    items = pf.list_items(store, "p")
    assert pf.remove_items(store, "p", refs=["1"]) == 1
    assert pf.remove_items(store, "p", names=["b corp"]) == 1
    assert pf.remove_items(store, "p", item_ids=[items[2]["id"]]) == 1
    assert pf.list_items(store, "p") == []
    with pytest.raises(NotFound, match="no such item"):
        pf.remove_items(store, "p", names=["Nobody"])
    with pytest.raises(ConfigError, match="say which items"):
        pf.remove_items(store, "p")


def test_csv_birth_dates_in_the_other_order_refused(store, tmp_path):
    path = tmp_path / "us.csv"
    path.write_text("name,birth_date\nAnn Roe,12/25/1980\nBob Doe,10/05/1976\n")
    with pytest.raises(ConfigError, match="month first") as exc:
        pf.add_csv(store, "book", path)
    assert "--date-order mdy" in (exc.value.hint or "") and "us.csv" in str(exc.value)
    assert pf.list_watchlists(store) == []
    res = pf.add_csv(store, "book", path, date_order="mdy")
    dates = [i["query"]["birth_date"] for i in pf.list_items(store, "book")]
    assert res["added"] == 2 and dates == ["1980-12-25", "1976-10-05"]
    with pytest.raises(ConfigError, match="day first"):
        pf.add_csv(store, "other", b"name,DOB\nCy,25/12/1980\n", date_order="mdy")


def test_csv_birth_dates_in_both_orders_warned(store):
    res = pf.add_csv(store, "book", b"name,dob\nA,25/12/1980\nB,12/25/1980\nC,10/05/1976\n"
                     .replace(b"B,12/25/1980", b"B,05/10/1976"))
    assert res["added"] == 3 and "warnings" not in res
    res = pf.add_csv(store, "mixed", b"name,dob\nA,25/12/1980\nB,12/24/1980\n")
    assert res["added"] == 2 and "both day first (e.g. 25/12/1980)" in res["warnings"][0]
