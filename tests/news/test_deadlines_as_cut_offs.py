"""A day is a party's deadline only as the term of a cut-off. "By <day>" or "before <day>"
is one when its clause tells a duty or an undertaking before it ("must divest by", "a law
requiring X to sell before", "ordered X to wind down by", "would propose an order to the
court by"), the day in any form ("Jan. 19" too); told alone it only places an act in time
("By March the list had grown", "a decision is expected by June"). A day a sentence of no
party fixes is a cut-off of the parties told elsewhere only when the sentence says what the
measures cut off (a licence's end, a wind-down, a sale, a ban on buying, a court's order);
the day a rule enters into force or a duty laid on a class of actors is the rule's own
calendar (``measures_term.rule_calendar``). And a party taken off a licence is no removal
from a list. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_PUB = "2024-11-20"


def _events(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    evs = extract_article(text, published=_PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"], e["date"]) for e in evs)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Trésor a ordonné à la société Corvane Media Group de céder ses parts avant le 19 janvier.", "fr"),
    ("La loi impose à Corvane Media Group de vendre sa filiale américaine d'ici le 19 janvier.", "fr"),
    ("Corvane Media Group devra se défaire de ses actifs avant le 19 janvier.", "fr"),
])
def test_a_duty_told_before_avant_or_dici_a_day_makes_that_day_its_deadline(text: str, lang: str) -> None:
    assert ("deadline", "Corvane Media Group", "2025-01-19") in _events(text, lang)


@pytest.mark.parametrize("text", [
    "Le Trésor a sanctionné la société Corvane Media Group en mai. Avant le 12 septembre, la société "
    "avait perdu la moitié de ses clients.",
    "Le Trésor a sanctionné la société Corvane Media Group en mai. Le groupe espère une décision "
    "d'ici le 12 décembre.",
])
def test_avant_a_day_with_no_duty_before_it_is_no_deadline(text: str) -> None:
    assert not [e for e in _events(text, "fr") if e[0] == "deadline"]


@pytest.mark.parametrize("text", [
    "An appeals court on Friday upheld a statute requiring Corvane Media Group to sell its "
    "streaming unit by Jan. 19, failing which the service would be banned.",
    "The court upheld a statute mandating that Corvane Media Group, owner of a video service, "
    "divest its stake before January 19.",
    "Under the order, Corvane Media Group must dispose of its American assets by Jan 19.",
    "The Treasury directed Corvane Media Group to wind down its business in the country no later "
    "than January 19.",
])
def test_a_duty_told_before_by_or_before_a_day_makes_that_day_its_deadline(text: str) -> None:
    assert ("deadline", "Corvane Media Group", "2025-01-19") in _events(text)


@pytest.mark.parametrize("text", [
    "The Treasury sanctioned Corvane Media Group in May. By September 12, the firm had lost half "
    "its clients.",
    "The Treasury sanctioned Corvane Media Group in May. A ruling on its appeal is expected by "
    "December 12.",
    "The Treasury sanctioned Corvane Media Group in May. The company said its revenue had fallen by "
    "March 2024 already.",
])
def test_by_a_day_with_no_duty_before_it_is_no_deadline(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "deadline"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The Commerce Department added Tessaly Devices Ltd to the Entity List on Monday. The rule takes "
     "effect on December 3.", "en"),
    ("The Commerce Department added Tessaly Devices Ltd to the Entity List on Monday. Under the new "
     "rule, exporters must certify their compliance by 30 December 2024.", "en"),
    ("The Commerce Department added Tessaly Devices Ltd to the Entity List on Monday. Banks in the "
     "region have until 1 December 2024 to comply with the new reporting rules.", "en"),
    ("The Commerce Department added Tessaly Devices Ltd to the Entity List on Monday. Exporters have "
     "until December 3 to apply for licences.", "en"),
    ("Le ministère a inscrit lundi la société Tessaly Devices sur sa liste. Le nouveau décret entrera "
     "en vigueur le 3 décembre.", "fr"),
    ("Le ministère a inscrit lundi la société Tessaly Devices sur sa liste. Les entreprises du secteur "
     "ont jusqu'au 3 décembre pour se conformer aux nouvelles règles.", "fr"),
])
def test_a_rules_own_day_told_with_no_party_is_no_deadline(text: str, lang: str) -> None:
    evs = _events(text, lang)
    assert [e for e in evs if e[0] == "designation"]
    assert not [e for e in evs if e[0] == "deadline"]


@pytest.mark.parametrize(("text", "lang"), [
    # near misses: a cut-off of the measures, the party named elsewhere
    ("The Commerce Department added Tessaly Devices Ltd to the Entity List on Monday. Investors have "
     "until December 3 to divest.", "en"),
    ("The Commerce Department added Tessaly Devices Ltd to the Entity List on Monday. The ban on "
     "buying its shares will go into effect on December 3.", "en"),
    ("The Commerce Department added Tessaly Devices Ltd to the Entity List on Monday. The general "
     "license for wind-down transactions expires on December 3.", "en"),
    ("Le ministère a inscrit lundi la société Tessaly Devices sur sa liste. Les entreprises concernées "
     "ont jusqu'au 3 décembre pour mettre fin à leurs contrats.", "fr"),
    ("Le ministère a inscrit lundi la société Tessaly Devices sur sa liste. Le juge a ordonné au "
     "ministère de présenter ses arguments avant le 3 décembre.", "fr"),
])
def test_a_cut_off_of_the_measures_told_with_no_party_stays_a_deadline(text: str, lang: str) -> None:
    party = "Tessaly Devices Ltd" if lang == "en" else "Tessaly Devices"
    assert ("deadline", party, "2024-12-03") in _events(text, lang)


@pytest.mark.parametrize("text", [
    "The Treasury extended a separate licence until May 26 and removed Orvik Petroleum from that license.",
    "Orvik Petroleum was removed from the general license on Monday.",
    "OFAC on Monday removed Orvik Petroleum from the scope of the waiver and from the authorization.",
])
def test_a_party_taken_off_a_licence_is_no_removal(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "removal"]


def test_a_party_taken_off_the_list_is_still_removed() -> None:
    assert [e for e in _events("OFAC on Monday removed Orvik Petroleum from the SDN list.") if e[0] == "removal"]
