"""The later people of an act's object series, each told with a role: the first item's own
description (an apposition, a relative clause closed by a comma or a semicolon), then the
separator, then the next person's title ("sanctioned the deputy mayor, A, now a senator,
and the former harbour master, B"). Near misses: the act's complement before the next
name, a relative of the one before, a person who speaks or opens a clause of their own, a
clause after "but". Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.titled_items import next_titled_item, opens_clause

PUB = "2022-11-18"

CASES = [
    ("en", "The Treasury on Tuesday sanctioned two port officials of Ruritania, the deputy harbour master, "
     "Karel Vodnik, now a senator, and the former customs and excise inspector, Mira Talesh.",
     [("designation", "Karel Vodnik"), ("designation", "Mira Talesh")]),
    ("en", "Britain on Tuesday imposed sanctions on a Ruritanian tax official, Karel Vodnik, who ran the payments "
     "office for a decade; and Mira Talesh, a shipowner who carried the cargo.",
     [("designation", "Karel Vodnik"), ("designation", "Mira Talesh")]),
    ("en", "The State Department designated a deputy mayor, Karel Vodnik, and Velmora Shipping's "
     "finance director, Mira Talesh, on Tuesday.",
     [("designation", "Karel Vodnik"), ("designation", "Mira Talesh")]),
    ("fr", "Le Trésor a sanctionné mardi l'ancien préfet de Ruritanie, Karel Vodnik, aujourd'hui sénateur, "
     "et le trésorier du parti au pouvoir, Mira Talesh.",
     [("designation", "Karel Vodnik"), ("designation", "Mira Talesh")]),
    # near misses
    ("en", "The Treasury on Tuesday removed Velmora Shipping, a tanker operator, from its blacklist, its "
     "founder, Karel Vodnik, having sold his stake.",
     [("removal", "Velmora Shipping")]),
    ("en", "The Treasury on Tuesday sanctioned the deputy harbour master, Karel Vodnik, and the son of "
     "Mira Talesh.",
     [("designation", "Karel Vodnik")]),
    ("en", "The Treasury on Tuesday sanctioned the deputy harbour master, Karel Vodnik, but his deputy, "
     "Mira Talesh, was spared.",
     [("designation", "Karel Vodnik")]),
    ("fr", "Le Trésor a annoncé mardi le retrait des deux groupes, ainsi que de l'armateur Kestrel Lines, de "
     "sa liste noire, le financier Karel Vodnik ayant promis de céder ses parts.",
     [("removal", "Kestrel Lines")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_later_titled_people_of_the_object_series(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"]) for e in res["events"])
    assert got == sorted(expected)


GAPS = [
    (", now a senator, and the former customs inspector, ", True),
    (", who ran the payments office; and ", True),
    (", and Velmora Shipping's finance director, ", True),
    (" and the party treasurer ", True),
    (", aujourd'hui sénateur, et le trésorier du parti, ", True),
    # the act's complement ends the series; a relative of the one before; a clause of its own
    (", a tanker operator, from its list, its founder, ", False),
    (", de sa liste noire, le financier ", False),
    (", and the son of ", False),
    (", and a company owned by ", False),
    (", but his deputy, ", False),
    (", the agency was closed, and the former inspector, ", False),
    (", which was sanctioned last year, said the minister, ", False),
    (" met ", False),
]


@pytest.mark.parametrize(("gap", "item"), GAPS)
def test_what_stands_between_two_items(gap: str, item: bool) -> None:
    assert next_titled_item(gap) is item


@pytest.mark.parametrize(("after", "clause"), [
    (", having sold his stake.", True), (" ayant cédé ses parts.", True),
    (", who ran the office.", False), (", a shipowner.", False),
])
def test_a_participle_clause_after_the_name(after: str, clause: bool) -> None:
    assert opens_clause(after) is clause
