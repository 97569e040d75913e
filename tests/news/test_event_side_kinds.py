"""The event side of real reporting, by kind: years counted from the story's own dates,
the month of a decision given to the act decided, a licence the party obtained, two
authorities' listings in one month kept apart; each with its near misses."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"


def _events(text: str, published: str = PUB) -> list[tuple[str, str | None, str | None, str | None]]:
    res = extract_article(text, published=published)
    return [(e["type"], e["entity"], e["date"], e["authority"]) for e in res["events"]]


def _dates(text: str, typ: str, published: str = PUB) -> list[str | None]:
    return [d for t, _e, d, _a in _events(text, published) if t == typ]


# --- years counted from the story, never from publication ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("Brakel Avionics sued in 2023. The Commerce Department added Brakel Avionics to the Entity "
     "List in May 2019. Two years later, Brakel Avionics was removed from the Entity List.", "2021"),
    ("The Treasury designated Osterby Freight in March 2016. Three years afterwards, the Treasury "
     "removed Osterby Freight from the SDN List.", "2019"),
    ("Le Trésor américain a inscrit la société Marvelle Chimie sur la liste SDN en octobre 2017. "
     "Deux ans plus tard, Marvelle Chimie a été retirée de la liste SDN.", "2019"),
    ("Le Pentagone a placé Qorin Aéro sur sa liste noire en 2020. Un an plus tard, Qorin Aéro a "
     "été retirée de la liste.", "2021"),
    ("The Treasury added Pallas Tanker Co to the SDN List in 2020. The following year, the "
     "Treasury removed Pallas Tanker Co from the SDN List.", "2021"),
])
def test_a_counted_year_is_counted_from_the_story(text: str, expected: str) -> None:
    assert _dates(text, "removal") == [expected]


def test_a_counted_year_with_no_date_before_stays_undated() -> None:
    # nothing told before to count from: publication is no anchor for "later"
    text = ("Two years later, the Treasury removed Pallas Tanker Co from the SDN List, "
            "officials said on Friday.")
    assert _dates(text, "removal") in ([None], ["2024-03-08"])
    assert "2026" not in str(_events(text)) and "2022" not in str(_events(text))


def test_years_before_a_date_count_backwards() -> None:
    text = ("The Treasury removed Osterby Freight from the SDN List in June 2022. Osterby Freight "
            "had been designated by the Treasury four years earlier.")
    assert _dates(text, "designation") == ["2018"]


def test_ago_still_counts_from_publication() -> None:
    # the near miss: "ago" is the writer's day, not the story's
    text = ("The Treasury added Pallas Tanker Co to the SDN List in 2015. Pallas Tanker Co was "
            "removed from the SDN List two years ago.")
    assert _dates(text, "removal") == ["2022"]


# --- the month of a decision belongs to the act decided --------------------------------

@pytest.mark.parametrize("text", [
    "Kestrel Marine filed a lawsuit challenging the Treasury's decision in August to sanction the company.",
    "Kestrel Marine a contesté en justice la décision du Trésor, en août, d'inscrire la société sur la liste SDN.",
    "Kestrel Marine a contesté en justice la décision prise en août par le Trésor de sanctionner la société.",
])
def test_the_month_of_a_decision_goes_to_the_listing(text: str) -> None:
    got = _events(text)
    assert [(t, d) for t, _e, d, _a in got if t == "designation"] == [("designation", "2023-08")]
    assert [d for t, _e, d, _a in got if t == "legal_challenge"] == [None]


def test_a_decision_in_a_month_of_this_year_is_this_years() -> None:
    text = "Kestrel Marine is challenging the Treasury's decision in February to sanction the company."
    assert _dates(text, "designation") == ["2024-02"]


def test_a_lawsuit_dated_itself_keeps_its_date() -> None:
    # near miss: the month is the lawsuit's, the decision is undated (and no listing is told)
    text = "Kestrel Marine filed a lawsuit in August challenging the Treasury's decision to sanction the company."
    assert _events(text) == [("legal_challenge", "Kestrel Marine", "2023-08", "US Treasury (OFAC)")]


def test_an_undated_decision_vacated_is_a_vacatur_only() -> None:
    text = "A federal judge vacated the Treasury's decision to sanction Kestrel Marine."
    assert [t for t, *_ in _events(text)] == ["vacatur"]


def test_a_dated_decision_vacated_keeps_its_month_off_the_vacatur() -> None:
    text = "A federal judge vacated the Treasury's decision in August to sanction Kestrel Marine."
    got = {t: d for t, _e, d, _a in _events(text)}
    assert got == {"vacatur": None, "designation": "2023-08"}


# --- a licence the party obtained is a licence, never a listing --------------------------

@pytest.mark.parametrize("text", [
    "La société Vornex Energie a obtenu une licence temporaire du Trésor américain pour poursuivre ses activités.",
    "Vornex Energie s'est vu octroyer une licence par les autorités américaines.",
    "Vornex Energie bénéficie désormais d'une licence générale de l'OFAC.",
    "Vornex Energy obtained a temporary license from OFAC on Monday to wind down its operations.",
    "Vornex Energy was granted a general license by OFAC on Monday.",
    "Vornex Energy received a specific licence from the Treasury last week.",
])
def test_a_licence_obtained_is_a_license_event(text: str) -> None:
    got = _events(text)
    assert [t for t, *_ in got] == ["license"], got
    assert got[0][1] == ("Vornex Energie" if "Energie" in text else "Vornex Energy")


@pytest.mark.parametrize("text", [
    "Les fournisseurs américains devront obtenir une licence pour vendre à Vornex Energie.",
    "Vornex Energie a demandé une licence au Trésor américain.",
    "Suppliers will need to obtain a license before shipping to Vornex Energy.",
    "Vornex Energy has applied for a license from OFAC.",
])
def test_a_licence_required_or_asked_for_is_no_event(text: str) -> None:
    assert not [t for t, *_ in _events(text) if t in ("license", "designation")]


# --- two authorities, two events --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On March 4, the Treasury added Zarvan Holdings to the SDN list. Earlier in March, the Council "
    "of the European Union also listed Zarvan Holdings under its Russia sanctions regime.",
    "Le 4 mars, le Trésor américain a inscrit Zarvan Holdings sur la liste SDN. Plus tôt en mars, "
    "le Conseil de l'UE avait également sanctionné Zarvan Holdings.",
    "On March 4, the Treasury added Zarvan Holdings to the SDN list. The British government "
    "sanctioned Zarvan Holdings the same day.",
])
def test_two_authorities_listing_in_one_month_are_two_events(text: str) -> None:
    res = extract_article(text, published=PUB)
    des = [e for e in res["events"] if e["type"] == "designation"]
    assert len(des) == 2, des
    assert len({e["authority"] for e in des}) == 2
    # the other government's listing is not on the US list the article names
    us = next(e for e in des if e["authority"] == "US Treasury (OFAC)")
    other = next(e for e in des if e["authority"] != "US Treasury (OFAC)")
    assert us["list"] == "SDN" and other["list"] is None and us["date"] == "2024-03-04"


@pytest.mark.parametrize("text", [
    "The US sanctioned Zarvan Holdings on March 4. The Treasury Department said it added Zarvan "
    "Holdings to the SDN list.",
    "Washington a sanctionné la société Zarvan Holdings le 4 mars. Le Trésor américain a inscrit "
    "Zarvan Holdings sur la liste SDN, selon un communiqué.",
    "OFAC added Zarvan Holdings to the SDN list on March 4. The Treasury said the designation "
    "of Zarvan Holdings on March 4 targets its oil trade.",
])
def test_one_authority_told_twice_is_one_event(text: str) -> None:
    des = [e for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"]
    assert len(des) == 1 and des[0]["date"] == "2024-03-04", des


def test_a_court_read_off_a_listing_sentence_splits_nothing() -> None:
    # "a judge" named in a list of designees is no second authority of the listing
    text = ("On May 20, the Council of the European Union listed three more parties. Among those "
            "listed are Ivar Dolenko, a judge who sentenced protesters, and Ostrava Metal OJSC.")
    des = [e for e in extract_article(text, published="2025-05-21")["events"] if e["type"] == "designation"]
    assert sorted(e["entity"] for e in des) == ["Ivar Dolenko", "Ostrava Metal OJSC"], des
