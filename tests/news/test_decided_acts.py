"""An act told as a decision taken, its verb in the infinitive after a verb or a noun of
decision (news/lang/decided_acts.py), in both languages: "decided to freeze X's funds",
"the decision to place X on the list", « avait choisi d'imposer des sanctions contre X »,
« la décision d'inscrire X sur la liste », « décidé de geler les fonds de X ». Near misses:
a decision not to act, a decision only weighed, a verb of placing with no list."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str, typ: str = "designation") -> set[str]:
    r = extract_article(text, published="2024-06-12", language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == typ}


def test_decided_to_freeze_the_funds_of() -> None:
    assert "Tomas Reyes" in _events("Last year the Council decided to freeze the funds of Tomas Reyes.", "en")


def test_a_licence_that_followed_the_decision_to_place_on_the_list() -> None:
    text = "The licence followed the decision to place Tomas Reyes, a shipping magnate, on the sanctions list."
    assert "Tomas Reyes" in _events(text, "en")


def test_voted_to_impose_restrictive_measures_on() -> None:
    text = "In 2021 the ministers voted to impose restrictive measures on Tomas Reyes over the mine deal."
    assert "Tomas Reyes" in _events(text, "en")


def test_decided_to_lift_the_sanctions_on() -> None:
    text = "The Treasury decided in May to lift the sanctions on Tomas Reyes after his resignation."
    assert "Tomas Reyes" in _events(text, "en", "removal")


def test_avait_choisi_d_imposer_des_sanctions() -> None:
    text = "En 2021, Bruxelles avait choisi d'imposer des sanctions contre M. Tomas Reyes, armateur."
    assert "Tomas Reyes" in _events(text, "fr")


def test_avait_decide_de_geler_les_fonds() -> None:
    text = "En mars, Berne avait décidé de geler les fonds suisses de l'armateur Tomas Reyes."
    assert "Tomas Reyes" in _events(text, "fr")


def test_la_decision_de_radier() -> None:
    text = "La licence fait suite à la décision de radier Tomas Reyes de la liste des sanctions en mai."
    assert "Tomas Reyes" in _events(text, "fr", "removal")


def test_a_decision_not_to_act_is_none() -> None:
    assert _events("The Council decided not to sanction Tomas Reyes.", "en") == set()


def test_a_decision_only_weighed_is_none() -> None:
    assert _events("The Council could decide to freeze the funds of Tomas Reyes.", "en") == set()


def test_placing_with_no_list_is_none() -> None:
    text = "The board decided to place Tomas Reyes at the head of the shipping unit."
    assert _events(text, "en") == set()
