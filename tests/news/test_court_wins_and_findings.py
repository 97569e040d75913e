"""A court's undoing told by its outcome, written for this test: a win told by its noun
against the measures ("won a partial legal victory over the EU asset freeze", « ont
remporté une première victoire contre les sanctions ») and a court's finding that none of
the grounds against the parties holds ("the judges found that none of the grounds ...
against A and B had been substantiated", « le tribunal estime qu'aucun des motifs retenus
contre A et B n'est établi ») are a vacatur of each party; the same claim made by a party's
counsel, and a win over no measure, are none."""

from __future__ import annotations

from listwatch.news import extract_article


def _vacaturs(text: str, lang: str) -> set[str]:
    res = extract_article(text, published="2024-05-10", language=lang)
    return {e["entity"] for e in res["events"] if e["type"] == "vacatur"}


def test_a_win_told_by_its_noun_against_the_measures() -> None:
    en = "Shipping magnate Orest Vlasov won a partial legal victory over the EU asset freeze on Tuesday."
    assert _vacaturs(en, "en") == {"Orest Vlasov"}
    fr = ("Les armateurs Orest Vlasov et Ivan Brenko ont remporté mardi une première victoire contre "
          "les sanctions européennes.")
    assert _vacaturs(fr, "fr") == {"Orest Vlasov", "Ivan Brenko"}


def test_a_win_over_no_measure_is_none() -> None:
    en = "Shipping magnate Orest Vlasov won a rare victory against a rival bidder for the port contract."
    assert _vacaturs(en, "en") == set()


def test_a_courts_finding_that_no_ground_holds() -> None:
    en = ("The judges found that none of the grounds listed against Orest Vlasov and Ivan Brenko had "
          "been sufficiently substantiated.")
    assert _vacaturs(en, "en") == {"Orest Vlasov", "Ivan Brenko"}
    fr = "Le tribunal estime qu’aucun des motifs retenus contre Orest Vlasov et Ivan Brenko n’est suffisamment établi."
    assert _vacaturs(fr, "fr") == {"Orest Vlasov", "Ivan Brenko"}


def test_the_same_claim_by_counsel_is_no_finding() -> None:
    en = "Their lawyer argued that none of the grounds listed against Orest Vlasov had been substantiated."
    assert _vacaturs(en, "en") == set()
    fr = "Leur avocat soutient qu’aucun des motifs retenus contre Orest Vlasov n’est établi."
    assert _vacaturs(fr, "fr") == set()
