"""``listwatch.partial_dates``: every form the parser claims, and the ones it refuses."""

from __future__ import annotations

from datetime import date

import pytest

from listwatch.errors import ConfigError
from listwatch.match.features import Entity, birth_date_mismatch
from listwatch.partial_dates import FORMS, DateFormatError, normalise_date, parse_date

DAY_FIRST = [
    ("1952-10-07", "1952-10-07"),
    ("1952-10", "1952-10"),
    ("1952", "1952"),
    ("1952-10-07T00:00:00", "1952-10-07"),
    ("19521007", "1952-10-07"),
    ("1952/10/07", "1952-10-07"),
    ("07/10/1952", "1952-10-07"),
    ("7/10/1952", "1952-10-07"),
    ("07.10.1952", "1952-10-07"),
    ("7.10.1952", "1952-10-07"),
    ("07-10-1952", "1952-10-07"),
    ("29/05/1972", "1972-05-29"),
    ("05/29/1972", "1972-05-29"),  # only one reading is a date
    ("10/1952", "1952-10"),
    ("7 Oct 1952", "1952-10-07"),
    ("07 OCT 1952", "1952-10-07"),
    ("7-Oct-1952", "1952-10-07"),
    ("7 October 1952", "1952-10-07"),
    ("Oct 7, 1952", "1952-10-07"),
    ("October 7th 1952", "1952-10-07"),
    ("Oct 1952", "1952-10"),
    ("Oct. 1952", "1952-10"),
    ("October 1952", "1952-10"),
    ("7 octobre 1952", "1952-10-07"),
    ("1er octobre 1952", "1952-10-01"),
    ("7 févr. 1952", "1952-02-07"),
    ("août 1952", "1952-08"),
    ("décembre 1952", "1952-12"),
    ("7. Oktober 1952", "1952-10-07"),
    ("März 1952", "1952-03"),
    ("7 de octubre de 1952", "1952-10-07"),
    ("1950-1954", "1950/1954"),
    ("1950 - 1954", "1950/1954"),
    ("1950 to 1954", "1950/1954"),
    ("between 1950 and 1954", "1950/1954"),
    ("entre 1950 et 1954", "1950/1954"),
    ("1950/1954", "1950/1954"),
    ("1952-10/1952-12", "1952-10/1952-12"),
    ("circa 1952", "1951/1953"),
    ("c. 1952", "1951/1953"),
    ("ca. 1952", "1951/1953"),
    ("1950s", "1950/1959"),
]


@pytest.mark.parametrize(("text", "iso"), DAY_FIRST)
def test_every_claimed_form(text, iso):
    assert normalise_date(text) == iso


def test_month_first_is_an_explicit_order():
    assert normalise_date("07/10/1952", "mdy") == "1952-07-10"
    assert normalise_date("10/07/1952", "mdy") == "1952-10-07"
    assert normalise_date("29/05/1972", "mdy") == "1972-05-29"  # only one reading
    with pytest.raises(ConfigError):
        parse_date("07/10/1952", "ymd")


def test_the_forms_listed_in_messages_all_parse():
    for form in FORMS:
        parse_date(form.split(" (")[0])


@pytest.mark.parametrize("text", [
    "", "unknown", "n/a", "07/10/52", "31/02/1952", "1952-13-01", "32 Oct 1952",
    "Foo 1952", "1954-1950", "0052", "7 Octember 1952", "1952-10-07-01",
])
def test_refused_with_a_message(text):
    with pytest.raises(DateFormatError) as exc:
        parse_date(text, what="--birth-date")
    assert "--birth-date" in str(exc.value) and "1952-10-07" in str(exc.value)


def test_two_digit_year_says_why():
    with pytest.raises(DateFormatError, match="two-digit year"):
        parse_date("07/10/52")


def test_precision_and_interval():
    d = parse_date("Oct 1952")
    assert (d.lo, d.hi, d.precision) == (date(1952, 10, 1), date(1952, 10, 31), "month")
    y = parse_date("1952")
    assert (y.lo, y.hi, y.precision) == (date(1952, 1, 1), date(1952, 12, 31), "year")
    assert parse_date("Feb 1952").hi == date(1952, 2, 29)  # a leap year


def _mismatch(a: list[str], b: list[str]) -> float:
    return birth_date_mismatch(Entity("Person", ["x"], birth_date=a),
                               Entity("Person", ["x"], birth_date=b))[0]


@pytest.mark.parametrize("written", ["07/10/1952", "Oct 1952", "7 octobre 1952", "1952",
                                     "1950-1954", "circa 1953", "1952-10", "October 7, 1952"])
def test_putin_as_people_write_his_birth_date(written):
    assert _mismatch([written], ["1952-10-07"]) == 0.0


def test_a_partial_date_compares_by_its_precision():
    assert _mismatch(["1952-10"], ["1952-11-07"]) == 0.5  # same year only
    assert _mismatch(["1953"], ["1952-10-07"]) == 1.0
    assert _mismatch(["Nov 1952"], ["1952-10-07"]) == 0.5
    assert _mismatch(["1955-1960"], ["1952"]) == 1.0


def test_an_unreadable_qualifier_never_lowers_a_score():
    score, detail = birth_date_mismatch(Entity("Person", ["x"], birth_date=["unknown"]),
                                        Entity("Person", ["x"], birth_date=["1952-10-07"]))
    assert score == 0.0 and "unknown" in detail
    assert _mismatch(["n/a", "07/10/1952"], ["1952-10-07"]) == 0.0
    assert _mismatch(["07/10/52"], ["1960"]) == 0.0
