"""Which of a sentence's names an event is about, read from the sentence's structure: the
object of the listing verb, not the subject who acts elsewhere; not a name inside a
relative clause or an apposition about the party; not a speaker, an owner or a market
index. Each probe is a sentence written for the purpose, in both languages, and the
written ``structure`` set (gold written before any rule was changed for it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.news import extract_article
from listwatch.news.sentences import split_sentences

from .written import scored

ARTICLES = Path(__file__).parent / "articles" / "structure"


def _events(text: str, published: str = "2024-05-02") -> set[tuple[str, str, str | None]]:
    return {(e["type"], e["entity"], e["date"]) for e in extract_article(text, published=published)["events"]}


def _parties(text: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    return {(t, n) for t, n, _d in _events(text, published)}


@pytest.mark.parametrize(("text", "party", "date"), [
    ("Brenner Freight said on Thursday it had stopped shipping for Tolvay Marine, two days after the "
     "U.S. Treasury sanctioned the Panama-registered operator.", "Tolvay Marine", "2024-04-30"),
    ("Stocks of Ferrox Mining dropped on Thursday, a day after the Commerce Department added the "
     "copper producer to the Entity List.", "Ferrox Mining", "2024-05-01"),
    ("Le distributeur Maréchal Frères a annoncé jeudi la rupture de ses liens avec Kovar Logistics, "
     "deux jours après l'inscription du transporteur russe sur la liste SDN.", "Kovar Logistics", "2024-04-30"),
])
def test_described_object_is_the_party_not_the_subject(text: str, party: str, date: str) -> None:
    """The listing verb's object is a description ("the Panama-registered operator"): the
    company it describes, named before it, is the party; the subject who acts in the main
    clause is not, and the offset counts back from the main clause's day."""
    assert _events(text, "2024-05-03") == {("designation", party, date)}


@pytest.mark.parametrize("text", [
    "Le négociant Borel Agri rompt avec un partenaire sanctionné.",
    "Grainland Foods drops a blacklisted supplier.",
])
def test_participle_on_an_unnamed_noun(text: str) -> None:
    assert _parties(text) == set()


@pytest.mark.parametrize(("text", "party", "bystander"), [
    ("The Treasury on Monday designated Ostrava Avionics, which sells gyroscopes to Kalinin Aero, "
     "for supplying Russian drone makers.", "Ostrava Avionics", "Kalinin Aero"),
    ("Le Trésor a sanctionné lundi la société Ostrava Avionics, qui vend des gyroscopes au motoriste "
     "Kalinin Aero.", "Ostrava Avionics", "Kalinin Aero"),
    ("London sanctioned Sahel Gold Trading, a refiner that it said paid Wagner Group commanders, "
     "on Monday.", "Sahel Gold Trading", "Wagner Group"),
])
def test_name_in_a_relative_clause_is_no_party(text: str, party: str, bystander: str) -> None:
    got = _parties(text)
    assert ("designation", party) in got
    assert all(n != bystander for _t, n in got)


@pytest.mark.parametrize("text", [
    "Ostrava Avionics, filiale du conglomérat Darnel Holding, a été sanctionnée en mars 2023.",
    "Ostrava Avionics, unit of conglomerate Darnel Holding, was sanctioned in March 2023.",
])
def test_apposition_without_article_names_the_parent_only(text: str) -> None:
    assert _parties(text) == {("designation", "Ostrava Avionics")}


def test_past_listing_with_its_own_date_is_a_second_event() -> None:
    """"avait déjà été sanctionnée … en mars 2023" beside today's listing: two events."""
    text = ("Le Conseil de l'UE a inscrit mardi sur sa liste de sanctions la société Ostrava Avionics. "
            "Ostrava Avionics avait déjà été sanctionnée par le Royaume-Uni en mars 2023.")
    got = _events(text, "2024-05-02")
    assert ("designation", "Ostrava Avionics", "2024-04-30") in got
    assert ("designation", "Ostrava Avionics", "2023-03") in got


def test_quote_after_a_stop_is_its_own_sentence() -> None:
    text = "La société a été sanctionnée en 2023. « Nous ferons appel », a déclaré Ivan Petrov."
    assert [s.text[:3] for s in split_sentences(text, "fr")] == ["La ", "« N"]


@pytest.mark.parametrize(("text", "party", "date"), [
    ("Its former supplier, Halberd Alloys, which was removed on March 4, is no longer part of the SDN "
     "case.", "Halberd Alloys", "2024-03-04"),
    ("Son ancien fournisseur, Halberd Alloys, qui a été retiré le 4 mars, n'est plus concerné par la "
     "liste SDN.", "Halberd Alloys", "2024-03-04"),
])
def test_removal_in_a_relative_clause_without_from(text: str, party: str, date: str) -> None:
    assert _events(text) == {("removal", party, date)}


