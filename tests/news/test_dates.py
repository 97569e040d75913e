from __future__ import annotations

import pytest

from listwatch.errors import ListwatchError
from listwatch.news.dates import PartialDate, find_dates

PUB = PartialDate.parse("2021-05-12")  # a Wednesday


def one(text: str, lang: str, pub: PartialDate | None = PUB) -> tuple[str | None, str | None]:
    found = find_dates(text, lang, pub)
    assert len(found) == 1, found
    d = found[0].date
    return (d.iso(), d.precision) if d else (None, None)


@pytest.mark.parametrize(
    ("text", "lang", "iso", "precision"),
    [
        ("Xiaomi was designated in January.", "en", "2021-01", "month"),
        ("Xiaomi a été désignée en janvier dernier.", "fr", "2021-01", "month"),
        ("The court ruled last month.", "en", "2021-04", "month"),
        ("Le tribunal a statué le mois dernier.", "fr", "2021-04", "month"),
        ("Les parties se prononceront au plus tard le 20 mai.", "fr", "2021-05-20", "day"),
        ("The parties will propose an order by May 20.", "en", "2021-05-20", "day"),
        ("It was added on 14 January 2021.", "en", "2021-01-14", "day"),
        ("Elle a été ajoutée le 14 janvier 2021.", "fr", "2021-01-14", "day"),
        ("Earlier this year the Pentagon acted.", "en", "2021", "year"),
        ("Le juge a tranché mardi.", "fr", "2021-05-11", "day"),
        ("The judge ruled on Tuesday.", "en", "2021-05-11", "day"),
        ("The list was published in June.", "en", "2020-06", "month"),  # past: the June before
        ("Investors must divest by November 11.", "en", "2021-11-11", "day"),
        ("Investors had to divest by March 1.", "en", "2022-03-01", "day"),  # deadline: next one
        ("Le décret entrera en vigueur en juin prochain.", "fr", "2021-06", "month"),
        ("It sued on March 12, 2021.", "en", "2021-03-12", "day"),
        ("It was designated in October 2022.", "en", "2022-10", "month"),
        ("Sanctionnée en avril 2018, la société...", "fr", "2018-04", "month"),
        ("Le 1er mars 2021, le juge a statué.", "fr", "2021-03-01", "day"),
        ("Il a été retiré hier.", "fr", "2021-05-11", "day"),
    ],
)
def test_resolution(text: str, lang: str, iso: str, precision: str) -> None:
    assert one(text, lang) == (iso, precision)


def test_month_precision_publication_keeps_its_precision() -> None:
    pub = PartialDate.parse("2021-05")
    assert pub.precision == "month" and pub.iso() == "2021-05"
    assert one("Xiaomi was designated in January.", "en", pub) == ("2021-01", "month")
    assert one("They will propose an order by May 20.", "en", pub) == ("2021-05-20", "day")
    # "yesterday" needs a day: no guess
    assert find_dates("It was removed yesterday.", "en", pub) == []


def test_no_publication_date_no_guess() -> None:
    assert find_dates("Xiaomi was designated in January.", "en", None) == []
    assert one("It was added on 14 January 2021.", "en", None) == ("2021-01-14", "day")


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("The company may be added to the list.", "en", PUB) == []


def test_partial_date_parse_errors() -> None:
    with pytest.raises(ListwatchError):
        PartialDate.parse("May 2021")
    with pytest.raises(ListwatchError):
        PartialDate.parse("2021-02-30")
    assert PartialDate.parse("2021-05-25T10:00:00").iso() == "2021-05-25"
