"""The outlet a story is credited to is no party of the acts it tells: the agency in a
dateline's bracket (with its own day, or two agencies), the capitalised city before it,
the one "X reports that ..." or "as first reported by X" names, the agency between a
dateline's dash and a slash, and a records service or publisher that opens the sentence as
the one that posted the paper a colon then tells. Near misses: a company that reports its
own listing ("X reported that it was removed", a paper it posted about itself), a name in
capitals followed by its own acronym, a pair of names joined by a slash, and the parties
the same sentences name stay parties."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, language: str = "en") -> set[tuple[str, str]]:
    r = extract_article(text, published="2019-06-04", language=language)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "events"), [
    # a dateline's city in capitals and an agency in lower case with a second one after a dash
    ("OSTRAVA (nordwire-ANP) - The State Department has designated four Velmar gangs as terrorist "
     "organisations.", set()),
    ("OSTRAVA (nordwire-ANP) - The State Department on Monday designated the gang Korvo Uno as a terrorist "
     "organisation.", {("designation", "Korvo Uno")}),
    ("VELMAR CITY (wirenord-AFP) - The State Department has designated four Velmar gangs as terrorist "
     "organisations.", set()),
    ("VELMAR CITY (wirenord-AFP) - The Treasury removed Stellan Ferries from its sanctions list on Monday.",
     {("removal", "Stellan Ferries")}),
    # two agencies and the story's own day in the bracket, then the sentence with no dash
    ("VELMAR (Norpress News / Baltfax - 3rd June, 2019) The Treasury issued on Friday a licence authorising "
     "wind-down dealings with the blocked Korvex Bank until August 5, 2019.",
     {("license", "Korvex Bank"), ("deadline", "Korvex Bank")}),
    ("VELMAR (NordPoint News / Baltfax - 3rd June, 2019) The Treasury issued on Friday a licence authorising "
     "wind-down dealings with blocked banks until August 5, 2019.", set()),
    # an outlet as the subject of "reports that"
    ("Delta Wire reports that a federal judge on Monday blocked the Commerce Department's listing of the "
     "drone maker Arbon Aero.", {("injunction", "Arbon Aero")}),
    ("Delta Wire reported on Monday that the Treasury had sanctioned Stellan Ferries.",
     {("designation", "Stellan Ferries")}),
    # an outlet credited in a fronted clause
    ("As previously covered by TradeBytes, an order signed in April authorizes the Treasury to impose "
     "sanctions on any overseas lender if it deals with the regime.", set()),
    # a records service or a publisher opening the sentence as the one that posted a paper
    ("Lexdock posted new papers: Arbon Aero Ltd. has asked a judge in Washington to halt its listing under "
     "Section 1260H as a Chinese military company.",
     {("designation", "Arbon Aero Ltd"), ("legal_challenge", "Arbon Aero Ltd")}),
    # an outlet named with its outlet noun after the act, before the verb that reports it
    ("The Treasury on Monday sanctioned Korvex Bank, the state-run Nordpost agency reported.",
     {("designation", "Korvex Bank")}),
    ("The Treasury blacklisted Korvex Bank and Stellan Ferries on Monday, Nordpost news agency said.",
     {("designation", "Korvex Bank"), ("designation", "Stellan Ferries")}),
    # an outlet that learned or broke the story is no antecedent of a later "the company"
    ("Tanker firm blacklisted\n\nNordpost has learned that a Velmar shipping firm faces sanctions. The company "
     "was added to the sanctions list on Monday.", set()),
    ("Tanker firm blacklisted\n\nNordpost broke the news on Sunday. The company was added to the sanctions list "
     "on Monday.", set()),
])
def test_the_outlet_is_no_party(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events


@pytest.mark.parametrize(("text", "events"), [
    # the agency between a dateline's place and dash and a slash, before the first sentence
    ("Velmar – NPA / Le Trésor américain a levé mardi les sanctions visant la société Korvex Shipping.",
     {("removal", "Korvex Shipping")}),
    ("Velmar – NPA / Le Trésor américain a supprimé mardi les règlements de sanctions visant la Norlandie.",
     set()),
    # a publisher opening the sentence as the one that put a paper online
    ("Juridoc a mis en ligne un document : la société Korvex Trading conteste devant le Tribunal de l'UE sa mise "
     "sur la liste noire européenne.",
     {("designation", "Korvex Trading"), ("legal_challenge", "Korvex Trading")}),
    # the one who asked, in the opening participle of the one who answered
    ("Interrogé par Nordpresse, le Trésor a confirmé avoir inscrit lundi la banque Korvex sur sa liste noire.",
     {("designation", "Korvex")}),
    ("Contactée par le quotidien Nordpresse, la société Stellan dit avoir été retirée mardi de la liste noire.",
     {("removal", "Stellan")}),
    # the dateline's place before the dash is no party either
    ("Une société sanctionnée\n\nVelmar – NPA / La société a été inscrite lundi sur la liste noire du Trésor.",
     set()),
])
def test_the_outlet_is_no_party_in_french(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, "fr") == events


@pytest.mark.parametrize(("text", "events"), [
    # the one reporting is the party the reported clause points back to
    ("Korvex Bank reported that it had been removed from the Entity List on Monday.", {("removal", "Korvex Bank")}),
    ("Stellan Ferries reported on Monday that the company had been added to the sanctions list.",
     {("designation", "Stellan Ferries")}),
    # a line in capitals with the name's own acronym in its bracket is no dateline
    ("KORVEX TRADING (KT) – The Treasury designated Korvex Trading on Friday.",
     {("designation", "Korvex Trading (KT)")}),
    # a known wire's dateline keeps the parties of its sentence
    ("VELMAR, June 3 (Reuters) - The Treasury sanctioned Stellan Ferries on Monday.",
     {("designation", "Stellan Ferries")}),
    # a pair of names after a dateline's dash, joined by a slash
    ("Velmar – Korvex Bank / Stellan Ferries: the Treasury designated both companies on Monday.",
     {("designation", "Korvex Bank"), ("designation", "Stellan Ferries")}),
    # a company that posts a paper about itself: the pronoun or "the bank" points back to it
    ("Korvex Bank published a document: it was taken off the Treasury's sanctions list on Monday.",
     {("removal", "Korvex Bank")}),
    ("Korvex Bank posted a filing: the Treasury lifted the sanctions on the bank on Monday.",
     {("removal", "Korvex Bank")}),
    # the party speaking of its own listing, with a word that is no outlet's
    ("The Treasury on Monday sanctioned Korvex Bank, the bank said.", {("designation", "Korvex Bank")}),
    ("Nordpost was sanctioned on Monday, the Nordpost group said.", {("designation", "Nordpost")}),
    ("Korvex Bank has learned that it was added to the sanctions list on Monday.",
     {("designation", "Korvex Bank")}),
])
def test_parties_beside_an_outlet_stay_parties(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events


@pytest.mark.parametrize("place", ["KORVEX-", "Port-Velmar-", "Norvik -", "SAINT- OSTRA"])
@pytest.mark.parametrize("agency", ["Norland Shipping Ltd", "NORPRESS", "Velmar Press"])
def test_a_dateline_place_ending_in_a_dash_reads_without_error(place: str, agency: str) -> None:
    # a dateline's place cut off by a dash before the bracket ("KORVEX- (X) -") once raised
    # IndexError while its initials were compared with the bracket's name
    text = (f"{place} ({agency}) - The Treasury sanctioned Velmar Trading on Monday. "
            "Velmar Trading said it would appeal.")
    r = extract_article(text, published="2023-03-05")
    assert ("designation", "Velmar Trading") in {(e["type"], e["entity"]) for e in r["events"]}
