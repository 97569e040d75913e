"""The heading of an EU court's judgment, written for this test as the courts print it:
the party named before "applicant" brought the case, dated by the day the application
was lodged; a heading with no applicant, or a page that is no judgment, tells no lawsuit."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

EN = """JUDGMENT OF THE GENERAL COURT (Ninth Chamber)

12 March 2025 (*)

In Case T-512/23,

Pavel Orlinsky, residing in Limassol (Cyprus), represented by A. Berne, lawyer,

applicant,

v

Council of the European Union, represented by M. Roux, acting as Agent,

defendant,

having regard to the written part of the procedure, in particular:

– the application lodged at the Registry of the General Court on 4 October 2023,
"""

FR = """ARRÊT DU TRIBUNAL (neuvième chambre)

12 mars 2025

Dans l'affaire T-512/23,

Pavel Orlinsky, demeurant à Limassol (Chypre), représenté par Me A. Berne, avocat,

partie requérante,

contre

Conseil de l'Union européenne, représenté par M. Roux, en qualité d'agent,

partie défenderesse,

vu la requête déposée au greffe du Tribunal le 4 octobre 2023,
"""


def _challenges(text: str, lang: str) -> set[tuple[str, str | None]]:
    res = extract_article(text, published="2025-03-12", language=lang)
    return {(e["entity"], e["date"]) for e in res["events"] if e["type"] == "legal_challenge"}


def test_the_applicant_of_a_judgment_heading_brought_the_case() -> None:
    assert _challenges(EN, "en") == {("Pavel Orlinsky", "2023-10-04")}
    assert _challenges(FR, "fr") == {("Pavel Orlinsky", "2023-10-04")}


def test_a_heading_without_an_applicant_or_a_case_number_tells_no_lawsuit() -> None:
    assert _challenges(EN.replace("applicant,", "intervener,"), "en") == set()
    assert _challenges(EN.replace("In Case T-512/23,", "In this matter,").replace(
        "JUDGMENT OF THE GENERAL COURT (Ninth Chamber)", "MINUTES OF THE BOARD"), "en") == set()


# a case named by its two sides: its first side brought it (sentences of our own)
_CASE_NAMED = [
    ("Norland Shipping Ltd. v. Yellen, No. 22-cv-100, had been filed on March 3, 2022 before a federal "
     "judge in Washington. The shipper's assets were frozen a year earlier.", ("Norland Shipping Ltd", "2022-03-03")),
    ("In Norland Shipping Ltd. v. Minister for Trade [2024] EWHC 12 (Admin), a shipbuilder asked the judges "
     "to quash its designation.", ("Norland Shipping Ltd", None)),
]
# ... and near misses: a case cited for its reasoning, a case about no listing, an authority first
_CASE_NOT_NAMED = [
    "The agency's wide latitude was recognised long ago, see Norland Shipping Ltd. v. Yellen, 512 F.Supp.3d "
    "101 (D.D.C. 2021), and the sanctions stand.",
    "In Norland Shipping Ltd. v. Yellen, 512 F. Supp. 3d 101 (D.D.C. 2021), judges deferred to the agency on "
    "a designation.",
    "Kerrow Freight Inc. v. Department of Commerce was brought last year over a customs rule on parcels. "
    "The carrier says the rule is vague.",
    "In Department of Commerce v. Kerrow Freight Inc., the agency appealed a ruling on its designation.",
]


@pytest.mark.parametrize(("text", "want"), _CASE_NAMED)
def test_the_first_side_of_a_case_name_brought_it(text: str, want: tuple[str, str | None]) -> None:
    assert want in _challenges(text, "en")


@pytest.mark.parametrize("text", _CASE_NOT_NAMED)
def test_a_cited_case_or_one_about_no_listing_tells_no_challenge(text: str) -> None:
    assert not {who for who, _d in _challenges(text, "en")} & {"Norland Shipping Ltd", "Kerrow Freight Inc",
                                                                "Department of Commerce"}


# several parties bring one case, one line each with its seat or residence, their counsel
# and then the bringers' role in the plural; an appeal's or interim relief's number, and
# the paper telling what the case is on a line of its own (headings written for this test)
_MANY_FR = """ARRÊT DE LA COUR (deuxième chambre)

9 avril 2026

Dans l'affaire C-611/25 P,

ayant pour objet un pourvoi formé contre un arrêt du Tribunal, introduit le 17 septembre 2025,

Ilona Varskaya, demeurant à Riga (Lettonie),

Oskar Brandvik, demeurant à Oslo,

Teodor Lasmanis, demeurant à Riga,

représentés par Me P. Aubel, avocat,

parties requérantes,

partie adverse:

Conseil de l'UE, représenté par Mme K. Ostrand, en qualité d'agent,
"""

_MANY_EN = """ORDER IN INTERIM PROCEEDINGS (General Court)

2 June 2026

In Case T-95/26 R,
Kestrel Marine Ltd, established in Larnaca (Cyprus),
Halvard Osterberg, residing in Bergen (Norway),
represented by J. Okafor and L. Berne, lawyers,
applicants,
v
Council of the EU, represented by M. Roux, acting as Agent,
defendant,
APPLICATION for interim measures seeking suspension of the measures freezing their funds,
"""


def test_several_bringers_of_one_heading_each_brought_the_case() -> None:
    assert _challenges(_MANY_FR, "fr") == {("Ilona Varskaya", "2025-09-17"), ("Oskar Brandvik", "2025-09-17"),
                                           ("Teodor Lasmanis", "2025-09-17")}
    assert _challenges(_MANY_EN, "en") == {("Kestrel Marine Ltd", None), ("Halvard Osterberg", None)}
    # one of them the heading's only party, the paper's subject told on the case's line
    one = _MANY_FR.replace("Oskar Brandvik, demeurant à Oslo,\n\n", "").replace(
        "Teodor Lasmanis, demeurant à Riga,\n\n", "").replace("C-611/25 P,\n\n", "C-611/25 P,\n")
    assert _challenges(one, "fr") == {("Ilona Varskaya", "2025-09-17")}


def test_a_run_of_parties_ending_in_another_role_brought_nothing() -> None:
    assert _challenges(_MANY_EN.replace("applicants,", "interveners,"), "en") == set()
    assert _challenges(_MANY_FR.replace("parties requérantes,", "parties intervenantes,"), "fr") == set()