def test_removal_in_a_relative_clause_needs_a_list_in_the_article() -> None:
    text = "Its chief executive, Paul Halberd, who was removed on March 4, has left the country."
    assert _parties(text) == set()


@pytest.mark.parametrize(("text", "date"), [
    ("Le Trésor américain a retiré ce jour la société Halberd Alloys de la liste SDN.", "2024-05-02"),
    ("Halberd Alloys a été radiée en ce jour de la liste SDN par le Trésor américain.", "2024-05-02"),
])
def test_ce_jour_is_the_publication_day(text: str, date: str) -> None:
    assert _events(text) == {("removal", "Halberd Alloys", date)}


def test_a_ce_jour_is_no_date() -> None:
    text = "À ce jour, le Trésor a retiré la société Halberd Alloys de la liste SDN."
    assert _events(text) == {("removal", "Halberd Alloys", None)}


def test_offset_from_a_challenge_counts_back() -> None:
    """"retirée ce jour, trois mois après avoir déposé un recours": the challenge came
    three months before the removal, never after it."""
    text = ("La société Halberd Alloys a obtenu ce jour son retrait de la liste SDN, trois mois après "
            "avoir déposé un recours devant un tribunal fédéral.")
    assert _events(text, "2024-06-12") == {("removal", "Halberd Alloys", "2024-06-12"),
                                           ("legal_challenge", "Halberd Alloys", "2024-03")}


@pytest.mark.parametrize("text", [
    "Shares of Ferrox Mining fell after the Treasury sanctioned the miner on Monday. The Hang Seng Index lost 2%.",
    "Les titres de Ferrox Mining ont chuté après l'inscription du groupe sur la liste SDN lundi. "
    "L'indice Hang Seng a perdu 2 %.",
])
def test_market_index_is_no_party(text: str) -> None:
    got = _parties(text)
    assert got == {("designation", "Ferrox Mining")}


@pytest.mark.parametrize(("text", "party"), [
    ("The Commerce Department added Quillon Sensors to the Entity List on Monday. The agency said "
     "the firm tarvik optics, a lens supplier, was added as well.", "Tarvik Optics"),
    ("The Treasury on Monday also sanctioned the firm ocean glory shipping ltd, a tanker operator.",
     "ocean glory shipping ltd"),
    ("Le Trésor a sanctionné lundi la société nordvik trading, basée à Dubaï.", "nordvik trading"),
])
def test_lower_case_company_names(text: str, party: str) -> None:
    if party == "Tarvik Optics":
        text += " Tarvik Optics did not comment."
    assert ("designation", party) in _parties(text)


def test_lower_case_common_words_are_no_name() -> None:
    text = ("Global Trading, a broker, was sanctioned on Monday. Analysts said global trading volumes "
            "were unaffected.")
    res = extract_article(text, published="2024-05-02")
    assert [m["name"] for m in res["mentions"]] == ["Global Trading"]
    assert all(a == "Global Trading" for m in res["mentions"] for a in [m["name"]])
    assert not any(m.get("aliases") for m in res["mentions"])


def test_shares_of_is_no_part_of_the_name() -> None:
    res = extract_article("Shares of Ferrox Mining fell on Monday.", published="2024-05-02")
    assert [m["name"] for m in res["mentions"]] == ["Ferrox Mining"]


@pytest.mark.parametrize("text", [
    "Kestrel Freight posted higher profits. The Treasury on Tuesday sanctioned several groups accused of "
    "helping Iran.",
    "Kestrel Freight a publié ses résultats. Le Trésor a sanctionné mardi plusieurs groupes accusés "
    "d'aider l'Iran.",
])
def test_several_groups_are_counted_not_the_last_name(text: str) -> None:
    assert _parties(text) == set()


def test_several_groups_named_next() -> None:
    text = ("Le Trésor américain a inscrit mardi plusieurs groupes chinois sur la liste SDN. Il s'agit "
            "d'Orvex Trading et de Delta Nine Shipping.")
    assert _parties(text, "2025-01-22") == {("designation", "Orvex Trading"),
                                             ("designation", "Delta Nine Shipping")}


def test_structure_set() -> None:
    """Ten articles of these structures, gold written first: scored untouched at P 0.64 /
    R 0.73 (bench/NOTES.md); the floors sit under what the rules reach now."""
    t = scored(ARTICLES)["all"]
    assert t.precision >= 0.9 and t.recall >= 0.75, t.errors


