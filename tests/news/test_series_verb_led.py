"""A verb's series of designees in French: the passive told before its subjects ("Cette
fois, sont visés le procureur A, ses deux adjoints, B et C"), items told with their origin
("contre les juges A de Norlande et B de Zembla"), a counted group after a dash ("des
sanctions similaires à deux juges – A et B"); a title written with a capital is no name.
A state told with "depuis" and a passive to come after a condition stay as they were."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published="2025-03-14", language="fr")
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_the_passive_before_its_subjects() -> None:
    text = ("Cette fois, sont visés le procureur Karim Olsen, ses deux adjoints, Nadia Korvin et Mame Velasco, "
            "et leur conseiller Piotr Lenski.")
    assert {n for _t, n, _d in _events(text)} == {"Karim Olsen", "Nadia Korvin", "Mame Velasco", "Piotr Lenski"}


def test_a_capitalised_title_is_no_name() -> None:
    text = "Cette fois, sont visés le Procureur actuel, Karim Olsen, et son adjoint, Piotr Lenski."
    assert {n for _t, n, _d in _events(text)} == {"Karim Olsen", "Piotr Lenski"}


def test_a_passive_to_come_under_a_condition_gives_no_event() -> None:
    text = "Si ces mesures sont adoptées, seront visés le procureur Karim Olsen et la juge Ilse Moreau."
    assert _events(text) == set()


def test_items_told_with_their_origin() -> None:
    text = ("Le 12 mars 2025, le secrétaire d'État a annoncé des sanctions contre les juges Piotr Lenski de "
            "Norlande et Mikel Varga de Zembla pour leur rôle dans l'enquête.")
    assert _events(text) == {("designation", n, "2025-03-12") for n in ("Piotr Lenski", "Mikel Varga")}


def test_similar_sanctions_on_a_counted_group_named_after_a_dash() -> None:
    text = "Plus tôt, le 2 mars, le Royaume-Uni a imposé des sanctions similaires à deux juges norlandais – Mikel Varga et Levan Pell."
    assert _events(text) == {("designation", n, "2025-03-02") for n in ("Mikel Varga", "Levan Pell")}
