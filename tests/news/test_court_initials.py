"""A court told by its initials, as law reports and case databases print them (a US district
court's side, "D" and its state; the French administrative appeal court's; the EU and
international courts'), is the court, no party: no court event is its own, however it came
to it (the page's heading, the sentence's subject). Near misses: a body whose initials only
look alike (an agency, a fund) and the three-letter name of a list keep their readings.
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.court_nonparties import _COURT_INITIALS

PUB = "2024-05-10"  # a Friday


def _court(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published=PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs
                  if e["type"] in ("legal_challenge", "ruling", "vacatur", "injunction"))


@pytest.mark.parametrize("name", ["SDNY", "EDVA", "S.D.N.Y.", "CDCA", "D.D.C.", "CAA", "CJUE", "ECJ"])
def test_court_initials(name: str) -> None:
    assert _COURT_INITIALS.match(name)


@pytest.mark.parametrize("name", ["SDN", "NDRC", "CDPQ", "OFAC", "EDF"])
def test_initials_that_only_look_alike(name: str) -> None:
    assert not _COURT_INITIALS.match(name)


def test_a_district_court_told_by_its_initials_wins_no_relief() -> None:
    text = ("On Tuesday a federal judge of the EDVA granted a temporary restraining order that stops the "
            "Treasury from adding Orvane Holdings to the sanctions list.")
    got = _court(text, "en")
    assert not any(p == "EDVA" for _t, p in got)


def test_the_heading_court_of_a_judgment_brought_no_case() -> None:
    text = ("CAA de Lyon, 3 mai 2024, n° 24LY00001\n\n"
            "La société Orvane a demandé au tribunal administratif de Lyon d'annuler l'arrêté du 2 février 2023 "
            "portant gel de ses avoirs. Par un jugement du 4 décembre 2023, le tribunal a rejeté sa demande.")
    got = _court(text, "fr")
    assert not any(p == "CAA" for _t, p in got)
    assert ("legal_challenge", "Orvane") in got
