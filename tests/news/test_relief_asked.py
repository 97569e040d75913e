"""Relief a party asks a court for is the party's case, not the relief: "X's preliminary
injunction bid", "X's motion for a temporary restraining order", "asked the court for a
preliminary injunction", « avaient demandé au juge, au nom de l'urgence, de suspendre la
mesure », and a request the court threw out ("the request to leave the list was
annulled"). No injunction or vacatur comes of the words of the request; the requesters
(every one of a series) brought a challenge, dated by its own words only: a day told with
the court's answer ("ruled on Tuesday against X's bid") is the answer's, and a day told
with the challenged act (« l'arrêté pris contre elles le 3 mars ») is that act's. A relief a
court grants stays one, and the request it granted is told by the relief alone. Sentences of
our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, kind: str, published: str = "2024-03-09") -> list[tuple[str, str | None]]:
    evs = extract_article(text, published=published)["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == kind)


@pytest.mark.parametrize(("text", "who"), [
    ("A federal judge in Washington on Tuesday ruled against Norland Shipping Ltd.'s preliminary injunction "
     "bid over its listing.", "Norland Shipping Ltd"),
    ("The court on Friday denied Tarvos Holdings' motion for a temporary restraining order against its "
     "designation.", "Tarvos Holdings"),
])
def test_a_relief_asked_for_is_a_case_not_a_relief(text: str, who: str) -> None:
    assert _events(text, "injunction") == []
    assert _events(text, "legal_challenge") == [(who, None)]


def test_a_request_addressed_to_the_court_first_is_a_case() -> None:
    text = "Norland Shipping Ltd. asked the court on Monday for a preliminary injunction against the designation."
    assert _events(text, "legal_challenge") == [("Norland Shipping Ltd", "2024-03-04")]
    assert _events(text, "injunction") == []


def test_a_french_request_to_the_interim_judge_is_every_requesters_case() -> None:
    text = ("La société Varnel et la société Orbis Trade avaient demandé au juge des référés de Lyon, en urgence "
            "et au nom de leur droit de propriété et de la liberté d'entreprendre, de suspendre la mesure de gel "
            "visant leurs comptes, pris contre elles le 3 mars 2023.")
    assert _events(text, "injunction") == []
    assert _events(text, "legal_challenge") == [("Orbis Trade", None), ("Varnel", None)]


def test_a_french_request_to_suspend_without_elision() -> None:
    text = "M. Paul Arnaud a demandé au tribunal de suspendre la mesure de gel de ses avoirs."
    assert _events(text, "legal_challenge") == [("Paul Arnaud", None)]
    assert _events(text, "injunction") == []


def test_a_request_the_court_annulled_is_no_vacatur() -> None:
    text = ("In a May 5 order, the General Court rejected a bid from Ansel Drago to leave the list. The "
            "businessman sought interim relief, but his request to leave the list was annulled.")
    assert _events(text, "vacatur") == []


@pytest.mark.parametrize(("text", "kind", "who", "date"), [
    # near misses: the relief granted stays one
    ("On Monday, a judge granted Tarvos Holdings a preliminary injunction blocking its designation.",
     "injunction", "Tarvos Holdings", "2024-03-04"),
    ("The judge on Wednesday granted Luokan Maps' motion for a preliminary injunction against the designation.",
     "injunction", "Luokan Maps", "2024-03-06"),
    ("Tarvos Holdings asked the court to block its designation, and on Friday the judge suspended the "
     "designation.", "injunction", "Tarvos Holdings", "2024-03-08"),
    ("Par une ordonnance du 12 avril 2023, le juge des référés a suspendu l'exécution de l'arrêté visant la "
     "société Varnel.", "injunction", "Varnel", "2023-04-12"),
    ("The General Court annulled the listing of Kerrow Mining on 3 June.", "vacatur", "Kerrow Mining",
     "2023-06-03"),
])
def test_a_relief_granted_stays_one(text: str, kind: str, who: str, date: str) -> None:
    assert (who, date) in _events(text, kind)


def test_a_granted_motion_is_the_relief_only() -> None:
    text = "The judge on Wednesday granted Luokan Maps' motion for a preliminary injunction against the designation."
    assert _events(text, "legal_challenge") == []
    assert _events(text, "injunction") == [("Luokan Maps", "2024-03-06")]


@pytest.mark.parametrize("text", [
    "A federal judge on Friday denied Norland Shipping Ltd.'s injunction against its designation.",
    "The appeals court turned down the motion for a temporary restraining order against the listing of Tarvos Holdings.",
    "Un tribunal fédéral rejette l'injonction de la société Varnel contre son inscription.",
    "Le juge a refusé mardi la suspension de l'inscription de la société Varnel sur la liste.",
])
def test_a_relief_the_court_refused_is_no_relief(text: str) -> None:
    lang = "fr" if " de la " in text else "en"
    assert [e for e in extract_article(text, published="2024-03-09", language=lang)["events"]
            if e["type"] == "injunction"] == []


@pytest.mark.parametrize(("text", "who"), [
    # near misses: the court refuses to undo a relief granted, or refuses one thing and grants the relief
    ("The appeals court on Friday dismissed the government's motion to dissolve the injunction granted to "
     "Norland Shipping Ltd. against its designation.", "Norland Shipping Ltd"),
    ("The judge rejected the Treasury's arguments and granted Tarvos Holdings a preliminary injunction "
     "against its listing.", "Tarvos Holdings"),
    ("Le juge a ordonné mardi la suspension de l'inscription de la société Varnel sur la liste.", "Varnel"),
])
def test_a_refusal_beside_a_relief_granted_keeps_the_relief(text: str, who: str) -> None:
    lang = "fr" if " de la " in text else "en"
    evs = extract_article(text, published="2024-03-09", language=lang)["events"]
    assert who in {e["entity"] for e in evs if e["type"] == "injunction"}
