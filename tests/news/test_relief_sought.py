"""Relief a party only asks for, written for this test: the applicant's heads of claim in
the bare infinitive or imperative (« annuler la décision ... » under the conclusions,
"annul ..." under "claims that the Court should"), relief a suit seeks ("seeks a court
order removing X", « sollicite du juge une ordonnance pour retirer X », "would seek the
revocation of its listing") is no relief; a suit against
"the U.S. government" is a challenge of a listing like one against any authority, one
against a company based there none."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str, published: str = "2025-03-12") -> set[tuple[str, str, str | None]]:
    res = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in res["events"]}


def test_the_applicants_heads_of_claim_are_no_relief() -> None:
    request = """Recours introduit le 2 mars 2024 – Varga/Conseil

(Affaire T-91/24)

Partie requérante : Ilse Varga (Graz, Autriche) (représentant : L. Morand, avocat)

Conclusions

Conclusions de la requérante :

annuler la décision (PESC) 2024/310 du Conseil, pour autant qu'elle concerne la requérante,
qui la garde parmi les personnes soumises au gel des avoirs ;

condamner le Conseil aux dépens.
"""
    assert _events(request, "fr") == {("legal_challenge", "Ilse Varga", "2024-03-02")}


    english = """The applicant claims that the Court should:

annul the Council decision retaining the name of Mr Tomas Breck on the list of persons subject to restrictive measures;

order the Council to pay the costs.
"""
    assert not any(t in ("vacatur", "removal", "injunction") for t, _e, _d in _events(english, "en"))


def test_relief_a_suit_only_seeks_is_none() -> None:
    en = ("Hollin Optics filed suit against the U.S. Treasury over its listing, in a federal court. "
          "The complaint seeks a court order removing Hollin Optics from the list.")
    assert _events(en, "en", "2025-03-12") == {("legal_challenge", "Hollin Optics", None)}
    fr = ("Hollin Optics a porté plainte contre le Pentagone devant un tribunal fédéral au sujet de son "
          "inscription. La plainte sollicite du juge une ordonnance pour retirer Hollin Optics de la liste.")
    assert {t for t, _e, _d in _events(fr, "fr")} == {"legal_challenge"}
    review = "On 3 May 2024, Hollin Optics said it would seek the revocation of its listing by the minister."
    assert not any(t == "removal" for t, _e, _d in _events(review, "en"))


def test_a_suit_against_a_company_of_the_country_is_no_challenge() -> None:
    text = "Hollin Optics filed suit against the U.S.-based Brennan Corp over a supply contract."
    assert not any(t == "legal_challenge" for t, _e, _d in _events(text, "en"))
