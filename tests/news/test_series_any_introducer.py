"""Parties named in a series, whatever introduces it: after a sentence (or in one) that
tells a listing act of a round, "The listed entities include A, B and C", "Les personnes
visées sont A, B et C" name that act's parties; a series that names no designee (a
relation, "such as" examples, a plan, no act nearby) stays silent."""

from __future__ import annotations

from listwatch.news import extract_article

NAMES = ("Kestrel Maritime Inc", "Halden Tankers Ltd", "Brisa Navigation SA")
PEOPLE = ("Piotr Valenko", "Marek Ostrowin", "Ilya Dobrenko")
EU_ROUND = "The European Union adopted a new package of sanctions against Russia on Monday. "
FR_ROUND = "Le Conseil de l'UE a adopté lundi un nouveau train de sanctions contre la Russie. "


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return {(e["type"], e["entity"], e["date"]) for e in extract_article(text, published="2024-05-10")["events"]}


def test_noun_led_series_after_the_round_names_its_parties() -> None:
    text = EU_ROUND + "The listed entities include Kestrel Maritime Inc, Halden Tankers Ltd and Brisa Navigation SA."
    assert _events(text) == {("designation", n, "2024-05-06") for n in NAMES}


def test_french_series_introduced_by_the_group_as_subject() -> None:
    text = FR_ROUND + "Les personnes visées sont Piotr Valenko, Marek Ostrowin et Ilya Dobrenko."
    assert _events(text) == {("designation", n, "2024-05-06") for n in PEOPLE}


def test_french_series_introduced_by_the_group_elsewhere() -> None:
    text = ("L'Union européenne a adopté lundi de nouvelles sanctions contre la Russie. Les entités visées "
            "sont Kestrel Maritime Inc, Halden Tankers Ltd et Brisa Navigation SA.")
    assert {("designation", n, "2024-05-06") for n in NAMES} <= _events(text)


def test_a_name_inside_an_item_s_description_is_no_party() -> None:
    text = EU_ROUND + ("The listed entities include Kestrel Maritime Inc, a unit of Orvanto Holdings, and "
                       "Halden Tankers Ltd.")
    got = {n for _t, n, _d in _events(text)}
    assert {"Kestrel Maritime Inc", "Halden Tankers Ltd"} <= got
    assert "Orvanto Holdings" not in got


def test_examples_after_such_as_stay_silent() -> None:
    text = EU_ROUND + "The listed entities include traders such as Kestrel Maritime Inc and Halden Tankers Ltd."
    assert _events(text) == set()


def test_a_plan_stays_silent() -> None:
    text = FR_ROUND + "Les personnes visées pourraient être Piotr Valenko, Marek Ostrowin et Ilya Dobrenko."
    assert _events(text) == set()


def test_a_series_with_no_act_nearby_stays_silent() -> None:
    text = ("Oil prices rose on Monday. The listed entities include Kestrel Maritime Inc, Halden Tankers Ltd "
            "and Brisa Navigation SA.")
    assert _events(text) == set()


def test_a_series_that_names_no_designees_stays_silent() -> None:
    text = EU_ROUND + "Its clients include Kestrel Maritime Inc, Halden Tankers Ltd and Brisa Navigation SA."
    assert _events(text) == set()


def test_a_passive_about_the_designations_is_no_series() -> None:
    text = ("The Treasury on Monday designated six officials of the army. The designations were made "
            "pursuant to an executive order, Kestrel Maritime Inc and Halden Tankers Ltd said.")
    got = {n for _t, n, _d in _events(text)}
    assert not got & {"Kestrel Maritime Inc", "Halden Tankers Ltd"}
