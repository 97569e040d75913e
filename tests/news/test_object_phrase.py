"""Names inside an act's own object phrase (``object_phrase.py``): from the act's cue to the
clause's end, a titled person is the act's party whatever title, descriptor or apposition
comes with it, in both languages; a name past the clause's end (a relative clause, a verb of
saying, an agent after "by", a participle clause, another sentence) is not in the phrase.
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.object_phrase import in_phrase

PUB = "2023-03-10"

PHRASES = [
    # a title and a descriptor before the name, on the object side
    ("en", "The measures against retired admiral Tomas Veldt, deputy harbour master Ines Korr and two shipping "
           "agents took effect on Monday.", "Ines Korr", True),
    ("fr", "Le Conseil a gelé les avoirs du ministre zemblan des Mines Clara Voss et de son adjoint Hugo Brandt.",
     "Hugo Brandt", True),
    # ... an apposition between the cue and the name
    ("fr", "Des restrictions ont aussi été imposées à l'encontre d'un magistrat de la cour d'appel, Marc Olen.",
     "Marc Olen", True),
    # the series before an act it undergoes
    ("en", "Harbour Commission Chairman Jonas Pell, former Deputy Energy Minister Rita Sohl and Arne Dask were "
           "also targeted.", "Jonas Pell", True),
    ("fr", "L'ancien gouverneur Paulo Ressa et la procureure Ana Lind ont été sanctionnés mardi.", "Ana Lind", True),
    # a relative clause that tells something else ends the phrase
    ("en", "The sanctions apply to Brava Shipping, which Interior Minister Karl Joss says carried fuel.",
     "Karl Joss", False),
    # the agent after "by", and a speaker after the clause
    ("en", "The sanctions on Velm Trading were announced by Foreign Minister Petra Wolk.", "Petra Wolk", False),
    ("fr", "Les sanctions visent Orla Trade, selon la porte-parole Ines Morel.", "Ines Morel", False),
    # a participle clause after a comma is another act's
    ("fr", "Paris a imposé des sanctions contre le pays, interdisant le directeur Joseph Arlan de voyager.",
     "Joseph Arlan", False),
    # an act told as an adjective has no object ("the sanctioned officials")
    ("en", "The sanctioned officials met Deputy Minister Ivo Brenn on Monday.", "Ivo Brenn", False),
    # another sentence
    ("en", "Ottawa sanctioned Kesh Logistics. Trade Minister Lena Marsh said more would follow.", "Lena Marsh", False),
]


@pytest.mark.parametrize(("lang", "text", "name", "want"), PHRASES)
def test_in_phrase(lang: str, text: str, name: str, want: bool) -> None:
    at = text.index(name)
    assert in_phrase(text, at, at + len(name), lang) is want


# titled people inside the act's object phrase: parties, not officials who act (each of
# these was missed before the phrase was read)
EVENTS = [
    ("fr", "Washington a également pris des sanctions contre une juge de la cour d'appel, Sofia Brandl.",
     {"Sofia Brandl"}),
    ("fr", "Les sanctions annoncées lundi visent le juge Marco Lenz, la porte-parole Ana Pirel et le secrétaire "
           "général du parti, Oskar Tamm.", {"Marco Lenz", "Ana Pirel", "Oskar Tamm"}),
    ("fr", "Paris a aussi sanctionné un procureur régional, Ivo Brenn, ainsi que la juge Maren Tolk.",
     {"Ivo Brenn", "Maren Tolk"}),
    ("en", "The measures announced by Ottawa on Monday target Interior Ministry Secretary Olek Varn, former "
           "Deputy Trade Minister Ada Krol, Boris Lenk and Vera Holt.", {"Olek Varn", "Ada Krol", "Boris Lenk", "Vera Holt"}),
]


@pytest.mark.parametrize(("lang", "text", "want"), EVENTS)
def test_titled_people_of_the_object_are_parties(lang: str, text: str, want: set[str]) -> None:
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"}
    assert got == want


def test_a_speaker_with_a_title_stays_no_party() -> None:
    text = "Ottawa on Monday imposed sanctions on Kesh Logistics and Orla Trade, said Foreign Minister Lena Marsh."
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"]}
    assert got == {"Kesh Logistics", "Orla Trade"}


# an act told by a cue no trigger reads (a measure's noun and its preposition, "apply to",
# "will face sanctions", « geler les avoirs de », "added ... to its list"), whose phrase names
# a party: a listing of each item (each of these was missed before)
CUED = [
    ("en", "The sanctions against retired colonel Anton Vrell, deputy harbour master Ines Korr and four customs "
           "officers took effect at noon on Friday.", {"Anton Vrell", "Ines Korr"}),
    ("en", "The new measures will also apply to Kesh Logistics, which the ministry says moved drones for the navy.",
     {"Kesh Logistics"}),
    ("en", "Harbour magnate Dorian Vask, the owner of Velm Shipping, also will face Norland sanctions.", {"Dorian Vask"}),
    ("fr", "Les sanctions contre le financier Elias Forn entrent en vigueur lundi.", {"Elias Forn"}),
]


@pytest.mark.parametrize(("lang", "text", "want"), CUED)
def test_an_act_told_by_its_cue_lists_its_phrase(lang: str, text: str, want: set[str]) -> None:
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"}
    assert got == want


@pytest.mark.parametrize("text", [
    "Le régime de sanctions contre Orla Trade et ses dirigeants reste en place.",  # a regime, no act
    "Analysts said sanctions on Velm Shipping would hurt exports.",  # a consequence
    "The executive order applies to Kordan Oil and its units.",  # an order's scope, no measure
    "Le Conseil pourra appliquer des sanctions contre Orla Trade si elle continue.",  # a power, no act
])
def test_a_cue_that_tells_no_act_lists_no_one(text: str) -> None:
    assert [e for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"] == []


def test_a_lifted_measure_is_no_listing() -> None:
    text = "The court lifted the sanctions against shipowner Yannis Korva on Monday."
    assert not [e for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"]


# why a cue tells no act: an undoing told inside the cue, a regime renewed or updated, an
# end of the measures or a plan told before it, a headline's colon that closes the phrase
@pytest.mark.parametrize("text", [
    "Export curbs and travel bans were eased against 40 officials, including Admiral Tomas Brenn.",
    "Updating the travel bans against Orla Trade and Kesh Logistics, the council on Monday renewed the mandate of "
    "its expert panel.",
    "The ministry kept its earlier measures against Orla Trade and Kesh Logistics in place for another year.",
    "Paris a annoncé la fin prochaine des restrictions contre les sociétés Veltra et Ostrand.",
    "Le ministère veut mettre un terme aux mesures contre Veltra et Ostrand.",
    "Le Conseil a prorogé jeudi les mesures restrictives contre la société Ostrand et son patron Elias Forn.",
    "Sanctions against traffickers: Governor Ilse Marren signs the decree",
    "Sanctions contre les passeurs : le gouverneur Paul Arnaud signe le décret",
])
def test_a_cue_told_as_no_act_lists_no_one(text: str) -> None:
    assert [e for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"] == []


def test_a_colon_after_a_count_announces_the_items() -> None:
    text = "The sanctions against five entities: Arcon Holdings and Belvo Trading, came into force at noon on Friday."
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"}
    assert got == {"Arcon Holdings", "Belvo Trading"}


# every item of the act's phrase is its party once the act takes one of them, and a series
# told before the act it undergoes names its parties, in both languages (each of these was
# read short before)
LINKED = [
    ("fr", "Washington a inscrit à son tour sur la liste noire le Kestrien Paulo Ressa, en raison de son rôle dans "
           "le réseau Varno, ainsi que Marta Lind, une de ses associées.", "designation",
     {"Kestrien Paulo Ressa", "Marta Lind"}),
    ("en", "The measures will also hit the navy's fuel suppliers, with Arcon Holdings, Belvo Trading and Kesh "
           "Logistics also being subject to sanctions.", "designation", {"Arcon Holdings", "Belvo Trading", "Kesh Logistics"}),
    ("fr", "Orla Trade a été retirée de la liste, tandis que Kesh Logistics, Velm Shipping et Arcon Holdings "
           "viennent d'y être ajoutées.", "designation", {"Kesh Logistics", "Velm Shipping", "Arcon Holdings"}),
]


@pytest.mark.parametrize(("lang", "text", "kind", "want"), LINKED)
def test_every_item_of_the_phrase_is_a_party(lang: str, text: str, kind: str, want: set[str]) -> None:
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"] if e["type"] == kind}
    assert got == want


# what the item reading leaves out: a name inside an item's description, the body of the
# people the series counts, a name set apart by a preposition of contrast, a speaker
# after an acronym, the apposition of a description's complement
NOT_ITEMS = [
    ("en", "Velm Shipping, a firm run by Karel Vodnik, and Kestrel Lines were also targeted on Monday.",
     {"Velm Shipping", "Kestrel Lines"}),
    ("en", "The council froze the assets of four former Orvex board members, Ivo Darkov and Lena Orsk.",
     {"Ivo Darkov", "Lena Orsk"}),
    ("fr", "À la différence de Brenner Freight, la société Tolvay Marine a été sanctionnée mardi.", {"Tolvay Marine"}),
    ("en", "Orla Trade was sanctioned on Friday, the Velmari Border Guard Service (VBGS) said.", {"Orla Trade"}),
    ("fr", "Paris a ajouté à sa liste, le 2 juin, Ivo Brenn, chef de la branche financière du Korvex, la cellule "
           "Ostra Nord, ainsi que Lena Orsk.", {"Ivo Brenn", "Lena Orsk"}),
]


@pytest.mark.parametrize(("lang", "text", "want"), NOT_ITEMS)
def test_a_description_s_names_are_no_items(lang: str, text: str, want: set[str]) -> None:
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"}
    assert got == want


def test_a_phrase_s_items_stop_at_another_act_s_trigger() -> None:
    text = ("On 3 May the ministry froze the assets of Orla Trade and on 9 June the ministry froze the assets of "
            "Kesh Logistics.")
    dates = {e["entity"]: e["date"] for e in extract_article(text, published=PUB)["events"]}
    assert dates == {"Orla Trade": "2022-05-03", "Kesh Logistics": "2022-06-09"}


# the names an act's series holds that no finder reads alone (one capitalised run an item,
# after a determiner or « de » at most), in both languages (each missed before)
SERIES = [
    ("en", "Ottawa also froze the assets of the Kordan bank, Velmprom and NORD.KX on Tuesday.",
     {"Kordan", "Velmprom", "NORD.KX"}),
    ("fr", "Le Canada a aussi gelé les avoirs de Kordbank, de Velmprom et de NORD.KX.",
     {"Kordbank", "Velmprom", "NORD.KX"}),
    ("en", "The measures against 12 lenders, including Velmprom, Kordbank and NORD.KX, took effect in May.",
     {"Velmprom", "Kordbank", "NORD.KX"}),
    ("fr", "Les sanctions contre Velmprom, Kordbank et NORD.KX entrent en vigueur lundi.",
     {"Velmprom", "Kordbank", "NORD.KX"}),
]


@pytest.mark.parametrize(("lang", "text", "want"), SERIES)
def test_a_series_names_its_items(lang: str, text: str, want: set[str]) -> None:
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"}
    assert got == want


@pytest.mark.parametrize(("lang", "text"), [
    # places, months and a title's kinds are no items; nor the words of an instrument's title
    ("en", "The Treasury sanctioned Orvex Trading in March, April and May."),
    ("en", "The decree is the Special Sanctions (Listed Persons and Entities) Order of the Velmari state."),
    ("fr", "Orvex Trading a été ajoutée mardi au portefeuille du fonds, avec Velmprom et Kordbank."),
])
def test_a_series_of_no_names_adds_none(lang: str, text: str) -> None:
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"]}
    assert not got & {"March", "April", "May", "Persons", "Entities", "Velmprom", "Kordbank"}


# the act told before the series it names, the series after a copula or a verb of holding
# ("<participle> (by <agent>, <time>) are|were|include A, B", « Parmi les <kinds> <participle>
# figurent A », « Sont également visés A et B »), and the act's verb in the present ("the
# measures target A"): a titled person there is an item, no official (each was missed before)
INVERTED = [
    ("en", "Also sanctioned on Tuesday were harbour commissioner Hanna Roos and party spokesman Edvin Salo.",
     {"Hanna Roos", "Edvin Salo"}),
    ("en", "Among the officials designated by Norland are former ambassador Piet Kalder and deputy secretary "
           "Ruta Vinz.", {"Piet Kalder", "Ruta Vinz"}),
    ("en", "Those whose assets were frozen this week include state spokesperson Ilse Varga and Jaan Pello.",
     {"Ilse Varga", "Jaan Pello"}),
    ("en", "The Norland sanctions also target deputy commissioner Lise Marrow and her predecessor Oren Falk.",
     {"Lise Marrow", "Oren Falk"}),
    ("fr", "Sont également visés par Berne le porte-parole Luc Ambert et l'ambassadeur Rémi Tassel.",
     {"Luc Ambert", "Rémi Tassel"}),
    ("fr", "Parmi les responsables sanctionnés jeudi figurent la commissaire Nadia Orsel et le chancelier Yves "
           "Pardo.", {"Nadia Orsel", "Yves Pardo"}),
]


@pytest.mark.parametrize(("lang", "text", "want"), INVERTED)
def test_a_series_after_its_inverted_act_holds_titled_items(lang: str, text: str, want: set[str]) -> None:
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"}
    assert want <= got


@pytest.mark.parametrize(("lang", "text", "name"), [
    # a speaker after the series stays one
    ("en", "Those sanctioned include Kesh Logistics, spokesman Tom Bell said on Monday.", "Tom Bell"),
    # the copula's complement is a clause, no series ("the firms designated are owned by X")
    ("en", "The firms designated are owned by Velm Holdings, ambassador Rita Sohl noted.", "Rita Sohl"),
    # a target told as a noun opens no phrase
    ("en", "The refinery was a target of commissioner Hugo Brandt for years.", "Hugo Brandt"),
])
def test_an_inverted_act_reads_no_speaker_or_clause(lang: str, text: str, name: str) -> None:
    got = {e["entity"] for e in extract_article(text, published=PUB)["events"]}
    assert name not in got
