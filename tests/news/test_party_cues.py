"""Parties a reader finds with no cue word: the recipient of a licence told before the
agency that granted it, a round told on with its list understood from the article, and
a name that opens the sentence with a clause between it and the listing verb."""

from __future__ import annotations

import pytest

from listwatch.news.extract import extract_article


def _events(text: str, lang: str) -> list[tuple[str, str | None]]:
    out = extract_article(text, published="2025-02-10", language=lang)
    return [(e["type"], e["entity"]) for e in out["events"]]


@pytest.mark.parametrize(("text", "lang"), [
    ("Marvessa s'est vu accorder jeudi une licence par l'Office de contrôle des avoirs étrangers (OFAC).", "fr"),
    ("Marvessa s'est vue octroyer une licence générale par le Trésor américain.", "fr"),
    ("Marvessa a obtenu jeudi une dérogation de Washington pour payer son gaz.", "fr"),
    ("Marvessa was given a license by the U.S. Treasury Department on Thursday.", "en"),
    ("Marvessa has been granted a waiver by Washington to keep paying for its gas.", "en"),
    ("Marvessa was issued a general license by OFAC last week.", "en"),
])
def test_the_recipient_before_the_granting_agency_is_the_party(text: str, lang: str) -> None:
    assert _events(text, lang) == [("license", "Marvessa")]


@pytest.mark.parametrize(("text", "lang", "added"), [
    ("The Commerce Department added Orbel Optics to the Entity List in May. Later, it added "
     "Quintar Semiconductor.", "en", {"Quintar Semiconductor"}),
    ("The Commerce Department added Orbel Optics to the Entity List in May. In July, the department "
     "also added Quintar Semiconductor and Dovel Labs.", "en", {"Quintar Semiconductor", "Dovel Labs"}),
    ("Le département du Commerce a ajouté Orbel Optics à l'Entity List en mai. Plus tard, il a "
     "ajouté Quintar Semiconductor.", "fr", {"Quintar Semiconductor"}),
    ("Le département du Commerce a inscrit Orbel Optics sur l'Entity List en mai. En juillet, il a "
     "également ajouté Quintar Semiconductor et Dovel Labs.", "fr", {"Quintar Semiconductor", "Dovel Labs"}),
])
def test_a_round_told_on_keeps_the_articles_list(text: str, lang: str, added: set[str]) -> None:
    assert {("designation", p) for p in added | {"Orbel Optics"}} == set(_events(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    # speech, a portfolio, a supplier, "added that": no listing
    ("The Commerce Department added Orbel Optics to the Entity List in May. Quintar said its sales "
     "fell. It added Dovel Labs would help.", "en"),
    ("The Commerce Department added Orbel Optics to the Entity List in May. \"We comply with the law,\" "
     "it added.", "en"),
    ("Orbel Optics was added to the Entity List in May. The company later added Quintar "
     "Semiconductor as a supplier.", "en"),
    ("Orbel Optics a été ajoutée à la liste en mai. Le groupe a ajouté que Quintar était un partenaire.", "fr"),
])
def test_added_in_speech_or_business_is_no_listing(text: str, lang: str) -> None:
    assert _events(text, lang) == [("designation", "Orbel Optics")]


def test_no_list_in_the_article_no_listing_from_added() -> None:
    assert _events("Orbel Optics sells cameras. Later, it added Quintar Semiconductor to its portfolio.",
                   "en") == []


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("Tolvex, which makes drone engines, was put on the Entity List on Monday.", "en", "designation"),
    ("Tolvex, a Dubai trader of marine fuel, was sanctioned by the Treasury on Monday.", "en", "designation"),
    ("Tolvex, qui fabrique des moteurs de drones, a été placé lundi sur la liste noire.", "fr", "designation"),
    ("Tolvex, un négociant établi à Dubaï, a été retiré lundi de la liste de l'OFAC.", "fr", "removal"),
])
def test_an_opening_name_held_apart_by_a_clause_is_the_party(text: str, lang: str, kind: str) -> None:
    assert _events(text, lang) == [(kind, "Tolvex")]


