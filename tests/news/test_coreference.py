"""Who a sentence that names no party is about: the party a description ("the company",
"le constructeur chinois"), a pronoun ("it", "he", "il", "celle-ci") or a passive without
subject points back to, as a reader would pick it; nobody when a reader could not tell
(two companies of equal standing, a generic explanation). Each probe is a short article
written for the purpose, in both languages, plus the written ``coref`` set (gold written
before any rule was changed for it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.news import extract_article
from listwatch.news.mentions import find_mentions
from listwatch.text import bare_key

from .written import scored

ARTICLES = Path(__file__).parent / "articles" / "coref"


def _events(text: str, published: str = "2024-05-02") -> set[tuple[str, str, str | None]]:
    return {(e["type"], e["entity"], e["date"]) for e in extract_article(text, published=published)["events"]}


@pytest.mark.parametrize(("text", "want"), [
    # the party named in the headline only; the lede tells the event with a description
    ("Orvana Dynamics hit by US export curbs\n\nThe Minsk-based engine maker was placed on the Entity "
     "List on Tuesday, the Commerce Department said.",
     {("designation", "Orvana Dynamics", "2024-04-30")}),
    ("Washington sanctionne l'armateur Tolvay Marine\n\nLe Trésor américain a frappé mardi de sanctions "
     "l'armateur établi à Chypre, accusé de transporter du pétrole russe.",
     {("designation", "Tolvay Marine", "2024-04-30")}),
])
def test_headline_party_told_by_a_description(text: str, want: set[tuple[str, str, str | None]]) -> None:
    assert _events(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a second listing told by a pronoun, with its own date: an event of its own
    ("Orvana Dynamics added to US Entity List\n\nThe engine maker was placed on the Entity List on "
     "Tuesday. The company was already sanctioned by the Treasury in June 2023.",
     {("designation", "Orvana Dynamics", "2024-04-30"), ("designation", "Orvana Dynamics", "2023-06")}),
    ("Sanctions contre Tolvay Marine\n\nLe Trésor a sanctionné mardi l'armateur chypriote. La société "
     "avait déjà été inscrite sur la liste noire de l'UE en février 2023.",
     {("designation", "Tolvay Marine", "2024-04-30"), ("designation", "Tolvay Marine", "2023-02")}),
])
def test_a_pronoun_with_its_own_date_is_a_second_event(
        text: str, want: set[tuple[str, str, str | None]]) -> None:
    assert _events(text) == want


def test_he_points_to_the_person_not_the_company() -> None:
    text = ("UK sanctions Norvik Tankers and its owner\n\nBritain on Tuesday sanctioned Norvik Tankers, a "
            "Riga-based operator, and its owner, businessman Janis Ozols. He had been placed under EU "
            "sanctions in December 2022 over a Crimean port.")
    got = _events(text)
    assert ("designation", "Janis Ozols", "2022-12") in got
    assert ("designation", "Norvik Tankers", "2022-12") not in got


def test_il_after_a_sentence_about_the_main_party_naming_a_rival() -> None:
    """"Le groupe ..., tout comme son concurrent X. Il avait déposé plainte": the sentence
    was about the group, though it named X last."""
    text = ("La justice suspend l'inscription de Zhenvar Robotics\n\nUn juge fédéral a suspendu vendredi "
            "l'inscription du géant chinois sur la liste du Pentagone. Le groupe avait été désigné en "
            "janvier, tout comme son concurrent Kaldor Automation. Il avait déposé plainte en février.")
    got = _events(text, "2021-03-13")
    assert ("legal_challenge", "Zhenvar Robotics", "2021-02") in got
    assert not any(t == "legal_challenge" and n == "Kaldor Automation" for t, n, _d in got)


@pytest.mark.parametrize("text", [
    # two companies of equal standing: "the company" could be either
    "Aldane Systems and Brivex Optics call off merger\n\nTalks between Aldane Systems and Brivex Optics "
    "collapsed on Monday, the two camera makers said. The company was added to the Entity List in 2022, "
    "a person familiar with the talks said.",
    # a generic explanation: what befalls any company so listed
    # (the headline states no listing: "Kestrel Chips lands on US blacklist" would, and is read so)
    "Kestrel Chips weighs its options\n\nKestrel Chips said on Monday it was studying its options. "
    "Once a company is added to the Entity List, its American suppliers need a licence for almost every "
    "shipment, and such licences are rarely granted.",
    "Kestrel Chips sur la liste noire\n\nKestrel Chips a dit étudier ses options. Une entreprise inscrite "
    "sur cette liste doit demander une licence pour chaque achat, et ces licences sont rarement accordées.",
])
def test_no_event_when_a_reader_could_not_tell(text: str) -> None:
    got = _events(text, "2022-11-15")
    assert not any(t in ("designation", "license") and d in ("2022", None) for t, _n, d in got), got


def test_a_modal_after_the_company_is_no_lower_case_name() -> None:
    """"the company can trade again": a verb phrase, never a party named in lower case."""
    text = ("The Treasury removed Ardent Shipping Ltd from the SDN list on Sunday. The company can trade "
            "again with American banks, and the firm will reopen its offices.")
    _ms, ents = find_mentions(text, "en")
    assert [e.name for e in ents] == ["Ardent Shipping Ltd"]


def test_a_name_with_a_symbol_is_not_cut_at_it() -> None:
    """"EN+ Group plc" and "En+" are grouped together, never as "en" (which a list entry
    key of fewer than three letters never meets)."""
    assert bare_key("EN+ Group plc") == bare_key("En+") == "en plus"
    assert bare_key("EN+ Group plc") != bare_key("EN Group")
    assert bare_key("A&B Holdings") == "a and b"


def test_a_trade_word_makes_a_company_not_a_person() -> None:
    _ms, ents = find_mentions("Le groupe a été désigné, tout comme son concurrent Hanlo Automation.", "fr")
    assert [(e.name, e.person) for e in ents] == [("Hanlo Automation", False)]


def test_coref_set() -> None:
    """Ten articles where the party is named only in the headline or lede, gold written
    first: scored untouched at P 0.88 / R 0.76 (bench/NOTES.md); the floors sit under what
    the rules reach now."""
    t = scored(ARTICLES)["all"]
    assert t.precision >= 0.9 and t.recall >= 0.85, t.errors


@pytest.mark.parametrize("text", [
    "The Commerce Department added Tolvay Marine to the Entity List on Tuesday. Brenner Freight, its "
    "main customer, said it was studying the decision. \"This is unfair to our clients,\" said Brenner "
    "Freight. Analysts at Corvid Partners said more listings were likely. The company was already "
    "sanctioned by the Treasury in March 2023.",
    "L'armateur Tolvay Marine a été inscrit mardi sur la liste des entités. « C'est injuste », a déclaré "
    "Brenner Freight, son principal client. Selon Corvid Partners, d'autres inscriptions sont probables. "
    "La société avait déjà été sanctionnée par le Trésor en mars 2023.",
])
def test_a_party_only_quoted_is_no_antecedent(text: str) -> None:
    """A customer who speaks, an analyst's firm: never the party "the company" points to,
    however often it is named; the lede's listed party is."""
    got = _events(text)
    assert ("designation", "Tolvay Marine", "2023-03") in got
    assert not any(n in ("Brenner Freight", "Corvid Partners") for _t, n, _d in got)


