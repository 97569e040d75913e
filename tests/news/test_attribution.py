"""Who an event is about, in sentences written for this test: lists of named parties
introduced by "are" / "include", and deadline wording of licences."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str = "en", published: str = "2021-07-20") -> set[tuple[str, str]]:
    res = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"]) for e in res["events"]}


def test_counted_parties_named_by_an_are_list() -> None:
    text = ("Markets rose. The Commerce Department on Friday added six entities to the Entity List. "
            "The six entities are the Ardent, Borvik Labs, Celadon, Dorrin and Estra.")
    got = {n for t, n in _events(text) if t == "designation"}
    assert {"Ardent", "Borvik Labs", "Celadon", "Dorrin", "Estra"} <= got


def test_are_list_needs_names_right_after_the_verb() -> None:
    text = ("Le département a placé mercredi 24 entreprises sur la liste noire. Les entités "
            "sanctionnées sont en grande partie des entreprises de dragage, dont la Ceinture et la Route.")
    assert not {n for t, n in _events(text, "fr") if n in ("Route", "Ceinture")}


def test_permitted_until_is_a_deadline() -> None:
    text = ("Markets rose. OFAC issued a general license for Kestrel Shipping Ltd on Friday. "
            "Payments to Kestrel Shipping Ltd are permitted until February 14, 2024.")
    res = extract_article(text, published="2023-11-20", language="en")
    assert ("deadline", "2024-02-14") in {(e["type"], e["date"]) for e in res["events"]}


def test_a_possessor_in_a_bulleted_list_is_no_party() -> None:
    text = ("Over 1,000 individuals and entities sanctioned\n\n"
            "  • after today the UK will have designated over 1,000 individuals and entities\n"
            "  • today’s designations also include Putin’s key political allies and Kremlin-backed "
            "agencies\n")
    res = extract_article(text, published="2022-03-15", language="en")
    assert not [e for e in res["events"] if e["entity"] == "Putin"], res["events"]


def _pairs(text: str) -> set[tuple[str, str]]:
    return _events("Markets rose. " + text, published="2024-11-16")


def test_official_release_wording() -> None:
    assert ("designation", "Parsian Trading Co") in _pairs(
        "As a result of today’s action, all property and interests in property of Parsian Trading "
        "Co. that are in the United States are blocked.")
    assert ("designation", "Concord Logistics") in _pairs(
        "The Council today decided to impose restrictive measures on an additional 12 individuals "
        "and 3 entities, including the Wagner-linked company Concord Logistics.")
    got = _pairs("OFAC issued General License 8L authorizing energy-related transactions with "
                 "Sberbank until March 12, 2025.")
    assert got == {("license", "Sberbank"), ("deadline", "Sberbank")}


def test_descriptions_and_documents_are_no_parties() -> None:
    assert _pairs("The EU General Court on Wednesday annulled the sanctions imposed on Violetta "
                  "Prigozhina, the mother of Wagner founder Yevgeny Prigozhin.") == {
        ("vacatur", "Violetta Prigozhina")}
    assert _pairs("A federal appeals court on Friday upheld the ban on TikTok, rejecting the "
                  "company's First Amendment challenge.") == {("ruling", "TikTok")}


def test_an_acronym_is_the_name_it_abbreviates() -> None:
    text = ("Markets rose. Washington imposed sanctions on Petroleos de Oriente S.A. on Monday. "
            "The Treasury added PDOSA, as the company is known, to its list.")
    res = extract_article(text, published="2019-01-29", language="en")
    assert {e["entity"] for e in res["events"]} == {"Petroleos de Oriente S.A"}


def test_named_parties_after_among_them_and_include() -> None:
    got = _pairs("The UK on Tuesday sanctioned 14 people, among them Ivan Petrov, Oleg Sidorov and "
                 "Anna Volkova.")
    assert got == {("designation", "Ivan Petrov"), ("designation", "Oleg Sidorov"),
                   ("designation", "Anna Volkova")}
    got = _pairs("The entities added on Tuesday include Arkon Trade, Belmar Shipping, Corvin "
                 "Logistics and Dastan Oil.")
    assert {n for _t, n in got} == {"Arkon Trade", "Belmar Shipping", "Corvin Logistics", "Dastan Oil"}


def test_a_countrys_words_are_no_person() -> None:
    got = _pairs("On Friday, BIS announced the addition of 77 foreign entities, including 59 in the "
                 "People’s Republic of China, to the Entity List.")
    assert not got


def test_main_party_fallback_needs_the_party_alone_or_an_anaphor() -> None:
    # the nearest naming sentence names the main party alone: "the designation" is its
    alone = ("Halvard Robotics sued the Pentagon in March. Halvard Robotics said the listing "
             "was wrong. Halvard Robotics won. On May 3, a judge halted the designation.")
    assert ("injunction", "Halvard Robotics") in _events(alone)
    # after a sentence naming several parties, a nameless "the designation" is nobody's
    several = ("Halvard Robotics sued the Pentagon in March. Halvard Robotics said the listing "
               "was wrong. Halvard Robotics, Orvane and Tesk were named in a report. On May 3, "
               "a judge halted the designation.")
    assert not {e for e in _events(several) if e[0] == "injunction"}
    # an anaphor ("the Shenzhen-based company", "le fabricant") still points back
    ana = ("Orvane and Tesk were named in a report. Halvard Robotics sued the Pentagon. "
           "On May 3, a judge halted the designation of the Shenzhen-based company.")
    assert ("injunction", "Halvard Robotics") in _events(ana)
    fr = ("Halvard Robotics et Tesk figurent dans un rapport. Le 3 mai, le juge a suspendu "
          "l'inscription du fabricant.")
    assert ("injunction", "Halvard Robotics") in _events(fr, "fr", "2021-05-05")


def test_same_day_action_without_party_dates_the_list_that_follows() -> None:
    text = ("On November 16, 2023, OFAC designated 3 companies for shipping oil above the cap. "
            "On the same day, OFAC issued General License 77 to authorize wind-down transactions. "
            "GL 77 authorizes transactions involving the following blocked persons:\n"
            "• Kestrel Shipping Incorporated;\n• Borvik Navigation Limited.")
    res = extract_article(text, published=None, language="en")
    lic = {e["entity"]: e["date"] for e in res["events"] if e["type"] == "license"}
    assert lic.get("Kestrel Shipping Incorporated") == "2023-11-16"


def test_giving_until_is_a_deadline_and_now_subject_to_sanctions_a_listing() -> None:
    text = ("Markets rose. OFAC on Friday designated Kestrel Oil, giving investors until March 29, "
            "2024 to divest. Borvik Metals is now subject to UK sanctions.")
    got = _events(text, published="2024-02-10")
    assert ("deadline", "Kestrel Oil") in got
    assert ("designation", "Borvik Metals") in got


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "On Monday, the Treasury designated IVANOV, Sergei Borisovich, a Russian national.",
     {"IVANOV, Sergei Borisovich"}),
    ("en", "Japan froze the assets of Rosneft chief Igor Sechin on Tuesday.", {"Igor Sechin"}),
    ("fr", "Le Japon a gelé mardi les avoirs de Sergueï Lavrov et de Vladimir Poutine.",
     {"Sergueï Lavrov", "Vladimir Poutine"}),
    ("fr", "Washington a placé jeudi Hikvision et Dahua sur sa liste noire.", {"Hikvision", "Dahua"}),
    ("fr", "L'UE a inscrit lundi le groupe Wagner et son fondateur Evgueni Prigojine sur sa liste de sanctions.",
     {"Wagner", "Evgueni Prigojine"}),
])
def test_designees_of_every_shape(lang: str, text: str, want: set[str]) -> None:
    got = {n for t, n in _events(text, lang, "2024-03-07") if t == "designation"}
    assert got == want


def test_states_are_parties_only_of_a_list_of_states() -> None:
    text = ("Washington removed Sudan from the list of state sponsors of terrorism on Monday. "
            "Sudan had been on the list since 1993.")
    assert ("removal", "Sudan") in _events(text, published="2020-12-15")
    fr = ("Le Soudan est sorti lundi de la liste américaine des pays finançant le terrorisme. "
          "Le pays y figurait depuis 1993.")
    assert ("removal", "Soudan") in _events(fr, "fr", "2020-12-15")
    # anywhere else a country is a place: "sanctions on Russia" name no party
    assert _events("The EU imposed new sanctions on Russia on Monday.", published="2024-02-20") == set()


@pytest.mark.parametrize(("lang", "text", "want", "authority", "lst"), [
    ("en", "OFAC designated Velmora Electronics, a Hong Kong-based distributor, and its owner, Chen Wei, "
     "on Tuesday.", {"Velmora Electronics", "Chen Wei"}, "US Treasury (OFAC)", "SDN"),
    ("en", "China's Ministry of Commerce added Borvik Metals to its Unreliable Entity List on Tuesday.",
     {"Borvik Metals"}, "China MOFCOM", "Unreliable Entity List"),
    ("fr", "Le ministère chinois du Commerce a inscrit mardi Borvik Metals sur sa liste des entités non fiables.",
     {"Borvik Metals"}, "China MOFCOM", "Unreliable Entity List"),
    ("fr", "Le Trésor britannique a gelé mardi les avoirs de Borvik Metals et de ses filiales Borvik Trading "
     "et Borvik Shipping.", {"Borvik Metals", "Borvik Trading", "Borvik Shipping"}, "UK Treasury (OFSI)", None),
    ("fr", "Ottawa a sanctionné mardi Borvik Metals, un producteur d'aluminium, ainsi que son président, "
     "Ivan Petrov.", {"Borvik Metals", "Ivan Petrov"}, None, None),
    ("en", "Global Affairs Canada added Borvik Metals to Schedule 1 of the Special Economic Measures "
     "(Russia) Regulations on Tuesday.", {"Borvik Metals"}, None, None),
    ("en", "The Council of the EU listed Borvik Metals on Tuesday under its Belarus sanctions regime.",
     {"Borvik Metals"}, "Council of the European Union", None),
])
def test_parties_authorities_and_lists_normalised(lang: str, text: str, want: set[str],
                                                  authority: str | None, lst: str | None) -> None:
    res = extract_article(text, published="2024-03-07", language=lang)
    got = [e for e in res["events"] if e["type"] == "designation"]
    assert {e["entity"] for e in got} == want
    assert all(e["authority"] == authority and e["list"] == lst for e in got)


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("fr", "Washington a sanctionné mardi le groupe «Rosoboronexport».", {"Rosoboronexport"}),
    ("en", "Treasury designated Hassan al-Turabi and Mohammed bin Rashid on Tuesday.",
     {"Hassan al-Turabi", "Mohammed bin Rashid"}),
    ("en", "OFAC sanctioned John D. Harmon, a U.S. citizen, on Tuesday.", {"John D. Harmon"}),
    ("en", "Commerce added 3D Systems Asia and 4Paradigm to the Entity List on Tuesday.",
     {"3D Systems Asia", "4Paradigm"}),
    ("en", "OFAC designated OOO Vektor and AO Kronshtadt on Tuesday.", {"OOO Vektor", "AO Kronshtadt"}),
])
def test_names_of_other_shapes(lang: str, text: str, want: set[str]) -> None:
    assert {n for t, n in _events(text, lang, "2024-03-07") if t == "designation"} == want


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "Markets fell. OFAC on Tuesday designated four entities. They are Alder Trading, a Hong Kong-based "
     "company that supplied parts; Birch Marine, which operated two tankers; Cedar Logistics; and Dune "
     "Holdings.", {"Alder Trading", "Birch Marine", "Cedar Logistics", "Dune Holdings"}),
    ("fr", "Les marchés ont reculé. Le Trésor a sanctionné mardi trois entreprises. Il s'agit d'Alder "
     "Trading, de Birch Marine et de Cedar Logistics.", {"Alder Trading", "Birch Marine", "Cedar Logistics"}),
    ("fr", "Les marchés ont reculé. L'UE a adopté mardi de nouvelles sanctions. Sont visées : Alder Trading, "
     "Birch Marine et Cedar Logistics.", {"Alder Trading", "Birch Marine", "Cedar Logistics"}),
])
def test_lists_of_designees_in_release_wording(lang: str, text: str, want: set[str]) -> None:
    assert {n for t, n in _events(text, lang, "2024-03-07") if t == "designation"} == want


def test_names_coordinated_with_a_persons_shaped_object() -> None:
    text = "Le ministère chinois du Commerce a inscrit mardi Lockheed Martin et Raytheon sur sa liste des entités non fiables."
    assert {n for t, n in _events(text, "fr", "2024-03-07") if t == "designation"} == {"Lockheed Martin", "Raytheon"}


def test_a_plural_anaphor_with_a_name_word_takes_the_companies_so_named() -> None:
    text = ("OFAC designated Harbor Dalian Shipping and Pearl Dalian Marine in September. Shares of "
            "Orvane fell. Treasury issued a general license allowing U.S. persons to wind down dealings "
            "with the Dalian companies until Dec. 20.")
    got = {n for t, n in _events(text, published="2019-10-01") if t == "license"}
    assert got == {"Harbor Dalian Shipping", "Pearl Dalian Marine"}


@pytest.mark.parametrize(("lang", "text", "want"), [
    # a second party named with its title after a possessive ("et de son ministre des
    # Affaires étrangères Y", "et de son associé Y", "its Deputy Secretary General Y")
    ("fr", "Le gouvernement a annoncé vendredi avoir gelé les avoirs du président Boris Velkov et de son "
     "ministre des Affaires étrangères Pavel Dorin.", {"Boris Velkov", "Pavel Dorin"}),
    ("fr", "Le tribunal a annulé mardi les inscriptions du milliardaire Oleg Sarnov et de son partenaire "
     "commercial Ivan Kelm.", {"Oleg Sarnov", "Ivan Kelm"}),
    ("en", "On Wednesday the Treasury designated Harakat Secretary General Salim Darwani, its Deputy "
     "Secretary General Nabil Qarsh and four other individuals.", {"Salim Darwani", "Nabil Qarsh"}),
    # an item after an apposition with no article, or after a note in parentheses
    ("fr", "Sont également visés par cette mesure, Denis Arkanov, chef militaire dans la région du Donbass "
     "et Pavel Treshin, directeur général du groupe.", {"Denis Arkanov", "Pavel Treshin"}),
    ("fr", "Cinq hommes d'affaires, Kirill Sedov (pétrochimie), décrit comme un proche du pouvoir, Iouri "
     "Lanin (aéronautique), Piotr Gavrin (banque) et Elena Marova (banque) sont ajoutés à la liste des "
     "sanctions.", {"Kirill Sedov", "Iouri Lanin", "Piotr Gavrin", "Elena Marova"}),
    # a companion of the list: "along with President Y"
    ("en", "Former club owner Roman Sarkin and businessman Mikhail Dorov are among those sanctioned this year, "
     "along with President Viktor Lanov, his family and military commanders.",
     {"Roman Sarkin", "Mikhail Dorov", "Viktor Lanov"}),
])
def test_coordinated_parties_with_titles_notes_and_appositions(lang: str, text: str, want: set[str]) -> None:
    assert {n for t, n in _events(text, lang, "2022-03-04") if t in ("designation", "vacatur")} == want


@pytest.mark.parametrize(("lang", "text", "want"), [
    # a relation before the name is no title: the stepdaughter is listed, not her stepfather
    ("en", "The UK imposed sanctions on Friday on a paramilitary group and the stepdaughter of Sergei "
     "Marov, the foreign minister.", set()),
    # the list the party leaves is no description of a name
    ("fr", "Le Trésor a annoncé le retrait des deux sociétés, ainsi que du producteur Delta Energo, de sa "
     "liste des sanctions, l'oligarque Oleg Varin ayant accepté de réduire sa participation.",
     {"Delta Energo"}),
])
def test_relations_and_complements_are_no_list_items(lang: str, text: str, want: set[str]) -> None:
    assert {n for t, n in _events(text, lang, "2022-03-04") if t in ("designation", "removal")} == want


@pytest.mark.parametrize(("text", "want"), [
    # the groups counted parties are linked to are no parties
    ("The Security Council voted on Monday to impose sanctions against eight individuals and businesses "
     "linked to Harakat Nour and Jund Qarsh.", set()),
    # the bank a designee governs is named for his title
    ("On Tuesday, the Treasury named Vali Sarem, the governor of the Central Bank of Ardania, as a "
     "\"specially designated global terrorist\".", {"Vali Sarem"}),
])
def test_what_a_designee_is_linked_to_or_governs_is_no_party(text: str, want: set[str]) -> None:
    assert {n for t, n in _events(text, "en", "2022-03-04") if t == "designation"} == want


@pytest.mark.parametrize(("text", "want"), [
    # the objects of the verb told with descriptions, semicolons between
    ("Those newly-sanctioned by the UK on Thursday include Roman Varkin, owner of Dorset Football Club, "
     "worth more than £9 billion; industrialist Oleg Darin worth £2 billion.", {"Roman Varkin", "Oleg Darin"}),
    ("Those hit by the new sanctions on Thursday are Andrei Kostov, Chairman of Borova bank; Alexei Marin, "
     "CEO of energy company Gastrel; and Nikolai Tarev, president of the state-owned pipeline company "
     "Transpol.", {"Andrei Kostov", "Alexei Marin", "Nikolai Tarev"}),
    # another name of the same party is no second party
    ("The Treasury on Monday announced sanctions on Petrolera Sureña Group, also identified by the acronym "
     "PSG, during a briefing.", {"Petrolera Sureña Group"}),
])
def test_objects_told_with_descriptions(text: str, want: set[str]) -> None:
    assert {n for t, n in _events(text, "en", "2022-03-10") if t == "designation"} == want


def test_the_person_of_a_name_is_that_person() -> None:
    text = ("Le Trésor a introduit lundi des sanctions à l’encontre des sociétés Kosmar Trade et Sovtel "
            "Komp, ainsi que contre la personne d’Ilias Sarbinov.")
    assert {n for t, n in _events(text, "fr", "2020-12-21") if t == "designation"} == {
        "Kosmar Trade", "Sovtel Komp", "Ilias Sarbinov"}


def test_an_organisation_named_after_a_person_is_no_person() -> None:
    text = ("Washington a décrété lundi des sanctions contre 13 individus et six entités, dont le club de "
            "football Akhmad Velgrad évoluant en première division et le fonds Ruslan Dovarov.")
    assert {n for t, n in _events(text, "fr", "2020-12-14") if t == "designation"} == {
        "Akhmad Velgrad", "Ruslan Dovarov"}
