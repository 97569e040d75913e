"""Facts, not hypotheses, and the day of the act, on short articles written for the test:
a wish or a request to list or to be removed, a vote to come, a proposal to an authority, a
plan unnamed sources told and told on, what a programme does to a kind of party, a
participle naming a kind; and dates: a date told by a clause with a subject of its own, a
listing told in a relative clause on the list's name, the month of the act just told.
Each with a near miss that must keep its event or its date."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def events(text: str, published: str | None = None, lang: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(e["type"], e["entity"], e["date"])
            for e in extract_article(text, published=published, language=lang)["events"]]


def parties(text: str, typ: str, published: str | None = None, lang: str | None = None) -> list[str]:
    return sorted(e for t, e, _d in events(text, published, lang) if t == typ)


def dates(text: str, typ: str, published: str | None = None, lang: str | None = None) -> list[str | None]:
    return [d for t, _e, d in events(text, published, lang) if t == typ]


# --- requests, wishes, votes and proposals -----------------------------------------------

@pytest.mark.parametrize(
    ("text", "typ", "lang"),
    [
        # a wish that another body list them
        ("Kestrel Optics and Velmora Sud are the two firms that the deputies want the trade "
         "ministry to add to its export blacklist.", "designation", "en"),
        # a party's request to be delisted
        ("According to the filing, Orvane Marine requested to be removed from the ministry's "
         "blacklist in 2019.", "removal", "en"),
        # a vote to come on a lifting
        ("Le Conseil votera jeudi la levée des sanctions contre la société Velmora Sud.", "removal", "fr"),
        # a proposal to another authority to list
        ("Le ministère a proposé au conseil des ministres de la défense d'inscrire la société "
         "Velmora Sud sur sa liste noire.", "designation", "fr"),
    ],
)
def test_a_request_a_wish_a_vote_or_a_proposal_is_no_act(text: str, typ: str, lang: str) -> None:
    assert parties(text, typ, "2025-03-12", lang) == []


@pytest.mark.parametrize(
    ("text", "typ", "lang", "party"),
    [
        ("In a letter to the senators, the trade ministry added Orvane Marine Holdings to its "
         "export blacklist on Tuesday.", "designation", "en", "Orvane Marine Holdings"),
        ("The trade ministry added Kestrel Optics to its export blacklist on Monday, as the "
         "deputies wanted.", "designation", "en", "Kestrel Optics"),
        ("According to the filing, Orvane Marine was removed from the ministry's blacklist in "
         "2019.", "removal", "en", "Orvane Marine"),
        ("Le Conseil a voté jeudi la levée des sanctions contre la société Velmora Sud.", "removal", "fr",
         "Velmora Sud"),
        ("Le ministère a inscrit la société Velmora Sud sur sa liste noire, sur une proposition du "
         "conseil des ministres.", "designation", "fr", "Velmora Sud"),
    ],
)
def test_the_act_itself_still_counts(text: str, typ: str, lang: str, party: str) -> None:
    assert party in parties(text, typ, "2025-03-12", lang)


PLAN = ("Les ministres ont accepté de retirer la société Velmora Sud de leur liste noire, selon deux "
        "sources proches du dossier. Velmora Sud sera retirée de la liste noire à la fin d'avril.")


def test_a_plan_unnamed_sources_tell_stays_one_when_told_on() -> None:
    assert parties(PLAN, "removal", None, "fr") == []


def test_a_plan_an_authority_announces_is_announced() -> None:
    # near miss: the authority tells the plan itself
    text = ("Le Conseil a annoncé lundi sa décision sur plusieurs sociétés. Velmora Sud sera retirée de "
            "la liste noire à la fin d'avril.")
    assert parties(text, "removal", None, "fr") == ["Velmora Sud"]


# --- kinds ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "typ"),
    [
        # what a programme does, to a kind of party
        ("This sanctions programme targets companies said to supply the navy under the Orvane "
         "Doctrine.", "designation"),
        # a participle before a kind: who they are
        ("Kestrel Doctrine: a guide\n\nThe programme bars investment by banks in the designated Zemblan "
         "companies under the Kestrel Doctrine.", "designation"),
    ],
)
def test_what_a_programme_does_to_a_kind_is_no_event(text: str, typ: str) -> None:
    assert parties(text, typ, "2025-03-12", "en") == []


@pytest.mark.parametrize(
    ("text", "typ", "party"),
    [
        ("The ministry designated the shipping companies Orvane Marine and Kestrel Optics on Monday.",
         "designation", "Kestrel Optics"),
    ],
)
def test_a_named_party_keeps_its_event(text: str, typ: str, party: str) -> None:
    assert party in parties(text, typ, "2025-03-12", "en")


# --- dates ------------------------------------------------------------------------------------

def test_a_date_of_a_clause_with_its_own_subject_is_not_the_act() -> None:
    text = ("Paul Velmor, once a commander of the northern militia, owes his delisting to the fact that "
            "he was captured by rebels in February.")
    assert dates(text, "removal", "2024-11-05", "en") == [None]


def test_a_date_of_the_act_itself_stays() -> None:
    # near miss: the date is the removal's, the clause after it tells the reason
    text = "Paul Velmor was removed from the list in February because he had been captured by rebels."
    assert dates(text, "removal", "2024-11-05", "en") == ["2024-02"]


# --- a relative clause on the list's name, the month of the act just told ----------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Paul Velmor's name has gone from the ministry's export list, where he had been placed in "
         "early January.", "en"),
        ("Paul Velmor a quitté la liste, où il avait été placé début janvier.", "fr"),
    ],
)
def test_a_relative_clause_on_the_list_tells_the_listing(text: str, lang: str) -> None:
    assert dates(text, "designation", "2025-04-16", lang) == ["2025-01"]


def test_a_relative_clause_on_another_noun_is_no_listing() -> None:
    # near miss: the clause is on a city, not on the list
    text = "Paul Velmor has left Orvane City, where he had been placed in early January."
    assert dates(text, "designation", "2025-04-16", "en") == []


@pytest.mark.parametrize(
    ("second", "lang"),
    [
        ("Orvane Mobile a attaqué en justice le ministère de la Défense à la fin du même mois.", "fr"),
        ("The phone maker sued the Defense Department later that month.", "en"),
        ("Orvane Mobile sued the Pentagon at the end of the same month.", "en"),
    ],
)
def test_the_same_month_is_the_month_of_the_act_just_told(second: str, lang: str) -> None:
    first = ("Le ministère de la Défense a placé Orvane Mobile sur sa liste noire en janvier dernier."
             if lang == "fr" else "The Defense Department blacklisted Orvane Mobile in January.")
    assert dates(f"{first} {second}", "legal_challenge", "2021-05-13", lang) == ["2021-01"]


def test_the_following_month_still_counts_one_on() -> None:
    # near miss: "the following month" is the month after
    text = ("The Defense Department blacklisted Orvane Mobile in January. Orvane Mobile sued the Pentagon "
            "the following month.")
    assert dates(text, "legal_challenge", "2021-05-13", "en") == ["2021-02"]