@pytest.mark.parametrize(("text", "party"), [
    ("Brenner Freight said on Tuesday that Tolvay Marine, its largest client, had been added to the "
     "Entity List.", "Tolvay Marine"),
    ("Le groupe Brenner a indiqué mardi que son client Tolvay Marine avait été inscrit sur la liste des "
     "entités.", "Tolvay Marine"),
    ("Le Trésor a sanctionné mardi Tolvay Marine, mais a épargné sa maison mère Brenner Holding.",
     "Tolvay Marine"),
    ("The Treasury sanctioned Tolvay Marine on Tuesday but spared its parent, Brenner Holding.",
     "Tolvay Marine"),
    ("Brenner Holding's Cyprus unit, Tolvay Marine, was sanctioned on Tuesday.", "Tolvay Marine"),
    ("Contrairement à Brenner Freight, Tolvay Marine a été sanctionné mardi.", "Tolvay Marine"),
    ("Unlike Brenner Freight, Tolvay Marine was sanctioned on Tuesday.", "Tolvay Marine"),
    ("Tolvay Marine, which charters ships to Brenner Freight, was sanctioned on Tuesday, the Treasury said.",
     "Tolvay Marine"),
    ("Brenner Freight dropped Tolvay Marine as a partner after the Treasury sanctioned it on Tuesday.",
     "Tolvay Marine"),
    ("The Treasury removed Tolvay Marine, whose owner Brenner Holding remains sanctioned, from the SDN "
     "list on Tuesday.", "Tolvay Marine"),
    ("OFAC on Tuesday removed Tolvay Marine Ltd and Kessel Energy, companies in which Brenner Holding "
     "holds a stake, from the SDN list.", "Tolvay Marine Ltd"),
    ("Tolvay Marine, filiale de Brenner Holding, a été sanctionnée mardi.", "Tolvay Marine"),
])
def test_bystanders_by_structure(text: str, party: str) -> None:
    """A speaker of a reported clause, a parent spared in a "but" clause, an owner, a name
    compared with ("unlike X"), a name in a relative clause before the trigger, and the
    referent of "it" after "after ... sanctioned it": only the party keeps the event."""
    got = _parties(text)
    assert ("designation" if "removed" not in text else "removal", party) in got
    assert not any("Brenner" in n for _t, n in got), got


def test_a_company_officer_named_after_the_title_is_a_party() -> None:
    """"Le président d'X, Y, a été sanctionné": Y is the company's officer (a party), not an
    official who acts; the company is named for his role."""
    text = "Le président d'Orvex Trading, Pavel Ostrov, a été sanctionné mardi."
    assert _parties(text) == {("designation", "Pavel Ostrov")}


def test_name_after_an_elided_article() -> None:
    text = "Le Trésor a annoncé mardi l'inscription d'Orvex Trading sur la liste SDN."
    assert _parties(text) == {("designation", "Orvex Trading")}


def test_the_party_itself_speaking_keeps_its_event() -> None:
    text = "Tolvay Marine said on Tuesday that it had been added to the Entity List."
    assert _parties(text) == {("designation", "Tolvay Marine")}


@pytest.mark.parametrize(("text", "events"), [
    ("Halberd Alloys sued the Treasury two months after its designation in January 2024.",
     {("legal_challenge", "Halberd Alloys", "2024-03"), ("designation", "Halberd Alloys", "2024-01")}),
    ("Halberd Alloys a saisi la justice trois mois après son inscription sur la liste SDN en janvier 2024.",
     {("legal_challenge", "Halberd Alloys", "2024-04"), ("designation", "Halberd Alloys", "2024-01")}),
    ("Halberd Alloys a saisi la justice en avril 2024, trois mois après son inscription sur la liste SDN.",
     {("legal_challenge", "Halberd Alloys", "2024-04"), ("designation", "Halberd Alloys", "2024-01")}),
])
def test_a_date_inside_the_offset_belongs_to_the_named_event(
        text: str, events: set[tuple[str, str, str]]) -> None:
    """"… two months after its designation in January 2024": January is the designation's;
    the lawsuit is counted on from it, never given January."""
    assert _events(text, "2024-06-12") == events


def test_an_earlier_event_dates_the_offset_forward() -> None:
    text = ("Halberd Chimie a déposé un recours en mars 2024. Trois mois après avoir déposé son recours, "
            "la société a obtenu son retrait de la liste SDN.")
    assert _events(text, "2024-06-12") == {("legal_challenge", "Halberd Chimie", "2024-03"),
                                           ("removal", "Halberd Chimie", "2024-06")}


