"""A verb's series of designees in French: the passive told before its subjects ("Désormais,
sont visés le maire A, ses deux adjoints, B et C"), items told with their origin
("contre les juges A de Norlande et B de Zembla"), a counted group after a dash ("des
sanctions similaires à deux magistrats – A et B"); a title written with a capital is no name.
A state told with "depuis" and a passive to come after a condition stay as they were."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published="2025-03-14", language="fr")
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_the_passive_before_its_subjects() -> None:
    text = ("Désormais, sont visés le maire Karim Olsen, ses deux adjoints, Nadia Korvin et Mame Velasco, "
            "et leur conseiller Piotr Lenski.")
    assert {n for _t, n, _d in _events(text)} == {"Karim Olsen", "Nadia Korvin", "Mame Velasco", "Piotr Lenski"}


def test_a_capitalised_title_is_no_name() -> None:
    text = "Désormais, sont visés le Procureur général, Karim Olsen, et son adjoint, Piotr Lenski."
    assert {n for _t, n, _d in _events(text)} == {"Karim Olsen", "Piotr Lenski"}


def test_a_passive_to_come_under_a_condition_gives_no_event() -> None:
    text = "Si ces mesures sont adoptées, seront visés le procureur Karim Olsen et la juge Ilse Moreau."
    assert _events(text) == set()


def test_items_told_with_their_origin() -> None:
    text = ("Le ministère norlandais a décrété le 12 mars 2025 des sanctions contre les juges Piotr Lenski de "
            "Norlande et Mikel Varga de Zembla, accusés d'avoir bloqué un procès.")
    assert _events(text) == {("designation", n, "2025-03-12") for n in ("Piotr Lenski", "Mikel Varga")}


def test_similar_sanctions_on_a_counted_group_named_after_a_dash() -> None:
    text = "Le 2 mars, Ottawa avait pris des sanctions similaires à deux magistrats norlandais – Mikel Varga et Levan Pell."
    assert _events(text) == {("designation", n, "2025-03-02") for n in ("Mikel Varga", "Levan Pell")}
