"""A court's paper read as one, written for this test in the forms the EU courts print: its
operative part ("The Court hereby: Annuls ..., in so far as it concerns X", « déclare et
arrête : Annule ..., pour autant qu'elle concerne Mme Y », "hereby orders: Suspends ...")
tells the court's acts, of the party the line names or the case's one applicant, on the
paper's day; the notice of a case brought ("Action brought on <day> – X v Council", «
Recours introduit le <day> – Y/Conseil ») tells the lawsuit and its day; a paper named by
its case ("Arrêts X c. Conseil") names the party, not "Arrêts X". An appeal annulling a
lower court's judgment is no vacatur."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str, published: str = "2025-03-12") -> set[tuple[str, str, str | None]]:
    res = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in res["events"]}


EN_JUDGMENT = """Judgment of 12 March 2025 – Breck v Council

(Case T-88/24)

Applicant: Tomas Breck (Valletta, Malta) (represented by: R. Alvane, lawyer)

Defendant: the Council (agent: M. Sorel)

Annulment sought of the Council acts keeping Mr Breck among the persons under restrictive
measures.

Operative part of the judgment

On those grounds, THE GENERAL COURT (Fourth Chamber) hereby:

1. Annuls Council Decision (CFSP) 2024/310, in so far as it concerns Mr Tomas Breck;

2. The Council shall pay the costs.
"""

FR_JUDGMENT = """Arrêt du Tribunal du 12 mars 2025 – Varga/Conseil

(Affaire T-91/24)

Partie requérante : Ilse Varga (Graz, Autriche)

Partie défenderesse : le Conseil (agent : M. Sorel)

Objet : annulation des actes gardant Mme Varga parmi les personnes frappées de mesures
restrictives.

Dispositif

Par ces motifs, LE TRIBUNAL (quatrième chambre) déclare et arrête :

1) Annule la décision (PESC) 2024/310 du Conseil, pour autant qu'elle concerne Mme Ilse Varga.

2) Le Conseil supportera ses propres dépens.
"""

EN_ORDER = """ORDER OF THE JUDGE HEARING INTERIM APPLICATIONS

12 March 2025

In Case T-93/24 R,

Kestrel Shipping Ltd, established in Limassol (Cyprus), represented by P. Amory, lawyer,

applicant,

v

the Council, represented by J. Sorel, acting as Agent,

defendant,

THE JUDGE HEARING THE APPLICATION

hereby orders:

1. Suspends the operation of Council Decision (CFSP) 2025/12 until the order closing the proceedings.

2. Costs are reserved.
"""


def test_the_operative_part_tells_the_court_acts_of_the_party_named() -> None:
    assert ("vacatur", "Tomas Breck", "2025-03-12") in _events(EN_JUDGMENT, "en", "2025-03")
    assert ("vacatur", "Ilse Varga", "2025-03-12") in _events(FR_JUDGMENT, "fr")


def test_an_act_whose_line_names_no_party_is_the_applicants() -> None:
    assert ("injunction", "Kestrel Shipping Ltd", "2025-03-12") in _events(EN_ORDER, "en")


def test_an_appeal_annulling_a_lower_courts_judgment_is_no_vacatur() -> None:
    appeal = EN_JUDGMENT.replace("1. Annuls Council Decision (CFSP) 2024/310, in so far as it concerns Mr Tomas Breck;",
                                 "1. Annuls the judgment under appeal of 5 May 2024;")
    assert not any(t == "vacatur" for t, _e, _d in _events(appeal, "en"))


def test_a_notice_of_a_case_brought_tells_the_lawsuit_and_its_day() -> None:
    notice = """Action brought on 14 February 2024 – Breck v Council

(Case T-88/24)

Parties

Applicant: Tomas Breck (Valletta, Malta) (represented by: R. Alvane, lawyer)

Defendant: the Council

Form of order sought

The applicant claims that the Court should annul the Council acts maintaining his name on
the list of persons subject to restrictive measures.
"""
    assert {(t, e.split()[-1], d) for t, e, d in _events(notice, "en")} == {("legal_challenge", "Breck", "2024-02-14")}


def test_a_paper_named_by_its_case_names_the_party() -> None:
    text = ("Les juges de l'Union ont annulé les mesures de gel et de renouvellement prises "
            "contre MM. Dalvik et Orsini, deux armateurs (3 mars)\n"
            "Arrêts Dalvik c. Conseil, aff. T-11/24 et Orsini c. Conseil, aff. T-12/24\n")
    found = _events(text, "fr")
    assert {e for t, e, _d in found if t == "vacatur"} == {"Dalvik", "Orsini"}
    assert not any("Arrêt" in e for _t, e, _d in found)
