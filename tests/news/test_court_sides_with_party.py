"""A court's decision for the party told without the party's act as the object: the court
sides with the party it names (any verb of siding, any object that names a party or points
back to one), the party cleared by the court, the party's case won over its listing. Not
when the court sides with the listing's authority, a trial clears a person of charges, or
the case won is about another matter; a lone judge's decision outside the Union's courts,
or one in a sentence of interim relief, is an injunction. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str, published: str = "2025-06-12") -> list[dict]:
    return extract_article(text, published=published, language=lang)["events"]


def _of(evs: list[dict], typ: str) -> set[str]:
    return {e["entity"] for e in evs if e["type"] == typ}


@pytest.mark.parametrize(("text", "lang", "who"), [
    # the court sides with the party it names
    ("The General Court sided with Tamsin Okoro, whose name the Council had put on its list in 2023.", "en", "Tamsin Okoro"),
    ("On Tuesday the judges in Luxembourg found for the shipowner Brelland Maritime over its designation.", "en",
     "Brelland Maritime"),
    ("The Court of Justice gave a rare victory to Piet Vandersloot in his fight against the asset freeze.", "en", "Piet Vandersloot"),
    ("Les juges de Luxembourg ont tranché en faveur de la banque Kessmar, inscrite sur la liste noire en 2022.", "fr", "Kessmar"),
    ("La juridiction européenne a donné raison, jeudi 5 juin, à l'industriel Gaspard Mellion contre son inscription.", "fr",
     "Gaspard Mellion"),
    # the party cleared by the court
    ("The trader Ilse Varnhagen was later cleared by the EU General Court, which found no basis for her listing.", "en",
     "Ilse Varnhagen"),
    ("L'armateur Oskar Tamminen a été blanchi par la Cour de Luxembourg, qui a jugé son gel des avoirs injustifié.", "fr",
     "Oskar Tamminen"),
    # the party's case won over its listing, whatever the case's noun
    ("Tamsin Okoro won a lawsuit in Luxembourg over her designation under the Belarus regime.", "en", "Tamsin Okoro"),
    ("Brelland Maritime secured a favourable judgment on the restrictive measures it had contested.", "en", "Brelland Maritime"),
    ("Gaspard Mellion, industriel, a gagné l'an dernier une longue bataille judiciaire contre son propre gel d'avoirs.", "fr",
     "Gaspard Mellion"),
    ("Les frères Piet et Joost Vandersloot ont obtenu un arrêt favorable concernant leur inscription.", "fr", "Joost Vandersloot"),
])
def test_a_court_deciding_for_the_party_is_a_vacatur(text: str, lang: str, who: str) -> None:
    evs = _events(text, lang)
    assert any(who in e for e in _of(evs, "vacatur")), evs
    assert not any(who in e for e in _of(evs, "removal") | _of(evs, "ruling"))


@pytest.mark.parametrize(("text", "lang"), [
    # the court sides with the authority: a ruling for the listing, no vacatur
    ("The General Court sided with the Council on Tuesday and kept Tamsin Okoro on the list.", "en"),
    ("Le Tribunal a donné raison au Conseil, qui maintient Gaspard Mellion sur la liste.", "fr"),
    # a trial's acquittal of charges, a case won about another matter
    ("Ilse Varnhagen was cleared by the district court of fraud charges in a separate trial.", "en"),
    ("Oskar Tamminen a été blanchi par le tribunal correctionnel des accusations de corruption.", "fr"),
    ("Brelland Maritime won the tender for the port contract last year.", "en"),
])
def test_no_vacatur_when_the_court_sides_with_no_party(text: str, lang: str) -> None:
    assert _of(_events(text, lang), "vacatur") == set()


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("A federal judge sided with Nimbrel Apps on Sunday, hours before the ban on its app was to start.", "en", "Nimbrel Apps"),
    ("Le juge Arnaud Percy a donné raison dimanche à la plateforme Nimbrel, qui contestait l'interdiction.", "fr", "Nimbrel"),
])
def test_a_lone_judges_decision_for_the_party_is_an_injunction(text: str, lang: str, who: str) -> None:
    evs = _events(text, lang)
    assert any(who in e for e in _of(evs, "injunction")), evs
    assert not any(who in e for e in _of(evs, "vacatur"))