def test_a_company_with_a_trade_word_is_no_person() -> None:
    """"Valtek Chimie" is a company: "elle" in the next sentence points back to it."""
    text = "Valtek Chimie a déposé un recours en mars 2024. Elle a été retirée de la liste SDN le 4 juin."
    assert ("removal", "Valtek Chimie", "2024-06-04") in _events(text, "2024-06-12")


@pytest.mark.parametrize(("text", "party"), [
    ("The General Court on Wednesday rejected Nikita Varov's bid to annul his listing as a shareholder "
     "of Uralkem Group.", "Nikita Varov"),
    ("A judge on Friday rejected Tolvay Marine's bid to block its designation, a ruling welcomed by "
     "Brenner Freight.", "Tolvay Marine"),
])
def test_rejected_bid_is_about_the_bidder(text: str, party: str) -> None:
    assert _parties(text) == {("ruling", party)}


def test_remains_sanctioned_is_a_state() -> None:
    text = "Halberd Alloys remains sanctioned, the Treasury said on Monday."
    assert _parties(text) == set()


@pytest.mark.parametrize(("text", "party"), [
    ("Le Trésor américain a sanctionné mardi le négociant Tolvay Marine, dont le principal client est le "
     "groupe Brenner Freight.", "Tolvay Marine"),
    ("L'Union européenne a inscrit mardi Tolvay Marine sur sa liste de sanctions, a annoncé le ministre "
     "Paul Brenner.", "Tolvay Marine"),
    ("La filiale de Brenner Holding à Chypre, Tolvay Marine, a été sanctionnée mardi.", "Tolvay Marine"),
    ("La société Brenner Freight a indiqué mardi avoir cessé de travailler avec Tolvay Marine, sanctionné "
     "lundi par le Trésor.", "Tolvay Marine"),
    ("Brenner Freight stopped working with Tolvay Marine, sanctioned on Monday by the Treasury.",
     "Tolvay Marine"),
    ("Sanctionné lundi par le Trésor, Tolvay Marine a annoncé qu'il contesterait la décision, selon "
     "Brenner Freight.", "Tolvay Marine"),
    ("Britain on Monday sanctioned Tolvay Marine, a Cyprus-based shipper that it said moved oil for "
     "Brenner Freight, and its owner, Ivan Sorel.", "Tolvay Marine"),
])
def test_bystanders_in_french_and_long_appositions(text: str, party: str) -> None:
    """"dont le client est X", an attribution after the quote ("a annoncé le ministre X"),
    the owner of a part named in apposition, a participle in apposition ("X, sanctionné
    lundi"), a participle opening the sentence, and the objects' list stepping over a long
    apposition that names another party."""
    got = _parties(text)
    assert ("designation", party) in got
    assert not any("Brenner" in n for _t, n in got), got


def test_objects_list_goes_on_after_a_long_apposition() -> None:
    text = ("Britain on Monday sanctioned Tolvay Marine, a Cyprus-based shipper that it said moved oil for "
            "Brenner Freight, and its owner, Ivan Sorel.")
    assert ("designation", "Ivan Sorel") in _parties(text)


def test_a_court_decision_contested_by_another_party() -> None:
    text = ("Le Tribunal de l'UE a annulé mercredi l'inscription de Tolvay Marine, une décision que conteste "
            "la société Brenner Freight.")
    assert _parties(text) == {("vacatur", "Tolvay Marine")}


@pytest.mark.parametrize("text", [
    "Dalvik Bank was added to the EU sanctions list in June 2023 and filed its action in September of that year.",
    "Dalvik Bank brought an action before the General Court in September 2023.",
])
def test_actions_before_the_court(text: str) -> None:
    assert ("legal_challenge", "Dalvik Bank", "2023-09") in _events(text, "2025-09-25")


def test_an_application_for_a_licence_is_no_challenge() -> None:
    assert _parties("Dalvik Bank lodged an application for a licence in May.", "2025-09-25") == set()


def test_who_has_ties_to_is_a_clause_about_the_party() -> None:
    text = "The Treasury on Monday sanctioned Oleg Varkin, who has ties to Brenner Holding."
    assert _parties(text) == {("designation", "Oleg Varkin")}


def test_a_trigger_in_a_clause_on_the_name_keeps_it() -> None:
    """The name sits inside an earlier relative clause, but the trigger is in a clause that
    hangs on it ("… which sponsored the team that dropped X, who was also sanctioned")."""
    text = ("Varkin owns the miner Kessel Potash, which sponsored a racing team until the team dropped Ivan "
            "Varkin, who was one of its drivers and was also put under EU sanctions.")
    assert ("designation", "Ivan Varkin") in _parties(text)