@pytest.mark.parametrize("second", [
    "The two firms were designated on Tuesday along with Kestrel Marine.",
    "Both companies and Kestrel Marine were designated on Tuesday.",
    "They were designated on Tuesday along with Kestrel Marine.",
])
def test_a_plural_subject_beside_a_named_party(second: str) -> None:
    """The group a plural subject points back to, and the party named beside it."""
    text = "Orvex Trading and Delta Nine Shipping were named in a report on Monday. " + second
    assert {n for t, n, _d in _events(text) if t == "designation"} == {
        "Orvex Trading", "Delta Nine Shipping", "Kestrel Marine"}


def test_sa_points_to_the_person_the_article_is_about() -> None:
    """An article about a person: "sa désignation" is that person's, never the company
    named only in a founder's title ("le fondateur du groupe Orbis")."""
    text = ("Le Tribunal de l'UE annule l'inscription d'Arkadi Volnev\n\nLe Tribunal de l'UE a annulé "
            "mercredi l'inscription d'Arkadi Volnev. Son avocat, Piotr Sanin, le fondateur du cabinet "
            "Orbis Partners, a salué la décision. Le tribunal a jugé que sa désignation de 2022 était "
            "insuffisamment motivée et a ordonné l'annulation de sa désignation.")
    got = _events(text, "2024-05-02")
    assert ("vacatur", "Arkadi Volnev") in {(t, n) for t, n, _d in got}
    assert not any(n in ("Orbis Partners", "Piotr Sanin") for _t, n, _d in got), got


@pytest.mark.parametrize("text", [
    "Le Conseil de l'UE a annulé mardi la désignation d'une femme d'affaires, l'ex-épouse de Piotr "
    "Sanin, le fondateur du groupe Orbis. Le tribunal avait suspendu sa désignation en 2023.",
    "The EU on Tuesday lifted sanctions on a businesswoman, the former wife of Piotr Sanin, the "
    "founder of Orbis Group. A court had suspended her designation in 2023.",
])
def test_a_relative_or_an_employer_is_no_antecedent(text: str) -> None:
    """The party is named by no name: "sa/her designation" is nobody's the article names."""
    got = _events(text)
    assert not any(t == "injunction" for t, _n, _d in got), got


