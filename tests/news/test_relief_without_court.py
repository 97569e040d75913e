"""Court relief only where a court acts (`court_acting`).

A verb or a noun of halting (suspend, halt, pause, block; « suspendre », « la suspension »)
or of undoing (annul; « annuler ») said of an authority pausing or undoing its own measure,
or of a market halting a share, with no court, judge, case or court's decision told in the
sentence or the one before it, is no injunction and no vacatur. A court told there, the
relief's own words, a party that obtained the relief or a case number keep it. Invented
parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _injunctions(text: str) -> set[str]:
    r = extract_article(text, published="2024-05-02")
    return {e["entity"] for e in r["events"] if e["type"] == "injunction"}


def _vacaturs(text: str) -> set[str]:
    r = extract_article(text, published="2024-05-02")
    return {e["entity"] for e in r["events"] if e["type"] == "vacatur"}


@pytest.mark.parametrize("text", [
    # an authority's own pause, told by a verb or a noun
    "The decision halts the sanctions on Varnok Shipping and its owner, Igor Belsky.",
    "The move halts the designation of Varnok Shipping.",
    "Le ministère des Finances a annoncé jeudi la suspension des sanctions qui frappaient la société Varnok et son dirigeant Igor Belsky.",
    "Cette décision suspend l'inscription de la société Varnok sur la liste.",
    # a market halting a share
    "Trading in the shares of Varnok Shipping was halted on the Moscow exchange after the sanctions.",
])
def test_a_halt_no_court_acts_in_is_no_injunction(text: str) -> None:
    assert _injunctions(text) == set()


@pytest.mark.parametrize(("text", "party"), [
    # near misses: a court or a judge in the sentence, or in the sentence before it
    ("A federal judge on Friday blocked the designation of Varnok Shipping.", "Varnok Shipping"),
    ("The court heard the plea of Varnok Shipping on Monday. It suspended the listing until a full hearing.",
     "Varnok Shipping"),
    ("Le juge des référés a suspendu mardi l'inscription de la société Varnok.", "Varnok"),
    # the party obtained the halt: a court granted it
    ("La société Varnok a obtenu jeudi la suspension de son inscription.", "Varnok"),
    ("Varnok Shipping secured a temporary halt to its designation by the Pentagon.", "Varnok Shipping"),
    # a court's case number
    ("The order in T-212/24 R suspended the listing of Varnok Shipping.", "Varnok Shipping"),
])
def test_a_halt_a_court_acts_in_stays_an_injunction(text: str, party: str) -> None:
    assert party in _injunctions(text)


def test_what_the_licence_and_removal_readers_make_of_a_halt_stands() -> None:
    # an authority suspending its own measures for a time: a licence; its own listing
    # lifted: a removal (``event_kinds.agency_act`` reads them first)
    r = extract_article("Washington suspended for 90 days the sanctions imposed on Varnok Shipping.",
                        published="2024-05-02")
    assert {(e["type"], e["entity"]) for e in r["events"]} == {("license", "Varnok Shipping")}
    r = extract_article("The European Union on Monday suspended the sanctions on Varnok Shipping.",
                        published="2024-05-02")
    assert {(e["type"], e["entity"]) for e in r["events"]} == {("removal", "Varnok Shipping")}


@pytest.mark.parametrize("text", [
    "The sanctions on Varnok Shipping were annulled in March, the ministry said.",
    "Les sanctions contre la société Varnok ont été annulées en mars, selon le ministère.",
    "L'inscription de la société Varnok a été annulée en mars, a indiqué le ministère.",
])
def test_an_undoing_no_court_acts_in_is_no_vacatur(text: str) -> None:
    assert _vacaturs(text) == set()


@pytest.mark.parametrize(("text", "party"), [
    # near misses: the court in the sentence, or in the sentence before its pronoun
    ("Les juges de Luxembourg ont annulé jeudi les mesures visant la société Varnok.", "Varnok"),
    ("The General Court heard the case of Varnok Shipping in May. It annulled the listing on Wednesday.",
     "Varnok Shipping"),
])
def test_an_undoing_a_court_acts_in_stays_a_vacatur(text: str, party: str) -> None:
    assert party in _vacaturs(text)
