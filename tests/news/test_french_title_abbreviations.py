"""French text writes the English courtesy titles too ("Mr.", "Mrs."), and « MM. » for
several men: the dot of such a title ends no sentence, and the title is no part of the
name (nor a name of its own). Near miss: a sentence that really ends on a word before a
capital still ends there."""

from __future__ import annotations

from listwatch.news import extract_article
from listwatch.news.sentences import split_sentences

PUB = "2024-06-13"


def _events(text: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=PUB, language="fr")
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_mr_with_a_dot_inside_a_french_sentence() -> None:
    text = ("Le Conseil de l'Union européenne avait inscrit Mr. Karl Denning et la société Vantor "
            "Trading sur sa liste le 3 mai 2019.")
    assert len(split_sentences(text, "fr")) == 1
    assert _events(text) == {("designation", "Karl Denning", "2019-05-03"),
                             ("designation", "Vantor Trading", "2019-05-03")}


def test_mm_before_two_names() -> None:
    text = "Le Canada a sanctionné MM. Karl Denning et Piotr Orlov le 3 mai 2019, pour leur soutien aux milices."
    assert _events(text) == {("designation", "Karl Denning", "2019-05-03"),
                             ("designation", "Piotr Orlov", "2019-05-03")}


def test_mr_without_a_dot_is_no_part_of_the_name() -> None:
    assert _events("Le Canada a sanctionné Mr Karl Denning le 3 mai 2019.") == {
        ("designation", "Karl Denning", "2019-05-03")}


def test_a_real_sentence_end_still_ends() -> None:
    text = "Le Canada a sanctionné Karl Denning le 3 mai 2019. Ottawa a aussi gelé ses avoirs."
    assert len(split_sentences(text, "fr")) == 2
