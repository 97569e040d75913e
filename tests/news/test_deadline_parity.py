"""The English pack reads the cut-offs the French one reads: a licence, a waiver or a wind-down
"until <day>", "through to <day>", extended "to <day>", expiring "at <clock> on <day>", as
« jusqu'au <jour> » and « prolongé jusqu'au <jour> » are read. A licence's exclusions ("does not
apply to X", "with the exception of X", « à l'exception de X ») give X no licence, in both
languages. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_PUB = "2026-01-10"


def _events(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    evs = extract_article(text, published=_PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"], e.get("date")) for e in evs)


def _deadlines(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(who, day) for kind, who, day in _events(text, lang) if kind == "deadline"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Treasury prolonged the waiver granted to Ostrava Grain until 14 May 2026.", "en"),
    ("The waiver granted to Ostrava Grain was prolonged to May 14, 2026.", "en"),
    ("The authorization lets buyers settle invoices of Ostrava Grain through to 14 May 2026.", "en"),
    ("Treasury said the exemption covering Ostrava Grain will expire at 11:59 p.m. on May 14, 2026.", "en"),
    ("Exporters keep shipping to Ostrava Grain until May 14, 2026 under a specific license.", "en"),
    # the French sentences the English ones answer
    ("Le Trésor a prolongé la dérogation accordée à Ostrava Grain jusqu'au 14 mai 2026.", "fr"),
])
def test_a_licence_cut_off_is_the_party_deadline(text: str, lang: str) -> None:
    assert _deadlines(text, lang) == [("Ostrava Grain", "2026-05-14")]


@pytest.mark.parametrize("text", [
    # a stay on the list, or a trade, "until" a past day: no cut-off of anything
    "Ostrava Grain stayed on the blacklist until May 14, 2024, when officials struck it off.",
    "Ostrava Grain shipped wheat freely until 14 May 2024.",
    # a cut-off with no day
    "Treasury prolonged the waiver granted to Ostrava Grain until later in the spring.",
    # a talk's end, no licence's
    "The talks will go on until May 14, 2026, a diplomat said of Ostrava Grain.",
])
def test_an_until_day_that_is_no_cut_off(text: str) -> None:
    assert _deadlines(text) == []


def test_the_licence_stays_beside_its_end() -> None:
    text = "The general license lets firms deal with Ostrava Grain through to 14 May 2026."
    assert ("license", "Ostrava Grain", None) in _events(text)
    assert ("deadline", "Ostrava Grain", "2026-05-14") in _events(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("The new general license covers grain traders of the region, with the exception of Pellam Cargo.", "en"),
    ("Treasury's new general license covers dealings with Ostrava Grain; it does not apply to Pellam Cargo.", "en"),
    ("La licence générale vaut pour les négociants en grains de la région, à l'exception de Pellam Cargo.", "fr"),
    ("La licence couvre les paiements à Ostrava Grain, sauf ceux destinés à Pellam Cargo.", "fr"),
])
def test_a_name_the_licence_leaves_out_gets_no_licence(text: str, lang: str) -> None:
    assert not any(who == "Pellam Cargo" for kind, who, _ in _events(text, lang) if kind == "license")


@pytest.mark.parametrize(("text", "lang"), [
    # near misses: both parties named as the licence's own keep it
    ("A general license from OFAC now authorizes transactions with Ostrava Grain and Pellam Cargo.", "en"),
    ("Une licence générale de l'OFAC autorise désormais les transactions avec Ostrava Grain et Pellam Cargo.", "fr"),
])
def test_each_named_party_keeps_the_licence(text: str, lang: str) -> None:
    got = {who for kind, who, _ in _events(text, lang) if kind == "license"}
    assert {"Ostrava Grain", "Pellam Cargo"} <= got
