"""Names that can be no party by what they are (``nonparty_names``): the rest of an
authority's or a state's longer name, the outlet a report is credited to, a reference's
acronym; and the acts whose subject is an unnamed part of a group, whose object is
counted after a preposition, or that are told with "any"; in both languages. Sentences
of our own."""

from __future__ import annotations

import re

import pytest

from listwatch.news import extract_article
from listwatch.news.events import _counted_target
from listwatch.news.names import Mention
from listwatch.news.nonparty_names import credited_outlet, drop_nonparty_names
from listwatch.news.triggers import find_triggers


def _parties(text: str, published: str = "2024-03-14") -> list[tuple[str, str]]:
    res = extract_article(text, published=published)
    return sorted((e["type"], e["entity"]) for e in res["events"])


def _names(parties: list[tuple[str, str]]) -> set[str]:
    return {n for _t, n in parties}


def _kept(text: str, *names: str) -> set[str]:
    """The names ``drop_nonparty_names`` keeps of mentions made at every place they occur."""
    mentions = sorted((Mention(name=n, start=m.start(), end=m.end(), text=n, via="text")
                       for n in names for m in re.finditer(re.escape(n), text)), key=lambda m: m.start)
    return {m.name for m in drop_nonparty_names(text, mentions)}


@pytest.mark.parametrize(("text", "fragment"), [
    # a ministry's name, its words joined by commas and "and"
    ("On 3 May 2024, the Austrian Ministry of Labour, Social Affairs and Health updated the annex "
     "that lists the persons and firms under the Belarus sanctions.", "Affairs"),
    ("On 3 May 2024, the Swiss Department of Home Affairs, Culture and Sport added Orvex Trading "
     "Ltd to the annex of designated entities.", "Affairs"),
    # an office named for its holder, then the holder's title alone
    ("The Council extended the mandate of the Office of the Ombudsperson. The Ombudsperson "
     "reviews requests.", "Ombudsperson"),
])
def test_the_rest_of_an_authoritys_name_is_no_party(text: str, fragment: str) -> None:
    assert not any(fragment in n for n in _names(_parties(text)))


def test_the_rest_of_a_name_keeps_the_designee_beside_it() -> None:
    text = ("On 3 May 2024, the Swiss Department of Home Affairs, Culture and Sport added Orvex "
            "Trading Ltd to the annex of designated entities.")
    assert any("Orvex Trading" in n for n in _names(_parties(text)))
    # (a name after the office's possessive is the office's unit, another name: kept)
    assert _kept("the Zemblan Ministry of Defence's Orvex Logistics OOO;", "Orvex Logistics OOO") == {
        "Orvex Logistics OOO"}
    # (a name after a list closed by ", and" is the list's next item: kept)
    assert _kept("Karel Dvorak, head of the Political Bureau of the Zemblan Army, and Piotr Valenko",
                 "Piotr Valenko") == {"Piotr Valenko"}


@pytest.mark.parametrize(("text", "head"), [
    ("Nine individuals and four entities of the Russian Federation were designated on 2 May 2024.",
     "Federation"),
])
def test_a_states_head_word_alone_is_no_party(text: str, head: str) -> None:
    assert head not in _names(_parties(text))


@pytest.mark.parametrize(("text", "name"), [
    ("The High Court upheld the decision to sanction the FR-DE dual national Piotr Valenko.", "FR-DE"),
    ("La justice a confirmé les sanctions visant le binational RU-FR Piotr Valenko.", "RU-FR"),
])
def test_joined_country_codes_are_a_nationality(text: str, name: str) -> None:
    assert _kept(text, name, "Piotr Valenko") == {"Piotr Valenko"}


