"""Names a noun of the sentence governs, not the listing act (news/governed.py): the
people another act was done to, whose tie or post is meant, the second body of a role,
the body of a role named again with an article, the place unnamed people come from, a
lawyer told by their role in the case and a court's chamber. The party of such a phrase
is its head, or no one when the head is unnamed. Near misses keep their party: the
listing verb's own object, a noun of the listing itself, a court word with no kind of
people before the name, a singular tie coordinated with another object, a person named
in apposition to a role, a chamber of commerce."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.governed import governed, victims


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-10", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("lang", "text", "events"), [
    # the victims of another act, a run of names with their kinds
    ("en", "Brussels on Tuesday froze the assets of four magistrates who took part in the conviction of "
           "journalists Pavel Dremin, Oleg Varga and Anna Kell, as well as bloggers Tomas Renko and Ivan Petrov.",
     set()),
    ("fr", "Bruxelles a gelé mardi les avoirs de deux magistrats impliqués dans la condamnation des "
           "militantes Anna Kell et Olga Renko.", set()),
    # whose daughters: both persons, the second coordinated by a possessive
    ("en", "Canberra has sanctioned the grown daughters of Norland's President Pavel Dremin and his Defence "
           "Minister Oleg Varga.", set()),
    # whose governor, with the kind of place between
    ("en", "Canada sanctioned Vostok province's governor and a police chief on Monday.", set()),
    # the second body of a role
    ("fr", "Le Trésor vise aussi Pavel Dremin, dirigeant et porte-parole du Korvex et de l'Alliance Norde, "
           "selon le communiqué.", {("designation", "Pavel Dremin")}),
    # the body of a role named again with an article
    ("en", "Washington sanctioned the founder of the ruling party, the Northern Movement, on Monday.", set()),
])
def test_a_name_a_noun_governs_is_no_party(lang: str, text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("lang", "text", "events"), [
    # the listing verb's own object, beside the victims of another act
    ("en", "The Treasury sanctioned the judge Oleg Varga over the conviction of Tomas Renko.",
     {("designation", "Oleg Varga")}),
    # a noun of the listing itself
    ("en", "Ottawa announced the designation of Tomas Renko on Monday.", {("designation", "Tomas Renko")}),
    ("fr", "Bruxelles a adopté des sanctions contre Anna Kell et Olga Renko mardi.",
     {("designation", "Anna Kell"), ("designation", "Olga Renko")}),
    # the listed company, whose officer took part in another act on a person
    ("en", "The Treasury on Monday designated Orvex Trading, whose chief was involved in the killing of "
           "Tomas Renko.", {("designation", "Orvex Trading")}),
    # the victim of another act taken up by a pronoun as the listing's object
    ("en", "Following the conviction of Pavel Dremin last year, the Treasury designated him on Monday.",
     {("designation", "Pavel Dremin")}),
    # a singular tie coordinated with another object: the object is listed
    ("en", "The Treasury designated the wife of Pavel Dremin and his company Orvex Trading.",
     {("designation", "Orvex Trading")}),
    # the body as the act's own object, then described
    ("en", "Washington sanctioned the Northern Movement, the ruling party, on Monday.",
     {("designation", "Northern Movement")}),
])
def test_the_listing_object_keeps_its_event(lang: str, text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


def test_counsel_and_chamber_are_no_party_the_appellant_is() -> None:
    # a lawyer by the role held in the case, and the court's chamber
    text = ("Mr Pavel Dremin won his appeal against his de-listing on Monday, a ruling of the Grand Chamber; "
            "Tom Baker served as lead counsel.")
    assert {name for _t, name in _events(text, "en")} == {"Pavel Dremin"}


def test_the_shapes_that_govern_and_their_near_misses() -> None:
    s = "named the two wardens blamed for the torture of students Anna Kell and Olga Renko"
    assert victims(s, s.index("Anna"), True) and victims(s, s.index("Olga"), True)
    s = "two wardens accountable for the execution of Tomas Renko last spring"
    assert victims(s, s.index("Tomas"), True)
    s = "three prosecutors behind the trials against the students Mikel Varga and Ivan Petrov, both jailed"
    assert victims(s, s.index("Mikel"), True) and victims(s, s.index("Ivan"), True)
    # a name in the relative clause hung on the victims is theirs too
    s = "the arrest of bloggers Anna Kell and Olga Renko, who wrote about the Vostok Guard in the war"
    assert victims(s, s.index("Vostok"), False)
    s = "the Treasury sanctioned Anna Kell, who runs the Vostok Guard"
    assert not victims(s, s.index("Vostok"), False)
    # the run ends at a lower-case word of its own: "and designated X" is another object
    s = "over the killing of Tomas Renko and designated Orvex Trading"
    assert not victims(s, s.index("Orvex"), False)
    # the place unnamed people come from, with its kind
    s = "a deputy judge from Vostok province"
    assert governed(s, s.index("Vostok"), s.index(" province"), "Vostok", False)
    # a court word needs a kind of people: "the trial of X" may be X's own case
    s = "after the trial of Orvex Trading ended"
    assert not governed(s, s.index("Orvex"), s.index(" ended"), "Orvex Trading", False)
    s = "after the trial of the journalist Anna Kell ended"
    assert governed(s, s.index("Anna"), s.index(" ended"), "Anna Kell", True)
    # an act on people needs a person, or a kind of people before the name
    s = "the arrest of Orvex Trading executives"
    assert not governed(s, s.index("Orvex"), s.index(" executives"), "Orvex Trading", False)
    # a person in apposition to a role takes no article: the head named
    s = "sanctioned the founder of the ruling party, Anna Kell, on Monday"
    assert not governed(s, s.index("Anna"), s.index(", on"), "Anna Kell", True)
    # a place with its kind as a possessor; a company's own possessive may tell its own case
    s = "the Vostok region's governor was listed"
    assert governed(s, 4, 10, "Vostok", False)
    for s in ("Orvex Trading's lawyers filed a complaint", "Orvex Trading's designation was lifted"):
        assert not governed(s, 0, len("Orvex Trading"), "Orvex Trading", False)
    # a chamber of a court, not of commerce
    assert governed("the Grand Chamber ruled", 4, 17, "Grand Chamber", False)
    s = "the Vostok Chamber of Commerce was listed"
    assert not governed(s, 4, s.index(" was"), "Vostok Chamber of Commerce", False)
    # a lawyer by their role in the case, not a person who acted otherwise
    s = "Tom Baker served as counsel for the claimant"
    assert governed(s, 0, 9, "Tom Baker", True)
    s = "Tom Baker served as a front for the network"
    assert not governed(s, 0, 9, "Tom Baker", True)
