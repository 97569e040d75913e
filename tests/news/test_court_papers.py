"""The heading of an EU court's judgment, written for this test as the courts print it:
the party named before "applicant" brought the case, dated by the day the application
was lodged; a heading with no applicant, or a page that is no judgment, tells no lawsuit."""

from __future__ import annotations

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
    assert _challenges(EN.replace("In Case T-512/23,", "In this matter,"), "en") == set()