@pytest.mark.parametrize(("text", "lang"), [
    # an authority, a place, a market, a people, a person's surname open the sentence
    ("Washington, which has long pressed its allies, sanctioned the two traders on Monday.", "en"),
    ("Nasdaq, where the shares trade, said the delisting of the two traders was sanctioned.", "en"),
    ("Americans, who own most of the debt, were sanctioned too, the two traders said.", "en"),
    ("The Treasury named Pavel Orlik. Orlik, a shipping executive, was sanctioned on Monday.", "en"),
])
def test_an_opening_word_that_names_no_party_gives_no_event(text: str, lang: str) -> None:
    parties = {p for _t, p in _events(text, lang)}
    assert not parties & {"Washington", "Nasdaq", "Americans", "Orlik"}


@pytest.mark.parametrize(("text", "lang", "party"), [
    # an authority word with an accent ("Comité", "Département") is no party
    ("Le Comité chargé des sanctions a annoncé que Velmar Shipping avait été retiré de la liste.", "fr",
     "Velmar Shipping"),
    ("Le Département du Trésor a sanctionné Velmar Shipping lundi.", "fr", "Velmar Shipping"),
    # court and rule-making papers are no parties
    ("MEMORANDUM OPINION: granting Velmar Shipping's motion for a preliminary injunction against "
     "the designation.", "en", "Velmar Shipping"),
    ("This IFR adds Velmar Shipping to the Entity List.", "en", "Velmar Shipping"),
    # a place word of a region
    ("OFAC sanctioned Velmar Shipping, a network based in the Arabian Peninsula, on Monday.", "en",
     "Velmar Shipping"),
])
def test_authority_document_and_place_words_are_no_party(text: str, lang: str, party: str) -> None:
    assert {p for _t, p in _events(text, lang)} == {party}


@pytest.mark.parametrize(("text", "lang", "parties"), [
    # the employer in a person's title: the person is the party
    ("Britain froze the assets of five businessmen on Monday, including Kestrel Oil chairman Pavel Orlik.",
     "en", {"Pavel Orlik"}),
    # the name whose entry is acted on, told with "le nom de" / "the name of"
    ("Le Comité a annoncé que le nom de Karim Haddad, ressortissant canadien, avait été retiré de la liste.",
     "fr", {"Karim Haddad"}),
    ("The committee said the name of Karim Haddad, a Canadian national, had been removed from the list.",
     "en", {"Karim Haddad"}),
    # the group the listed are tied to is no party
    ("Le Comité a annoncé que le nom de Karim Haddad, soupçonné d'appartenir au groupe terroriste "
     "Jaysh Nour, avait été retiré de la liste.", "fr", {"Karim Haddad"}),
])
def test_the_person_named_is_the_party(text: str, lang: str, parties: set[str]) -> None:
    assert {p for _t, p in _events(text, lang)} == parties


@pytest.mark.parametrize(("text", "lang"), [
    # a titled speaker whose words tell of a listing to come
    ("Wang Lei, porte-parole du ministère du Commerce, a déclaré : « les entreprises qui cessent "
     "d'approvisionner nos sociétés seront placées sur une liste ».", "fr"),
    ("Les noms de dix membres liés au réseau Jaysh Nour ont été retirés de la liste.", "fr"),
    ("Ten persons affiliated with the Jaysh Nour group were removed from the list on Monday.", "en"),
])
def test_a_speaker_or_a_group_tied_to_is_no_party(text: str, lang: str) -> None:
    assert {p for _t, p in _events(text, lang)} & {"Wang Lei", "Jaysh Nour"} == set()


def test_import_and_export_stay_in_one_name() -> None:
    text = ("On Monday OFAC placed on the SDN List Harbin Machinery Import and Export Corporation "
            "(HMIEC). HMIEC supplied radar parts.")
    assert {p for _t, p in _events(text, "en")} == {"Harbin Machinery Import and Export Corporation (HMIEC)"}


