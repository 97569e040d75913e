"""The one who brought a court case, told by the case's own naming rather than a verb of
suing: the case's sides written the way either language's courts print them ("A v
Council", « A/Conseil », « A c. Conseil ») where a court's paper is named by them, the
bringer's role after the party in a heading with no EU case number (a national court's
« recourant »), and joined cases whose applications were lodged on two days. Sentences of
our own; the citations of another case stay none."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _challenges(text: str, lang: str) -> set[tuple[str, str | None]]:
    res = extract_article(text, published="2025-03-12", language=lang)
    return {(e["entity"], e["date"]) for e in res["events"] if e["type"] == "legal_challenge"}


_NAMED = [
    ("fr", "Les juges de l'Union ont rendu mardi leur arrêt Brantsev/Conseil (T-101/23) sur le gel des avoirs "
           "de l'industriel Ilya Brantsev.", "Ilya Brantsev"),
    ("en", "On Tuesday the General Court delivered its judgment in Korsakov v Council (T-55/23) on the "
           "asset freeze of the trader Pavel Korsakov.", "Pavel Korsakov"),
    ("fr", "Ordonnance du Tribunal du 3 février 2025 – Lemovar/Conseil\n\nLa société Lemovar Trading conteste "
           "les mesures restrictives qui la visent depuis 2023.", "Lemovar Trading"),
    ("en", "Olga Drozdova was listed by the Council in 2022. The case is T-88/23 Drozdova v Council.",
     "Olga Drozdova"),
    ("fr", "Arrêt Taravin c. Conseil, aff. T-412/23\nLes avoirs de l'armateur Gleb Taravin restent gelés "
           "dans l'Union.", "Gleb Taravin"),
    ("en", "Judgment of the General Court – Vostrikova / Council\n\nIrina Vostrikova has been on the EU "
           "sanctions list since 2022.", "Irina Vostrikova"),
]


@pytest.mark.parametrize(("lang", "text", "who"), _NAMED)
def test_the_first_side_of_a_case_a_courts_paper_is_named_by_brought_it(lang: str, text: str, who: str) -> None:
    assert who in {w for w, _d in _challenges(text, lang)}


_CITED = [
    ("fr", "Le Tribunal rappelle sa jurisprudence (voir arrêt du 3 mars 2012, Melnor/Conseil, T-1/11) sur les "
           "mesures restrictives.", "Melnor"),
    ("en", "The court followed the judgment of 12 May 2016, Hadrian Bank v Council (C-1/15 P), on the "
           "listing of banks.", "Hadrian Bank"),
    ("en", "Wirelink News / Sputnik reported that the Council added three banks to its sanctions list.",
     "Wirelink News"),
]


@pytest.mark.parametrize(("lang", "text", "who"), _CITED)
def test_a_case_cited_for_its_reasoning_or_a_credit_tells_no_challenge(lang: str, text: str, who: str) -> None:
    assert not any(who in w for w, _d in _challenges(text, lang))


NATIONAL = """Tribunal fédéral
Arrêt du 4 juin 2024
Participants à la procédure
Ivan Petrovsky,
représenté par Me Jean Dubois, avocat,
recourant,
contre
Département fédéral de l'économie.
Objet
Blocage des avoirs en vertu de l'ordonnance sur les sanctions.
"""

JOINED = """JUDGMENT OF THE GENERAL COURT (Fourth Chamber)

5 March 2025

In Cases T-210/23 and T-488/23,

Marek Volodin, residing in Minsk (Belarus), represented by K. Laine, lawyer,

applicant,

v

Council of the EU, represented by S. Berg, Agent,

defendant,

having regard to the papers filed:

– the application in Case T-210/23 lodged at the Registry on 2 April 2023;

– the application in Case T-488/23 lodged at the Registry of this Court on 9 August 2023;
"""


def test_a_national_courts_heading_gives_the_bringer_by_the_role_after_the_name() -> None:
    assert _challenges(NATIONAL, "fr") == {("Ivan Petrovsky", None)}
    assert _challenges(NATIONAL.replace("recourant,", "intimé,"), "fr") == set()


def test_joined_cases_are_one_challenge_per_application_lodged() -> None:
    assert _challenges(JOINED, "en") == {("Marek Volodin", "2023-04-02"), ("Marek Volodin", "2023-08-09")}


# the case named by its sides inside a court's sentence: after the court and a comma, by its
# number right before its sides (in brackets, after a comma, in a list of judgments), and
# another case joined to the first in one paper's sentence (sentences of our own)
_FRAMED = [
    ("en", "On 3 March, judges in Luxembourg handed down judgements in the cases of Pavel Orlov v Council "
           "(case T-11/24) and Yuri Brevik v Council (case T-12/24), on the sanctions against them.",
     {"Pavel Orlov", "Yuri Brevik"}),
    ("en", "The General Court, in Tamsin Orlova v European Commission (Case T-88/23), annulled the sanctions "
           "imposed on her.", {"Tamsin Orlova"}),
    ("fr", "Le Tribunal, dans l'affaire Nadia Korsak/Conseil, a annulé mardi le gel de ses avoirs.", {"Nadia Korsak"}),
    ("en", "Judgments of the court in cases:\n\n• T-41/24 Ilya Vasnev v Council and\n• T-42/24 Lorne Holdings "
           "Ltd v Council\n\nThe court annulled the sanctions on both applicants.", {"Ilya Vasnev", "Lorne Holdings Ltd"}),
    ("en", "In its order (Case T-77/24, Kirill Dovnar v Council), the court kept the restrictive measures in place.",
     {"Kirill Dovnar"}),
    ("fr", "Dans l'affaire T-51/25, Oleg Marchuk/Conseil, le juge a refusé de suspendre le gel des fonds.",
     {"Oleg Marchuk"}),
]


@pytest.mark.parametrize(("lang", "text", "who"), _FRAMED)
def test_a_case_framed_in_a_courts_sentence_or_given_by_its_number_was_brought_by_its_first_side(
        lang: str, text: str, who: set[str]) -> None:
    assert {w for w, _d in _challenges(text, lang)} == who


_NOT_FRAMED = [
    ("en", "The court relied on its reasoning, see Case T-5/20, Petra Ostrova v Council, on sanctions."),
    ("en", "In Case T-9/24 (Council v Ivan Breskin), the judges ruled on the sanctions."),
    ("en", "The court, in Halden Ltd v Pell Shipping Ltd, held that the contract on the tanker's sale was void."),
]


@pytest.mark.parametrize(("lang", "text"), _NOT_FRAMED)
def test_a_cited_case_an_authoritys_case_or_one_about_no_listing_stays_none(lang: str, text: str) -> None:
    assert _challenges(text, lang) == set()
