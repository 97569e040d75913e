"""The act told after its members: a sentence names a group of parties with no act of its
own, and the next one opens on a plural pronoun or a demonstrative that takes them up and
tells the measure applied to them (``members.measure_after``, ``members.group_named``).
Invented parties, sentences written for this test."""

from __future__ import annotations

from listwatch.news import extract_article
from listwatch.news.members import group_named, measure_after


def _parties(text: str, published: str = "2025-03-14") -> dict[str, str]:
    res = extract_article(text, published=published)
    return {e["entity"]: e["status"] for e in res["events"] if e["type"] == "designation"}


def test_a_counted_group_after_a_colon_takes_the_freeze_told_next() -> None:
    text = ("The regulator released its decision on Tuesday. Four shipowners appear in the text: Corvan Lines, "
            "Delmar Freight and Estrella Maritime. They are subject to an asset freeze.")
    got = _parties(text)
    assert {"Corvan Lines", "Delmar Freight", "Estrella Maritime"} <= set(got)
    assert got["Corvan Lines"] == "effective"


def test_the_group_as_subject_then_their_assets_frozen_in_the_future() -> None:
    text = ("Ministers met in Vienna on Monday. The two people concerned are Halvor Brenn and Ostap Kirilenko. "
            "They will have their assets frozen from next week.")
    got = _parties(text)
    assert got.get("Halvor Brenn") == "announced" and got.get("Ostap Kirilenko") == "announced"


def test_semicolon_run_names_one_item_a_part_not_the_owner_in_its_description() -> None:
    text = ("Le Conseil s'est réuni jeudi à Bruxelles. Les trois sociétés visées sont : Arvel Marine, une société de "
            "négoce ; Korvo Trans, détenue par Piet Lundqvist ; et Sandor Cargo. "
            "Elles font désormais l'objet d'un gel des avoirs.")
    got = _parties(text)
    assert {"Arvel Marine", "Korvo Trans", "Sandor Cargo"} <= set(got)
    assert "Piet Lundqvist" not in got


def test_demonstrative_subject_with_assets_to_be_frozen_in_french() -> None:
    text = ("Le texte publié mercredi cite deux hommes d'affaires : Marek Dolny et Ivo Stranski. "
            "Ces derniers verront leurs avoirs gelés dans l'Union.")
    got = _parties(text)
    assert got.get("Marek Dolny") == "announced" and got.get("Ivo Stranski") == "announced"


def test_a_demonstrative_noun_and_a_measure_after_the_carriers_singled_out() -> None:
    text = ("The ministry issued a statement on Tuesday. Three carriers are singled out: Arnova Airways, Belvik Jet "
            "and Cirra Aviation. These companies are now subject to entry bans.")
    assert {"Arnova Airways", "Belvik Jet", "Cirra Aviation"} <= set(_parties(text))


def test_no_measure_for_customers_a_plan_or_a_denial() -> None:
    assert measure_after("They would be subject to an asset freeze.") is None
    assert measure_after("Elles ne font pas l'objet d'un gel des avoirs.") is None
    assert measure_after("They are subject to an asset freeze.") == "effective"
    assert group_named("Its two main customers are Corvan Lines and Delmar Freight.") is None
    text = ("The bank reported its results on Friday. Its two main customers are Corvan Lines and Delmar Freight. "
            "They are subject to an asset freeze.")
    assert not {"Corvan Lines", "Delmar Freight"} & set(_parties(text))
