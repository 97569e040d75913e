"""The members named after "among" with a plural pronoun (« Parmi elles figure X », "Among
them, two names stand out: A and B"): the pronoun takes up the group of parties the
sentence before told an act on, counted or a bare plural (``members.group_told``); the
examples set off by a dash after a count in that group are its members. Invented parties,
sentences written for this test."""

from __future__ import annotations

from listwatch.news import extract_article
from listwatch.news.members import group_told


def _designated(text: str, published: str = "2025-03-14") -> set[str]:
    res = extract_article(text, published=published)
    return {e["entity"] for e in res["events"] if e["type"] == "designation"}


def test_french_pronoun_after_a_bare_plural_names_after_a_colon() -> None:
    text = ("Le Conseil a adopté mardi des sanctions contre des responsables de la junte. "
            "Parmi eux, deux noms se distinguent : Adama Kerrou et Sidi Moulaye.")
    assert {"Adama Kerrou", "Sidi Moulaye"} <= _designated(text)


def test_french_pronoun_after_a_bare_plural_and_two_joined_measures() -> None:
    text = ("En mars 2019, l'Union a décidé ce gel des avoirs et les interdictions de visas contre des "
            "cadres du régime. Parmi eux se trouvait Omar Belkadi.")
    assert "Omar Belkadi" in _designated(text)


def test_english_pronoun_with_names_that_stand_out_after_a_colon() -> None:
    text = ("The Treasury imposed sanctions on nine officials of the port authority on Monday. "
            "Among them, two names stand out: Teodor Vasko and Ilja Marten.")
    assert {"Teodor Vasko", "Ilja Marten"} <= _designated(text)


def test_english_sanctions_spelt_out_before_the_preposition() -> None:
    text = ("In 2019 the bloc imposed sanctions consisting of entry bans on officers "
            "close to the army. Among them was General Ilja Marten.")
    assert "Ilja Marten" in _designated(text)


def test_examples_set_off_by_dashes_after_a_count() -> None:
    text = ("Le gouvernement a imposé mardi des sanctions contre 120 personnes. Parmi eux figurent une "
            "vingtaine d'armateurs – comme Piet Lundqvist, Oskar Halme et Ruud Brink – et leurs proches.")
    assert {"Piet Lundqvist", "Oskar Halme", "Ruud Brink"} <= _designated(text)


def test_no_group_told_before_no_members() -> None:
    assert not group_told("Le ministre a rencontré les journalistes mardi.")
    text = "Le ministre a rencontré les journalistes mardi. Parmi eux figurait Jean-Paul Dumaret."
    assert "Jean-Paul Dumaret" not in _designated(text)
    text = "The firm sold parts to thirty buyers abroad. Among them, two names stand out: Teodor Vasko and Ilja Marten."
    assert not {"Teodor Vasko", "Ilja Marten"} & _designated(text)
