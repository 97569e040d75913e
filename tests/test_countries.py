"""``listwatch.countries``: a country's names, codes and adjectives are one value."""

from __future__ import annotations

import pytest

from listwatch.countries import country_code, same_country
from listwatch.match.features import Entity, country_mismatch


@pytest.mark.parametrize(("written", "code"), [
    ("Russian Federation", "ru"), ("Russia", "ru"), ("RUS", "ru"), ("RU", "ru"),
    ("russian", "ru"), ("Russie", "ru"), ("Russland", "ru"),
    ("Iran, Islamic Republic of", "ir"), ("Iran", "ir"), ("IRN", "ir"), ("Iranian", "ir"),
    ("Korea, North", "kp"), ("North Korea", "kp"), ("DPRK", "kp"), ("PRK", "kp"),
    ("United States", "us"), ("USA", "us"), ("U.S.A.", "us"), ("American", "us"),
    ("United Kingdom", "gb"), ("UK", "gb"), ("GBR", "gb"), ("British", "gb"),
    ("China", "cn"), ("CHN", "cn"), ("Chinese", "cn"), ("Türkiye", "tr"), ("Turkey", "tr"),
    ("Côte d'Ivoire", "ci"), ("Syrian Arab Republic", "sy"), ("Venezuela", "ve"),
])
def test_every_way_of_writing_a_country(written, code):
    assert country_code(written) == code


@pytest.mark.parametrize("other", ["Republic", "United", "xyz", "", "Leningrad"])
def test_words_that_are_no_country(other):
    assert country_code(other) is None


def test_the_scorer_reads_them_as_one_value():
    listed = Entity("Person", ["x"], country=["Russia"])
    for query in ("Russian Federation", "RUS", "Russian", "ru"):
        assert country_mismatch(Entity("Person", ["x"], country=[query]), listed)[0] == 0.0
    assert country_mismatch(Entity("Person", ["x"], country=["Ukraine"]), listed)[0] == 1.0
    assert same_country(["RUS"], ["Russian Federation"]) == {"ru"}
