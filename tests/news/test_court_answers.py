"""What a court did with a party's request, read from the court's answer: a granted request
for interim relief is an injunction of the one who asked (named by a possessive, by "brought
by" / « présentée par », by « de », or by the bringer's role), a refused or hypothetical one
is none; a court that suspends the execution of an authority's decisions gives an injunction
to the party they target, dated by its own judgment; the Union's court told by its seat,
lifting measures another authority imposed, is a vacatur. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str, published: str = "2025-03-12") -> set[tuple[str, str, str | None]]:
    res = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in res["events"]}


def _of(kind: str, text: str, lang: str) -> set[str]:
    return {who for typ, who, _d in _events(text, lang) if typ == kind}


_GRANTED = [
    ("en", "The General Court granted the request for interim measures lodged by the banker Pavel Orlovsky "
           "against his listing.", "Pavel Orlovsky"),
    ("en", "Norvale Devices Ltd's motion for a preliminary injunction against its designation was granted on "
           "Monday.", "Norvale Devices Ltd"),
    ("fr", "Le juge des référés a fait droit à la demande de suspension présentée par la société Lorvane Gems SA "
           "contre le gel de ses avoirs.", "Lorvane Gems SA"),
    ("fr", "Le Tribunal a accueilli la requête en référé de l'armateur Gleb Taravin contre son inscription.",
     "Gleb Taravin"),
    ("en", "The court suspended the operation of the decisions concerning the shipper Kestrel Lines Ltd until it "
           "rules on the sanctions.", "Kestrel Lines Ltd"),
]


@pytest.mark.parametrize(("lang", "text", "who"), _GRANTED)
def test_a_granted_request_for_interim_relief_is_the_askers_injunction(lang: str, text: str, who: str) -> None:
    assert who in _of("injunction", text, lang)


_NOT_GRANTED = [
    ("en", "The General Court rejected the request for interim measures lodged by the banker Pavel Orlovsky "
           "against his listing."),
    ("en", "Norvale Devices Ltd asked whether the court would grant its motion for a preliminary injunction "
           "against the listing."),
    ("fr", "Le juge des référés a rejeté la demande de suspension présentée par la société Lorvane Gems SA contre "
           "le gel de ses avoirs."),
]


@pytest.mark.parametrize(("lang", "text"), _NOT_GRANTED)
def test_a_refused_or_hypothetical_request_is_no_injunction(lang: str, text: str) -> None:
    assert _of("injunction", text, lang) == set()


def test_a_court_suspending_an_authoritys_decisions_dates_the_injunction_by_its_judgment() -> None:
    text = ("Par son arrêt du 2 juin 2024, le Conseil d'Etat suspend l'exécution des décisions du Trésor des 4 mars "
            "2023 et 9 avril 2023 dans la mesure où la société Lorvane Gems SA est réputée contrôlée par une banque "
            "russe.")
    assert ("injunction", "Lorvane Gems SA", "2024-06-02") in _events(text, "fr")


def test_the_plaintiffs_motion_granted_is_the_injunction_of_the_one_who_brought_the_case() -> None:
    text = ("Norvale Devices Ltd sued the Pentagon in January over its designation as a military company. For the "
            "reasons below, the plaintiffs' request for a temporary restraining order is granted.")
    assert ("injunction", "Norvale Devices Ltd", "2025-03-12") in _events(text, "en")


def test_the_luxembourg_court_lifting_measures_the_council_imposed_is_a_vacatur() -> None:
    text = "Le tribunal de Luxembourg a levé mardi les sanctions imposées par le Conseil à l'homme d'affaires Pavel Orlovsky."
    assert "Pavel Orlovsky" in _of("vacatur", text, "fr")
    assert "Pavel Orlovsky" not in _of("removal", text, "fr")