@pytest.mark.parametrize(("text", "outlet"), [
    # the outlet told after the report, and whom a lawyer told
    ("Piotr Valenko filed a case challenging his listing, the Sentinel reported on Monday. "
     "His counsel told the Sentinel that he would win.", "Sentinel"),
    # « selon », « d'après » and « a déclaré au »
    ("Selon Novaïa Gazeta, Piotr Valenko a déposé un recours. D'après Novaïa Gazeta, il "
     "conteste son inscription.", "Novaïa Gazeta"),
    ("Son avocat a déclaré au Quotidien que Piotr Valenko avait déposé un recours.", "Quotidien"),
    # an agency between slashes in a dateline, and one opening a line before a dash
    ("VARNO, 2 mai. /NORPRESS/. Le gouvernement a inscrit Piotr Valenko sur sa liste.", "NORPRESS"),
    ("Agence Presse Boréale – Le gouvernement de Varno a sanctionné Piotr Valenko.", "Presse Boréale"),
])
def test_a_credited_outlet_is_no_party(text: str, outlet: str) -> None:
    assert _kept(text, outlet, "Piotr Valenko") == {"Piotr Valenko"}


@pytest.mark.parametrize(("text", "outlet"), [
    # a reporting verb put first, a day between it and the outlet's noun
    ("Piotr Valenko a déposé un recours, a révélé vendredi le site Varno Direct.", "Varno Direct"),
    ("Piotr Valenko has sued the ministry, wrote on Tuesday the weekly Nordic Ledger.", "Nordic Ledger"),
    # an outlet's noun and a verb of saying after the name, or a crediting word before it
    ("The broadcaster Kestrel One said Piotr Valenko had been listed by the ministry.", "Kestrel One"),
    ("Piotr Valenko est visé par un gel, selon des informations de la chaîne Onda Sur.", "Onda Sur"),
    # an agency at a line's head, a bar after it (a page's source line)
    ("Agence de presse Boréa | 12.03.2024\nLe gouvernement a sanctionné Piotr Valenko.", "Boréa"),
])
def test_one_reader_credits_the_outlet_in_both_languages(text: str, outlet: str) -> None:
    assert credited_outlet(text, text.index(outlet), text.index(outlet) + len(outlet))
    assert _kept(text, outlet, "Piotr Valenko") == {"Piotr Valenko"}


def test_an_agency_told_by_its_noun_alone_may_be_a_designee() -> None:
    # no crediting word and no verb of reporting: the agency is the act's object
    text = "Le Conseil a sanctionné la société Ardent Média et l'agence de presse Velmor Info."
    start = text.index("Velmor Info")
    assert not credited_outlet(text, start, start + len("Velmor Info"))
    assert "Velmor Info" in _names(_parties(text))


def test_an_agency_opening_the_page_names_no_event() -> None:
    text = ("Agence Presse Boréale – Le gouvernement de Varno a annoncé mardi des sanctions contre la "
            "société Orvex Trading.")
    assert _names(_parties(text)) == {"Orvex Trading"}


def test_an_outlet_told_as_a_designee_elsewhere_stays_a_name() -> None:
    # a name told once as the source and once as the object of an act: still a name
    text = ("The Treasury designated the Sentinel on 2 May 2024 for spreading propaganda, a move "
            "first told, according to the Sentinel, by its own staff.")
    assert _kept(text, "Sentinel") == {"Sentinel"}


@pytest.mark.parametrize(("text", "party", "ref"), [
    ("Dans sa requête, qui s'appuie sur l'article 230 TCE, Piotr Valenko demande l'annulation de son "
     "inscription décidée le 2 mai 2023.", "Piotr Valenko", "TCE"),
    ("The order of 4 June 2024 (T-101/23 RII) suspended the listing of Piotr Valenko.",
     "Piotr Valenko", "RII"),
    ("The committee added two tankers, Orvex Star (ISIN No. 7654321) and Kestrel Dawn "
     "(ISIN No. 7654322), to its list on 2 May 2024.", "Orvex Star", "ISIN"),
])
def test_a_references_acronym_is_no_party(text: str, party: str, ref: str) -> None:
    names = _names(_parties(text))
    assert any(party in n for n in names)
    assert ref not in names