def test_a_relative_clause_ends_at_a_colon() -> None:
    text = ("Among the entities added to the Entity List, two companies that are particularly notable: the "
            "chipmaker Qiantang Microdevices and the drone maker Skyreach Robotics.")
    got = _parties(text)
    assert {("designation", "Qiantang Microdevices"), ("designation", "Skyreach Robotics")} <= got


@pytest.mark.parametrize(("text", "parties"), [
    ("The Treasury on Tuesday designated Tolvay Marine, controlled by businessman Paul Brenner, and Kessel "
     "Energy.", {"Tolvay Marine", "Kessel Energy"}),
    ("Tolvay Marine, a Brenner Holding affiliate, was added to the Entity List on Tuesday.", {"Tolvay Marine"}),
    ("Shares in Brenner Freight fell on Tuesday after the Treasury sanctioned its main supplier, Tolvay "
     "Marine.", {"Tolvay Marine"}),
    ("The court annulled the listing of another lender, Minsk Credit Union, in a separate case last year.",
     {"Minsk Credit Union"}),
])
def test_objects_around_descriptions(text: str, parties: set[str]) -> None:
    """A participle apposition inside the objects' list, a name qualifying a noun ("a Brenner
    Holding affiliate"), a description naming the object after a comma ("its main supplier,
    X"), a cue noun in apposition before a name ("another lender, X")."""
    assert {n for _t, n in _parties(text)} == parties


def test_a_name_ending_in_trading_before_a_weekday_keeps_the_date() -> None:
    text = "The EU sanctioned Orvex Trading on Tuesday after an investigation found it had shipped drones."
    assert _events(text) == {("designation", "Orvex Trading", "2024-04-30")}


@pytest.mark.parametrize("text", [
    "OFAC on Tuesday designated Tolvay Marine, a UAE-based company that supplied Brenner Aero; Kessel "
    "Energy, a Chinese firm; and Ivan Sorel, its director.",
    "Le Trésor a sanctionné mardi Tolvay Marine, une société émiratie qui fournissait Brenner Aero ; Kessel "
    "Energy, une entreprise chinoise ; et Ivan Sorel, son directeur.",
])
def test_designees_separated_by_semicolons_with_descriptions(text: str) -> None:
    assert {n for _t, n in _parties(text)} == {"Tolvay Marine", "Kessel Energy", "Ivan Sorel"}


def test_the_conjunction_que_opens_no_relative_clause() -> None:
    text = ("Tolvay Marine avait été placée sur la liste SDN en janvier 2024, en même temps que Kessel "
            "Energy.")
    assert {n for _t, n in _parties(text)} == {"Tolvay Marine", "Kessel Energy"}


@pytest.mark.parametrize("text", [
    "Brenner Freight, whose rival Tolvay Marine was sanctioned on Tuesday, said its own operations were "
    "unaffected.",
    "Brenner Freight, dont le concurrent Tolvay Marine a été sanctionné mardi, assure ne pas être concerné.",
])
def test_a_whose_clause_names_its_own_subject(text: str) -> None:
    assert _parties(text) == {("designation", "Tolvay Marine")}


def test_dont_with_the_listing_noun_stays_the_owners() -> None:
    assert _parties("Tolvay Marine, dont l'interdiction a été levée mardi, a repris ses activités.") == {
        ("removal", "Tolvay Marine")}


@pytest.mark.parametrize(("text", "parties"), [
    ("The Treasury on Tuesday imposed sanctions on Tolvay Marine, the Dubai arm of Brenner Holding, and on "
     "its chief executive, Ivan Sorel.", {"Tolvay Marine", "Ivan Sorel"}),
    ("Kessel Energy and Tolvay Marine, both owned by Brenner Holding, were placed on the SDN list on "
     "Tuesday.", {"Kessel Energy", "Tolvay Marine"}),
    ("Tolvay Marine, like Brenner Freight before it, was added to the Entity List on Tuesday.",
     {"Tolvay Marine"}),
    ("Kessel Energy et Tolvay Marine, toutes deux détenues par Brenner Holding, ont été inscrites mardi sur "
     "la liste SDN.", {"Kessel Energy", "Tolvay Marine"}),
])
def test_owners_and_comparisons_in_appositions(text: str, parties: set[str]) -> None:
    assert {n for _t, n in _parties(text)} == parties
