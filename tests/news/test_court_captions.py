"""The parties a court's paper names by their role in its caption or its fields, written for
this test: the name on a line of its own above the bringer's role ("Applicant",
"Claimants", « requérant »), a caption when the other side's role follows; a field "Role:
name" (« Partie requérante : X (Lyon) »), which is no headline; a filing's notice dates
the lawsuit a trigger reads undated; a claim whose infinitive names the relief asked for
is no court's relief."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.case_roles import caption_parties


def _challenges(text: str, lang: str) -> set[tuple[str, str | None]]:
    res = extract_article(text, published="2025-02-10", language=lang)
    return {(e["entity"].casefold(), e["date"]) for e in res["events"] if e["type"] == "legal_challenge"}


# a caption in capitals, blank lines between, the role below the name
UK = """HIGH COURT, PUBLIC LAW LIST

Between:

VARNOSKI

Claimant

- v -

MINISTER FOR TRADE SANCTIONS

Defendant

JUDGMENT

1. The claimant asks the court to quash his designation under the sanctions regulations made in 2023.
"""

# table bars between the lines, a plural role, a person's full name
BARS = """Court of Appeal (Civil Division)
|
LUDMILA ORTENSKAYA
|
Appellants
|
and
|
THE SECRETARY OF STATE
|
Respondent
|
The appeal concerns her designation under the asset freeze regime.
"""

# a national court's caption in French, the role in the feminine
FR_CAPTION = """Tribunal administratif fédéral

Société Marbella Trading SA
requérante

contre

Office fédéral du commerce extérieur
autorité inférieure

Objet : gel de fonds (Bélarus).
"""

EN_FIELD = """Action brought on 3 March 2024 – Korvel v Council

(Case T-130/24)

Language of the case: English

Parties

Applicant: Grigori Anton Korvel (Minsk, Belarus) (represented by: P. Lenz, lawyer)

Defendant: the Council

The applicant claims that the General Court should annul the restrictive measures which concern him.
"""

FR_FIELD = """Recours introduit le 9 avril 2024 — Dravinsky/Conseil

(Affaire T-201/24)

Parties

Partie requérante : Oleg Petrovich Dravinsky (Riga, Lettonie) (représentant : M. Aubry, avocat)

Partie défenderesse : le Conseil

Conclusions

Il prie qu'il plaise au Tribunal :
annuler l'acte du Conseil qui garde son nom dans l'annexe des mesures restrictives ;

Deux moyens sont soulevés par lui au soutien de sa demande.
"""


def test_the_party_above_the_bringers_role_in_a_caption_brought_the_case() -> None:
    assert ("varnoski", None) in _challenges(UK, "en")
    assert ("ludmila ortenskaya", None) in _challenges(BARS, "en")
    assert ("société marbella trading sa", None) in _challenges(FR_CAPTION, "fr")


def test_the_other_side_of_a_caption_brought_nothing() -> None:
    found = {name for name, _d in _challenges(UK, "en") | _challenges(BARS, "en")}
    assert not any("minister" in n or "secretary" in n for n in found)


@pytest.mark.parametrize("text", [
    # a role alone on a line with no other side's role below: no caption
    "Profile\n\nKarl Venner\n\nApplicant\n\nHe sought a licence last year.\n",
    # the line above the role is a heading that ends with a colon
    "Parties to the case:\nApplicant\n- and -\nRespondent\n",
])
def test_a_role_line_without_a_caption_names_no_party(text: str) -> None:
    assert caption_parties(text) == []


def test_a_field_names_the_party_a_notice_dates_its_filing() -> None:
    assert ("grigori anton korvel", None) in {(n, None) for n, _d in _challenges(EN_FIELD, "en")}
    assert ("oleg petrovich dravinsky", "2024-04-09") in _challenges(FR_FIELD, "fr")


def test_heads_of_claim_under_the_formula_are_asked_not_granted() -> None:
    res = extract_article(FR_FIELD, published="2025-02-10", language="fr")
    assert not [e for e in res["events"] if e["type"] in ("vacatur", "removal")]


@pytest.mark.parametrize("text", [
    "Mr Dolgov pursued his claim, under section 40 of the Act, to set aside the decision to designate him.",
    "The firm lodged an application to lift the asset freeze imposed on it by the ministry.",
    "Leur requête tendant à faire lever le gel a été enregistrée hier.",
])
def test_a_claim_whose_infinitive_is_the_relief_grants_none(text: str) -> None:
    res = extract_article("Sanctions court news.\n\n" + text, published="2025-02-10")
    assert not [e for e in res["events"] if e["type"] in ("vacatur", "removal")]


def test_a_statute_citation_is_no_party() -> None:
    text = ("Tomas Belik filed an application for judicial review under the Review of Decisions Act, RSC 1990, c R-2, "
            "of the decision that kept him listed.")
    found = _challenges("Court news.\n\n" + text, "en")
    assert not any(n.startswith("rsc") for n, _d in found)
