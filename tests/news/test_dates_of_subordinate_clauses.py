"""A date of the main clause is not the date of an act the sentence tells inside a clause
of what came before it or beside it: a temporal or causal clause ("after the Treasury put
X on its list", "because ...", "based on a complaint filed ...", « après que ... », « parce
que ... ») or a relative clause set off by a comma ("The bonds of X, which the department
added to its list, slid on Monday"). That act is told undated by the sentence; a date
inside its own clause stays its date, and so does a count from the day ("a day after").
Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUBLISHED = "2024-03-13"  # a Wednesday


def _dates(text: str, typ: str = "designation", who: str = "Kestrel") -> list[str | None]:
    evs = extract_article(text, published=PUBLISHED)["events"]
    return [e["date"] for e in evs if e["type"] == typ and who in e["entity"]]


@pytest.mark.parametrize("text", [
    "Kestrel Dynamics shut two plants in Tarvia on 4 March after the Treasury put the drone maker on its "
    "sanctions list.",
    "After the Commerce Department placed Kestrel Dynamics on its Entity List, the firm told its "
    "bondholders on 4 March that sales would fall.",
    "Because the Treasury blacklisted Kestrel Dynamics, its Frankfurt bonds slid on Monday.",
    "The bonds of Kestrel Dynamics, which the Commerce Department added to its Entity List, slid on Monday.",
    "Kestrel Dynamics a fermé deux usines le 4 mars après que le Trésor l'a inscrite sur sa liste noire.",
    "Kestrel Dynamics a fermé deux usines le 4 mars parce que le Trésor l'a inscrite sur sa liste noire.",
    "Kestrel Dynamics a fermé deux usines le 4 mars après avoir été placée par le Trésor sur sa liste noire.",
    "Les obligations de Kestrel Dynamics, que le Trésor a ajoutée à sa liste noire, ont reculé lundi.",
])
def test_the_main_clause_date_is_not_the_act_told_inside_a_clause(text: str) -> None:
    assert _dates(text) == [None]


@pytest.mark.parametrize(("text", "want"), [
    # near misses: the act in the main clause keeps the sentence's date ...
    ("On 4 March the Treasury blacklisted Kestrel Dynamics after the firm shipped parts to Tarvia.",
     "2024-03-04"),
    ("The Treasury blacklisted Kestrel Dynamics on 4 March because the firm shipped parts to Tarvia.",
     "2024-03-04"),
    ("Le Trésor a inscrit Kestrel Dynamics sur sa liste noire le 4 mars, après que la firme a vendu des "
     "pièces à la Tarvie.", "2024-03-04"),
    # ... a date inside the act's own clause is its date ...
    ("Kestrel Dynamics, which the Treasury blacklisted on 4 March, told its bondholders it would appeal.",
     "2024-03-04"),
    ("Kestrel Dynamics told its bondholders on Monday it would appeal after the Treasury blacklisted it "
     "on 4 March.", "2024-03-04"),
    ("Days after the Treasury blacklisted Kestrel Dynamics on 4 March, the firm closed its Tarvian plants.",
     "2024-03-04"),
    # ... and a count from the main clause's day still dates the act
    ("The firm's bonds slid on Monday, a day after the Treasury blacklisted Kestrel Dynamics.", "2024-03-10"),
    ("The Treasury blacklisted Kestrel Dynamics on 4 March, two days after the firm shipped parts to Tarvia.",
     "2024-03-04"),
])
def test_a_date_of_the_acts_own_clause_stays_its_date(text: str, want: str) -> None:
    assert _dates(text) == [want]


def test_a_listing_keeps_its_date_before_the_complaint_it_was_based_on() -> None:
    text = "The Council froze the assets of Harlo Voss in June 2019 based on a complaint filed against him in Tarvia."
    assert _dates(text, who="Voss") == ["2019-06"]
    assert all(d is None for d in _dates(text, typ="legal_challenge", who="Voss"))


def test_a_relative_clause_about_the_party_leaves_the_acts_date() -> None:
    # (a relative clause with no act of its own changes nothing)
    text = "Le Conseil a gelé le 4 mars les avoirs de Harlo Voss, qui dirige deux banques en Tarvie."
    assert _dates(text, who="Voss") == ["2024-03-04"]
