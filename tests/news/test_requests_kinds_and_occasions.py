"""Facts, not hypotheses, and the day of the act, on short articles written for the test:
lawmakers who list the companies they want listed, a wish or a request to list or to be
removed, a vote to come, a proposal to an authority, a plan unnamed sources told and told
on, an unnamed part of a kind, a challenge a party faces, what a programme does to a kind
of party, a participle naming a kind, a party a court's page leaves anonymous; and dates:
a group that takes up the parties of the sentence before with its date, a date told by a
clause with a subject of its own, an act told "also" by the subject of a dated sentence.
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
        # lawmakers enumerate the companies they ask to be listed
        ("Senator Ana Orvell and nine other Republicans listed four companies with ties to the "
         "Kestrel Naval Institute.", "designation", "en"),
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


PLAN = ("Les pays de l'Union ont accepté de retirer la société Velmora Sud de leur liste, selon deux "
        "sources proches du dossier. Velmora Sud sera retirée de la liste après le 15 mars.")


def test_a_plan_unnamed_sources_tell_stays_one_when_told_on() -> None:
    assert parties(PLAN, "removal", None, "fr") == []


def test_a_plan_an_authority_announces_is_announced() -> None:
    # near miss: the authority tells the plan itself
    text = ("Le Conseil a annoncé lundi sa décision sur plusieurs sociétés. Velmora Sud sera retirée de "
            "la liste après le 15 mars.")
    assert parties(text, "removal", None, "fr") == ["Velmora Sud"]


# --- kinds, subsets and challenges faced ---------------------------------------------------

@pytest.mark.parametrize(
    ("text", "typ"),
    [
        # an unnamed part of a kind
        ("The ministry's list names dozens of shipyards owned by the Orvane Group, some of which have "
         "sued the ministry over their listing.", "legal_challenge"),
        # a challenge brought against a kind, if any
        ("Shipyards on the Orvane list face commercial and legal challenges, including checks by the "
         "Kestrel Port Authority.", "legal_challenge"),
        # what a programme does, to a kind of party
        ("This sanctions programme targets companies said to supply the navy under the Orvane "
         "Doctrine.", "designation"),
        # a participle before a kind: who they are
        ("Kestrel Doctrine: a guide\n\nThe programme bars investment by banks in the designated Zemblan "
         "companies under the Kestrel Doctrine.", "designation"),
    ],
)
def test_a_kind_a_subset_or_a_challenge_faced_is_no_event(text: str, typ: str) -> None:
    assert parties(text, typ, "2025-03-12", "en") == []


@pytest.mark.parametrize(
    ("text", "typ", "party"),
    [
        ("The shipyard Orvane Marine has sued the ministry over its listing.", "legal_challenge", "Orvane Marine"),
        ("Orvane Marine filed a legal challenge against its listing on 3 March.", "legal_challenge", "Orvane Marine"),
        ("The ministry designated the shipping companies Orvane Marine and Kestrel Optics on Monday.",
         "designation", "Kestrel Optics"),
    ],
)
def test_a_named_party_keeps_its_event(text: str, typ: str, party: str) -> None:
    assert party in parties(text, typ, "2025-03-12", "en")


# --- a party the page leaves anonymous ------------------------------------------------------

ORDER = ("La SCP Orvane et Kestrel, avocat au Conseil d'Etat, représente le requérant.\n\n"
         "M. C... D... a demandé au juge des référés du tribunal administratif de Paris de suspendre "
         "l'exécution de l'arrêté du 11 janvier 2024 prononçant le gel de ses avoirs.")


def test_an_anonymous_party_is_no_earlier_name() -> None:
    assert parties(ORDER, "legal_challenge", "2024-05-16", "fr") == []


def test_a_named_party_before_the_judge_challenges() -> None:
    # near miss: the party is named
    text = ORDER.replace("M. C... D...", "M. Paul Velmor")
    assert parties(text, "legal_challenge", "2024-05-16", "fr") == ["Paul Velmor"]


# --- dates ------------------------------------------------------------------------------------

GROUP = ("Chinese firms that have challenged their listings in court include Orvane Marine, Kestrel "
         "Optics and Velmora Systems. All three companies filed federal lawsuits last year.")


def test_a_group_taken_up_with_a_date_dates_the_parties_before() -> None:
    assert dates(GROUP, "legal_challenge", "2025-05-27", "en") == ["2024", "2024", "2024"]


def test_a_group_of_another_size_dates_nothing() -> None:
    # near miss: "both" counts two parties, the sentence before named three
    text = GROUP.replace("All three companies", "Both companies")
    assert dates(text, "legal_challenge", "2025-05-27", "en") == [None, None, None]


def test_a_date_of_a_clause_with_its_own_subject_is_not_the_act() -> None:
    text = ("Paul Velmor was a commander of the northern militia, whose delisting had much to do with "
            "the fact that he was killed in battle in February.")
    assert dates(text, "removal", "2024-11-05", "en") == [None]


def test_a_date_of_the_act_itself_stays() -> None:
    # near miss: the date is the removal's, the clause after it tells the reason
    text = "Paul Velmor was removed from the list in February after he was killed in battle."
    assert dates(text, "removal", "2024-11-05", "en") == ["2024-02"]


ALSO = ("Le gouvernement a accusé ce 7 janvier 2025 la milice du Nord de crimes de guerre dans la "
        "région. Il a également annoncé des sanctions visant son chef, Paul Velmor, dont la milice combat "
        "depuis avril 2023.")


def test_an_act_told_also_by_the_same_subject_takes_the_occasion_day() -> None:
    assert dates(ALSO, "designation", "2025-01", "fr") == ["2025-01-07"]


def test_a_day_long_before_the_page_is_no_occasion() -> None:
    # near miss: the sentence before tells a day two years before the page
    text = ALSO.replace("ce 7 janvier 2025", "le 7 janvier 2023")
    assert dates(text, "designation", "2025-01", "fr") == [None]