@pytest.mark.parametrize(("text", "ref"), [
    ("The notice relies on sections 3 and 5 of the TPRA and lists Orvex Star.", "TPRA"),
    ("L'avis se fonde sur l'alinéa 2 du CMFX et inscrit Orvex Star.", "CMFX"),
    ("Orvex Star sued under paragraph 4 of the ECTA in March.", "ECTA"),
])
def test_a_law_cited_by_its_section_or_paragraph_is_no_name(text: str, ref: str) -> None:
    # one reader of "article / section / paragraph N of" before a name (nonparty_names and
    # court_nonparties share it)
    assert _kept(text, ref, "Orvex Star") == {"Orvex Star"}


@pytest.mark.parametrize("text", [
    # an unnamed part of a group as the act's subject
    "Orvex Trading et Kestrel Mining figurent sur cette liste. Elle envoie un signal aux fournisseurs "
    "de l'armée, dont certaines ont porté plainte contre leur inscription.",
    "Orvex Trading and Kestrel Mining are on the list. The list sends a signal to suppliers of the "
    "army, several of which have sued over their inclusion.",
])
def test_some_of_a_group_is_no_party_told_before(text: str) -> None:
    assert [p for p in _parties(text) if p[0] == "legal_challenge"] == []


@pytest.mark.parametrize(("text", "lang", "counted"), [
    ("La Zemblanie a déjà imposé ses sanctions à l'encontre de 25 autres entités.", "fr", True),
    ("Zembla has already imposed sanctions against 25 other individuals.", "en", True),
    ("Le Conseil a pris des sanctions contre douze responsables.", "fr", True),
    # (a day is no count)
    ("The licence will expire on 9 May 2024.", "en", False),
])
def test_an_object_counted_after_a_preposition(text: str, lang: str, counted: bool) -> None:
    trig = next(t for t in find_triggers(text, lang) if t.event in ("designation", "deadline"))
    assert _counted_target(text, trig) is counted


@pytest.mark.parametrize("text", [
    # an act told with "any" or « toute »
    "Le Conseil a prolongé jusqu'en 2026 le mandat du Bureau du Défenseur. Il doit aussi "
    "transmettre au comité une recommandation sur chaque radiation.",
    "The Council extended the mandate of the Office of the Ombudsperson. It must also give a view "
    "on any delisting request.",
])
def test_an_act_told_with_any_takes_no_party_told_before(text: str) -> None:
    assert _parties(text) == []


@pytest.mark.parametrize(("text", "word"), [
    # a document's part named by its number after a cross-reference's verb
    ("The Council put the three men back on its list in 2016 (see Bulletin 41).", "Bulletin"),
    ("In 2019 the court annulled the listing; see also Chapter 6 for the appeal.", "Chapter"),
    ("Le Conseil les a réinscrits en 2016 (voir Chapitre 4).", "Chapitre"),
    ("Le tribunal a annulé l'inscription (cf. Fiche 12).", "Fiche"),
])
def test_a_documents_part_after_a_cross_reference_is_no_party(text: str, word: str) -> None:
    assert _kept(text, word) == set()


@pytest.mark.parametrize(("text", "outlet"), [
    # an agency's credit on a line of its own, between the headline and the story
    ("Zembla freezes the assets of Piotr Valenko\n\nAgence Presse Boréale\n\nLe gouvernement a "
     "sanctionné Piotr Valenko mardi.", "Agence Presse Boréale"),
    ("Zembla lists Piotr Valenko\nAgency Nordwire\nThe government listed Piotr Valenko on Tuesday.",
     "Agency Nordwire"),
])
def test_an_agencys_credit_line_is_no_party(text: str, outlet: str) -> None:
    assert _kept(text, outlet, "Piotr Valenko") == {"Piotr Valenko"}


def test_a_designee_named_agency_on_its_own_line_stays_a_name() -> None:
    # (the credit opens on the agency's word; a designee's name closes on it)
    text = "The Treasury listed three entities:\nVelmor News Agency\nOrvex Trading Ltd\n"
    assert _kept(text, "Velmor News Agency") == {"Velmor News Agency"}
