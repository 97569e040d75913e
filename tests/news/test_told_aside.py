"""Names a sentence tells beside the parties of its action, in sentences written for this
test: the relation of another party, an organisation naming the role of an unnamed
person, a photo credit, the outlet that reports the sentence, a page's banner run into a
sentence whose parties are only counted. None of them is a party, however the event
would reach it (its own clause, a list of names, an anaphor)."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _parties(text: str, lang: str, published: str | None = "2022-03-10") -> set[str]:
    res = extract_article(text, published=published, language=lang)
    return {e["entity"] for e in res["events"] if e["type"] in ("designation", "removal")}


@pytest.mark.parametrize(("lang", "text", "want"), [
    # a list of designees, each told with the party they are related to
    ("en", "The Treasury on Thursday sanctioned nine people. Individuals include Pavel Orlin, founder of "
           "Vesta Bank; Egor Lanskoi, a businessman with reportedly close links to Arkady Velt; and "
           "Irina Sadova, a long-term advisor to Arkady Velt.", {"Pavel Orlin", "Egor Lanskoi", "Irina Sadova"}),
    ("fr", "Une sixième entreprise, Dravon Technologies, appartenant à Rami Kostal, homme d’affaires "
           "cousin du président Arkady Velt, a été ajoutée aux listes noires.", {"Dravon Technologies"}),
    ("fr", "Parmi les 3 personnes visées figure le fondateur du groupe Varta, Dimitri Orlov, ancien "
           "officier du renseignement militaire (GRD).", {"Dimitri Orlov"}),
    ("fr", "Washington a également imposé des sanctions à deux sociétés suisses associées à "
           "l’homme d’affaires Andrei Velkov.", set()),
    # an organisation naming the role of a person left unnamed
    ("en", "The Treasury announced on Thursday that it has imposed sanctions on Nabra financier, its "
           "representative to Iran and five related entities.", set()),
    ("en", "The US government on Thursday sanctioned a Nabra commander and a number of other "
           "operatives.", set()),
    ("en", "On Wednesday, the Treasury designated Nabra Secretary General Hasan Qorvani and four other "
           "individuals.", {"Hasan Qorvani"}),
    # the outlet that reports, a photo credit, a banner before a counted group
    ("en", "Both groups were designated under the UN sanctions regime on Friday, Gulf Courier reported.",
     set()),
    ("fr", "TESTEZ GRATUITEMENT L'ABONNEMENT À LA GAZETTE NOUVELLE 15 jours gratuits © Joe Marlow "
           "Les Etats-Unis ont annoncé jeudi avoir levé les sanctions visant trois anciens "
           "représentants iraniens.", set()),
    ("en", "London, 11 March 2022 (GDX): The United Kingdom has announced sanctions against 7 "
           "oligarchs from Russia.", set()),
])
def test_told_beside_the_parties(lang: str, text: str, want: set[str]) -> None:
    assert _parties(text, lang) == want


@pytest.mark.parametrize(("lang", "text", "want"), [
    # the relation ends at the comma: the name after it is the party
    ("en", "The Treasury sanctioned the daughter of Viktor Kell, Anna Kell, on Monday.", {"Anna Kell"}),
    # ties broken with a party: that party's own listing may be the news
    ("fr", "Le distributeur Maréchal Frères a rompu ses liens avec Kovar Logistics, deux jours après "
           "l'inscription du transporteur russe sur la liste SDN.", {"Kovar Logistics"}),
    # counted parties named after the count stay parties
    ("en", "The UK announced sanctions against 7 oligarchs, including Pavel Orlin and Egor Lanskoi.",
     {"Pavel Orlin", "Egor Lanskoi"}),
    ("fr", "L'UE a sanctionné le groupe Varta et plusieurs de ses collaborateurs dont Valery Orlov.",
     {"Varta", "Valery Orlov"}),
])
def test_parties_beside_a_relation_or_a_count(lang: str, text: str, want: set[str]) -> None:
    assert want <= _parties(text, lang)


@pytest.mark.parametrize(("lang", "text", "want"), [
    # a pronoun acting or speaking is no party an anaphor points back to
    ("fr", "Le Trésor a sanctionné lundi des proches de Pavel Orlin et la société Kovar Logistics. Elle "
           "a également mis sur liste noire huit avions associés à l’organisation.", {"Kovar Logistics"}),
    ("fr", "Le secrétaire au Trésor Pavel Orlin a présenté les mesures. Il a aussi dit que les "
           "Etats-Unis souhaitaient couper les banques frappées par des sanctions du circuit Swift.", set()),
    # funds released under a licence: nobody leaves a list
    ("en", "Kovar Logistics brings this action challenging OFAC's denial of its application for a "
           "license to unblock a wire transfer of 200,000 Euros.", set()),
    ("en", "Kovar's owner, Pavel Orlin, twice applied unsuccessfully to OFAC for licenses to unblock "
           "the $1.4 million.", set()),
    # what counted parties did, and whom they served, names no party
    ("fr", "Les sanctions sont prises contre des entreprises qui ont transféré des centaines de "
           "millions de dollars de la Compagnie Nationale Dorane (CND).", set()),
])
def test_no_party_behind_an_actor_a_speaker_or_a_description(lang: str, text: str, want: set[str]) -> None:
    assert _parties(text, lang) == want


def test_the_party_of_a_pronoun_in_the_passive_stays() -> None:
    text = ("Le Trésor a visé la société Kovar Logistics. Elle a été ajoutée lundi à la liste SDN.")
    assert _parties(text, "fr") == {"Kovar Logistics"}


@pytest.mark.parametrize(("lang", "text", "want"), [
    # the count's complement names whom the counted serve, not parties
    ("en", "On January 10, 2022, OFAC designated six Dorvan government officials from the Dorvan "
           "military, the Dorvan Institute of Telecommunications and Mail (TELKO) and the state-owned "
           "Dorvan Mining Company.", set()),
    # ... unless the complement names no one and the parties follow in apposition
    ("fr", "Le Conseil a décidé aujourd'hui de lever les mesures restrictives visant trois entités du "
           "secteur bancaire, la société Kelmar Finance et la société Orvane Assurances.",
     {"Kelmar Finance", "Orvane Assurances"}),
    # a French place after a noun: where the unnamed parties are
    ("fr", "Le président a levé les sanctions imposées aux colons en Varlanie, accusés d'exactions.", set()),
    # a relation to two people coordinated with their titles
    ("en", "The Treasury has sanctioned a son of Dorvan President Pavel Orlin and Vice President Irina "
           "Sadova and his company.", set()),
])
def test_complements_places_and_relations(lang: str, text: str, want: set[str]) -> None:
    assert _parties(text, lang, "2022-01-12") == want


def test_the_company_of_a_board_is_no_party() -> None:
    text = ("Le Conseil a sanctionné Pavel Orlin, membre du conseil d'administration de Kelmar Steel, "
            "le 9 mars 2022.")
    assert _parties(text, "fr") == {"Pavel Orlin"}


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("fr", "Le Premier ministre Pavel Orlin avait informé ses alliés vendredi, lors d'un sommet de crise, "
           "qu'il prévoyait de sanctionner \"de manière imminente\" Viktor Kell et son chef de la diplomatie.",
     {"Viktor Kell"}),
    ("en", "Prime Minister Pavel Orlin told lawmakers on Friday that the government had sanctioned "
           "Kelmar Steel.", {"Kelmar Steel"}),
])
def test_the_person_who_reports_is_no_party(lang: str, text: str, want: set[str]) -> None:
    res = extract_article(text, published="2022-03-10", language=lang)
    assert {e["entity"] for e in res["events"] if e["type"] == "designation"} == want


@pytest.mark.parametrize(("lang", "text", "want"), [
    # a dateline's agency
    ("fr", "Washington, le 21 janvier 2025, KORA- Le Trésor a sanctionné Kelmar Steel.", {"Kelmar Steel"}),
    # a weekday and a date opening the sentence are no dateline: the name after them is the party
    ("en", "On Monday, May 12, ZTE was added to the Entity List.", {"ZTE"}),
])
def test_a_datelines_agency_is_no_party(lang: str, text: str, want: set[str]) -> None:
    assert _parties(text, lang, "2025-05-14") == want


@pytest.mark.parametrize("text", [
    "Le président Pavel Orlin a annulé un ordre exécutif de son prédécesseur imposant des sanctions aux "
    "colons de Varlanie.",
    "President Pavel Orlin revoked the executive order that imposed sanctions on Kelmar Steel.",
])
def test_an_order_revoked_by_a_government_is_no_vacatur(text: str) -> None:
    res = extract_article(text, published="2025-01-21")
    assert not [e for e in res["events"] if e["type"] == "vacatur"]


def test_a_court_annulling_an_order_is_a_vacatur() -> None:
    text = "The court annulled the executive order that listed Kelmar Steel."
    res = extract_article(text, published="2025-01-21", language="en")
    assert [e["entity"] for e in res["events"] if e["type"] == "vacatur"] == ["Kelmar Steel"]
