"""A listing told with the list or its additions as the subject and the parties as the
complement ("The affected companies are A, B and C", "Les nouveaux ajouts à la liste
comprennent A et B", "La liste mise à jour vendredi inclut aussi A"), counted groups of
"a dozen" or "a few", an authority's statement "published Thursday" as the day of its act,
"the following persons" with no list named, and court wording read from how judgments are
reported (a party that "no longer merits" its listing, a court that "dismissed sanctions",
an appeal joined with others), beside the near misses: a plan, a court's exception, a
right upheld by no court, a licence in a series under "may include". Invented parties,
sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2025-06-19"  # a Thursday

CASES = [
    ("en", "The Commerce Department has added four Chinese companies to the Entity List for supporting the "
           "military, the department said in a statement published Thursday. Applications to export to them will "
           "be denied. The list has long been a tool of policy. Officials have used it more often in recent years. "
           "Beijing called it bullying. The affected companies are Korvex Trading, Halvek Systems, Dornit Optics "
           "and Versa Microwave.",
     [("designation", "Korvex Trading", "2025-06-19"), ("designation", "Halvek Systems", "2025-06-19"),
      ("designation", "Dornit Optics", "2025-06-19"), ("designation", "Versa Microwave", "2025-06-19")]),
    ("fr", "Les Etats-Unis ont ajouté plus d'une douzaine d'entreprises chinoises à la liste des entités. Les "
           "nouveaux ajouts à la liste comprennent le fabricant de puces Korvex Trading et l'entreprise de "
           "lidars Halvek Systems.",
     [("designation", "Korvex Trading", None), ("designation", "Halvek Systems", None)]),
    ("fr", "La liste mise à jour vendredi inclut aussi Korvex Trading et Halvek Systems.",
     [("designation", "Korvex Trading", "2025-06-13"), ("designation", "Halvek Systems", "2025-06-13")]),
    ("fr", "Parmi les nouveaux noms figurant sur la liste du Pentagone, on trouve Korvex Trading et Halvek Systems.",
     [("designation", "Korvex Trading", None), ("designation", "Halvek Systems", None)]),
    ("en", "The new additions to the Entity List include Korvex Trading and Halvek Systems.",
     [("designation", "Korvex Trading", None), ("designation", "Halvek Systems", None)]),
    # courts
    ("fr", "Korvex Trading ne mérite plus de figurer sur la liste des sanctions de l'UE, a statué la Cour mercredi.",
     [("vacatur", "Korvex Trading", "2025-06-18")]),
    ("en", "The Court has partially dismissed sanctions imposed by the Council of the EU against Korvex Trading.",
     [("vacatur", "Korvex Trading", None)]),
    ("fr", "Korvex Trading s'est joint à des dizaines d'autres entreprises pour faire appel des sanctions devant le "
           "Tribunal de l'UE.",
     [("legal_challenge", "Korvex Trading", None)]),
    # counted parties removed, the list understood; a challenge inside the court's decision
    # leaves the day to the decision
    ("en", "The notice also removed six previously listed entities, including Korvex Trading and Halvek Systems.",
     [("removal", "Korvex Trading", None), ("removal", "Halvek Systems", None)]),
    ("fr", "Le Trésor a retiré lundi trois entités précédemment inscrites, dont Korvex Trading.",
     [("removal", "Korvex Trading", "2025-06-16")]),
    ("fr", "Korvex Trading a gagné son appel contre les sanctions de l'UE, a déclaré la Cour de justice mercredi.",
     [("vacatur", "Korvex Trading", "2025-06-18"), ("legal_challenge", "Korvex Trading", None)]),
    # a count told for a period, then a dated act naming its parties: the dated act once
    ("en", "Within the past two weeks, OFAC has added nine companies to the Non-SDN CMIC List. On June 12, 2025, "
           "OFAC added eight companies to the list, including Korvex Trading and Halvek Systems.",
     [("designation", "Korvex Trading", "2025-06-12"), ("designation", "Halvek Systems", "2025-06-12")]),
    # a trading session's day is not the day of the news
    ("en", "The Defense Department has added Korvex Trading to its list of Chinese military companies. Shares in "
           "Korvex Trading were 6.5% lower in Hong Kong on Wednesday. The company was named in a notice posted to "
           "the Federal Register on Monday.",
     [("designation", "Korvex Trading", "2025-06-16")]),
    # "the following persons", no list named
    ("fr", "Le Conseil a inscrit les personnes suivantes : Piotr Valenko, homme d'affaires ; Korvex Trading, société "
           "de négoce.", [("designation", "Piotr Valenko", None), ("designation", "Korvex Trading", None)]),
    ("en", "The Council listed the following persons on Monday:\n\nPiotr Valenko, a businessman.\n\nKorvex Trading, a "
           "trading company.", [("designation", "Piotr Valenko", "2025-06-16"), ("designation", "Korvex Trading", "2025-06-16")]),
    # near misses
    ("en", "OFAC said a fuller set of rules on Korvex Trading will follow, which may include additional guidance, "
           "definitions, general licenses, and other provisions.", []),
    ("fr", "Le réseau a vendu du pétrole au nom de sociétés pétrochimiques iraniennes sanctionnées, dont Korvex "
           "Trading.", []),
    ("fr", "Alors que six appels ont été rejetés, le tribunal a fait une rare exception dans le cas de Korvex Trading.",
     []),
    ("en", "China will take all measures necessary to uphold the lawful rights of Korvex Trading.", []),
    ("fr", "L'administration prévoit d'ajouter Korvex Trading à la liste noire du Pentagone.", []),
    ("en", "The Commerce Department has added dozens of Russian businessmen and firms to its list. Korvex Trading "
           "was placed on the list in March 2022, when the Council froze the assets of dozens of firms.",
     [("designation", "Korvex Trading", "2022-03")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_list_complements_and_court_wording(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    events = extract_article(text, published=PUB, language=lang)["events"]
    assert sorted((e["type"], e["entity"], e["date"]) for e in events) == sorted(expected), events