@pytest.mark.parametrize("text", [
    "L'UE a gelé mardi les avoirs d'Arkadi Volnev et de ses deux filles, ceux de Pavel Orlov, et "
    "interdit les importations de bois.",
    "The EU on Tuesday froze the assets of Arkadi Volnev and his two daughters, those of Pavel Orlov, "
    "and banned imports of timber.",
])
def test_those_of_repeats_the_object(text: str) -> None:
    """"ceux de Y" / "those of Y": Y is the object of the same freezing; a person after
    an elided "d'" is found."""
    assert {n for t, n, _d in _events(text) if t == "designation"} == {"Arkadi Volnev", "Pavel Orlov"}


@pytest.mark.parametrize("text", [
    "Le Trésor a sanctionné mardi l'entreprise d'Ivan Petrov.",
    "The Treasury sanctioned the company of businessman Ivan Petrov on Tuesday.",
])
def test_the_owner_of_a_sanctioned_company_is_no_party(text: str) -> None:
    assert not any(n == "Ivan Petrov" for _t, n, _d in _events(text))


def test_celle_ci_is_a_pronoun_not_a_name() -> None:
    text = ("Le constructeur Veltrax Motors retiré de la liste noire\n\nLe Trésor a annoncé vendredi le "
            "retrait du constructeur biélorusse de la liste SDN. Celle-ci avait été sanctionnée en 2021. "
            "Le géant avait contesté cette mesure devant la justice américaine en mars 2022.")
    got = _events(text)
    assert {n for _t, n, _d in got} == {"Veltrax Motors"}
    assert {("designation", "2021"), ("legal_challenge", "2022-03")} <= {(t, d) for t, _n, d in got}


def test_celui_ci_is_the_latter() -> None:
    """"celui-ci": the party the nearest naming sentence names last (the owner here)."""
    text = ("Sanctions : Washington vise Torvald Marine et son armateur\n\nLe Trésor a sanctionné mardi "
            "Torvald Marine et son propriétaire, l'armateur grec Nikos Paleos. Celui-ci avait déjà été "
            "sanctionné par l'UE en mars 2023.")
    got = _events(text)
    assert ("designation", "Nikos Paleos", "2023-03") in got
    assert ("designation", "Torvald Marine", "2023-03") not in got


def test_headline_only_name_ending_in_a_trade_word() -> None:
    text = ("La Chine sanctionne Hartwell Defense\n\nPékin a inscrit lundi le groupe américain sur sa "
            "liste des entités non fiables. Le groupe avait déjà été sanctionné par la Chine en 2020.")
    got = _events(text)
    assert {("designation", "Hartwell Defense", "2024-04-29"),
            ("designation", "Hartwell Defense", "2020")} <= got


@pytest.mark.parametrize("text", [
    "Son ancien propriétaire, l'homme d'affaires Ivan Korzhov, reste visé par les sanctions américaines.",
    "Its former owner, businessman Ivan Korzhov, remains targeted by US sanctions.",
])
def test_a_person_who_remains_listed_has_no_new_event(text: str) -> None:
    assert not _events(text)


def test_a_description_goes_back_to_the_headed_party_a_pronoun_does_not() -> None:
    """The article heads with Orvane (headline and lede); a rival is told in passing as
    the next sentence's subject. "The company sued" is Orvane's (a description may go back
    to the topic); "It sued" is the rival's (a pronoun is the last subject)."""
    head = ("Orvane Mapping wins court order against Pentagon ban\n\nA federal judge blocked the ban on "
            "Orvane Mapping on Wednesday. Orvane Mapping was added to the list on Jan. 14. Kestrel "
            "Robotics, which was designated the same day, won a similar order two months later. ")
    described = {(t, n) for t, n, _d in _events(head + "The company sued in March.", "2021-05-06")}
    assert ("legal_challenge", "Orvane Mapping") in described
    assert ("legal_challenge", "Kestrel Robotics") not in described
    pronoun = {(t, n) for t, n, _d in _events(head + "It sued in March.", "2021-05-06")}
    assert ("legal_challenge", "Kestrel Robotics") in pronoun


def test_a_description_naming_the_kind_in_the_name() -> None:
    """"the bank" is Nevka Bank, not the company named last."""
    text = ("The Treasury on Wednesday sanctioned Nevka Bank. Orvex Trading, a client, said it would review "
            "its accounts. The bank had already been sanctioned by the EU in March 2022.")
    got = _events(text)
    assert ("designation", "Nevka Bank", "2022-03") in got
    assert not any(n == "Orvex Trading" for _t, n, _d in got)


def test_an_opening_adverb_is_no_name() -> None:
    text = ("Déjà sanctionnée par Washington en 2023, la société d'ingénierie Tarvel Systems a été inscrite "
            "mardi sur la liste de l'UE.")
    assert not any(n.startswith("Déjà") for _t, n, _d in _events(text))
