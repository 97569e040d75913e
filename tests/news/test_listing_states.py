"""A listing told without a listing verb in the active, on sentences written for this test
(invented parties): the party's new state with its start or in the future ("has been
subject to an asset freeze since", "would be subject to the sixth round of sanctions"),
the measures' passive in the future or the present ("sanctions will be imposed on X",
"are being imposed on"), sanctions extended to new parties, the round's act as the
subject with its date aside ("The action, announced Thursday, also targets X"), the
participle's noun naming the round ("The sanctioned individuals include X"), the
article's list naming its members ("the list includes X"), and appeals filed with
their modifiers ("each filed separate legal appeals").

The near misses stay silent: a state told in the present ("who is already subject to
sanctions"), a regime extended in time, laws or risks a party is subject to, a
conditional or a plan, a list that is no sanctions list, an act whose object is only
counted ("imposed on seven oligarchs": no party told before is taken for it)."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"

# (language, type, text, the parties expected)
ACTS = [
    ("designation", "Korvane Shipping has been subject to an asset freeze and a travel ban since March 3, 2024.",
     ["Korvane Shipping"]),
    ("designation", "Dalmer Ostrov has been subject to EU sanctions since March 2024, after the invasion.",
     ["Dalmer Ostrov"]),
    ("designation", "The foreign minister announced on March 3, 2024 that Korvane Shipping and Delmar Pearl "
                    "Enterprise would be subject to the fifth round of sanctions.",
     ["Korvane Shipping", "Delmar Pearl Enterprise"]),
    ("designation", "Korvane Shipping will be subject to an asset freeze from March 3, 2024, the Foreign Office said.",
     ["Korvane Shipping"]),
    ("designation", "The sanctions will be imposed on Korvane Shipping, Delmar Pearl and Ostrel Trading, "
                    "the Foreign Office said on March 3, 2024.",
     ["Korvane Shipping", "Delmar Pearl", "Ostrel Trading"]),
    ("designation", "Sanctions are being imposed on Korvane Shipping and Ostrel Trading, the Foreign Office said "
                    "on March 3, 2024.",
     ["Korvane Shipping", "Ostrel Trading"]),
    ("designation", "An asset freeze will be imposed on Dalmer Ostrov, the ministry said on March 3, 2024.",
     ["Dalmer Ostrov"]),
    ("designation", "On March 3, 2024 the EU extended sanctions to Korvane Shipping and Ostrel Trading for "
                    "supplying drones.",
     ["Korvane Shipping", "Ostrel Trading"]),
    ("designation", "The EU later extended its sanctions to Korvane Shipping on March 3, 2024.", ["Korvane Shipping"]),
    ("designation", "The action, announced on March 3, 2024, also targets Korvane Shipping and three of its "
                    "executives.",
     ["Korvane Shipping"]),
    ("designation", "The sanctioned individuals include Vasil Korvane, the head of the port authority, and "
                    "Dmitri Ostrel, its deputy, the Treasury said on March 3, 2024.",
     ["Vasil Korvane", "Dmitri Ostrel"]),
    ("designation", "The blacklisted firms are Korvane Shipping and Ostrel Trading, the Commerce Department said "
                    "on March 3, 2024.",
     ["Korvane Shipping", "Ostrel Trading"]),
    ("designation", "The Pentagon published its list of Chinese military companies on March 3, 2024. In addition "
                    "to Delmar Electronics, the list includes Korvane Shipping and Ostrel Trading.",
     ["Delmar Electronics", "Korvane Shipping", "Ostrel Trading"]),
    ("legal_challenge", "Korvane Shipping and Ostrel Trading each filed separate legal appeals on March 3, 2024 "
                        "to overturn the sanctions.",
     ["Korvane Shipping", "Ostrel Trading"]),
    ("legal_challenge", "Korvane Shipping filed a legal appeal on March 3, 2024 against its listing.",
     ["Korvane Shipping"]),
]

# the parties of such a sentence told with their titles and military ranks, and a
# pronoun that undergoes the listing
TITLED = [
    ("The sanctions will be imposed on defence minister General Vaso Keltar, home affairs minister Lt General "
     "Dorin Maseth and deputy home affairs minister Lt General Aro Venlit, the Foreign Office said on March 3, 2024.",
     ["Vaso Keltar", "Dorin Maseth", "Aro Venlit"]),
    ("The UK sanctioned defence minister Vaso Keltar, home affairs minister Dorin Maseth and deputy home affairs "
     "minister Aro Venlit on March 3, 2024.",
     ["Vaso Keltar", "Dorin Maseth", "Aro Venlit"]),
    ("The EU sanctioned Lieutenant General Dorin Maseth on March 3, 2024.", ["Dorin Maseth"]),
    ("Dalma Ostrova is a gynecologist with three passports. She came under EU sanctions on March 3, 2024.",
     ["Dalma Ostrova"]),
]

NEAR = [
    # states told in the present: no event
    "The minister's wife, Vice President Dalma Ostrov, who is already subject to U.S. sanctions, spoke on March 3, 2024.",
    "Korvane Shipping is subject to UK sanctions, its filings showed on March 3, 2024.",
    "Korvane Shipping remains subject to EU sanctions, a court said on March 3, 2024.",
    # a regime extended in time, laws a party is subject to
    "On March 3, 2024 the EU extended sanctions to March 2025 against Russia.",
    "The EU extended its sanctions to the end of the year on March 3, 2024.",
    "Korvane Shipping has been subject to sanctions laws since March 2024 like every exporter.",
    "Korvane Shipping will be subject to sanctions screening from March 3, 2024, its bank said.",
    # plans and conditions
    "Korvane Shipping could be subject to sanctions if it ships oil, officials said on March 3, 2024.",
    "Lawmakers asked on March 3, 2024 whether sanctions will be imposed on Korvane Shipping.",
    # not a sanctions list, no name after the noun
    "The sanctioned individuals are barred from travelling to the EU, the Council said on March 3, 2024.",
    "Forbes published its list of the richest families on March 3, 2024. The list includes Korvane Shipping's owners.",
    # an act on a counted group: the party named before is not its object
    "Dalmer Ostrov spoke on March 3, 2024. A full asset freeze and travel ban will be imposed on seven of "
    "Russia's wealthiest and most influential oligarchs, he said.",
    # an appeal that is no legal challenge of a listing
    "Korvane Shipping filed separate tax returns on March 3, 2024.",
    # a rank before a company's name, a pronoun that acts
    "General Electric Company said on March 3, 2024 that it had sold its unit.",
    "The Treasury met Korvane Shipping's lawyers. It came under fire from lawmakers on March 3, 2024.",
]


def _got(text: str) -> list[tuple[str, str, str | None]]:
    evs = extract_article(text, published=PUB, language="en")["events"]
    return [(e["type"], e["entity"], e["date"]) for e in evs]


@pytest.mark.parametrize(("typ", "text", "parties"), ACTS)
def test_listing_told_as_a_state_or_passive_gives_each_party(typ: str, text: str, parties: list[str]) -> None:
    got = _got(text)
    assert sorted(n for t, n, _d in got if t == typ) == sorted(parties), got
    assert all(t == typ for t, _n, _d in got), got


def test_the_start_of_a_state_dates_the_listing() -> None:
    got = _got("Korvane Shipping has been subject to an asset freeze and a travel ban since March 3, 2024.")
    assert got == [("designation", "Korvane Shipping", "2024-03-03")]


# a name in a clause on the party is no second party, however short the clause
NOT_LISTED_TOO = [
    "The UK sanctioned Vaso Keltar, who was appointed by president Dorin Maseth, on March 3, 2024.",
    "The UK sanctioned Vaso Keltar, who once worked for businessman Dorin Maseth, on March 3, 2024.",
    "The UK sanctioned Vaso Keltar, a close friend of the businessman Dorin Maseth, on March 3, 2024.",
]


@pytest.mark.parametrize("text", NOT_LISTED_TOO)
def test_a_name_in_a_clause_on_the_party_is_not_listed(text: str) -> None:
    assert _got(text) == [("designation", "Vaso Keltar", "2024-03-03")]


@pytest.mark.parametrize(("text", "parties"), TITLED)
def test_titled_parties_and_a_pronoun_that_undergoes_the_listing(text: str, parties: list[str]) -> None:
    got = _got(text)
    assert sorted(n for _t, n, _d in got) == sorted(parties), got
    assert all(t == "designation" and d == "2024-03-03" for t, _n, d in got), got


def test_a_ban_put_off_to_a_day_is_its_deadline() -> None:
    got = _got("Korvane Shipping reached a deal with Ostrel Trading on Saturday, so the Commerce Department "
               "postponed the Korvane Shipping ban until March 27th.")
    assert ("deadline", "Korvane Shipping", "2024-03-27") in got, got


@pytest.mark.parametrize("text", NEAR)
def test_near_miss_gives_no_event(text: str) -> None:
    assert _got(text) == []


def test_a_surname_told_alone_after_sanctions_stays_the_persons() -> None:
    """"sanctions against Ostrova" later in the article: the surname of the person named in
    full, not a company of its own that hides her (and the pronoun that points to her)."""
    text = ("The General Court rejected the claim of Dalma Ostrova to lift the sanctions against her.\n\n"
            "The ruling states that Ostrova is a doctor with two passports. She came under EU sanctions on "
            "March 3, 2022.\n\nIn November 2022, Norland asked the EU to lift sanctions against Ostrova.")
    got = [(e["type"], e["entity"], e["date"]) for e in
           extract_article(text, published=PUB, language="en")["events"]]
    assert ("designation", "Dalma Ostrova", "2022-03-03") in got, got


@pytest.mark.parametrize(("text", "names"), [
    ("The US sanctioned 11 officials, including Chief Executive Vara Kelm, on March 3, 2024.", {"Vara Kelm"}),
    ("The US also sanctioned Norland's Minister of Information Dorin Maseth, Minister for Investment "
     "Aro Venlit Oo on March 3, 2024.", {"Dorin Maseth", "Aro Venlit Oo"}),
    ("The EU sanctioned Major General Vaso Keltar and Lt. Gen. Dorin Maseth on March 3, 2024.",
     {"Vaso Keltar", "Dorin Maseth"}),
    # a rank's letters opening a given name are no rank
    ("The EU sanctioned the tycoon Gennor Valsky on March 3, 2024.", {"Gennor Valsky"}),
])
def test_a_person_after_an_office_or_a_rank_is_named_without_it(text: str, names: set[str]) -> None:
    got = _got(text)
    assert {n for _t, n, _d in got} == names, got


@pytest.mark.parametrize(("text", "names"), [
    # the name after a possessor's description is the party; the possessor, also named as
    # the qualifier of its staff, is not
    ("The action, announced on March 3, 2024, also targets Korvane's successor exchange Ostrel, three "
     "Korvane executives, and six associated companies.", {"Ostrel"}),
    ("The Treasury sanctioned three Korvane executives on March 3, 2024.", set()),
    # a party named in full keeps its events when its staff are named too
    ("The Treasury sanctioned Korvane Shipping and three Korvane executives on March 3, 2024.", {"Korvane Shipping"}),
])
def test_a_name_that_qualifies_staff_is_no_party(text: str, names: set[str]) -> None:
    assert {n for _t, n, _d in _got(text)} == names
