"""A public function's domain told alone, cut from its office's longer name, is no party: a
name ending on a noun of what an office does or watches over (Affairs, Enforcement,
Protection), with a capitalised word and the name's glue right before it ("Customs and
Border Protection", "the Minister of Home Affairs") or the office's name going on in
capitals after it ("the Narcotics Enforcement Administration"); in French the domain's noun
heading the name before its adjective (« le Service de Contrôle des Avoirs Étrangers », « les
Affaires Étrangères »); the ombudsperson, an office told by its title alone, and a working group told by its name ending
on "Task Force". Near misses
keep their events: a firm whose name ends on such a noun, told whole as the act's object, with
or without its legal form. Sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _read(text: str, lang: str) -> tuple[set[str], set[tuple[str, str]]]:
    r = extract_article(text, published="2024-03-05", language=lang)
    return {m["name"] for m in r["mentions"]}, {(e["type"], e["entity"]) for e in r["events"]}


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    return _read(text, lang)[1]


@pytest.mark.parametrize(("text", "lang", "gone", "events"), [
    # the domain cut from the office's name: glue before it, capitals after it
    ("The Treasury on Monday sanctioned Orvex Shipping. The designations came out of joint work between "
     "the Treasury, the Zemblan Narcotics Enforcement Administration (ZNEA) and the Norland Customs and "
     "Border Protection.", "en", {"Zemblan Narcotics Enforcement", "Border Protection"},
     {("designation", "Orvex Shipping")}),
    ("Those hit by the measures include Kalder Bank, the Premier, the Minister of Home Affairs and "
     "the Minister of Trade of Norland.", "en", {"Home Affairs"}, set()),
    ("Among those sanctioned on Monday are Kalder Bank, the Minister of Home Affairs and the head of the "
     "Drug Enforcement Agency.", "en", {"Home Affairs"}, {("designation", "Kalder Bank")}),
    ("The designations were made together with the Drug Enforcement Administration and with Norland's "
     "Customs and Border Protection.", "en", {"Border Protection"}, set()),
    # French: the domain's noun heads the name
    ("Lundi, la société Orvex Shipping a été sanctionnée par le Service de Contrôle des Avoirs Étrangers.", "fr",
     {"Avoirs Étrangers"}, {("designation", "Orvex Shipping")}),
    ("Le Service de Contrôle des Actifs Étrangers a levé lundi les sanctions visant la société Orvex Shipping.",
     "fr", {"Actifs Étrangers"}, {("removal", "Orvex Shipping")}),
])
def test_a_public_functions_domain_is_no_party(text: str, lang: str, gone: set[str],
                                                events: set[tuple[str, str]]) -> None:
    names, found = _read(text, lang)
    assert not names & gone
    assert found == events


@pytest.mark.parametrize(("text", "name"), [
    ("A removal begins with a first review by the Ombudsperson of whether the request meets the listing "
     "criteria.", "Ombudsperson"),
    ("The Ombudsman cannot take delisting decisions of its own, the report noted.", "Ombudsman"),
    ("The Zemblan Export Abuse Task Force (ZEATF) voted last week to put the three firms on the list.",
     "Zemblan Export Abuse Task Force"),
    ("The companies were added after a review by the Interagency Cotton Task Force, the agency said.",
     "Interagency Cotton Task Force"),
])
def test_an_office_told_by_its_title_alone_is_no_party(text: str, name: str) -> None:
    names, found = _read(text, "en")
    assert not any(n.startswith(name) for n in names) and not any(e.startswith(name) for _t, e in found)


@pytest.mark.parametrize(("text", "lang", "events"), [
    # near misses: a firm named so, told whole as the act's object
    ("On Monday the Treasury sanctioned Kalder Fire Protection, a maker of valves.", "en",
     {("designation", "Kalder Fire Protection")}),
    ("On Monday the Treasury sanctioned Kalder Fire Protection Ltd, a maker of valves.", "en",
     {("designation", "Kalder Fire Protection Ltd")}),
    ("The Treasury sanctioned the Quds Force and Kalder Bank on Monday.", "en",
     {("designation", "Quds Force"), ("designation", "Kalder Bank")}),
])
def test_a_firm_named_by_such_a_noun_keeps_its_event(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events