@pytest.mark.parametrize(("text", "lang", "parties"), [
    # a relative named to tell who the party is
    ("Le Tribunal a annulé hier les sanctions prises contre un cousin de Pavel Orlik, Ivan Morozov.",
     "fr", {"Ivan Morozov"}),
    ("The court annulled the sanctions against the nephew of Pavel Orlik, Ivan Morozov.", "en",
     {"Ivan Morozov"}),
    # a name only in the reason for the act: no party named
    ("The State Department imposed sanctions on Russia for the poisoning of opposition figure "
     "Ivan Morozov.", "en", set()),
])
def test_a_relative_or_a_reason_is_no_party(text: str, lang: str, parties: set[str]) -> None:
    assert {p for _t, p in _events(text, lang)} == parties


def test_vessels_after_a_described_count_and_plural_cues() -> None:
    text = ("Les Etats-Unis ont imposé des sanctions pour un commerce avec la Corée du Nord. Les "
            "compagnies maritimes Varnek et Tolmach sont accusées de transferts vers la Corée du Nord. "
            "Le Trésor a inscrit sur sa liste noire quatre navires appartenant à ces sociétés et battant "
            "pavillon russe : le Orion, le Vega, le Lyra et le Castor.")
    parties = {p for _t, p in _events(text, "fr")}
    assert {"Orion", "Vega", "Lyra", "Castor"} <= parties
    assert "Nord" not in parties


def test_licences_related_to_named_companies_keep_the_first() -> None:
    text = ("OFAC has extended the general licenses related to Kestrel Group, Tarsen Metals and "
            "Orvek Holdings to give businesses more time.")
    assert {p for _t, p in _events(text, "en")} == {"Kestrel Group", "Tarsen Metals", "Orvek Holdings"}


def test_the_title_of_an_order_names_no_party() -> None:
    text = ('OFAC issued guidance on Executive Order 14100 ("Imposing Sanctions with Respect to '
            'Additional Sectors of Belarus"). OFAC noted that the wind-down period expires on April 9, 2025.')
    assert _events(text, "en") == []


def test_a_company_inside_a_licence_title_stays_a_party() -> None:
    text = ('On Monday OFAC issued General License 9, "Authorizing Transactions Involving Orvek Petroleum '
            'Company (ORPETCO)", for thirty days.')
    assert {p for _t, p in _events(text, "en")} == {"Orvek Petroleum Company (ORPETCO)"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Wang Lei, a sanctions expert and partner with the law firm Orvek & Lind, said the removal of "
     "the sanctions was expected.", "en"),
    ("La ministre canadienne des Affaires étrangères, Claire Morin, a annoncé lundi que le Canada "
     "allait sanctionner des entreprises.", "fr"),
    ("(1) New Designees: The March Rule also adds twenty-three persons to the Entity List.", "en"),
    ("The State Department designated the group as an FTO on Tuesday.", "en"),
])
def test_speakers_tags_and_headings_are_no_party(text: str, lang: str) -> None:
    parties = {p for _t, p in _events(text, lang)}
    assert parties & {"Wang Lei", "Orvek & Lind", "Claire Morin", "New Designees", "Rule", "March Rule",
                      "FTO"} == set()


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Les États-Unis ont annoncé jeudi des sanctions contre deux hauts responsables du Jaysh Nour, "
     "Karim Haddad et Omar Nassar.", "fr", {"Karim Haddad", "Omar Nassar"}),
    ("Two officials of Kestrel Oil, Karim Haddad and Omar Nassar, were sanctioned on Monday.", "en",
     {"Karim Haddad", "Omar Nassar"}),
    ("The EU has imposed new sanctions on Iran since the death of Leila Farahani.", "en", set()),
])
def test_leaders_of_a_group_and_a_death_told_as_cause(text: str, lang: str, parties: set[str]) -> None:
    assert {p for _t, p in _events(text, lang)} == parties


def test_a_mixed_case_acronym_joins_its_full_name() -> None:
    text = ('On Monday OFAC issued General License 9, "Authorizing Transactions Involving Orvek de '
            'Petróleo, S.A. (OdPSA)". OdPSA may keep exporting.')
    assert {p for _t, p in _events(text, "en")} == {"Orvek de Petróleo, S.A"}
