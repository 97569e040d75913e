"""A person named with a country ("Tomas Ortega Vargas of Colombia") is a person and a
place: the party is the person, under the person's name, and the stored event links to
the person's entry. An organisation named with its country ("Development Bank of
Kazakhstan", "Revolutionary Armed Forces of Colombia") stays whole (SQLite and
PostgreSQL for the stored side)."""

from __future__ import annotations

from typing import Any

import pytest

from listwatch.news.extract import extract_article
from listwatch.news.store import ingest_article
from listwatch.sources import get_source
from listwatch.store.ingest import ingest_files


def _parties(text: str, lang: str = "en") -> list[str]:
    res = extract_article(text, published="2024-03-05", language=lang)
    return [e["entity"] for e in res["events"]]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Treasury designated Tomas Ortega Vargas of Colombia and Lidia Paz of Ecuador on Tuesday.",
         ["Tomas Ortega Vargas", "Lidia Paz"]),
        # letters beyond Latin-1, as the person finder reads them
        ("The Treasury designated Łukasz Wróbel of Poland and Ayşe Yılmaz of Turkey on Tuesday.",
         ["Łukasz Wróbel", "Ayşe Yılmaz"]),
        ("Pavel Kreml of Belarus, a banker, and Ivo Strand of Norway were also sanctioned by the Treasury.",
         ["Pavel Kreml", "Ivo Strand"]),
        ("The Treasury added Amira Haddad of Lebanon to the SDN list.", ["Amira Haddad"]),
    ],
)
def test_a_person_of_a_country_is_the_person(text: str, people: list[str]) -> None:
    parties = _parties(text)
    assert sorted(set(parties)) == sorted(people), parties


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a body's head word before "of": the country is the body's own
        ("The Treasury designated the Development Bank of Kazakhstan on Tuesday.", "Development Bank of Kazakhstan"),
        ("The State Department designated the Revolutionary Armed Forces of Colombia in 1997.",
         "Revolutionary Armed Forces of Colombia"),
        ("The Treasury designated Kestrel Aircraft Corp. of Canada on Tuesday.", "Kestrel Aircraft Corp. of Canada"),
    ],
)
def test_an_organisation_of_a_country_stays_whole(text: str, org: str) -> None:
    parties = _parties(text)
    assert org in parties, parties


HEADER = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
ROWS = (
    'tv,Tomas Ortega Vargas,Person,,Colombia,,SDNTK,2019-05-02\n'
    'db,Development Bank of Kazakhstan,Company,,Kazakhstan,,RUSSIA-EO14024,2022-04-06\n'
)
ARTICLE = """Treasury names two traffickers

On Tuesday the Treasury designated Tomas Ortega Vargas of Colombia and Lidia Paz of Ecuador \
as drug traffickers, and it designated the Development Bank of Kazakhstan the same day for \
its dealings with a sanctioned firm."""


def test_the_stored_party_is_the_person(store: Any) -> None:
    """The stored event of a person named with a country carries the person's name and
    links to the person's entry; one on no list is stored under the person's name."""
    ingest_files(store, get_source("custom"), {"custom.csv": (HEADER + ROWS).encode()}, date="2024-03-01")
    res = ingest_article(store, ARTICLE, published="2024-03-05")
    by_key = {e["key"]: e for e in res["events"]}
    assert "custom:tv" in by_key, res["events"]
    assert by_key["custom:tv"]["entity"] == "Tomas Ortega Vargas"
    assert "custom:db" in by_key  # the bank stays whole and finds its entry
    unlisted = [e["entity"] for e in res["events"] if e["key"] is None]
    assert unlisted == ["Lidia Paz"], res["events"]
    assert all(" of " not in e["entity"] or e["key"] == "custom:db" for e in res["events"])
